#include "mail_engine.h"

#include "accounts/account_store.h"
#include "imap/fetch_command.h"
#include "imap/idle_command.h"
#include "imap/imap_session.h"
#include "imap/move_command.h"
#include "imap/notify_command.h"
#include "imap/select_command.h"
#include "store/database.h"
#include "store/local_drafts.h"
#include "store/mail_cache.h"
#include "store/outbox.h"
#include "store/pending_actions.h"
#include "sync/account_connector.h"
#include "sync/account_sync.h"
#include "sync/draft_uploader.h"
#include "sync/folder_change.h"
#include "sync/folder_sync.h"
#include "sync/outbox_sender.h"
#include "sync/remote_message.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace heron::sync {

namespace {

constexpr int kLogoutWaitMs = 2000;
// At shutdown, a send under way gets this long to finish; one cut off stays
// "sending" and becomes "may have been sent" at the next start.
constexpr int kSendWaitMs = 5000;
constexpr qint64 kMinRetryDelayMs = 1000;
// After a lost link, tries to reconnect wait twice as long each time, up to 5 minutes.
constexpr qint64 kMaxReconnectMs = 5 * 60 * 1000;

// Whether the session ended the way a bad network, a restarting server or a
// hiccup ends it, so that trying again later may well work. A refused
// password, device or certificate, or a server without TLS, stays refused
// until the user changes something.
bool mayReconnect(const imap::ImapError &error)
{
    using Network = net::ConnectionError::Kind;
    switch (error.kind) {
    case imap::ImapError::Kind::Closed:
    case imap::ImapError::Kind::Protocol:
    case imap::ImapError::Kind::TemporaryAuthentication:
        return true;
    case imap::ImapError::Kind::Connection:
        return error.connection != Network::None && error.connection != Network::CertificateRejected
            && error.connection != Network::CleartextRefused;
    default:
        return false;
    }
}

MailEngine::SendResult sendResult(OutboxSender::Outcome outcome)
{
    switch (outcome) {
    case OutboxSender::Outcome::Delivered:
        return MailEngine::SendResult::Delivered;
    case OutboxSender::Outcome::Requeued:
        return MailEngine::SendResult::Queued;
    case OutboxSender::Outcome::Rejected:
        return MailEngine::SendResult::Rejected;
    case OutboxSender::Outcome::MayHaveBeenSent:
        return MailEngine::SendResult::MayHaveBeenSent;
    }
    return MailEngine::SendResult::Queued;
}

// Queued entries of the account that a run sends now (with deferred: also those waiting for a retry).
int dueCount(const QList<store::Outbox::Entry> &entries, qint64 accountId, bool deferred)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return int(std::count_if(entries.cbegin(), entries.cend(), [&](const store::Outbox::Entry &entry) {
        return entry.accountId == accountId && entry.state == store::Outbox::State::Queued
            && (deferred || entry.nextAttemptAt <= now);
    }));
}

} // namespace

struct MailEngine::Connection
{
    struct Job
    {
        enum class Kind { Sync, Body, SaveDraft, DiscardDraft, FolderChange, Copy } kind = Kind::Sync;
        QString folder;
        quint32 uid = 0; // Body: the message; drafts: the copy replaced in the Drafts folder; FolderChange::Kind
        QByteArray messageId; // drafts
        QString target; // FolderChange: the new name; Copy: the destination
        QList<quint32> uids; // Copy
        // Sync: asked for by a NOTIFY report, not by the user; the folder watched stays.
        bool background = false;
    };

    accounts::Account account;
    std::unique_ptr<AccountConnector> connector;
    qint64 accountId = 0;
    imap::ImapSession *session = nullptr; // child of the engine
    bool opening = false;
    QList<Job> jobs;
    std::optional<Job> current;
    // Bumped when the session dies: answers for older jobs are ignored.
    quint64 generation = 0;
    QPointer<AccountSync> sync;
    QPointer<imap::IdleCommand> idle;
    QString idleFolder; // the folder last synchronised, watched between jobs
    QTimer resync;
    // NOTIFY (RFC 5465) on this session: other folders report their changes.
    bool notifyAsked = false;
    bool notifying = false; // the server took it
    QStringList notifiedFolders; // reported changed, synchronised when notified fires
    QTimer notified;
    // After a lost link: a sync of reconnectFolder opens a new session (scheduleReconnect).
    QTimer reconnect;
    QString reconnectFolder;
    int reconnectAttempts = 0; // since the last sync that succeeded
    // An OAuth access token a server refused was renewed once; cleared by a login that worked.
    bool tokenRenewed = false;

    // The send lane (see the class comment).
    QPointer<OutboxSender> sender;
    bool sendAgain = false; // asked for during the run
    bool sendDeferred = false; // the next run includes entries waiting for a retry
    bool sendTokenRenewed = false; // the last run ended with a refused OAuth token, renewed since
    QString smtpClientIdReply; // the submission server's answer to CLIENTID in this run
    QTimer outboxRetry;
    bool undoWaiting = false; // Undo asked for while a job ran
};

MailEngine::MailEngine(accounts::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
}

MailEngine::~MailEngine()
{
    shutdown();
}

void MailEngine::start()
{
    m_database = std::make_unique<store::Database>();
    QString error;
    if (!m_database->open(m_profile.cacheDatabaseFile(), &error)) {
        m_database.reset();
        emit started(false, error);
        return;
    }
    m_cache = std::make_unique<store::MailCache>(*m_database);
    m_outbox = std::make_unique<store::Outbox>(*m_database);
    m_drafts = std::make_unique<store::LocalDrafts>(*m_database);
    // A send cut off by a crash or a kill may have gone out: never sent again on its own.
    m_outbox->recoverInterrupted(&error);
    emit started(true, QString());
    flushDueOutboxes();
}

