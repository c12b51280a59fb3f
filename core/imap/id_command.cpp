#include "imap/id_command.h"

namespace heron::imap {

IdCommand::IdCommand(QByteArray clientName, QByteArray clientVersion)
    : m_name(std::move(clientName))
    , m_version(std::move(clientVersion))
{
}

void IdCommand::encode(CommandEncoder &encoder)
{
    encoder.token("ID").beginList().string("name").string(m_name).string("version").string(m_version).endList();
}

bool IdCommand::handleUntagged(const Response &response)
{
    if (const auto *id = response.get<IdData>()) {
        m_server = *id;
        return true;
    }
    return false;
}

} // namespace heron::imap
