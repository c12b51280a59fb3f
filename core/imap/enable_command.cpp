#include "imap/enable_command.h"

namespace heron::imap {

EnableCommand::EnableCommand(QByteArrayList extensions)
    : m_extensions(std::move(extensions))
{
}

void EnableCommand::encode(CommandEncoder &encoder)
{
    encoder.token("ENABLE");
    for (const QByteArray &extension : m_extensions)
        encoder.token(extension);
}

bool EnableCommand::handleUntagged(const Response &response)
{
    if (const auto *enabled = response.get<EnabledData>()) {
        m_enabled += enabled->capabilities;
        return true;
    }
    return false;
}

} // namespace heron::imap