void MailEngine::shutdown()
{
    const QList<Connection *> connections = m_connections.values();
    m_connections.clear();
    for (Connection *connection : connections) {
        connection->outboxRetry.stop();
        if (OutboxSender *sender = connection->sender) {
            sender->disconnect(this);
            if (!sender->isFinished()) {
                QEventLoop loop;
                connect(sender, &OutboxSender::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(kSendWaitMs, &loop, &QEventLoop::quit);
                loop.exec();
            }
            delete sender;
        }
        ++connection->generation;
        connection->resync.stop();
        stopIdle(*connection);
        delete connection->sync;
        if (imap::ImapSession *session = connection->session) {
            connection->session = nullptr;
            session->disconnect(this);
            if (session->isReady()) {
                QEventLoop loop;
                connect(session, &imap::ImapSession::closed, &loop, &QEventLoop::quit);
                connect(session, &imap::ImapSession::failed, &loop, &QEventLoop::quit);
                QTimer::singleShot(kLogoutWaitMs, &loop, &QEventLoop::quit);
                session->logout();
                if (session->state() != imap::ImapSession::State::Disconnected)
                    loop.exec();
            }
            session->abort();
            delete session;
        }
        delete connection;
    }
    m_drafts.reset();
    m_outbox.reset();
    m_cache.reset();
    m_database.reset();
}

MailEngine::Connection *MailEngine::connectionFor(const QString &accountEmail)
{
    const QString key = accountEmail.toLower();
    if (Connection *known = m_connections.value(key))
        return known;
    if (!m_cache) {
        emit failed(accountEmail, imap::ImapError::Kind::None, tr("The mail cache is not open."));
        return nullptr;
    }
    QString error;
    const QList<accounts::Account> accounts = accounts::AccountStore(m_profile).list(&error);
    for (const accounts::Account &account : accounts) {
        if (!accounts::Account::sameAddress(account.email, accountEmail))
            continue;
        const std::optional<qint64> id = m_cache->accountId(account.email, &error);
        if (!id)
            break;
        auto *connection = new Connection;
        connection->account = account;
        connection->connector = std::make_unique<AccountConnector>(m_profile, account);
        connection->accountId = *id;
        connection->resync.setSingleShot(true);
        connect(&connection->resync, &QTimer::timeout, this, [this, connection] {
            if (!connection->idleFolder.isEmpty() && queueSync(*connection, connection->idleFolder, false))
                runNext(*connection);
        });
        connection->notified.setSingleShot(true);
        connect(&connection->notified, &QTimer::timeout, this, [this, connection] {
            for (const QString &folder : std::exchange(connection->notifiedFolders, {}))
                queueSync(*connection, folder, true);
            runNext(*connection);
        });
        connection->reconnect.setSingleShot(true);
        connect(&connection->reconnect, &QTimer::timeout, this,
                [this, connection] { syncFolder(connection->account.email, connection->reconnectFolder); });
        connection->outboxRetry.setSingleShot(true);
        connect(&connection->outboxRetry, &QTimer::timeout, this,
                [this, connection] { flushOutbox(connection->account.email); });
        m_connections.insert(key, connection);
        return connection;
    }
    emit failed(accountEmail, imap::ImapError::Kind::None,
                error.isEmpty() ? tr("The profile has no account %1.").arg(accountEmail) : error);
    return nullptr;
}

void MailEngine::syncFolder(const QString &accountEmail, const QString &folder)
{
    Connection *connection = connectionFor(accountEmail);
    if (!connection) {
        emit syncFinished(accountEmail, folder, false);
        return;
    }
    if (!queueSync(*connection, folder, false))
        return; // already asked for
    queueDraftUploads(*connection); // drafts kept here while the server was out of reach
    runNext(*connection);
}

bool MailEngine::queueSync(Connection &connection, const QString &folder, bool background)
{
    for (Connection::Job &job : connection.jobs) {
        if (job.kind == Connection::Job::Kind::Sync && job.folder == folder) {
            job.background &= background; // asked for by the user too: it is watched after
            return false;
        }
    }
    Connection::Job job {Connection::Job::Kind::Sync, folder, 0, {}, {}, {}};
    job.background = background;
    connection.jobs.append(job);
    return true;
}

void MailEngine::fetchBody(const QString &accountEmail, const QString &folder, quint32 uid)
{
    Connection *connection = connectionFor(accountEmail);
    if (!connection)
        return;
    connection->jobs.append({Connection::Job::Kind::Body, folder, uid, {}, {}, {}});
    runNext(*connection);
}

void MailEngine::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    for (Connection *connection : std::as_const(m_connections)) {
        if (offline) {
            connection->reconnect.stop();
            closeSession(*connection);
            continue;
        }
        runNext(*connection);
        flushOutbox(connection->account.email, true);
    }
}

void MailEngine::closeSession(Connection &connection)
{
    // Answers for the old session's jobs are ignored from here on.
    ++connection.generation;
    connection.resync.stop();
    stopIdle(connection);
    if (connection.sync) {
        connection.sync->disconnect(this);
        connection.sync->deleteLater();
    }
    connection.opening = false;
    if (imap::ImapSession *session = std::exchange(connection.session, nullptr))
        retire(session);
    if (connection.current) {
        const Connection::Job job = *connection.current;
        connection.current.reset();
        if (job.kind == Connection::Job::Kind::Sync)
            emit syncFinished(connection.account.email, job.folder, false);
        connection.jobs.prepend(job);
    }
}

void MailEngine::reconnect(const QString &accountEmail)
{
    Connection *connection = m_connections.value(accountEmail.toLower());
    if (!connection)
        return;
    closeSession(*connection);
    QString error;
    if (const std::optional<accounts::Account> account = accounts::AccountStore(m_profile).find(accountEmail, &error)) {
        connection->account = *account;
        connection->connector = std::make_unique<AccountConnector>(m_profile, *account);
    } else if (!error.isEmpty()) {
        fail(*connection, imap::ImapError::Kind::None, error);
        return;
    }
    runNext(*connection);
    // A refused or failed send waits for its retry: with a new token or setting it goes now.
    flushOutbox(connection->account.email, true);
}

