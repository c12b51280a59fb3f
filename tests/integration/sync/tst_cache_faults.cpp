// The cache under the faults of issue #11 that are not the network's:
// - the process killed (SIGKILL) in the middle of a large initial sync, three
//   times: the cache opens clean (integrity_check ok) each time, and the next
//   sync finishes it, equal to the server, with no row twice;
// - the disk full during a sync (SQLite's SQLITE_FULL, brought about with
//   PRAGMA max_page_count): the sync fails with a sentence that says so, the
//   file stays intact, and once there is room the sync completes.
// The killed syncs run in a child: this test binary started again with
// HERON_CHILD_SYNC set. (A child that had finished by itself once made the
// kill below kill(0): the whole process group, ctest included.)
#include "folder_comparison.h"
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/simple_command.h"
#include "mail_stack.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/folder_sync.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <memory>

#include <signal.h>

using namespace heron;

namespace {

constexpr int kWaitMs = 60000;
constexpr int kMessages = 600;
constexpr int kBatch = 40;
const char kChildVariable[] = "HERON_CHILD_SYNC"; // "database path|folder|target"

QByteArray message(int index)
{
    return test::MailStack::message("cache fault " + QByteArray::number(index), 300);
}

std::unique_ptr<imap::ImapSession> openSession(const test::MailStack &stack)
{
    return test::MailStack::openImap(stack.imapSettings(stack.user2, stack.pass2), kWaitMs);
}

// One sync of the folder into the cache; the error (empty when it succeeded).
QString syncFolder(const test::MailStack &stack, store::MailCache &cache, qint64 accountId, const QString &folder,
                   const std::function<void(quint32)> &onProgress = nullptr)
{
    auto session = openSession(stack);
    if (!session)
        return QStringLiteral("no session");
    sync::FolderSync sync(*session, cache, *cache.folder(accountId, folder));
    sync.setBatchSize(kBatch);
    if (onProgress)
        QObject::connect(&sync, &sync::FolderSync::progress, [&](quint32 done, quint32) { onProgress(done); });
    QSignalSpy finished(&sync, &sync::FolderSync::finished);
    sync.start();
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        return QStringLiteral("the sync did not end");
    return sync.succeeded() ? QString() : sync.error();
}

// The child: syncs and says how far this run got after each batch, until
// killed. One batch past the target it stops going on, so a fast machine
// cannot finish the sync before the kill (which then would find no process).
int runChild(const QString &spec)
{
    const QString path = spec.section(QLatin1Char('|'), 0, 0);
    const QString folder = spec.section(QLatin1Char('|'), 1, 1);
    const quint32 target = spec.section(QLatin1Char('|'), 2).toUInt();
    test::MailStack stack;
    QString error;
    store::Database database;
    if (!test::MailStack::load(&stack, &error) || !database.open(path, &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(stack.user2, &error).value_or(0);
    error = syncFolder(stack, cache, accountId, folder, [target](quint32 done) {
        std::printf("stored %u\n", done);
        std::fflush(stdout);
        while (done >= target + kBatch)
            QThread::sleep(1); // until killed
    });
    std::fprintf(stderr, "child: %s\n", error.isEmpty() ? "done" : qPrintable(error));
    return error.isEmpty() ? 0 : 1;
}

} // namespace

class TestCacheFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedDuringALargeSyncTheCacheOpensCleanAndResumes();
    void diskFullDuringSyncIsExplainedAndRecovered();
    void cleanupTestCase();

private:
    bool run(imap::ImapCommand *command);
    QString newFolder(int messages);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    std::unique_ptr<imap::ImapSession> m_writer;
    QStringList m_folders;
};

void TestCacheFaults::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    m_writer = openSession(m_stack);
    QVERIFY(m_writer);
}

void TestCacheFaults::cleanupTestCase()
{
    for (const QString &folder : std::as_const(m_folders))
        run(imap::SimpleCommand::remove(folder));
}

bool TestCacheFaults::run(imap::ImapCommand *command)
{
    return test::MailStack::runCommand(*m_writer, command, kWaitMs);
}

