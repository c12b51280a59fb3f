#include "imap/notify_command.h"

#include "imap/command_encoder.h"

namespace heron::imap {

NotifyCommand::NotifyCommand(QList<EventGroup> groups, bool reportStatus)
    : m_groups(std::move(groups))
    , m_reportStatus(reportStatus)
{
}

QList<NotifyCommand::EventGroup> NotifyCommand::mailClientGroups()
{
    const QByteArrayList events {"MessageNew", "MessageExpunge", "FlagChange"};
    return {{"selected-delayed", {}, events}, {"inboxes", {}, events}, {"subscribed", {}, events}};
}

void NotifyCommand::encode(CommandEncoder &encoder)
{
    encoder.token("NOTIFY");
    if (m_groups.isEmpty()) {
        encoder.token("NONE");
        return;
    }
    encoder.token("SET");
    if (m_reportStatus)
        encoder.token("STATUS");
    for (const EventGroup &group : std::as_const(m_groups)) {
        encoder.beginList().token(group.filter);
        if (!group.mailboxes.isEmpty()) {
            encoder.beginList();
            for (const QString &mailbox : group.mailboxes)
                encoder.mailbox(mailbox);
            encoder.endList();
        }
        if (group.events.isEmpty()) {
            encoder.token("NONE");
        } else {
            encoder.beginList();
            for (const QByteArray &event : group.events)
                encoder.token(event);
            encoder.endList();
        }
        encoder.endList();
    }
}

} // namespace heron::imap
