#include "imap/status_command.h"

namespace heron::imap {

StatusCommand::StatusCommand(QString mailbox, QByteArrayList items)
    : m_mailbox(std::move(mailbox))
    , m_items(std::move(items))
{
}

void StatusCommand::encode(CommandEncoder &encoder)
{
    encoder.token("STATUS").mailbox(m_mailbox).beginList();
    for (const QByteArray &item : m_items)
        encoder.token(item);
    encoder.endList();
}

bool StatusCommand::handleUntagged(const Response &response)
{
    const auto *status = response.get<MailboxStatus>();
    if (!status || status->name != m_mailbox)
        return false;
    m_status = *status;
    return true;
}

} // namespace heron::imap
