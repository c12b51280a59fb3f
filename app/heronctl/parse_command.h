#pragma once

#include "exit_code.h"
#include "mime/mime_part.h"

#include <QTextStream>

namespace heron::cli {

class Invocation;

// `heronctl parse FILE.eml [--json]`: parses a local message file and prints
// its decoded header fields and leaf parts (JSON shape in shared/CLI.md).
ExitCode runParse(const Invocation &invocation, QTextStream &out, QTextStream &err);
// The header fields and the part list of a parsed message, as `parse` prints them.
void printMessageSummary(const mime::MimePart &message, QTextStream &out);

} // namespace heron::cli
