// MailEngine on its own thread against the stack's Dovecot, with a profile
// whose account and password were stored the way `heronctl account add` does:
// a folder synchronised into the cache shows in the message list model read
// on the test (UI) thread; a body is fetched on demand; new mail arrives
// through IDLE, and other folders report their changes through NOTIFY; a device the
// provider does not know is reported as such.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "imap/append_command.h"
#include "imap/fetch_command.h"
#include "imap/imap_session.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"
#include "mail_stack.h"
#include "message_list_model.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/mail_engine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <functional>

#include <memory>

using namespace heron;
using heron::sync::MailEngine;
using heron::ui::MessageListModel;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kMessages = 30;

QByteArray message(int index)
{
    return "From: Sender " + QByteArray::number(index) + " <sender" + QByteArray::number(index)
        + "@example.org>\r\nTo: alice@example.test\r\nSubject: Engine test " + QByteArray::number(index)
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@example.org>\r\nDate: Sun, 29 Nov 2026 10:" + QByteArray::number(10 + index % 50)
        + ":00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbody of message "
        + QByteArray::number(index) + "\r\n> quoted line\r\n";
}

// What the engine reported, received on the test thread (queued, as the UI gets it).
struct Events : QObject
{
    explicit Events(MailEngine *engine)
    {
        connect(engine, &MailEngine::started, this, [this](bool ok, const QString &error) {
            started = true;
            startOk = ok;
            startError = error;
        });
        connect(engine, &MailEngine::syncFinished, this, [this](const QString &, const QString &folder, bool ok) {
            finished.append({folder, ok});
        });
        connect(engine, &MailEngine::failed, this,
                [this](const QString &, imap::ImapError::Kind kind, const QString &message) {
                    failed.append({kind, message});
                });
        connect(engine, &MailEngine::bodyFetched, this,
                [this](const QString &, const QString &, quint32 uid) { bodies.append(uid); });
        connect(engine, &MailEngine::watching, this,
                [this](const QString &, const QString &folder) { watching.append(folder); });
        connect(engine, &MailEngine::undoAvailable, this,
                [this](const QString &description) { undo.append(description); });
        connect(engine, &MailEngine::folderChanged, this,
                [this](const QString &, const QString &from, const QString &to) {
                    folderChanges.append({from, to});
                });
    }
    QString firstError() const { return failed.isEmpty() ? QString() : failed.constFirst().second; }
    // Until IDLE runs on folder: the jobs asked for before it are done.
    bool waitUntilWatching(const QString &folder) const
    {
        return QTest::qWaitFor([&] { return !watching.isEmpty() && watching.constLast() == folder; }, kWaitMs);
    }

    bool started = false;
    bool startOk = false;
    QString startError;
    QList<std::pair<QString, bool>> finished;
    QList<std::pair<imap::ImapError::Kind, QString>> failed;
    QList<quint32> bodies;
    QStringList watching;
    QStringList undo; // what undoAvailable said, in order
    QList<std::pair<QString, QString>> folderChanges;
};

// The engine on its thread, as MainWindow runs it.
class EngineThread
{
public:
    EngineThread(const accounts::Profile &profile, const std::function<void(MailEngine *)> &beforeStart)
        : engine(new MailEngine(profile))
    {
        engine->setIdleResyncDelay(100);
        beforeStart(engine);
        engine->moveToThread(&thread);
        thread.start();
        QMetaObject::invokeMethod(engine, &MailEngine::start, Qt::QueuedConnection);
    }
    ~EngineThread()
    {
        QMetaObject::invokeMethod(engine, &MailEngine::shutdown, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        delete engine;
    }
    template<typename F>
    void call(F f)
    {
        QMetaObject::invokeMethod(
            engine, [e = engine, f] { f(e); }, Qt::QueuedConnection);
    }

    QThread thread;
    MailEngine *engine;
};

} // namespace

class TestMailEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncShowsInTheListModel();
    void deviceRefusedIsReportedAsSuch();
    void actionsFromTheListReachTheServer();
    void keptOfflineAccountSyncsWholeMessages();
    void threadsFromTheServer();
    void undoTakesMovesBack();
    void foldersCreatedRenamedAndDeleted();
    void copiesLeaveTheOriginals();
    void otherFoldersReportTheirChanges();

