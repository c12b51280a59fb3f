// Sync over a link that a proxy cuts at many points (during the handshake,
// the login, SELECT, a FETCH batch), with another client changing the folder
// in between: no crash, each failure reported, and the next sync that gets
// through leaves the cache equal to the server (same UIDs, flags and MODSEQs).
#include "fault_proxy.h"
#include "folder_comparison.h"
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"
#include "mail_stack.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/folder_sync.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace heron;

namespace {

constexpr int kWaitMs = 30000;

QByteArray message(int index)
{
    return test::MailStack::message("fault " + QByteArray::number(index), 2000);
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cutLinksHealOnTheNextSync();

private:
    std::unique_ptr<imap::ImapSession> openSession(quint16 port);
    template<typename Command>
    Command *run(imap::ImapSession &session, Command *command);
    bool syncOnce(quint16 port);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    qint64 m_accountId = 0;
    QString m_folder;
    QObject m_owner;
};

void TestSyncFaults::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    m_cache = std::make_unique<store::MailCache>(m_database);
    m_accountId = m_cache->accountId(m_stack.user2, &error).value_or(0);
    m_folder = QStringLiteral("faults-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    store::FolderRecord record;
    record.name = m_folder;
    QVERIFY(m_cache->replaceFolders(m_accountId, {record}, &error));
}

std::unique_ptr<imap::ImapSession> TestSyncFaults::openSession(quint16 port)
{
    imap::ImapSettings settings = m_stack.imapSettings(m_stack.user2, m_stack.pass2, port);
    settings.timeouts.connect = 5000;
    settings.timeouts.command = 5000;
    settings.compress = false; // so the byte offsets of the cuts land inside FETCH answers
    return test::MailStack::openImap(settings, kWaitMs);
}

template<typename Command>
Command *TestSyncFaults::run(imap::ImapSession &session, Command *command)
{
    command->setParent(&m_owner);
    session.run(command);
    if (!QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs) || !command->succeeded())
        qWarning("%s failed: %s", command->metaObject()->className(), qPrintable(command->error().message));
    return command;
}

bool TestSyncFaults::syncOnce(quint16 port)
{
    auto session = openSession(port);
    if (!session)
        return false;
    sync::FolderSync sync(*session, *m_cache, *m_cache->folder(m_accountId, m_folder));
    sync.setBatchSize(7);
    QSignalSpy finished(&sync, &sync::FolderSync::finished);
    sync.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs))
        qWarning("sync did not end");
    if (!sync.succeeded() && sync.error().isEmpty())
        qWarning("a failed sync without an explanation");
    return sync.succeeded();
}

void TestSyncFaults::cutLinksHealOnTheNextSync()
{
    auto writer = openSession(m_stack.imapsPort);
    QVERIFY(writer);
    QVERIFY(run(*writer, imap::SimpleCommand::create(m_folder))->succeeded());
    for (int i = 0; i < 40; ++i)
        QVERIFY(run(*writer, new imap::AppendCommand(m_folder, message(i)))->succeeded());
    QVERIFY(run(*writer, new imap::SelectCommand(m_folder))->succeeded());

    test::FaultProxy proxy(m_stack.imapsPort);
    int failures = 0;
    int round = 0;
    for (const qint64 cut : {200, 1500, 3000, 4500, 6000, 7500, 9000, 11000, 14000, 18000, 25000, 60000}) {
        proxy.setCutAfterServerBytes(cut);
        if (!syncOnce(proxy.serverPort()))
            ++failures;
        // The other client keeps changing the folder between attempts.
        ++round;
        run(*writer,
            new imap::StoreCommand(imap::SequenceSet::fromNumbers({quint32(round)}), imap::StoreCommand::Mode::Add,
                                   {"\\Seen"}));
        run(*writer,
            new imap::StoreCommand(imap::SequenceSet::fromNumbers({quint32(40 - round)}), imap::StoreCommand::Mode::Add,
                                   {"\\Deleted"}));
        run(*writer, imap::SimpleCommand::uidExpunge(imap::SequenceSet::fromNumbers({quint32(40 - round)})));
        run(*writer, new imap::AppendCommand(m_folder, message(100 + round)));
    }
    QVERIFY(proxy.cuts() >= 6);
    QVERIFY(failures > 0);
    qInfo("%d cuts, %d failed syncs", proxy.cuts(), failures);

    QVERIFY(syncOnce(m_stack.imapsPort));
    const QString differences = test::FolderComparison::differences(*writer, *m_cache, m_accountId, m_folder);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    run(*writer, imap::SimpleCommand::unselect());
    run(*writer, imap::SimpleCommand::remove(m_folder));
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
