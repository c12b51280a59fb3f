#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// heronctl sync [--account ADDR] [--folder NAME]: the folder list and one
// folder (INBOX by default) into the cache; progress on stderr.
ExitCode runSync(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
