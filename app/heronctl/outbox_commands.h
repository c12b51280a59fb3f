#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// heronctl outbox [--account ADDR]: the account's outbox entries, oldest first.
ExitCode runOutbox(const Invocation &invocation, QTextStream &out, QTextStream &err);
// heronctl outbox flush [--account ADDR]: sends what is queued now, including
// entries waiting for a retry after a temporary failure.
ExitCode runOutboxFlush(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
