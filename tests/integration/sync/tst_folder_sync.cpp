// FolderSync against the stack's Dovecot with a real cache file: the first
// sync in batches (newest first), each incremental method (QRESYNC, CONDSTORE,
// comparison) picking up a flag change, an expunge and a new message made by
// another connection, nothing fetched when nothing changed, and a UIDVALIDITY
// change rebuilding the folder's cache.
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"
#include "mail_stack.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/account_sync.h"
#include "sync/folder_sync.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace heron;
using heron::sync::FolderSync;
using Method = heron::sync::FolderSync::Result::Method;

namespace {

constexpr int kWaitMs = 30000;

QByteArray message(int index)
{
    return "From: Sender " + QByteArray::number(index) + " <sender" + QByteArray::number(index)
        + "@example.org>\r\nTo: bob@example.test\r\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= number "
        + QByteArray::number(index) + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@example.org>\r\nDate: Sun, 29 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nbody " + QByteArray::number(index) + "\r\n";
}

} // namespace

class TestFolderSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstSyncComesInBatchesNewestFirst();
    void incrementalMethods_data();
    void incrementalMethods();
    void unchangedFolderFetchesNothing();
    void uidValidityChangeRebuilds();
    void bodiesKeptOfflineAndSearchable();

private:
    std::unique_ptr<imap::ImapSession> openSession(const QByteArrayList &enable);
    template<typename Command>
    Command *run(imap::ImapSession &session, Command *command);
    void appendMessages(int count);
    FolderSync::Result syncFolder(imap::ImapSession &session, int batchSize = 250, QList<quint32> *progress = nullptr,
                                  bool bodies = false);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    qint64 m_accountId = 0;
    QString m_folder;
    std::unique_ptr<imap::ImapSession> m_writer; // the "other client" that changes the folder
    QObject m_owner;
};

void TestFolderSync::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    m_cache = std::make_unique<store::MailCache>(m_database);
    m_accountId = m_cache->accountId(m_stack.user2, &error).value_or(0);
    QVERIFY(m_accountId > 0);
}

std::unique_ptr<imap::ImapSession> TestFolderSync::openSession(const QByteArrayList &enable)
{
    imap::ImapSettings settings = m_stack.imapSettings(m_stack.user2, m_stack.pass2);
    settings.enable = enable;
    return test::MailStack::openImap(settings, kWaitMs);
}

template<typename Command>
Command *TestFolderSync::run(imap::ImapSession &session, Command *command)
{
    command->setParent(&m_owner);
    session.run(command);
    if (!QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs) || !command->succeeded())
        qWarning("%s failed: %s", command->metaObject()->className(), qPrintable(command->error().message));
    return command;
}

void TestFolderSync::init()
{
    m_writer = openSession({"CONDSTORE"});
    QVERIFY(m_writer);
    m_folder = QStringLiteral("sync-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(run(*m_writer, imap::SimpleCommand::create(m_folder))->succeeded());
    store::FolderRecord record;
    record.name = m_folder;
    QVERIFY(m_cache->replaceFolders(m_accountId, {record}, nullptr));
}

void TestFolderSync::cleanup()
{
    if (m_writer && m_writer->state() == imap::ImapSession::State::Selected)
        run(*m_writer, imap::SimpleCommand::unselect());
    if (m_writer)
        run(*m_writer, imap::SimpleCommand::remove(m_folder));
    m_writer.reset();
}

void TestFolderSync::appendMessages(int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(run(*m_writer, new imap::AppendCommand(m_folder, message(i)))->succeeded());
}

FolderSync::Result TestFolderSync::syncFolder(imap::ImapSession &session, int batchSize, QList<quint32> *progress,
                                              bool bodies)
{
    const std::optional<store::FolderRecord> folder = m_cache->folder(m_accountId, m_folder);
    if (!folder)
        return {};
    FolderSync sync(session, *m_cache, *folder);
    sync.setBatchSize(batchSize);
    sync.setFetchBodies(bodies);
    QList<quint32> seen;
    connect(&sync, &FolderSync::progress, this, [&seen](quint32 done, quint32) { seen.append(done); });
    QSignalSpy finished(&sync, &FolderSync::finished);
    sync.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs) || !sync.succeeded())
        qWarning("sync failed: %s", qPrintable(sync.error()));
    if (progress)
        *progress = seen;
    return sync.result();
}

void TestFolderSync::firstSyncComesInBatchesNewestFirst()
{
    appendMessages(23);
    auto session = openSession({"QRESYNC", "CONDSTORE"});
    QVERIFY(session);
    QList<quint32> progress;
    const FolderSync::Result result = syncFolder(*session, 10, &progress);
    QCOMPARE(result.method, Method::Full);
    QCOMPARE(result.added, 23u);
    QCOMPARE(result.total, 23u);
    QCOMPARE(progress, (QList<quint32> {10, 20, 23}));

    const store::FolderRecord folder = *m_cache->folder(m_accountId, m_folder);
    QVERIFY(folder.uidValidity != 0);
    QVERIFY(folder.highestModSeq != 0);
    QCOMPARE(folder.uidNext, 24u);
    QCOMPARE(folder.exists, 23u);
    QCOMPARE(folder.unseen, 23u);
    const QList<store::MessageRecord> page = m_cache->page(folder.id, 5, 0);
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().uid, 23u); // newest first
    QCOMPARE(page.first().subject, QStringLiteral("Grüße number 22"));
    QCOMPARE(page.first().from.first().address, QStringLiteral("sender22@example.org"));
    QString error;
    QCOMPARE(m_cache->search(folder.id, QStringLiteral("sender7"), 10, &error).size(), 1);
}

