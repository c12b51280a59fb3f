#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "imap/imap_error.h"
#include "sync/message_action.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace heron::imap {
class ImapSession;
} // namespace heron::imap

namespace heron::store {
class Database;
class MailCache;
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
class MailEngine : public QObject
{
    Q_OBJECT

public:
    explicit MailEngine(accounts::Profile profile, QObject *parent = nullptr);
    ~MailEngine() override;

    // Pushes within this interval start one re-sync (tests shorten it).
    void setIdleResyncDelay(int ms) { m_resyncDelayMs = ms; }

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
    // The action on the messages (UIDs of folder): into the cache and the offline queue at
    // once (folderUpdated follows), then a sync of the folder, which sends the queue first.
    void applyAction(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                     heron::sync::MessageAction action);
    // The same for a move to another folder of the account.
    void moveMessages(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                      const QString &target);
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
    // IDLE is running on the folder: new mail shows up without asking.
    void watching(const QString &accountEmail, const QString &folder);

private:
    struct Connection;
    using QueueOne
        = std::function<std::optional<qint64>(store::PendingActions &, qint64 folderId, quint32 uid, QString *error)>;
    void queueActions(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                      const QueueOne &queueOne);
    Connection *connectionFor(const QString &accountEmail);
    void enqueue(Connection &connection, std::function<void()> job);
    void runNext(Connection &connection);
    void jobDone(Connection &connection);
    void openSession(Connection &connection);
    void onSessionFailed(Connection &connection, const heron::imap::ImapError &error);
    void runSync(Connection &connection, const QString &folder);
    void runFetchBody(Connection &connection, const QString &folder, quint32 uid);
    void startIdle(Connection &connection);
    void stopIdle(Connection &connection);
    void fail(Connection &connection, imap::ImapError::Kind kind, const QString &message);
    void retire(imap::ImapSession *session);

    accounts::Profile m_profile;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::MailCache> m_cache;
    QHash<QString, Connection *> m_connections; // by lower-case address
    int m_resyncDelayMs = 500;
};

} // namespace heron::sync
