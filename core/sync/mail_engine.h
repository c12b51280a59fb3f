#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "imap/imap_error.h"
#include "imap/response_code.h"
#include "store/pending_actions.h"
#include "sync/message_action.h"
#include "sync/outgoing_message.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace heron::imap {
class ImapSession;
struct MailboxStatus;
} // namespace heron::imap

namespace heron::store {
class Database;
struct FolderRecord;
class LocalDrafts;
class MailCache;
class Outbox;
class PendingActions;
} // namespace heron::store

namespace heron::sync {

// The GUI's mail engine: a QObject that lives on its own thread (moveToThread,
// then call the slots with queued connections or QMetaObject::invokeMethod)
// and owns what belongs to that thread: its own connection to the profile's
// cache and one ImapSession per account, opened on first use with what
// AccountConnector finds. Work for an account runs one job at a time (sync a
// folder, fetch a body); between jobs the session IDLEs on the last folder
// synchronised, and whatever the server pushes there re-syncs it. Everything
// the UI needs to know goes out as signals, which Qt queues to its thread.
//
// Sending has a lane of its own per account, beside the IMAP jobs: one
// OutboxSender run at a time (its own SMTP session, and IMAP for the copy in
// Sent), so a long sync never holds a message back and a refused IMAP login
// does not drop a send. A request during a run starts one more run after it;
// messages waiting for a retry get a timer for when they are due.
class MailEngine : public QObject
{
    Q_OBJECT

public:
    // What became of one message of the outbox (OutboxSender::Outcome, for the UI).
    enum class SendResult {
        Delivered, // the server took it (detail: refused recipients or a failed copy in Sent, if any)
        Queued, // a temporary failure: sent again later (detail: why)
        Rejected, // the server refused it for good; it stays in the outbox as failed (detail: the server's words)
        MayHaveBeenSent, // the connection ended before the server confirmed it; not sent again on its own
    };
    Q_ENUM(SendResult)

    // What became of a saved draft (draftSaved).
    enum class DraftResult {
        SavedLocally, // in the cache's drafts table; the upload to the Drafts folder follows
        SavedOnServer, // the Drafts folder has it (earlier copies removed)
        ServerFailed, // kept on this computer only, tried again at the account's next sync (detail: why)
        NotSaved, // not even stored locally (detail: why); the composer keeps it
    };
    Q_ENUM(DraftResult)

    explicit MailEngine(accounts::Profile profile, QObject *parent = nullptr);
    ~MailEngine() override;