void MailEngine::retire(imap::ImapSession *session)
{
    session->disconnect(this);
    if (!session->isReady()) {
        session->abort();
        session->deleteLater();
        return;
    }
    // A polite LOGOUT without waiting for it; a server that does not answer is cut off.
    connect(session, &imap::ImapSession::closed, session, &QObject::deleteLater);
    connect(session, &imap::ImapSession::failed, session, &QObject::deleteLater);
    QTimer::singleShot(kLogoutWaitMs, session, [session] {
        session->abort();
        session->deleteLater();
    });
    session->logout();
}

void MailEngine::runNext(Connection &connection)
{
    if (m_offline || connection.current || connection.jobs.isEmpty())
        return; // offline: the jobs wait for setOffline(false)
    if (!connection.session || !connection.session->isReady()) {
        if (!connection.opening)
            openSession(connection);
        return;
    }
    stopIdle(connection);
    connection.current = connection.jobs.takeFirst();
    const Connection::Job &job = *connection.current;
    switch (job.kind) {
    case Connection::Job::Kind::Sync:
        runSync(connection, job.folder, job.background);
        break;
    case Connection::Job::Kind::Body:
        runFetchBody(connection, job.folder, job.uid);
        break;
    case Connection::Job::Kind::SaveDraft:
    case Connection::Job::Kind::DiscardDraft:
        runDraft(connection, job.messageId, job.uid, job.kind == Connection::Job::Kind::DiscardDraft);
        break;
    case Connection::Job::Kind::FolderChange:
        runFolderChange(connection, int(job.uid), job.folder, job.target);
        break;
    case Connection::Job::Kind::Copy:
        runCopy(connection, job.folder, job.uids, job.target);
        break;
    }
}

void MailEngine::jobDone(Connection &connection)
{
    const std::optional<Connection::Job> finished = std::exchange(connection.current, std::nullopt);
    if (connection.undoWaiting)
        runUndo(connection);
    if (!connection.jobs.isEmpty()) {
        runNext(connection);
        return;
    }
    // A sync of the watched folder that did not get there is not tried again at once.
    const bool returned
        = finished && finished->kind == Connection::Job::Kind::Sync && finished->folder == connection.idleFolder;
    startIdle(connection, !returned);
}

void MailEngine::openSession(Connection &connection)
{
    QString error;
    const std::optional<imap::ImapSettings> settings = connection.connector->imapSettings(&error);
    if (!settings) {
        if (connection.connector->signInNeeded())
            emit signInNeeded(connection.account.email, error);
        fail(connection, imap::ImapError::Kind::None, error);
        return;
    }
    connection.opening = true;
    connection.notifyAsked = false;
    connection.notifying = false;
    auto *session = new imap::ImapSession(*settings, this);
    connection.session = session;
    Connection *c = &connection;
    connect(session, &imap::ImapSession::ready, this, [this, c, session] {
        if (c->session != session)
            return;
        c->opening = false;
        c->tokenRenewed = false;
        c->reconnect.stop(); // connected again, by a request of its own
        c->connector->recordClientIdStatus(*session);
        runNext(*c);
    });
    connect(session, &imap::ImapSession::failed, this, [this, c, session](const imap::ImapError &error) {
        if (c->session != session)
            return;
        if (c->opening)
            c->connector->recordClientIdStatus(*session);
        onSessionFailed(*c, error);
    });
    const auto pushed = [this, c, session] {
        // Only pushes while nothing of ours runs: a job's own answers are not news.
        if (c->session == session && !c->current && c->idle)
            c->resync.start(m_resyncDelayMs);
    };
    connect(session, &imap::ImapSession::exists, this, pushed);
    connect(session, &imap::ImapSession::expunged, this, pushed);
    connect(session, &imap::ImapSession::vanished, this, pushed);
    connect(session, &imap::ImapSession::fetched, this, pushed);
    connect(session, &imap::ImapSession::mailboxStatus, this, [this, c, session](const imap::MailboxStatus &status) {
        if (c->session == session)
            onMailboxStatus(*c, status);
    });
    session->open();
}

void MailEngine::onSessionFailed(Connection &connection, const imap::ImapError &error)
{
    imap::ImapSession *session = connection.session;
    connection.session = nullptr;
    connection.opening = false;
    connection.idle = nullptr;
    ++connection.generation;
    connection.resync.stop();
    if (connection.sync) {
        connection.sync->disconnect(this);
        connection.sync->deleteLater();
    }
    if (session) {
        session->disconnect(this);
        session->deleteLater();
    }
    // What to sync once connected again: the folder being synchronised, else the one watched.
    // (A folder NOTIFY reported is not: the new session's NOTIFY reports it again.)
    QString folder = connection.idleFolder;
    if (connection.current && connection.current->kind == Connection::Job::Kind::Sync
        && !connection.current->background)
        folder = connection.current->folder;
    // An access token can end early (revoked, the server's clock): renew it and try once more.
    if (error.kind == imap::ImapError::Kind::Authentication && !connection.tokenRenewed
        && connection.connector->renewAccessToken()) {
        connection.tokenRenewed = true;
        if (connection.current) {
            connection.jobs.prepend(*connection.current);
            connection.current.reset();
        }
        if (connection.jobs.isEmpty() && !folder.isEmpty())
            queueSync(connection, folder, false);
        runNext(connection);
        return;
    }
    const QString message = connection.connector->explain(error);
    fail(connection, error.kind, message);
    if (mayReconnect(error))
        scheduleReconnect(connection, folder.isEmpty() ? QStringLiteral("INBOX") : folder, message);
}

void MailEngine::scheduleReconnect(Connection &connection, const QString &folder, const QString &reason)
{
    if (m_offline || m_reconnectDelayMs <= 0)
        return;
    const qint64 delay
        = std::min(kMaxReconnectMs, qint64(m_reconnectDelayMs) << std::min(connection.reconnectAttempts, 12));
    ++connection.reconnectAttempts;
    connection.reconnectFolder = folder;
    connection.reconnect.start(int(delay));
    emit reconnecting(connection.account.email, int((delay + 999) / 1000), reason);
}