QString TestCacheFaults::newFolder(int messages)
{
    const QString folder = QStringLiteral("cache-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    if (!run(imap::SimpleCommand::create(folder)))
        return QString();
    m_folders.append(folder);
    for (int i = 0; i < messages; ++i) {
        if (!run(new imap::AppendCommand(folder, message(i))))
            return QString();
    }
    return folder;
}

void TestCacheFaults::killedDuringALargeSyncTheCacheOpensCleanAndResumes()
{
    const QString folder = newFolder(kMessages);
    QVERIFY(!folder.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    {
        store::Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        store::MailCache cache(database);
        const qint64 accountId = cache.accountId(m_stack.user2, &error).value_or(0);
        store::FolderRecord record;
        record.name = folder;
        QVERIFY(cache.replaceFolders(accountId, {record}, &error));
    }

    for (int kill = 1; kill <= 3; ++kill) {
        // Somewhere in the next few batches, a moment after one was stored (the child counts
        // what this run of it stored).
        const quint32 target = kBatch * quint32(QRandomGenerator::global()->bounded(1, 4));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kChildVariable),
                           path + QLatin1Char('|') + folder + QLatin1Char('|') + QString::number(target));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        quint32 stored = 0;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         while (child.canReadLine())
                             stored = child.readLine().mid(7).trimmed().toUInt();
                         return stored >= target || child.state() == QProcess::NotRunning;
                     },
                     kWaitMs),
                 "the child did not get far enough");
        QTest::qWait(int(QRandomGenerator::global()->bounded(30)));
        // Never kill(0): a child that already ended has no id, and 0 is this whole process group (ctest).
        QVERIFY2(child.state() != QProcess::NotRunning && child.processId() > 0,
                 qPrintable(QStringLiteral("the child ended by itself: %1")
                                .arg(QString::fromLocal8Bit(child.readAllStandardError().right(2000)))));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(kWaitMs));
        qInfo("kill %d after %u stored (exit status %d)", kill, stored, int(child.exitStatus()));

        store::Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
        store::MailCache cache(database);
        const qint64 accountId = cache.accountId(m_stack.user2, &error).value_or(0);
        const qint64 cached = cache.messageCount(cache.folder(accountId, folder)->id);
        QVERIFY2(cached <= kMessages, qPrintable(QString::number(cached)));
    }

    store::Database database;
    QString error;
    QVERIFY2(database.open(path, &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(m_stack.user2, &error).value_or(0);
    error = syncFolder(m_stack, cache, accountId, folder);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(cache.messageCount(cache.folder(accountId, folder)->id), qint64(kMessages));
    const QString differences = test::FolderComparison::differences(*m_writer, cache, accountId, folder);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    run(imap::SimpleCommand::unselect());
}

void TestCacheFaults::diskFullDuringSyncIsExplainedAndRecovered()
{
    const QString folder = newFolder(200);
    QVERIFY(!folder.isEmpty());
    store::Database database;
    QString error;
    QVERIFY2(database.open(m_dir.filePath(QStringLiteral("full.sqlite")), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(m_stack.user2, &error).value_or(0);
    store::FolderRecord record;
    record.name = folder;
    QVERIFY(cache.replaceFolders(accountId, {record}, &error));

    // The file may grow by a few pages only: to SQLite, as good as a full disk.
    const qint64 pages = database.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8), &error));
    error = syncFolder(m_stack, cache, accountId, folder);
    QVERIFY2(error.contains(QStringLiteral("disk that holds Heron's cache is full")), qPrintable(error));
    QCOMPARE(database.integrityCheck(), QStringLiteral("ok"));
    const qint64 partial = cache.messageCount(cache.folder(accountId, folder)->id);
    QVERIFY(partial < 200);

    QVERIFY(database.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"), &error));
    error = syncFolder(m_stack, cache, accountId, folder);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString differences = test::FolderComparison::differences(*m_writer, cache, accountId, folder);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    run(imap::SimpleCommand::unselect());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(qEnvironmentVariable(kChildVariable));
    TestCacheFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cache_faults.moc"
