#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// `heronctl clientid [--account ADDR] [--json]`: this device's CLIENTID token
// for each account (or one) and what each server last showed of CLIENTID.
// JSON shape in shared/CLI.md.
ExitCode runClientId(const Invocation &invocation, QTextStream &out, QTextStream &err);

// `heronctl clientid reset (--account ADDR | --all) --yes`: a new device ID
// for one account (its rotation counter) or for all (a new install secret).
ExitCode runClientIdReset(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
