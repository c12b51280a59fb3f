#pragma once

#include "imap/imap_command.h"
#include "imap/imap_session.h"
#include "store/mail_cache.h"
#include "store/pending_actions.h"

#include "sync/sync_job.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace heron::sync {

// Sends an account's queued offline actions (store::PendingActions) to the
// server over a ready ImapSession, oldest first, one at a time:
//
// - flags: UID STORE, the server's resulting flags go to the cache;
// - move: UID MOVE (or COPY, STORE, EXPUNGE), the placeholder gets the real UID from COPYUID;
// - expunge: UID STORE +FLAGS (\Deleted), UID EXPUNGE.
//
// A move or expunge first asks whether the message is still in its folder: when
// it is not, an earlier attempt reached the server but its answer was lost (or
// another client removed it), and the action counts as done, never as sent twice.
// A NO or BAD is a refusal: the message is rolled back to what the server has and
// refusals() says what failed in the server's words. A connection failure stops
// the replay; the action being sent and those after it stay queued.
class ActionReplayer : public SyncJob
{
    Q_OBJECT

public:
    ActionReplayer(imap::ImapSession &session, store::MailCache &cache, qint64 accountId, QObject *parent = nullptr);

    void start();

    // True when every queued action was done or refused; false after a connection failure.
    int completed() const { return m_completed; }
    // One sentence per refused action: "Moving 'Subject' to Archive failed: <server text>".
    const QStringList &refusals() const { return m_refusals; }

signals:
    void refused(const QString &message);

private:
    void next();
    void selectThen(const std::function<void()> &then);
    void probeThen(const std::function<void(bool present)> &then);
    void sendFlags();
    void sendMove();
    void sendExpunge();
    void finishAction(const std::optional<QStringList> &serverFlags, std::optional<quint32> newUid);
    void refuse(const imap::ImapCommand *command);
    // serverState: the message as the server has it (nullopt: unknown); gone: the server has it no more.
    void rollBack(const QString &why, const std::optional<store::MessageRecord> &serverState = std::nullopt,
                  bool gone = false);
    // Runs a command; then() when it succeeded, refuse() on NO / BAD, fail() when the link failed.
    template<typename Command>
    void run(Command *command, std::function<void(Command *)> then);

    imap::ImapSession &m_session;
    store::MailCache &m_cache;
    store::PendingActions m_actions;
    qint64 m_accountId;
    QList<store::PendingAction> m_queue;
    store::PendingAction m_current;
    QStringList m_refusals;
    int m_completed = 0;
    bool m_rollingBack = false; // reading the server's state after a refusal
    QString m_why; // the refusal being rolled back
};

} // namespace heron::sync