void MailEngine::fail(Connection &connection, imap::ImapError::Kind kind, const QString &message)
{
    const QString email = connection.account.email;
    emit failed(email, kind, message);
    // What was asked for cannot happen now; the next request tries again.
    QList<Connection::Job> dropped = connection.jobs;
    connection.jobs.clear();
    if (connection.current) {
        dropped.prepend(*connection.current);
        connection.current.reset();
    }
    for (const Connection::Job &job : std::as_const(dropped)) {
        if (job.kind == Connection::Job::Kind::Sync)
            emit syncFinished(email, job.folder, false);
        else if (job.kind == Connection::Job::Kind::SaveDraft)
            emit draftSaved(email, job.messageId, DraftResult::ServerFailed, message);
    }
    if (connection.undoWaiting) // nothing is replayed any more
        runUndo(connection);
}

QList<store::FolderRecord> MailEngine::cachedFolders(const QString &accountEmail)
{
    QString error;
    const std::optional<qint64> accountId = m_cache ? m_cache->accountId(accountEmail, &error) : std::nullopt;
    return accountId ? m_cache->folders(*accountId) : QList<store::FolderRecord>();
}

void MailEngine::createFolder(const QString &accountEmail, const QString &parent, const QString &leaf)
{
    queueFolderChange(accountEmail, int(FolderChange::Kind::Create),
                      FolderChange::childName(cachedFolders(accountEmail), parent, leaf), QString());
}

void MailEngine::renameFolder(const QString &accountEmail, const QString &folder, const QString &newLeaf)
{
    queueFolderChange(accountEmail, int(FolderChange::Kind::Rename), folder,
                      FolderChange::siblingName(cachedFolders(accountEmail), folder, newLeaf));
}

void MailEngine::deleteFolder(const QString &accountEmail, const QString &folder)
{
    const QString trash = FolderChange::trashDestination(cachedFolders(accountEmail), folder);
    if (trash.isEmpty())
        queueFolderChange(accountEmail, int(FolderChange::Kind::Delete), folder, QString());
    else
        queueFolderChange(accountEmail, int(FolderChange::Kind::Rename), folder, trash);
}

void MailEngine::queueFolderChange(const QString &accountEmail, int kind, const QString &name, const QString &newName)
{
    Connection *connection = connectionFor(accountEmail);
    if (!connection) {
        emit failed(accountEmail, imap::ImapError::Kind::None,
                    tr("%1 is not an account of this profile.").arg(accountEmail));
        return;
    }
    connection->jobs.append({Connection::Job::Kind::FolderChange, name, quint32(kind), {}, newName, {}});
    runNext(*connection);
}

void MailEngine::runFolderChange(Connection &connection, int kind, const QString &name, const QString &newName)
{
    const QString email = connection.account.email;
    auto *change = new FolderChange(*connection.session, *m_cache, connection.accountId, FolderChange::Kind(kind), name,
                                    newName, this);
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    connect(change, &FolderChange::finished, this, [this, c, change, email, kind, name, newName, generation](bool ok) {
        change->deleteLater();
        if (c->generation != generation || !m_cache)
            return; // the session died: already reported
        if (!ok) {
            emit failed(email, imap::ImapError::Kind::CommandFailed, change->error());
        } else {
            if (c->idleFolder == name)
                c->idleFolder.clear(); // not watched under a name that is gone
            const bool created = FolderChange::Kind(kind) == FolderChange::Kind::Create;
            const QString to = created ? name : newName;
            emit folderChanged(email, created ? QString() : name, to);
            // The new folder list comes with a sync: of the folder under its new name, or of the Inbox.
            c->jobs.prepend({Connection::Job::Kind::Sync, to.isEmpty() ? QStringLiteral("INBOX") : to, 0, {}, {}, {}});
        }
        jobDone(*c);
    });
    change->start();
}

void MailEngine::copyMessages(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                              const QString &target)
{
    Connection *connection = connectionFor(accountEmail);
    if (!connection || uids.isEmpty() || folder == target)
        return;
    connection->jobs.append({Connection::Job::Kind::Copy, folder, 0, {}, target, uids});
    runNext(*connection);
}

void MailEngine::runCopy(Connection &connection, const QString &folder, const QList<quint32> &uids,
                         const QString &target)
{
    const QString email = connection.account.email;
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    const auto copy = [this, c, generation, email, folder, uids, target] {
        auto *command = imap::MoveCommand::copy(imap::SequenceSet::fromNumbers(uids), target);
        command->setParent(this);
        connect(command, &imap::ImapCommand::finished, this, [=, this] {
            command->deleteLater();
            if (c->generation != generation || !m_cache)
                return;
            if (!command->succeeded())
                emit failed(email, command->error().kind,
                            tr("Copying to %1 failed: %2").arg(target, command->error().message));
            else if (storeCopies(c->accountId, folder, target, command->copyUid()))
                emit folderUpdated(email, target);
            jobDone(*c);
        });
        c->session->run(command);
    };
    selectThen(connection, folder, copy);
}

void MailEngine::selectThen(Connection &connection, const QString &folder, const std::function<void()> &then)
{
    const auto &selected = connection.session->selectedMailbox();
    if (selected && selected->name == folder)
        return then();
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    auto *select = new imap::SelectCommand(folder);
    select->setParent(this);
    connect(select, &imap::ImapCommand::finished, this, [this, c, select, generation, then] {
        select->deleteLater();
        if (c->generation != generation || !m_cache)
            return;
        if (!select->succeeded()) {
            emit failed(c->account.email, select->error().kind, select->error().message);
            jobDone(*c);
            return;
        }
        then();
    });
    connection.session->run(select);
}

