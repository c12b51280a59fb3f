#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// heronctl list [--account] [--folder] [--limit N] [--offset N]: cached messages, newest first.
ExitCode runList(const Invocation &invocation, QTextStream &out, QTextStream &err);
// heronctl search QUERY [--account] [--folder] [--limit N]: full-text search in the cache.
ExitCode runSearch(const Invocation &invocation, QTextStream &out, QTextStream &err);
// heronctl show UID [--account] [--folder] [--raw]: one message fetched from the server and parsed.
ExitCode runShow(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
