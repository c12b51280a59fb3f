// Sync under 200 random faults (issue #11): a proxy between AccountSync (the
// folder list, then one folder) and Dovecot cuts, stalls, corrupts or delays
// the link at a random byte while a second client appends, flags, expunges and
// moves messages between two folders, and now and then renames one. Whatever
// each faulted sync did, the next clean sync must leave the cache equal to the
// server: the same UIDs, no duplicate rows, the same flags and MODSEQs, and no
// folder left under a former name. The seed is printed; HERON_FAULT_SEED=n
// replays a run.
#include "fault_proxy.h"
#include "folder_comparison.h"
#include "imap/imap_session.h"
#include "imap/simple_command.h"
#include "mail_stack.h"
#include "random_mailbox_changes.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/account_sync.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace heron;
using Fault = test::FaultProxy::Fault;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kFaults = 200;
constexpr int kCheckEvery = 25;

} // namespace

class TestSyncRandomFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheEqualsServerAfterRandomFaults();
    void cleanupTestCase();

private:
    std::unique_ptr<imap::ImapSession> openSession(quint16 port, int timeoutMs);
    bool run(imap::ImapCommand *command);
    bool syncOnce(const QString &folder, quint16 port, int timeoutMs);
    Fault randomFault();
    void verifyCacheEqualsServer(int round);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    std::unique_ptr<imap::ImapSession> m_writer;
    qint64 m_accountId = 0;
    QRandomGenerator m_random;
    std::unique_ptr<test::RandomMailboxChanges> m_changes;
};

void TestSyncRandomFaults::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    m_random.seed(test::RandomMailboxChanges::seed());

    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    m_cache = std::make_unique<store::MailCache>(m_database);
    m_accountId = m_cache->accountId(m_stack.user2, &error).value_or(0);
    const QString stem = QStringLiteral("random-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QStringList folders = {stem + QStringLiteral("-a"), stem + QStringLiteral("-b")};

    m_writer = openSession(m_stack.imapsPort, 5000);
    QVERIFY(m_writer);
    for (const QString &folder : folders)
        QVERIFY(run(imap::SimpleCommand::create(folder)));
    m_changes = std::make_unique<test::RandomMailboxChanges>(*m_writer, m_random, folders, "random fault");
    m_changes->setRenames(true);
    QVERIFY(m_changes->seed(30));
}

void TestSyncRandomFaults::cleanupTestCase()
{
    if (!m_writer)
        return;
    run(imap::SimpleCommand::unselect());
    for (const QString &folder : m_changes->folders())
        run(imap::SimpleCommand::remove(folder));
}

std::unique_ptr<imap::ImapSession> TestSyncRandomFaults::openSession(quint16 port, int timeoutMs)
{
    imap::ImapSettings settings = m_stack.imapSettings(m_stack.user2, m_stack.pass2, port);
    settings.timeouts.connect = timeoutMs;
    settings.timeouts.command = timeoutMs;
    settings.compress = false; // so the faults land inside the protocol's own bytes
    return test::MailStack::openImap(settings, kWaitMs);
}

bool TestSyncRandomFaults::run(imap::ImapCommand *command)
{
    return test::MailStack::runCommand(*m_writer, command, kWaitMs);
}

bool TestSyncRandomFaults::syncOnce(const QString &folder, quint16 port, int timeoutMs)
{
    auto session = openSession(port, timeoutMs);
    if (!session)
        return false;
    sync::AccountSync sync(*session, *m_cache, m_accountId, {folder});
    sync.setBatchSize(int(m_random.bounded(3, 12)));
    QSignalSpy finished(&sync, &sync::AccountSync::finished);
    sync.start();
    [&] { QVERIFY2(!finished.isEmpty() || finished.wait(kWaitMs), "the sync did not end"); }();
    [&] { QVERIFY2(sync.succeeded() || !sync.error().isEmpty(), "a failed sync without an explanation"); }();
    return sync.succeeded();
}

Fault TestSyncRandomFaults::randomFault()
{
    Fault fault;
    const quint32 dice = m_random.bounded(100);
    fault.kind = dice < 45 ? Fault::Kind::Cut
        : dice < 65        ? Fault::Kind::Corrupt
        : dice < 75        ? Fault::Kind::Stall
                           : Fault::Kind::Delay;
    // An incremental sync of these folders is 3 to 4 kB from the server, the TLS
    // handshake included; now and then a fault lands later, in a longer FETCH.
    fault.afterServerBytes = m_random.bounded(m_random.bounded(5) ? 4000 : 12000);
    fault.delayMs = int(m_random.bounded(1, 12));
    return fault;
}

void TestSyncRandomFaults::verifyCacheEqualsServer(int round)
{
    for (const QString &folder : m_changes->folders()) {
        QVERIFY2(syncOnce(folder, m_stack.imapsPort, 10000),
                 qPrintable(QStringLiteral("clean sync of %1 failed").arg(folder)));
        const QString differences = test::FolderComparison::differences(*m_writer, *m_cache, m_accountId, folder);
        QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("after fault %1: %2").arg(round).arg(differences)));
    }
    for (const QString &former : m_changes->formerNames())
        QVERIFY2(!m_cache->folder(m_accountId, former),
                 qPrintable(QStringLiteral("after fault %1: %2 is still cached").arg(round).arg(former)));
}

void TestSyncRandomFaults::cacheEqualsServerAfterRandomFaults()
{
    test::FaultProxy proxy(m_stack.imapsPort);
    int failures = 0;
    for (int round = 1; round <= kFaults; ++round) {
        const Fault fault = randomFault();
        proxy.setFault(fault);
        // A stall (or a corrupted TLS record length) is noticed by the timeout only:
        // short, as the server is on loopback; a sync it cuts short is just one more fault.
        if (!syncOnce(m_changes->folders().at(round % 2), proxy.serverPort(), 600))
            ++failures;
        if (QTest::currentTestFailed())
            return;
        m_changes->changeSomething();
        if (round % kCheckEvery == 0) {
            verifyCacheEqualsServer(round);
            if (QTest::currentTestFailed())
                return;
        }
    }
    qInfo("%d faults, %d struck a connection, %d syncs failed, %d folder renames", kFaults, proxy.cuts(), failures,
          int(m_changes->formerNames().size()));
    QVERIFY(proxy.cuts() > kFaults / 3);
    QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(TestSyncRandomFaults)
#include "tst_sync_random_faults.moc"
