#include "imap/list_command.h"

#include "imap/imap_session.h"

namespace heron::imap {

ListCommand::ListCommand(Options options)
    : m_options(std::move(options))
{
}

void ListCommand::encode(CommandEncoder &encoder)
{
    const Capabilities &capabilities = session()->capabilities();
    const bool extended = capabilities.has("LIST-EXTENDED");
    if (m_options.subscribedOnly && !extended) {
        encoder.token("LSUB").mailbox(m_options.reference).mailbox(m_options.pattern);
        return;
    }
    encoder.token("LIST");
    if (m_options.subscribedOnly)
        encoder.beginList().token("SUBSCRIBED").endList();
    encoder.mailbox(m_options.reference).mailbox(m_options.pattern);
    const bool specialUse = capabilities.has("SPECIAL-USE") && extended;
    const bool status = !m_options.statusItems.isEmpty() && capabilities.has("LIST-STATUS");
    if (!specialUse && !status && !extended)
        return;
    encoder.token("RETURN").beginList();
    if (extended)
        encoder.token("CHILDREN");
    if (specialUse)
        encoder.token("SPECIAL-USE");
    if (status) {
        encoder.token("STATUS").beginList();
        for (const QByteArray &item : m_options.statusItems)
            encoder.token(item);
        encoder.endList();
    }
    encoder.endList();
}

bool ListCommand::handleUntagged(const Response &response)
{
    if (const auto *folder = response.get<ListData>()) {
        m_folders.append(*folder);
        return true;
    }
    if (const auto *status = response.get<MailboxStatus>()) {
        m_statuses.append(*status);
        return true;
    }
    return false;
}

} // namespace heron::imap