bool MailEngine::storeCopies(qint64 accountId, const QString &folder, const QString &target,
                             const std::optional<imap::ResponseCode> &copyUid)
{
    // The copies are listed at once when the server said their UIDs in a destination synced
    // before (same UIDVALIDITY); otherwise the destination's next sync brings them.
    const std::optional<store::FolderRecord> source = m_cache->folder(accountId, folder);
    const std::optional<store::FolderRecord> destination = m_cache->folder(accountId, target);
    if (!copyUid || !source || !destination || destination->uidValidity == 0
        || destination->uidValidity != copyUid->number)
        return false;
    const std::optional<QList<quint32>> from = copyUid->sourceUids.toNumbers(100'000);
    const std::optional<QList<quint32>> to = copyUid->uids.toNumbers(100'000);
    if (!from || !to || from->size() != to->size())
        return false;
    QList<store::MessageRecord> copies;
    for (qsizetype i = 0; i < from->size(); ++i) {
        std::optional<store::MessageRecord> message = m_cache->message(source->id, from->at(i));
        if (!message)
            continue;
        message->uid = to->at(i);
        message->modSeq = 0; // the destination's own comes with its next sync
        copies.append(*message);
    }
    QString error;
    return m_cache->storeMessages(destination->id, copies, &error);
}

void MailEngine::applyAction(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                             MessageAction action)
{
    queueActions(
        accountEmail, folder, uids,
        [action](store::PendingActions &actions, qint64 folderId, quint32 uid, QString *error) {
            const QStringList seen {QStringLiteral("\\Seen")};
            const QStringList flagged {QStringLiteral("\\Flagged")};
            switch (action) {
            case MessageAction::MarkRead:
                return actions.addFlags(folderId, uid, seen, error);
            case MessageAction::MarkUnread:
                return actions.removeFlags(folderId, uid, seen, error);
            case MessageAction::Star:
                return actions.addFlags(folderId, uid, flagged, error);
            case MessageAction::Unstar:
                return actions.removeFlags(folderId, uid, flagged, error);
            case MessageAction::Delete:
                return actions.remove(folderId, uid, error);
            case MessageAction::Archive:
                return actions.archive(folderId, uid, error);
            case MessageAction::Junk:
                return actions.junk(folderId, uid, error);
            }
            return std::optional<qint64>();
        },
        action == MessageAction::Delete || action == MessageAction::Archive || action == MessageAction::Junk);
}

void MailEngine::moveMessages(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                              const QString &target)
{
    queueActions(
        accountEmail, folder, uids,
        [target](store::PendingActions &actions, qint64 folderId, quint32 uid, QString *error) {
            return actions.move(folderId, uid, target, error);
        },
        true);
}

void MailEngine::queueActions(const QString &accountEmail, const QString &folder, const QList<quint32> &uids,
                              const QueueOne &queueOne, bool undoable)
{
    if (!m_cache || uids.isEmpty())
        return;
    QString error;
    const std::optional<qint64> accountId = m_cache->accountId(accountEmail, &error);
    const std::optional<store::FolderRecord> record
        = accountId ? m_cache->folder(*accountId, folder) : std::optional<store::FolderRecord>();
    if (!record) {
        emit failed(accountEmail, imap::ImapError::Kind::None,
                    error.isEmpty() ? tr("The folder %1 is not in the cache.").arg(folder) : error);
        return;
    }
    store::PendingActions actions(*m_database);
    QStringList problems;
    QList<store::PendingAction> moves;
    for (const quint32 uid : uids) {
        const std::optional<qint64> id = queueOne(actions, record->id, uid, &error);
        if (!id)
            problems << error;
        else if (std::optional<store::PendingAction> queued = undoable ? actions.action(*id) : std::nullopt;
                 queued && queued->kind == store::PendingAction::Kind::Move)
            moves << *queued;
    }
    if (!moves.isEmpty()) {
        // The last move (delete to the Trash, archive, move) is what Undo takes back.
        m_lastMove = LastMove {accountEmail, folder, moves};
        emit undoAvailable(tr("Undo Move to %1").arg(moves.constFirst().target));
    }
    emit folderUpdated(accountEmail, folder);
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        emit failed(accountEmail, imap::ImapError::Kind::None, problems.join(QLatin1Char('\n')));
    }
    syncFolder(accountEmail, folder); // AccountSync sends the queue before it syncs
}

void MailEngine::undoLastMove()
{
    if (!m_lastMove)
        return;
    Connection *connection = connectionFor(m_lastMove->accountEmail);
    if (!connection)
        return;
    // A sync may be replaying the move right now: the undo waits for it to end.
    if (connection->current)
        connection->undoWaiting = true;
    else
        runUndo(*connection);
}

void MailEngine::runUndo(Connection &connection)
{
    connection.undoWaiting = false;
    if (!m_lastMove || !accounts::Account::sameAddress(m_lastMove->accountEmail, connection.account.email))
        return;
    const LastMove undone = *std::exchange(m_lastMove, std::nullopt);
    emit undoAvailable(QString());
    store::PendingActions actions(*m_database);
    QStringList problems;
    QString error;
    for (const store::PendingAction &move : undone.moves) {
        if (!actions.undoMove(move, &error))
            problems << error;
    }
    emit folderUpdated(undone.accountEmail, undone.folder);
    emit folderUpdated(undone.accountEmail, undone.moves.constFirst().target);
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        emit failed(undone.accountEmail, imap::ImapError::Kind::None, problems.join(QLatin1Char('\n')));
    }
    syncFolder(undone.accountEmail, undone.folder); // sends the moves back, if any
}

