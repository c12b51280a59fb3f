#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// heronctl folders [--account ADDR]: the account's folders from the server,
// with their special use and message counts.
ExitCode runFolders(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
