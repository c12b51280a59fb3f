#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// heronctl send --account ADDR (--to ... [--cc] [--bcc] [--subject] [--body-file]
// [--attach]... | --eml FILE): the message goes into the outbox first (one
// transaction), then the account's outbox is flushed. Exit codes of CLI.md;
// on any failure the message stays in the outbox.
ExitCode runSend(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