void MailEngine::runSync(Connection &connection, const QString &folder, bool background)
{
    const QString email = connection.account.email;
    emit syncStarted(email, folder);
    auto *sync = new AccountSync(*connection.session, *m_cache, connection.accountId, {folder}, this);
    sync->setFetchBodies(connection.account.keepMailOffline);
    sync->setOfflineBodyDays(connection.account.offlineBodyDays);
    sync->setFolderRoles(connection.account.folderRoles);
    connection.sync = sync;
    connect(sync, &AccountSync::progress, this, [this, email](const QString &name, quint32 done, quint32 total) {
        emit syncProgress(email, name, done, total);
    });
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    connect(sync, &AccountSync::finished, this, [this, c, sync, email, folder, background, generation](bool ok) {
        sync->deleteLater();
        if (c->generation != generation || !m_cache)
            return; // the session died: already reported
        emit folderUpdated(email, folder);
        for (const QString &refusal : sync->actionErrors())
            emit actionRefused(email, refusal);
        if (ok) {
            if (!background)
                c->idleFolder = folder;
            c->reconnectAttempts = 0;
        } else {
            const imap::ImapError &error = c->session->error();
            emit failed(email, error.isError() ? error.kind : imap::ImapError::Kind::CommandFailed,
                        error.isError() ? c->connector->explain(error) : sync->error());
        }
        emit syncFinished(email, folder, ok);
        jobDone(*c);
    });
    sync->start();
}

void MailEngine::runFetchBody(Connection &connection, const QString &folder, quint32 uid)
{
    const QString email = connection.account.email;
    const std::optional<store::FolderRecord> record = m_cache->folder(connection.accountId, folder);
    if (!record) {
        emit failed(email, imap::ImapError::Kind::None, tr("The folder %1 is not in the cache.").arg(folder));
        jobDone(connection);
        return;
    }
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    const qint64 folderId = record->id;
    const auto fetch = [this, c, generation, folderId, email, folder, uid] {
        auto *command = new imap::FetchCommand(imap::SequenceSet::fromNumbers({uid}), {"UID", "BODY.PEEK[]"});
        command->setParent(this);
        connect(command, &imap::ImapCommand::finished, this,
                [this, c, command, generation, folderId, email, folder, uid] {
                    command->deleteLater();
                    if (c->generation != generation || !m_cache)
                        return;
                    QString error;
                    const imap::FetchData *data = nullptr;
                    for (const imap::FetchData &result : command->results()) {
                        if (result.uid == uid && !result.sections.isEmpty())
                            data = &result;
                    }
                    if (!command->succeeded()) {
                        emit failed(email, command->error().kind, command->error().message);
                    } else if (!data) {
                        emit failed(email, imap::ImapError::Kind::CommandFailed,
                                    tr("The server no longer has this message."));
                    } else {
                        const QByteArray &bytes = data->sections.first().data;
                        if (m_cache->storeBodies(folderId, {{uid, bytes, RemoteMessage::searchText(bytes)}}, &error))
                            emit bodyFetched(email, folder, uid);
                        else
                            emit failed(email, imap::ImapError::Kind::None, error);
                    }
                    jobDone(*c);
                });
        c->session->run(command);
    };
    selectThen(connection, folder, fetch);
}

void MailEngine::startIdle(Connection &connection, bool mayReturn)
{
    imap::ImapSession *session = connection.session;
    if (!session || !session->isReady() || connection.idle || connection.idleFolder.isEmpty()
        || !session->capabilities().has("IDLE"))
        return;
    const auto &selected = session->selectedMailbox();
    if (!selected || selected->name != connection.idleFolder) {
        // A reported folder's sync (or a body fetch) moved elsewhere. With NOTIFY a sync
        // of the watched folder goes back at once, taking in what changed there meanwhile;
        // without it the folder's next sync watches it again.
        if (connection.notifying && mayReturn && queueSync(connection, connection.idleFolder, true))
            runNext(connection);
        return;
    }
    startNotify(connection);
    auto *idle = new imap::IdleCommand;
    connection.idle = idle;
    const QString email = connection.account.email;
    const QString folder = connection.idleFolder;
    connect(idle, &imap::IdleCommand::idling, this, [this, email, folder] { emit watching(email, folder); });
    session->run(idle);
}

void MailEngine::startNotify(Connection &connection)
{
    if (connection.notifyAsked || !connection.session->capabilities().has("NOTIFY"))
        return;
    connection.notifyAsked = true;
    // With STATUS the server first reports every folder, so changes made while Heron was
    // away (or the link was down) are caught up with too.
    auto *notify = new imap::NotifyCommand(imap::NotifyCommand::mailClientGroups(), true);
    notify->setParent(this);
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    connect(notify, &imap::ImapCommand::finished, this, [c, notify, generation] {
        notify->deleteLater();
        // Refused (a server's NOTIFY that dislikes an event): IDLE on the folder still works.
        if (c->generation == generation)
            c->notifying = notify->succeeded();
    });
    connection.session->run(notify);
}

void MailEngine::onMailboxStatus(Connection &connection, const imap::MailboxStatus &status)
{
    if (!m_cache)
        return;
    const auto &selected = connection.session->selectedMailbox();
    if (selected && selected->name == status.name)
        return; // the selected folder's changes come as EXISTS, VANISHED and FETCH
    // Folders never opened here are left until they are: nothing of them is kept to bring up to date.
    const std::optional<store::FolderRecord> record = m_cache->folder(connection.accountId, status.name);
    if (!record || record->uidValidity == 0 || !FolderSync::statusShowsChange(*record, status))
        return;
    if (!connection.notifiedFolders.contains(status.name))
        connection.notifiedFolders.append(status.name);
    if (!connection.notified.isActive())
        connection.notified.start(m_resyncDelayMs);
}

void MailEngine::stopIdle(Connection &connection)
{
    if (connection.idle)
        connection.idle->stop();
    connection.idle = nullptr;
}

void MailEngine::reopenUnsent(const QString &accountEmail, qint64 outboxId)
{
    if (!m_outbox)
        return;
    QString error;
    const std::optional<store::Outbox::Entry> entry = m_outbox->entry(outboxId, &error);
    const bool editable = entry
        && (entry->state == store::Outbox::State::Failed || entry->state == store::Outbox::State::MayHaveBeenSent);
    if (!editable) {
        emit failed(accountEmail, imap::ImapError::Kind::None,
                    error.isEmpty() ? tr("That message is being sent or waits to be sent; it cannot be edited now.")
                                    : error);
        return;
    }
    if (!m_outbox->remove(outboxId, &error)) {
        emit failed(accountEmail, imap::ImapError::Kind::None, error);
        return;
    }
    m_subjects.remove(entry->messageId);
    emit unsentReopened(accountEmail, entry->message);
}