    // Pushes within this interval start one re-sync (tests shorten it).
    void setIdleResyncDelay(int ms) { m_resyncDelayMs = ms; }
    // The wait before the first try to reconnect after a lost link (doubling with each
    // try that fails, up to 5 minutes); 0 turns reconnecting off. Default 5 s.
    void setReconnectDelay(int ms) { m_reconnectDelayMs = ms; }

public slots:
    // Opens the cache on the engine thread; call first.
    void start();
    // One sync round of the folder (the folder list too) for the account.
    void syncFolder(const QString &accountEmail, const QString &folder);
    // The whole message (UID FETCH BODY.PEEK[]) into the cache, for reading.
    void fetchBody(const QString &accountEmail, const QString &folder, quint32 uid);
    // Closes the account's session (LOGOUT in the background) and reads the
    // account afresh, so the next session presents the current CLIENTID token
    // and setting: "Try again" after the provider approved this device, and
    // after a device ID reset or a change of the CLIENTID switch. Jobs that
    // were waiting (a running sync too, reported finished and queued again)
    // run on the new session. Nothing happens for an account not connected yet.
    void reconnect(const QString &accountEmail);
    // File → Work Offline: every session closed (a running sync reported unfinished) and no
    // connection made while offline; jobs asked for meanwhile (syncs, offline actions, drafts,
    // the outbox) wait and run once online again. A send already under way finishes.
    void setOffline(bool offline);
    // The action on the messages (UIDs of folder): into the cache and the offline queue at
    // once (folderUpdated follows), then a sync of the folder, which sends the queue first.
    void applyAction(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                     heron::sync::MessageAction action);
    // The same for a move to another folder of the account.
    void moveMessages(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                      const QString &target);
    // Folder → New Folder / Rename / Delete (FolderChange), online: folderChanged, or failed with
    // the server's words; the folder list follows with a sync of the folder (or its parent).
    // parent empty: at the top level. newLeaf: the folder's new last name element.
    void createFolder(const QString &accountEmail, const QString &parent, const QString &leaf);
    void renameFolder(const QString &accountEmail, const QString &folder, const QString &newLeaf);
    // Into the Trash while it is not already there (FolderChange::trashDestination), else for good.
    void deleteFolder(const QString &accountEmail, const QString &folder);
    // Copies the messages into target (a Ctrl+drag): UID COPY when online (it waits while
    // offline, and is not kept across a restart); the copies are listed at once where the
    // server reported their UIDs (COPYUID), else with the target's next sync.
    void copyMessages(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                      const QString &target);
    // Takes the last move back (Edit → Undo): the moved messages return to the folder they
    // came from (store::PendingActions::undoMove), after a sync that may be replaying it.
    void undoLastMove();
    // Puts the message in the account's outbox (committed before anything goes
    // on the wire: messageQueued, or messageNotQueued and nothing else) and
    // sends the account's outbox.
    void send(const QString &accountEmail, const heron::sync::OutgoingMessage &message);
    // Sends the account's due outbox entries; with includeDeferred also those
    // waiting for a retry after a temporary failure ("send now", "Try again").
    void flushOutbox(const QString &accountEmail, bool includeDeferred = false);
    // Keeps the draft (message.messageId, message.bytes) in the cache at once,
    // then puts it in the account's Drafts folder in place of its earlier
    // copies and of replacesUid there (a draft it continues that had another
    // Message-ID). draftSaved reports each step.
    void saveDraft(const QString &accountEmail, const heron::sync::OutgoingMessage &message, quint32 replacesUid = 0);
    // The draft was sent or thrown away: out of the cache and the Drafts folder.
    void discardDraft(const QString &accountEmail, const QByteArray &messageId, quint32 replacesUid = 0);
    // Takes a message the server refused (or that may have been sent) out of
    // the outbox to edit it again: unsentReopened with its bytes, or failed.
    // Entries waiting to be sent, or being sent, stay.
    void reopenUnsent(const QString &accountEmail, qint64 outboxId);
    // Logs out, closes the cache. Call (blocking) before the thread ends.
    void shutdown();

signals:
    void started(bool ok, const QString &error);
    void syncStarted(const QString &accountEmail, const QString &folder);
    void syncProgress(const QString &accountEmail, const QString &folder, quint32 done, quint32 total);
    // The folder list and the folder's messages in the cache changed (or may have).
    void folderUpdated(const QString &accountEmail, const QString &folder);
    void syncFinished(const QString &accountEmail, const QString &folder, bool ok);
    void bodyFetched(const QString &accountEmail, const QString &folder, quint32 uid);
    // Something went wrong; kind tells the device-refused case (and the others) apart.
    void failed(const QString &accountEmail, heron::imap::ImapError::Kind kind, const QString &message);
    // The server refused an offline action; the cache shows the server's state again.
    // message: "Moving 'Subject' to Archive failed: <server text>".
    void actionRefused(const QString &accountEmail, const QString &message);
    // A folder was created (from empty), renamed or moved into the Trash, or deleted (to empty).
    void folderChanged(const QString &accountEmail, const QString &from, const QString &to);
    // What Undo would take back now ("Undo Move to Trash"); empty: nothing.
    void undoAvailable(const QString &description);
    // IDLE is running on the folder: new mail shows up without asking.
    void watching(const QString &accountEmail, const QString &folder);
    // The session was lost in a way that may heal (the network, the server restarting): a new
    // one is tried in seconds, with a sync of the folder that was being synchronised or watched.
    // reason: why it was lost. Refused passwords, devices and certificates are not tried again.
    void reconnecting(const QString &accountEmail, int seconds, const QString &reason);