void TestFolderSync::incrementalMethods_data()
{
    QTest::addColumn<QByteArrayList>("enable");
    QTest::addColumn<bool>("forgetModSeq");
    QTest::addColumn<int>("method");
    QTest::newRow("qresync") << QByteArrayList {"QRESYNC", "CONDSTORE"} << false << int(Method::Qresync);
    QTest::newRow("condstore") << QByteArrayList {"CONDSTORE"} << false << int(Method::CondStore);
    QTest::newRow("compare") << QByteArrayList {"CONDSTORE"} << true << int(Method::Compare);
}

void TestFolderSync::incrementalMethods()
{
    QFETCH(QByteArrayList, enable);
    QFETCH(bool, forgetModSeq);
    QFETCH(int, method);
    appendMessages(6);
    auto session = openSession(enable);
    QVERIFY(session);
    QCOMPARE(syncFolder(*session).added, 6u);
    if (forgetModSeq) {
        store::FolderRecord folder = *m_cache->folder(m_accountId, m_folder);
        folder.highestModSeq = 0; // as after a server without CONDSTORE
        QVERIFY(m_cache->saveFolderState(folder, nullptr));
    }
    run(*session, imap::SimpleCommand::unselect());

    // Another client: flags message 2 seen, expunges message 4, delivers a new one.
    run(*m_writer, new imap::SelectCommand(m_folder));
    run(*m_writer,
        new imap::StoreCommand(imap::SequenceSet::fromNumbers({2}), imap::StoreCommand::Mode::Add, {"\\Seen"}));
    run(*m_writer,
        new imap::StoreCommand(imap::SequenceSet::fromNumbers({4}), imap::StoreCommand::Mode::Add, {"\\Deleted"}));
    QVERIFY(run(*m_writer, imap::SimpleCommand::uidExpunge(imap::SequenceSet::fromNumbers({4})))->succeeded());
    QVERIFY(run(*m_writer, new imap::AppendCommand(m_folder, message(99)))->succeeded());

    const FolderSync::Result result = syncFolder(*session);
    QCOMPARE(int(result.method), method);
    QCOMPARE(result.added, 1u);
    QCOMPARE(result.removed, 1u);
    QCOMPARE(result.total, 6u);
    const store::FolderRecord folder = *m_cache->folder(m_accountId, m_folder);
    QCOMPARE(m_cache->uids(folder.id), (QList<quint32> {1, 2, 3, 5, 6, 7}));
    QVERIFY(m_cache->message(folder.id, 2)->flags.contains(QStringLiteral("\\Seen")));
    QCOMPARE(folder.unseen, 5u);
}

void TestFolderSync::unchangedFolderFetchesNothing()
{
    appendMessages(4);
    auto session = openSession({"CONDSTORE"});
    QVERIFY(session);
    QCOMPARE(syncFolder(*session).added, 4u);
    run(*session, imap::SimpleCommand::unselect());
    const int before = int(session->log().entries().size());
    const FolderSync::Result again = syncFolder(*session);
    QCOMPARE(again.method, Method::Unchanged);
    QCOMPARE(again.added + again.changed + again.removed, 0u);
    // SELECT and its answer only: no FETCH, no SEARCH.
    const QByteArray log = session->log().text();
    QVERIFY(!log.mid(log.indexOf("SELECT", log.size() - 2000)).contains("FETCH"));
    QVERIFY(session->log().entries().size() - before < 15);
}

void TestFolderSync::uidValidityChangeRebuilds()
{
    appendMessages(3);
    auto session = openSession({"QRESYNC", "CONDSTORE"});
    QVERIFY(session);
    QCOMPARE(syncFolder(*session).added, 3u);
    const quint32 oldValidity = m_cache->folder(m_accountId, m_folder)->uidValidity;
    run(*session, imap::SimpleCommand::unselect());

    // The folder is deleted and made again under the same name: a new UIDVALIDITY.
    QVERIFY(run(*m_writer, imap::SimpleCommand::remove(m_folder))->succeeded());
    QVERIFY(run(*m_writer, imap::SimpleCommand::create(m_folder))->succeeded());
    appendMessages(2);

    const FolderSync::Result result = syncFolder(*session);
    QVERIFY(result.rebuilt);
    QCOMPARE(result.total, 2u);
    const store::FolderRecord folder = *m_cache->folder(m_accountId, m_folder);
    QVERIFY(folder.uidValidity != oldValidity);
    QCOMPARE(m_cache->uids(folder.id), (QList<quint32> {1, 2}));
}

void TestFolderSync::bodiesKeptOfflineAndSearchable()
{
    QList<QByteArray> sent;
    for (int i = 0; i < 5; ++i) {
        sent.append(message(i) + "The word zanzibar" + QByteArray::number(i) + " is only in this body.\r\n");
        QVERIFY(run(*m_writer, new imap::AppendCommand(m_folder, sent.last()))->succeeded());
    }
    auto session = openSession({"QRESYNC", "CONDSTORE"});
    QVERIFY(session);
    const FolderSync::Result result = syncFolder(*session, 2, nullptr, true);
    QCOMPARE(result.added, 5u);
    const store::FolderRecord folder = *m_cache->folder(m_accountId, m_folder);
    QVERIFY(m_cache->messagesWithoutBody(folder.id).isEmpty());
    for (quint32 uid = 1; uid <= 5; ++uid)
        QCOMPARE(m_cache->body(folder.id, uid).value_or(QByteArray()), sent.at(int(uid) - 1));
    QString error;
    const QList<store::MessageRecord> found = m_cache->search(folder.id, QStringLiteral("zanzibar3"), 10, &error);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().uid, 4u);
}

QTEST_GUILESS_MAIN(TestFolderSync)
#include "tst_folder_sync.moc"