// --- drafts ----------------------------------------------------------------

void MailEngine::saveDraft(const QString &accountEmail, const OutgoingMessage &message, quint32 replacesUid)
{
    Connection *connection = m_drafts ? connectionFor(accountEmail) : nullptr;
    QString error = tr("The drafts of %1 cannot be opened.").arg(accountEmail);
    if (!connection || !m_drafts->save(connection->accountId, message.messageId, message.bytes, replacesUid, &error)) {
        emit draftSaved(accountEmail, message.messageId, DraftResult::NotSaved, error);
        return;
    }
    emit draftSaved(accountEmail, message.messageId, DraftResult::SavedLocally, QString());
    queueDraftUploads(*connection);
    runNext(*connection);
}

void MailEngine::discardDraft(const QString &accountEmail, const QByteArray &messageId, quint32 replacesUid)
{
    Connection *connection = m_drafts ? connectionFor(accountEmail) : nullptr;
    if (!connection)
        return;
    QString error;
    if (!m_drafts->remove(connection->accountId, messageId, &error))
        emit failed(accountEmail, imap::ImapError::Kind::None, error);
    // An upload still waiting would bring it back.
    connection->jobs.removeIf([&](const Connection::Job &job) {
        return job.kind == Connection::Job::Kind::SaveDraft && job.messageId == messageId;
    });
    connection->jobs.append({Connection::Job::Kind::DiscardDraft, QString(), replacesUid, messageId, {}, {}});
    runNext(*connection);
}

// One upload job per draft the cache keeps: several saves before it runs send the newest bytes once.
void MailEngine::queueDraftUploads(Connection &connection)
{
    QString error;
    for (const store::LocalDrafts::Entry &draft : m_drafts->list(connection.accountId, &error)) {
        const bool queued = std::any_of(connection.jobs.cbegin(), connection.jobs.cend(), [&](const auto &job) {
            return job.kind == Connection::Job::Kind::SaveDraft && job.messageId == draft.messageId;
        });
        if (!queued)
            connection.jobs.append(
                {Connection::Job::Kind::SaveDraft, QString(), draft.replacesUid, draft.messageId, {}, {}});
    }
}

std::optional<QString> MailEngine::draftsFolder(qint64 accountId) const
{
    const QList<store::FolderRecord> folders = m_cache->folders(accountId);
    for (const store::FolderRecord &folder : folders) {
        if (folder.specialUse.compare(QLatin1String("\\Drafts"), Qt::CaseInsensitive) == 0)
            return folder.name;
    }
    for (const store::FolderRecord &folder : folders) {
        if (folder.name.compare(QLatin1String("Drafts"), Qt::CaseInsensitive) == 0)
            return folder.name;
    }
    return std::nullopt;
}

void MailEngine::runDraft(Connection &connection, const QByteArray &messageId, quint32 replacesUid, bool discard)
{
    const QString email = connection.account.email;
    QString error;
    std::optional<store::LocalDrafts::Entry> draft;
    if (!discard) {
        draft = m_drafts->entry(connection.accountId, messageId, &error);
        if (!draft) {
            // Already uploaded by an earlier job, or discarded since.
            if (!error.isEmpty())
                emit draftSaved(email, messageId, DraftResult::ServerFailed, error);
            jobDone(connection);
            return;
        }
    }
    const std::optional<QString> known = draftsFolder(connection.accountId);
    const QString folder = known.value_or(QStringLiteral("Drafts"));
    auto *uploader = new DraftUploader(
        *connection.session, discard ? DraftUploader::Mode::Discard : DraftUploader::Mode::Save, folder, !known,
        messageId, draft ? draft->message : QByteArray(), draft ? draft->replacesUid : replacesUid, this);
    Connection *c = &connection;
    const quint64 generation = connection.generation;
    const qint64 revision = draft ? draft->revision : 0;
    connect(uploader, &DraftUploader::finished, this,
            [this, c, uploader, generation, email, folder, messageId, revision, discard](bool ok) {
                uploader->deleteLater();
                if (c->generation != generation || !m_drafts)
                    return; // the session died: fail() reported the job
                QString storeError;
                if (!ok && !discard) {
                    m_drafts->markFailed(c->accountId, messageId, uploader->error(), &storeError);
                    emit draftSaved(email, messageId, DraftResult::ServerFailed, uploader->error());
                } else if (!ok) {
                    emit failed(email, imap::ImapError::Kind::CommandFailed, uploader->error());
                } else if (!discard) {
                    m_drafts->markUploaded(c->accountId, messageId, revision, &storeError);
                    emit draftSaved(email, messageId, DraftResult::SavedOnServer, QString());
                }
                if (ok) {
                    // The cache shows the folder as it is now; the folder watched before is watched again.
                    const QString watched = c->idleFolder;
                    syncFolder(email, folder);
                    if (!watched.isEmpty() && watched != folder)
                        syncFolder(email, watched);
                }
                jobDone(*c);
            });
    uploader->start();
}

// --- sending ---------------------------------------------------------------

void MailEngine::send(const QString &accountEmail, const OutgoingMessage &message)
{
    Connection *connection = m_outbox ? connectionFor(accountEmail) : nullptr;
    if (!connection) {
        emit messageNotQueued(accountEmail, message.messageId,
                              tr("The outbox of %1 cannot be opened.").arg(accountEmail));
        return;
    }
    QString error;
    if (!m_outbox->enqueue(connection->accountId, message.messageId, message.from, message.recipients, message.bytes,
                           &error)) {
        emit messageNotQueued(accountEmail, message.messageId, error);
        return;
    }
    m_subjects.insert(message.messageId, message.subject);
    emit messageQueued(accountEmail, message.messageId, message.subject);
    flushOutbox(accountEmail);
}

