#pragma once

#include <QCoreApplication>

namespace heron::cli {

// heronctl's messages share one translation context, "heronctl": CliText::tr()
// from any file of the tool (lupdate reads the context from the macro).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(heronctl)
};

} // namespace heron::cli