    // The message is safe in the outbox; sending follows.
    void messageQueued(const QString &accountEmail, const QByteArray &messageId, const QString &subject);
    // The message could not be stored in the outbox (error says why): nothing was sent.
    void messageNotQueued(const QString &accountEmail, const QByteArray &messageId, const QString &error);
    // A run over the account's outbox began (messages: how many are due).
    void sendingStarted(const QString &accountEmail, int messages);
    void messageSendResult(const QString &accountEmail, const QByteArray &messageId, const QString &subject,
                           heron::sync::MailEngine::SendResult result, const QString &detail);
    // The run ended; error says what stopped it early (connection, login, ...), empty when nothing did.
    void sendingFinished(const QString &accountEmail, const QString &error);
    // The outbox entry is gone; message: its bytes, for a composer.
    void unsentReopened(const QString &accountEmail, const QByteArray &message);
    void draftSaved(const QString &accountEmail, const QByteArray &messageId,
                    heron::sync::MailEngine::DraftResult result, const QString &detail);

    // An OAuth account's provider no longer accepts Heron's sign-in (revoked,
    // expired): nothing works for the account until the user signs in again.
    void signInNeeded(const QString &accountEmail, const QString &message);
    // The submission server refused this device's CLIENTID token (SMTP 550); reply: its words.
    void smtpDeviceRefused(const QString &accountEmail, const QString &serverReply);

private:
    struct Connection;
    using QueueOne
        = std::function<std::optional<qint64>(store::PendingActions &, qint64 folderId, quint32 uid, QString *error)>;
    // undoable: the actions may be moves, which become the last move for Undo.
    void queueActions(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                      const QueueOne &queueOne, bool undoable);
    Connection *connectionFor(const QString &accountEmail);
    void enqueue(Connection &connection, std::function<void()> job);
    void runNext(Connection &connection);
    void jobDone(Connection &connection);
    void openSession(Connection &connection);
    void onSessionFailed(Connection &connection, const heron::imap::ImapError &error);
    void scheduleReconnect(Connection &connection, const QString &folder, const QString &reason);
    // Appends a sync of folder unless one is queued (false then). background: see Job.
    bool queueSync(Connection &connection, const QString &folder, bool background);
    void runSync(Connection &connection, const QString &folder, bool background);
    // A NOTIFY report about another folder: a background sync of it if the cache is behind.
    void onMailboxStatus(Connection &connection, const imap::MailboxStatus &status);
    void runFetchBody(Connection &connection, const QString &folder, quint32 uid);
    void runDraft(Connection &connection, const QByteArray &messageId, quint32 replacesUid, bool discard);
    void queueDraftUploads(Connection &connection);
    std::optional<QString> draftsFolder(qint64 accountId) const;
    // IDLE on the watched folder (NOTIFY first, where offered). mayReturn: when another
    // folder is selected, a sync of the watched one may be queued to go back there.
    void startIdle(Connection &connection, bool mayReturn = true);
    void startNotify(Connection &connection);
    void stopIdle(Connection &connection);
    void fail(Connection &connection, imap::ImapError::Kind kind, const QString &message);
    void retire(imap::ImapSession *session);
    void runOutbox(Connection &connection);
    void onOutboxRunFinished(Connection &connection);
    void scheduleOutboxRetry(Connection &connection);
    void rememberSubjects(qint64 accountId);
    void flushDueOutboxes();
    void runUndo(Connection &connection);
    void closeSession(Connection &connection);
    // then() once folder is the selected mailbox; a refused SELECT is reported and ends the job.
    void selectThen(Connection &connection, const QString &folder, const std::function<void()> &then);
    void runCopy(Connection &connection, const QString &folder, const QList<quint32> &uids, const QString &target);
    bool storeCopies(qint64 accountId, const QString &folder, const QString &target,
                     const std::optional<imap::ResponseCode> &copyUid);
    QList<store::FolderRecord> cachedFolders(const QString &accountEmail);
    void queueFolderChange(const QString &accountEmail, int kind, const QString &name, const QString &newName);
    void runFolderChange(Connection &connection, int kind, const QString &name, const QString &newName);

    // The messages of the last move, as queued, for Undo.
    struct LastMove
    {
        QString accountEmail;
        QString folder;
        QList<store::PendingAction> moves;
    };
    std::optional<LastMove> m_lastMove;

    accounts::Profile m_profile;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::MailCache> m_cache;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<store::LocalDrafts> m_drafts;
    QHash<QByteArray, QString> m_subjects; // of outbox entries, by Message-ID, for the UI's words
    QHash<QString, Connection *> m_connections; // by lower-case address
    int m_resyncDelayMs = 500;
    int m_reconnectDelayMs = 5000;
    bool m_offline = false;
};

} // namespace heron::sync
