#pragma once

#include "exit_code.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// `heronctl parse FILE.eml [--json]`: parses a local message file and prints
// its decoded header fields and leaf parts (JSON shape in shared/CLI.md).
ExitCode runParse(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace heron::cli
