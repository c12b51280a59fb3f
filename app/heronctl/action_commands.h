#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// heronctl flag / move / delete / archive: the change goes into the cache and
// the offline queue at once, then the queue is sent to the server. Without a
// connection the change stays queued for the next sync (exit 3 as for every
// connection failure); a refusal is reported (exit 1) and the cache rolled back.
ExitCode runFlag(const Invocation &invocation, QTextStream &out, QTextStream &err);
ExitCode runMove(const Invocation &invocation, QTextStream &out, QTextStream &err);
ExitCode runDelete(const Invocation &invocation, QTextStream &out, QTextStream &err);
ExitCode runArchive(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