private:
    bool addAccount(const QString &email, const QString &password, quint16 port, bool clientId);
    // user1's account in the profile, a session of another client as user1, and a new
    // folder (prefix + a random part) made through it; null when any step failed.
    std::unique_ptr<imap::ImapSession> user1WithNewFolder(const QString &prefix, QString *folder);
    // The folder's message count on the server (SELECT); nullopt when it is not there.
    std::optional<quint32> existsOnServer(imap::ImapSession &session, const QString &folder)
    {
        auto *select = run(session, new imap::SelectCommand(folder));
        return select->succeeded() ? std::optional<quint32>(select->mailbox().exists) : std::nullopt;
    }
    template<typename Command>
    Command *run(imap::ImapSession &session, Command *command);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    std::optional<accounts::Profile> m_profile;
    QObject m_owner;
};

void TestMailEngine::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    qputenv("HERON_SECRET_BACKEND", "file");
    m_profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
    QVERIFY2(m_profile, qPrintable(error));
}

void TestMailEngine::keptOfflineAccountSyncsWholeMessages()
{
    // bob keeps his mail offline (Account Settings): a sync brings the bodies, nothing is opened.
    QVERIFY(addAccount(m_stack.user2, m_stack.pass2, m_stack.imapsPort, true));
    accounts::AccountStore store(*m_profile);
    QString error;
    std::optional<accounts::Account> account = store.find(m_stack.user2, &error);
    QVERIFY2(account, qPrintable(error));
    account->keepMailOffline = true;
    QVERIFY2(store.update(*account, &error), qPrintable(error));

    const auto writer = test::MailStack::openImap(m_stack.imapSettings(m_stack.user2, m_stack.pass2), kWaitMs);
    QVERIFY(writer);
    const QString folder = QStringLiteral("offline-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(run(*writer, imap::SimpleCommand::create(folder))->succeeded());
    constexpr int kOffline = 5;
    for (int i = 1; i <= kOffline; ++i)
        QVERIFY(run(*writer, new imap::AppendCommand(folder, message(i)))->succeeded());

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    QVERIFY(QTest::qWaitFor([&] { return events->started; }, kWaitMs));
    const QString email = m_stack.user2;
    engine.call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
    QVERIFY(QTest::qWaitFor([&] { return !events->finished.isEmpty(); }, kWaitMs));
    QVERIFY2(events->finished.constFirst().second, qPrintable(events->firstError()));

    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const std::optional<store::FolderRecord> record = cache.folder(cache.accountId(email, &error).value_or(0), folder);
    QVERIFY(record);
    MessageListModel model(cache);
    model.setFolder(record->id);
    QCOMPARE(model.rowCount(), kOffline);
    for (int row = 0; row < kOffline; ++row) {
        const quint32 uid = model.index(row, 0).data(MessageListModel::UidRole).toUInt();
        const std::optional<QByteArray> body = cache.body(record->id, uid);
        QVERIFY2(body && body->contains("body of message"), qPrintable(QString::number(uid)));
    }
    QVERIFY(events->bodies.isEmpty()); // none was asked for
}

// Replies written by other clients (In-Reply-To, References) into a folder on
// Dovecot: after the engine's sync the threaded list shows each under the
// message it answers, one thread per conversation.
void TestMailEngine::threadsFromTheServer()
{
    const QString email = m_stack.user1;
    QString folder;
    const auto writer = user1WithNewFolder(QStringLiteral("threads-"), &folder);
    QVERIFY(writer);
    const QByteArray tag = folder.toLatin1();
    const auto mail = [&tag](int minute, const QByteArray &id, const QByteArray &subject, const QByteArrayList &refs) {
        QByteArray text = "From: Carol <carol@example.org>\r\nTo: alice@example.test\r\nSubject: " + subject
            + "\r\nMessage-ID: <" + id + "." + tag
            + "@example.org>\r\nDate: Mon, 30 Nov 2026 08:" + QByteArray::number(10 + minute) + ":00 +0000\r\n";
        if (!refs.isEmpty()) {
            QByteArrayList ids;
            for (const QByteArray &ref : refs)
                ids << "<" + ref + "." + tag + "@example.org>";
            text += "In-Reply-To: " + ids.constLast() + "\r\nReferences: " + ids.join(' ') + "\r\n";
        }
        return text + "Content-Type: text/plain\r\n\r\nHello\r\n";
    };
    // Appended in time order, so UIDs follow it: a, b answers a, c answers b, d alone, e answers a.
    const QList<QByteArray> messages {mail(0, "a", "Trip", {}), mail(1, "b", "Re: Trip", {"a"}),
                                      mail(2, "c", "Re: Trip", {"a", "b"}), mail(3, "d", "Invoice", {}),
                                      mail(4, "e", "Re: Trip", {"a"})};
    for (const QByteArray &text : messages)
        QVERIFY(run(*writer, new imap::AppendCommand(folder, text))->succeeded());

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    engine.call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
    QVERIFY(QTest::qWaitFor([&] { return !events->finished.isEmpty(); }, kWaitMs));
    QVERIFY2(events->finished.constFirst().second, qPrintable(events->firstError()));

    QString error;
    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const std::optional<store::FolderRecord> record = cache.folder(cache.accountId(email, &error).value_or(0), folder);
    QVERIFY(record);
    MessageListModel model(cache);
    model.setThreaded(true);
    model.setFolder(record->id);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex trip = model.index(0, MessageListModel::SubjectColumn); // its newest (e) is the newest
    QCOMPARE(trip.data().toString(), QStringLiteral("Trip"));
    QCOMPARE(trip.data(MessageListModel::ThreadSizeRole).toLongLong(), 4);
    QCOMPARE(model.index(1, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Invoice"));
    model.fetchMore(trip.siblingAtColumn(0));
    const QModelIndex head = trip.siblingAtColumn(0);
    QCOMPARE(model.rowCount(head), 2); // b and e answer a
    const QModelIndex b = model.index(0, 0, head);
    QCOMPARE(model.message(b).messageId, QStringLiteral("<b.%1@example.org>").arg(folder));
    QCOMPARE(model.message(model.index(1, 0, head)).messageId, QStringLiteral("<e.%1@example.org>").arg(folder));
    QCOMPARE(model.rowCount(b), 1);
    QCOMPARE(model.message(model.index(0, 0, b)).messageId, QStringLiteral("<c.%1@example.org>").arg(folder));
    writer->logout();
}

// Delete, then Undo: once while the sync that sends the move is still running
// (the undo waits for it, then moves the message back), once after it; each
// time the server's folder has the message again and the Trash has not.
void TestMailEngine::undoTakesMovesBack()
{
    const QString email = m_stack.user1;
    QString folder;
    const auto serverSession = user1WithNewFolder(QStringLiteral("undo-"), &folder);
    QVERIFY(serverSession);
    imap::ImapSession &server = *serverSession;
    for (int i = 1; i <= 2; ++i)
        QVERIFY(run(server, new imap::AppendCommand(folder, message(i)))->succeeded());
    const auto serverCount
        = [&](const QString &name) { return run(server, new imap::SelectCommand(name))->mailbox().exists; };
    const quint32 trashBefore = serverCount(QStringLiteral("Trash"));

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    // Waits for the syncs started to end, all of them successful.
    const auto settled = [&] {
        return QTest::qWaitFor(
            [&] {
                return !events->finished.isEmpty() && events->watching.size() > 0
                    && events->watching.constLast() == folder;
            },
            kWaitMs);
    };
    engine.call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
    QVERIFY(settled());
    QString error;
    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 folderId = cache.folder(cache.accountId(email, &error).value_or(0), folder)->id;
    const QList<quint32> uids = cache.uids(folderId);
    QCOMPARE(uids.size(), 2);

    const qint64 trashId = cache.folder(cache.accountId(email, &error).value_or(0), QStringLiteral("Trash"))->id;
    for (const bool immediately : {true, false}) {
        const qint64 trashCached = cache.messageCount(trashId);
        events->finished.clear();
        events->watching.clear();
        events->undo.clear();
        const quint32 uid = uids.at(immediately ? 0 : 1);
        engine.call([=](MailEngine *e) {
            e->applyAction(email, folder, {uid}, sync::MessageAction::Delete);
            if (immediately)
                e->undoLastMove();
        });
        if (!immediately) {
            QVERIFY(settled());
            QCOMPARE(events->undo, QStringList {QStringLiteral("Undo Move to Trash")});
            QCOMPARE(serverCount(folder), 1u);
            QCOMPARE(serverCount(QStringLiteral("Trash")), trashBefore + 1);
            // The Trash is not synchronised here, yet the message has its real UID there (COPYUID).
            QCOMPARE(cache.messageCount(trashId), trashCached + 1);
            QVERIFY(cache.uids(trashId).constLast() < 1000u);
            events->watching.clear();
            engine.call([](MailEngine *e) { e->undoLastMove(); });
        }
        QVERIFY(QTest::qWaitFor([&] { return events->undo.size() == 2; }, kWaitMs));
        QCOMPARE(events->undo.constLast(), QString()); // nothing more to undo
        QVERIFY(settled());
        QVERIFY2(events->failed.isEmpty(), qPrintable(events->firstError()));
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(folder), 2u, kWaitMs);
        QCOMPARE(serverCount(QStringLiteral("Trash")), trashBefore);
        QTRY_COMPARE_WITH_TIMEOUT(cache.messageCount(folderId), 2, kWaitMs);
    }
    server.logout();
}

// Folder → New Folder, Rename and Delete: each reaches Dovecot; a rename keeps the
// cached messages (same folder row, nothing downloaded again) and takes the
// subfolder along; the first Delete moves the folder into the Trash, a Delete
// there removes it with its subfolder for good; a refusal comes back in words.
void TestMailEngine::foldersCreatedRenamedAndDeleted()
{
    const QString email = m_stack.user1;
    QString folder;
    const auto serverSession = user1WithNewFolder(QStringLiteral("fold-"), &folder);
    QVERIFY(serverSession);
    imap::ImapSession &server = *serverSession;
    QVERIFY(run(server, new imap::AppendCommand(folder, message(1)))->succeeded());
    const auto serverCount = [&](const QString &name) { return existsOnServer(server, name); };

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    engine.call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
    QVERIFY(events->waitUntilWatching(folder));
    QString error;
    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(email, &error).value_or(0);
    const store::FolderRecord before = *cache.folder(accountId, folder);
    const QChar delimiter = before.delimiter;
    QVERIFY(!delimiter.isNull());

    const QString sub = folder + delimiter + QStringLiteral("Sub");
    engine.call([email, folder](MailEngine *e) { e->createFolder(email, folder, QStringLiteral("Sub")); });
    QVERIFY(events->waitUntilWatching(sub));
    QCOMPARE(events->folderChanges.constLast(), std::make_pair(QString(), sub));
    QCOMPARE(serverCount(sub), std::optional<quint32>(0));
    QVERIFY(cache.folder(accountId, sub));
    QVERIFY(cache.folder(accountId, sub)->subscribed);

    const QString renamed = folder + QStringLiteral("-renamed");
    engine.call([email, folder, renamed](MailEngine *e) { e->renameFolder(email, folder, renamed); });
    QVERIFY(events->waitUntilWatching(renamed));
    QCOMPARE(events->folderChanges.constLast(), std::make_pair(folder, renamed));
    QCOMPARE(serverCount(renamed), std::optional<quint32>(1));
    QVERIFY(!serverCount(folder));
    QVERIFY(serverCount(renamed + delimiter + QStringLiteral("Sub")));
    QCOMPARE(cache.folder(accountId, renamed)->id, before.id);
    QCOMPARE(cache.messageCount(before.id), 1);
    QVERIFY(!cache.folder(accountId, folder));
    QVERIFY(cache.folder(accountId, renamed + delimiter + QStringLiteral("Sub")));

    const QString trashed = QStringLiteral("Trash") + delimiter + renamed;
    engine.call([email, renamed](MailEngine *e) { e->deleteFolder(email, renamed); });
    QVERIFY(events->waitUntilWatching(trashed));
    QCOMPARE(events->folderChanges.constLast(), std::make_pair(renamed, trashed));
    QCOMPARE(serverCount(trashed), std::optional<quint32>(1));
    QVERIFY(!serverCount(renamed));
    QCOMPARE(cache.messageCount(cache.folder(accountId, trashed)->id), 1);

    engine.call([email, trashed](MailEngine *e) { e->deleteFolder(email, trashed); });
    QVERIFY(QTest::qWaitFor([&] { return events->folderChanges.constLast().first == trashed; }, kWaitMs));
    QCOMPARE(events->folderChanges.constLast().second, QString());
    QVERIFY(!serverCount(trashed));
    QVERIFY(!serverCount(trashed + delimiter + QStringLiteral("Sub")));
    QVERIFY(!cache.folder(accountId, trashed));
    QVERIFY(!cache.folder(accountId, trashed + delimiter + QStringLiteral("Sub")));
    QVERIFY2(events->failed.isEmpty(), qPrintable(events->firstError()));

    engine.call(
        [email](MailEngine *e) { e->renameFolder(email, QStringLiteral("no-such-folder"), QStringLiteral("x")); });
    QVERIFY(QTest::qWaitFor([&] { return !events->failed.isEmpty(); }, kWaitMs));
    QVERIFY2(events->firstError().contains(QStringLiteral("did not rename the folder \"no-such-folder\"")),
             qPrintable(events->firstError()));
    server.logout();
}

// Copy To / Ctrl+drag: UID COPY; the originals stay, the copy is listed at once in a
// destination synced before (its UID from COPYUID), and the server has both.
void TestMailEngine::copiesLeaveTheOriginals()
{
    const QString email = m_stack.user1;
    QString folder;
    QString target;
    const auto serverSession = user1WithNewFolder(QStringLiteral("copy-"), &folder);
    QVERIFY(serverSession);
    imap::ImapSession &server = *serverSession;
    target = folder + QStringLiteral("-target");
    QVERIFY(run(server, imap::SimpleCommand::create(target))->succeeded());
    for (int i = 1; i <= 2; ++i)
        QVERIFY(run(server, new imap::AppendCommand(folder, message(i)))->succeeded());
    const auto serverCount = [&](const QString &name) { return existsOnServer(server, name).value_or(0); };

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    engine.call([email, target](MailEngine *e) { e->syncFolder(email, target); });
    QVERIFY(events->waitUntilWatching(target));
    engine.call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
    QVERIFY(events->waitUntilWatching(folder));
    QString error;
    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(email, &error).value_or(0);
    const qint64 sourceId = cache.folder(accountId, folder)->id;
    const qint64 targetId = cache.folder(accountId, target)->id;
    const QList<quint32> uids = cache.uids(sourceId);
    QCOMPARE(uids.size(), 2);

    engine.call([=](MailEngine *e) { e->copyMessages(email, folder, {uids.constLast()}, target); });
    QTRY_COMPARE_WITH_TIMEOUT(cache.messageCount(targetId), 1, kWaitMs);
    QVERIFY2(events->failed.isEmpty(), qPrintable(events->firstError()));
    QCOMPARE(cache.messageCount(sourceId), 2);
    QCOMPARE(serverCount(folder), 2u);
    QCOMPARE(serverCount(target), 1u);
    const quint32 copyUid = cache.uids(targetId).constFirst();
    QVERIFY(copyUid < 1000u); // the server's UID, not a placeholder
    QCOMPARE(cache.message(targetId, copyUid)->subject, cache.message(sourceId, uids.constLast())->subject);

    // A refusal (no such folder) comes back in words.
    engine.call(
        [=](MailEngine *e) { e->copyMessages(email, folder, {uids.constFirst()}, QStringLiteral("nowhere-x")); });
    QVERIFY(QTest::qWaitFor([&] { return !events->failed.isEmpty(); }, kWaitMs));
    QVERIFY2(events->firstError().contains(QStringLiteral("Copying to nowhere-x failed")),
             qPrintable(events->firstError()));
    server.logout();
}

// NOTIFY (RFC 5465): while the engine watches the Inbox, a subscribed folder it has
// synchronised before reports what another client does there (new mail, a flag), and
// the engine brings it up to date by itself, then goes back to watching the Inbox.
// A new engine catches up with changes made while none ran; a folder never opened is
// left alone. Without NOTIFY nothing here would reach the cache: nobody asks for a sync.
void TestMailEngine::otherFoldersReportTheirChanges()
{
    const QString email = m_stack.user1;
    const QString inbox = QStringLiteral("INBOX");
    QString folder;
    const auto serverSession = user1WithNewFolder(QStringLiteral("notify-"), &folder);
    QVERIFY(serverSession);
    imap::ImapSession &server = *serverSession;
    QVERIFY(server.capabilities().has("NOTIFY"));
    const QString unopened = folder + QStringLiteral("-unopened");
    QVERIFY(run(server, imap::SimpleCommand::create(unopened))->succeeded());
    for (const QString &name : {folder, unopened})
        QVERIFY(run(server, imap::SimpleCommand::subscribe(name))->succeeded());
    QVERIFY(run(server, new imap::AppendCommand(folder, message(1)))->succeeded());

    QString error;
    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(email, &error).value_or(0);
    const auto syncsOf = [](const Events &events, const QString &name) {
        return std::count_if(events.finished.cbegin(), events.finished.cend(),
                             [&](const std::pair<QString, bool> &sync) { return sync.first == name; });
    };
    qint64 folderId = 0;
    {
        std::unique_ptr<Events> events;
        EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
        engine.call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
        engine.call([email, inbox](MailEngine *e) { e->syncFolder(email, inbox); });
        QVERIFY(events->waitUntilWatching(inbox));
        folderId = cache.folder(accountId, folder)->id;
        QCOMPARE(cache.messageCount(folderId), 1);
        const quint32 firstUid = cache.uids(folderId).constFirst();
        const qsizetype syncsBefore = syncsOf(*events, folder);

        QVERIFY(run(server, new imap::AppendCommand(folder, message(2)))->succeeded());
        QVERIFY(run(server, new imap::SelectCommand(folder))->succeeded());
        QVERIFY(run(server,
                    new imap::StoreCommand(imap::SequenceSet::fromNumbers({firstUid}), imap::StoreCommand::Mode::Add,
                                           {"\\Flagged"}))
                    ->succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(cache.messageCount(folderId), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(cache.message(folderId, firstUid)->flags.contains(QStringLiteral("\\Flagged")),
                                 kWaitMs);
        QVERIFY(syncsOf(*events, folder) > syncsBefore);
        QVERIFY2(events->failed.isEmpty(), qPrintable(events->firstError()));

        // Back on the Inbox: its new mail still arrives through IDLE.
        const qint64 inboxId = cache.folder(accountId, inbox)->id;
        const qint64 inInbox = cache.messageCount(inboxId);
        QVERIFY(run(server, new imap::AppendCommand(inbox, message(3)))->succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(cache.messageCount(inboxId), inInbox + 1, kWaitMs);
        QVERIFY(events->waitUntilWatching(inbox));
        QCOMPARE(syncsOf(*events, unopened), 0);
    }

    // While no engine runs, the folder changes; the next one catches up on its own.
    QVERIFY(run(server, new imap::AppendCommand(folder, message(4)))->succeeded());
    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    engine.call([email, inbox](MailEngine *e) { e->syncFolder(email, inbox); });
    QTRY_COMPARE_WITH_TIMEOUT(cache.messageCount(folderId), 3, kWaitMs);
    QVERIFY(events->waitUntilWatching(inbox));
    QCOMPARE(syncsOf(*events, unopened), 0);
    QVERIFY2(events->failed.isEmpty(), qPrintable(events->firstError()));
    server.logout();
}

std::unique_ptr<imap::ImapSession> TestMailEngine::user1WithNewFolder(const QString &prefix, QString *folder)
{
    const QString email = m_stack.user1;
    if (!accounts::AccountStore(*m_profile).find(email) && !addAccount(email, m_stack.pass1, m_stack.imapsPort, true))
        return nullptr;
    auto session = test::MailStack::openImap(m_stack.imapSettings(email, m_stack.pass1), kWaitMs);
    *folder = prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
    if (!session || !run(*session, imap::SimpleCommand::create(*folder))->succeeded())
        return nullptr;
    return session;
}

bool TestMailEngine::addAccount(const QString &email, const QString &password, quint16 port, bool clientId)
{
    accounts::Account account;
    account.email = email;
    account.imap = {QStringLiteral("localhost"), port, accounts::Security::Tls};
    account.smtp = {QStringLiteral("localhost"), m_stack.submissionsPort, accounts::Security::Tls};
    account.caFile = m_stack.caFile;
    account.clientIdEnabled = clientId;
    QString error;
    if (!accounts::AccountStore(*m_profile).add(account, &error)
        || !accounts::SecretStore(*m_profile)
                .write(accounts::SecretStore::passwordKey(email), password.toUtf8(), &error)) {
        qWarning("cannot add the account: %s", qPrintable(error));
        return false;
    }
    return true;
}

template<typename Command>
Command *TestMailEngine::run(imap::ImapSession &session, Command *command)
{
    command->setParent(&m_owner);
    session.run(command);
    if (!QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs) || !command->succeeded())
        qWarning("%s failed: %s", command->metaObject()->className(), qPrintable(command->error().message));
    return command;
}

void TestMailEngine::syncShowsInTheListModel()
{
    QVERIFY(addAccount(m_stack.user1, m_stack.pass1, m_stack.imapsPort, true));

    // Another client fills a new folder.
    QString error;
    const auto writerSession = test::MailStack::openImap(m_stack.imapSettings(m_stack.user1, m_stack.pass1), kWaitMs);
    QVERIFY(writerSession);
    imap::ImapSession &writer = *writerSession;
    const QString folder = QStringLiteral("ui-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(run(writer, imap::SimpleCommand::create(folder))->succeeded());
    for (int i = 1; i <= kMessages; ++i)
        QVERIFY(run(writer, new imap::AppendCommand(folder, message(i)))->succeeded());

    std::unique_ptr<EngineThread> engine;
    std::unique_ptr<Events> events;
    engine = std::make_unique<EngineThread>(*m_profile,
                                            [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    QVERIFY(QTest::qWaitFor([&] { return events->started; }, kWaitMs));
    QVERIFY2(events->startOk, qPrintable(events->startError));
    auto &finished = events->finished;
    auto &failed = events->failed;
    auto &bodies = events->bodies;
    auto &watching = events->watching;

    const QString email = m_stack.user1;
    engine->call([email, folder](MailEngine *e) { e->syncFolder(email, folder); });
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
    QVERIFY2(failed.isEmpty(), qPrintable(events->firstError()));
    QCOMPARE(finished.at(0).first, folder);
    QVERIFY(finished.at(0).second);

    // The UI thread reads the same cache through its own connection.
    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(email, &error).value_or(0);
    const std::optional<store::FolderRecord> record = cache.folder(accountId, folder);
    QVERIFY(record);
    MessageListModel model(cache);
    model.setPageSize(20);
    model.setFolder(record->id);
    QCOMPARE(model.totalCount(), qint64(kMessages));
    QCOMPARE(model.rowCount(), 20);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kMessages);
    QStringList subjects;
    for (int row = 0; row < model.rowCount(); ++row)
        subjects << model.index(row, MessageListModel::SubjectColumn).data().toString();
    for (int i = 1; i <= kMessages; ++i)
        QVERIFY2(subjects.contains(QStringLiteral("Engine test %1").arg(i)), qPrintable(subjects.join(u',')));
    QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data().toString().left(7),
             QStringLiteral("Sender "));

    // A body on demand: fetched, cached, readable here.
    const quint32 uid = model.index(0, 0).data(MessageListModel::UidRole).toUInt();
    QVERIFY(!cache.body(record->id, uid));
    engine->call([email, folder, uid](MailEngine *e) { e->fetchBody(email, folder, uid); });
    QVERIFY(QTest::qWaitFor([&] { return !bodies.isEmpty() || !failed.isEmpty(); }, kWaitMs));
    QVERIFY2(failed.isEmpty(), qPrintable(events->firstError()));
    QCOMPARE(bodies.at(0), uid);
    const std::optional<QByteArray> body = cache.body(record->id, uid);
    QVERIFY(body);
    QVERIFY(body->contains("body of message"));

    // New mail while the engine idles on the folder.
    QVERIFY(QTest::qWaitFor([&] { return !watching.isEmpty(); }, kWaitMs));
    QCOMPARE(watching.constLast(), folder);
    finished.clear();
    QVERIFY(run(writer, new imap::AppendCommand(folder, message(kMessages + 1)))->succeeded());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs));
    QVERIFY(finished.at(0).second);
    model.refresh();
    QCOMPARE(model.totalCount(), qint64(kMessages + 1));
    QVERIFY(model.indexOfUid(uid + 1).isValid());

    writer.logout();
}

void TestMailEngine::deviceRefusedIsReportedAsSuch()
{
    const quint16 gatePort = qEnvironmentVariable("GATE_IMAPS_PORT").toUShort();
    const QString user = qEnvironmentVariable("USER3");
    if (!gatePort || user.isEmpty())
        QSKIP("the mail stack runs no CLIENTID gate");
    QVERIFY(addAccount(user, qEnvironmentVariable("PASS3"), gatePort, true));

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    engine.call([user](MailEngine *e) { e->syncFolder(user, QStringLiteral("INBOX")); });
    QVERIFY(QTest::qWaitFor([&] { return !events->finished.isEmpty(); }, kWaitMs));
    QVERIFY(!events->finished.at(0).second);
    QCOMPARE(events->failed.size(), 1);
    QCOMPARE(events->failed.at(0).first, imap::ImapError::Kind::DeviceRefused);
    // The sentence names the device ID to register.
    QVERIFY2(events->failed.at(0).second.contains(QStringLiteral("device")), qPrintable(events->firstError()));
}

// Star, mark read, archive and delete as the message list's actions ask the engine:
// the cache shows each at once, and after the engine's sync the server has it too.
void TestMailEngine::actionsFromTheListReachTheServer()
{
    const QString email = m_stack.user1;
    QString error;
    QString folder;
    const auto serverSession = user1WithNewFolder(QStringLiteral("act-"), &folder);
    QVERIFY(serverSession);
    imap::ImapSession &server = *serverSession;
    const QString target = folder + QStringLiteral("-moved");
    QVERIFY(run(server, imap::SimpleCommand::create(target))->succeeded());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(run(server, new imap::AppendCommand(folder, message(i)))->succeeded());

    std::unique_ptr<Events> events;
    EngineThread engine(*m_profile, [&events](MailEngine *e) { events = std::make_unique<Events>(e); });
    const auto syncedAfter = [&](const std::function<void(MailEngine *)> &work) {
        events->finished.clear();
        engine.call(work);
        return QTest::qWaitFor([&] { return !events->finished.isEmpty(); }, kWaitMs)
            && events->finished.constFirst().second;
    };
    QVERIFY(syncedAfter([email, folder](MailEngine *e) { e->syncFolder(email, folder); }));

    store::Database database;
    QVERIFY2(database.open(m_profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(email, &error).value_or(0);
    const qint64 folderId = cache.folder(accountId, folder)->id;
    const QList<quint32> uids = cache.uids(folderId);
    QCOMPARE(uids.size(), 3);
    const auto serverFlags = [&](quint32 uid) {
        run(server, new imap::SelectCommand(folder));
        auto *fetch = run(server, new imap::FetchCommand(imap::SequenceSet::fromNumbers({uid}), {"UID", "FLAGS"}));
        return fetch->results().isEmpty() ? QByteArrayList {"(gone)"}
                                          : fetch->results().constFirst().flags.value_or(QByteArrayList());
    };

    using sync::MessageAction;
    QVERIFY(syncedAfter([=](MailEngine *e) { e->applyAction(email, folder, {uids[0]}, MessageAction::Star); }));
    QVERIFY(serverFlags(uids[0]).contains("\\Flagged"));
    QVERIFY(syncedAfter([=](MailEngine *e) {
        e->applyAction(email, folder, {uids[1], uids[2]}, MessageAction::MarkRead);
    }));
    QVERIFY(serverFlags(uids[1]).contains("\\Seen"));
    QVERIFY(serverFlags(uids[2]).contains("\\Seen"));
    QVERIFY(!serverFlags(uids[0]).contains("\\Seen"));

    QVERIFY(syncedAfter([=](MailEngine *e) { e->applyAction(email, folder, {uids[1]}, MessageAction::Archive); }));
    QVERIFY(syncedAfter([=](MailEngine *e) { e->applyAction(email, folder, {uids[2]}, MessageAction::Delete); }));
    QCOMPARE(cache.uids(folderId), QList<quint32>({uids[0]}));
    QCOMPARE(serverFlags(uids[1]), QByteArrayList({"(gone)"}));
    QCOMPARE(serverFlags(uids[2]), QByteArrayList({"(gone)"}));

    // Moved to a chosen folder (drag and drop, or Move To), starred as it was.
    QVERIFY(syncedAfter([=](MailEngine *e) { e->moveMessages(email, folder, {uids[0]}, target); }));
    QVERIFY(cache.uids(folderId).isEmpty());
    QCOMPARE(serverFlags(uids[0]), QByteArrayList({"(gone)"}));
    auto *moved = run(server, new imap::SelectCommand(target));
    QCOMPARE(moved->mailbox().exists, 1u);
    auto *movedFlags = run(server, new imap::FetchCommand(imap::SequenceSet::fromNumbers({1}), {"UID", "FLAGS"}));
    QVERIFY(!movedFlags->results().isEmpty());
    QVERIFY2(events->failed.isEmpty(), qPrintable(events->firstError()));
    server.logout();
}

QTEST_MAIN(TestMailEngine)
#include "tst_mail_engine.moc"
