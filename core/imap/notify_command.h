#pragma once

#include "imap/imap_command.h"

#include <QStringList>

namespace heron::imap {

// RFC 5465 NOTIFY: which mailboxes the server reports changes of, without
// being asked, for as long as the session lasts. Changes in the selected
// mailbox come as for IDLE (EXISTS, VANISHED, FETCH); changes elsewhere come
// as untagged STATUS, which the session emits as mailboxStatus(). With
// reportStatus the server first sends the STATUS of every mailbox the groups
// name (except the selected one), so a client can catch up at once.
class NotifyCommand : public ImapCommand
{
    Q_OBJECT

public:
    // One event group: a filter ("selected-delayed", "inboxes", "personal",
    // "subscribed", or "mailboxes" / "subtree" with names) and its events
    // ("MessageNew", "MessageExpunge", "FlagChange", ...); no events: NONE.
    struct EventGroup
    {
        QByteArray filter;
        QStringList mailboxes; // for "mailboxes" and "subtree"
        QByteArrayList events;
    };

    // NOTIFY SET [STATUS] groups...; without groups NOTIFY NONE (SET needs one).
    explicit NotifyCommand(QList<EventGroup> groups, bool reportStatus = false);
    // NOTIFY NONE: no more reports.
    static NotifyCommand *none() { return new NotifyCommand({}); }

    // What a mail client watching its folders asks for: new mail, expunges and flag
    // changes in the selected mailbox (expunges only where RFC 3501 allows them), the
    // Inboxes and the subscribed mailboxes.
    static QList<EventGroup> mailClientGroups();

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "NOTIFY"; }
    QByteArray requiredCapability() const override { return "NOTIFY"; }

private:
    QList<EventGroup> m_groups;
    bool m_reportStatus = false;
};

} // namespace heron::imap