void MailEngine::flushOutbox(const QString &accountEmail, bool includeDeferred)
{
    if (!m_outbox)
        return;
    Connection *connection = connectionFor(accountEmail);
    if (!connection)
        return;
    connection->sendDeferred |= includeDeferred;
    if (connection->sender) {
        connection->sendAgain = true; // one more run when this one ends
        return;
    }
    runOutbox(*connection);
}

void MailEngine::flushDueOutboxes()
{
    QString error;
    const QList<store::Outbox::Entry> entries = m_outbox->list(&error);
    for (const accounts::Account &account : accounts::AccountStore(m_profile).list(&error)) {
        const std::optional<qint64> id = m_cache->accountId(account.email, &error);
        const bool waiting = id && std::any_of(entries.cbegin(), entries.cend(), [&](const auto &entry) {
                                 return entry.accountId == *id && entry.state == store::Outbox::State::Queued;
                             });
        if (waiting)
            flushOutbox(account.email); // sends what is due, sets a timer for the rest
    }
}

void MailEngine::runOutbox(Connection &connection)
{
    if (m_offline)
        return; // the messages stay queued until Heron is online again
    connection.outboxRetry.stop();
    connection.sendAgain = false;
    const bool deferred = std::exchange(connection.sendDeferred, false);
    const QString email = connection.account.email;
    QString error;
    const int due = dueCount(m_outbox->list(&error), connection.accountId, deferred);
    if (due == 0) {
        scheduleOutboxRetry(connection);
        return;
    }
    AccountConnector connector(m_profile, connection.account);
    const std::optional<AccountConnector::Credentials> credentials = connector.credentials(&error);
    if (!credentials) {
        if (connector.signInNeeded())
            emit signInNeeded(email, error);
        emit sendingFinished(email, error);
        return;
    }
    rememberSubjects(connection.accountId);
    auto *sender = new OutboxSender(connection.account, credentials->password, credentials->tls, credentials->token,
                                    connection.accountId, *m_outbox, this);
    sender->setIncludeDeferred(deferred);
    connection.sender = sender;
    connection.smtpClientIdReply.clear();
    Connection *c = &connection;
    connect(sender, &OutboxSender::clientIdStatusSeen, this, [this, c](const identity::ClientIdServerStatus &status) {
        AccountConnector::recordClientIdStatus(m_profile, c->account, status);
        if (status.protocol == accounts::MailProtocol::Smtp && status.lastReply)
            c->smtpClientIdReply = *status.lastReply;
    });
    connect(sender, &OutboxSender::reported, this, [this, email](const OutboxSender::Report &report) {
        QString detail = report.error.message;
        if (report.outcome == OutboxSender::Outcome::Delivered) {
            QStringList notes;
            for (const smtp::RecipientResult &refused : report.refused)
                notes << tr("The server refused the recipient %1 (%2); the others got it.")
                             .arg(QString::fromUtf8(refused.address), refused.reply.summary());
            if (!report.sentFolderError.isEmpty())
                notes << report.sentFolderError;
            detail = notes.join(QLatin1Char(' '));
        }
        const QString subject = report.outcome == OutboxSender::Outcome::Delivered ? m_subjects.take(report.messageId)
                                                                                   : m_subjects.value(report.messageId);
        emit messageSendResult(email, report.messageId, subject, sendResult(report.outcome), detail);
    });
    connect(sender, &OutboxSender::finished, this, [this, c] { onOutboxRunFinished(*c); });
    emit sendingStarted(email, due);
    sender->start();
}

void MailEngine::onOutboxRunFinished(Connection &connection)
{
    OutboxSender *sender = connection.sender;
    connection.sender = nullptr;
    if (!sender)
        return;
    sender->deleteLater();
    const QString email = connection.account.email;
    const smtp::SmtpError &session = sender->sessionError();
    if (session.kind == smtp::SmtpError::Kind::DeviceRefused)
        emit smtpDeviceRefused(email,
                               connection.smtpClientIdReply.isEmpty() ? session.message : connection.smtpClientIdReply);
    emit sendingFinished(email, session.isError() ? session.message : sender->storeError());
    // A refused OAuth access token: renew it and send at once, once.
    const bool renewed = session.kind == smtp::SmtpError::Kind::Authentication && !connection.sendTokenRenewed
        && AccountConnector(m_profile, connection.account).renewAccessToken();
    connection.sendTokenRenewed = renewed;
    if (renewed) {
        connection.sendDeferred = true; // the refused messages wait for a retry; this is it
        runOutbox(connection);
    } else if (connection.sendAgain) {
        runOutbox(connection);
    } else {
        scheduleOutboxRetry(connection);
    }
}

void MailEngine::scheduleOutboxRetry(Connection &connection)
{
    QString error;
    std::optional<QDateTime> next;
    for (const store::Outbox::Entry &entry : m_outbox->list(&error)) {
        if (entry.accountId == connection.accountId && entry.state == store::Outbox::State::Queued
            && (!next || entry.nextAttemptAt < *next))
            next = entry.nextAttemptAt;
    }
    if (next)
        connection.outboxRetry.start(
            int(qBound(kMinRetryDelayMs, QDateTime::currentDateTimeUtc().msecsTo(*next), store::Outbox::kMaxRetryMs)));
}

// Entries queued by an earlier run of Heron (or by heronctl) are named by their subject too.
void MailEngine::rememberSubjects(qint64 accountId)
{
    QString error;
    for (const store::Outbox::Entry &listed : m_outbox->list(&error)) {
        if (listed.accountId != accountId || m_subjects.contains(listed.messageId))
            continue;
        if (const std::optional<store::Outbox::Entry> entry = m_outbox->entry(listed.id, &error))
            m_subjects.insert(listed.messageId, OutgoingMessage::subjectOf(entry->message));
    }
}

} // namespace heron::sync
