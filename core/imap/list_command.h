#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// LIST with the extensions the server has: RETURN (SPECIAL-USE), RETURN
// (STATUS ...) (RFC 5819) for counts in the same round trip, and (SUBSCRIBED)
// (RFC 5258) or LSUB for the subscribed folders only.
class ListCommand : public ImapCommand
{
    Q_OBJECT

public:
    struct Options
    {
        QString reference;
        QString pattern = QStringLiteral("*");
        bool subscribedOnly = false;
        // STATUS items wanted per folder ("MESSAGES", "UNSEEN", "UIDNEXT", ...), used
        // only with LIST-STATUS; ask STATUS per folder otherwise.
        QByteArrayList statusItems;
    };

    explicit ListCommand(Options options);
    ListCommand()
        : ListCommand(Options {})
    {
    }

    const QList<ListData> &folders() const { return m_folders; }
    // With LIST-STATUS: one per folder the server could count.
    const QList<MailboxStatus> &statuses() const { return m_statuses; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "LIST"; }
    bool canPipeline() const override { return true; }
    quint32 untaggedKinds() const override { return kindsOf<ListData, MailboxStatus>(); }
    bool handleUntagged(const Response &response) override;

private:
    Options m_options;
    QList<ListData> m_folders;
    QList<MailboxStatus> m_statuses;
};

} // namespace heron::imap
