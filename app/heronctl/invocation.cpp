#include "invocation.h"

namespace heron::cli {

Invocation::Invocation(const CommandSpec &command, QString profileDirectory, bool json)
    : m_command(&command)
    , m_profileDirectory(std::move(profileDirectory))
    , m_json(json)
{
}

QString Invocation::value(const QString &option) const
{
    const QStringList all = m_values.value(option);
    return all.isEmpty() ? QString() : all.constLast();
}

} // namespace heron::cli
