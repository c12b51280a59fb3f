#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// STATUS of one mailbox, without selecting it.
class StatusCommand : public ImapCommand
{
    Q_OBJECT

public:
    StatusCommand(QString mailbox, QByteArrayList items);

    const MailboxStatus &status() const { return m_status; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "STATUS"; }
    bool canPipeline() const override { return true; }
    // Its answer names the mailbox, so several STATUS commands can run at once.
    quint32 untaggedKinds() const override { return 0; }
    bool handleUntagged(const Response &response) override;

private:
    QString m_mailbox;
    QByteArrayList m_items;
    MailboxStatus m_status;
};

} // namespace heron::imap
