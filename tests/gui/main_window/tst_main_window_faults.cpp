// The main window over a bad network (issue 11): alice's account reaches
// Dovecot through a FaultProxy. While the window watches a folder of its own
// (IDLE), the link is dropped again and again — each time with a random fault
// waiting for the first new connection (cut at a random byte of the TLS
// handshake, login, SELECT or the sync's FETCHes, or every chunk delayed) — while
// another client appends, flags, expunges and moves messages. After every drop
// the status bar says the window is reconnecting, and it comes back to watching
// the folder by itself: nobody presses Get Messages. At the end the cache
// equals the server (UIDs, no duplicates, flags, MODSEQ). A refused password,
// by contrast, is not tried again, and a click on it in the status bar shows it
// in full. HERON_UI_FAULTS sets the number of drops
// (default 30); HERON_FAULT_SEED replays a run.
#include "../composer/composer_test_helpers.h"
#include "../identity/gui_test_helpers.h"
#include "fault_proxy.h"
#include "folder_comparison.h"
#include "folder_tree_model.h"
#include "imap/simple_command.h"
#include "random_mailbox_changes.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QLabel>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTreeView>

using namespace heron;
using heron::ui::FolderTreeModel;
using heron::ui::MainWindow;
using Fault = test::FaultProxy::Fault;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kReconnectMs = 200;

} // namespace

class TestMainWindowFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reconnectsByItselfAfterEveryDrop();
    void refusedPasswordIsNotTriedAgain();

private:
    // A profile whose account reaches the stack's IMAP server on imapPort (the proxy), with password.
    std::optional<accounts::Profile> profileThrough(const QString &name, quint16 imapPort, const QString &password);
    Fault randomFault();

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    std::unique_ptr<imap::ImapSession> m_writer;
    QString m_folder;
};

void TestMainWindowFaults::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    qputenv("HERON_SECRET_BACKEND", "file");
    m_random.seed(test::RandomMailboxChanges::seed());
    m_writer = test::MailStack::openImap(m_stack.imapSettings(m_stack.user1, m_stack.pass1));
    QVERIFY(m_writer);
    m_folder = QStringLiteral("faults-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(test::MailStack::runCommand(*m_writer, imap::SimpleCommand::create(m_folder)));
}

void TestMainWindowFaults::cleanupTestCase()
{
    if (!m_writer)
        return;
    test::MailStack::runCommand(*m_writer, imap::SimpleCommand::unselect());
    test::MailStack::runCommand(*m_writer, imap::SimpleCommand::remove(m_folder));
}

std::optional<accounts::Profile> TestMainWindowFaults::profileThrough(const QString &name, quint16 imapPort,
                                                                      const QString &password)
{
    std::optional<accounts::Profile> profile
        = test::composerProfile(m_stack, m_dir.filePath(name), m_stack.submissionsPort);
    if (!profile)
        return std::nullopt;
    accounts::AccountStore store(*profile);
    std::optional<accounts::Account> account = store.find(m_stack.user1);
    QString error;
    account->imap.port = imapPort;
    if (!store.update(*account, &error)
        || !accounts::SecretStore(*profile).write(accounts::SecretStore::passwordKey(account->email), password.toUtf8(),
                                                  &error)) {
        qWarning("account: %s", qPrintable(error));
        return std::nullopt;
    }
    return profile;
}

// Faults a dropped network makes: a cut anywhere (the TLS handshake and login
// are the first 3 to 4 kB of a reconnect's sync), or a slow link. Corrupted bytes
// are left to tst_sync_random_faults: a damaged TLS record length stalls until the
// two-minute read timeout, too long for a suite.
Fault TestMainWindowFaults::randomFault()
{
    Fault fault;
    fault.kind = m_random.bounded(100) < 70 ? Fault::Kind::Cut : Fault::Kind::Delay;
    fault.afterServerBytes = m_random.bounded(m_random.bounded(4) ? 4000 : 12000);
    fault.delayMs = int(m_random.bounded(1, 20));
    return fault;
}

void TestMainWindowFaults::reconnectsByItselfAfterEveryDrop()
{
    test::RandomMailboxChanges changes(*m_writer, m_random, {m_folder}, "ui fault");
    QVERIFY(changes.seed(20));
    test::FaultProxy proxy(m_stack.imapsPort);
    const auto profile = profileThrough(QStringLiteral("faults"), proxy.serverPort(), m_stack.pass1);
    QVERIFY(profile);
    MainWindow window(*profile);
    window.setReconnectDelay(kReconnectMs);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::waitUntilWatching(window));

    // The test's folder on screen: synced, then watched.
    auto *pane = test::child<QTreeView>(&window, "FolderPane");
    QTRY_VERIFY_WITH_TIMEOUT(window.folderTreeModel()->folderIndex(m_stack.user1, m_folder).isValid(), kWaitMs);
    pane->setCurrentIndex(window.folderTreeModel()->folderIndex(m_stack.user1, m_folder));
    auto *status = test::child<QLabel>(&window, "StatusText");
    const auto watchingFolder = [&] {
        return status->text().contains(m_folder) && status->text().contains(QStringLiteral("new mail shows up"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(watchingFolder(), kWaitMs);

    const int drops
        = qEnvironmentVariableIsSet("HERON_UI_FAULTS") ? qEnvironmentVariableIntValue("HERON_UI_FAULTS") : 30;
    for (int drop = 1; drop <= drops; ++drop) {
        proxy.setFaultOnce(randomFault());
        QVERIFY(changes.changeSomething());
        proxy.cutAll();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("reconnecting")),
                                  qPrintable(QStringLiteral("drop %1: %2").arg(drop).arg(status->text())), kWaitMs);
        if (drop == 1) {
            // Why the link was lost is among the problems a click shows.
            QVERIFY2(status->toolTip().contains(QStringLiteral("Click for details")), qPrintable(status->toolTip()));
            test::saveScreenshot(&window, QStringLiteral("main_window_reconnecting"));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(watchingFolder(),
                                  qPrintable(QStringLiteral("drop %1: %2").arg(drop).arg(status->text())), kWaitMs);
    }
    qInfo("%d drops, %d reconnects struck by a fault", drops, proxy.cuts());

    // Whatever the drops cut short, the cache ends equal to the server.
    QVERIFY(changes.changeSomething());
    store::Database database;
    QString error;
    QVERIFY2(database.open(profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(m_stack.user1, &error).value_or(0);
    QString differences;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (differences = test::FolderComparison::differences(*m_writer, cache, accountId, m_folder)).isEmpty(),
        qPrintable(differences), kWaitMs);
    test::saveScreenshot(&window, QStringLiteral("main_window_after_drops"));
}

void TestMainWindowFaults::refusedPasswordIsNotTriedAgain()
{
    test::FaultProxy proxy(m_stack.imapsPort);
    const auto profile = profileThrough(QStringLiteral("refused"), proxy.serverPort(), QStringLiteral("wrong"));
    QVERIFY(profile);
    MainWindow window(*profile);
    window.setReconnectDelay(kReconnectMs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = test::child<QLabel>(&window, "StatusText");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("refused the password")), kWaitMs);
    // Several reconnect delays later: still the refusal, and nothing more sent to the server.
    QTest::qWait(kReconnectMs * 2); // the LOGOUT after the refusal
    const qsizetype sent = proxy.fromClient().size();
    QTest::qWait(kReconnectMs * 8);
    QVERIFY2(!status->text().contains(QStringLiteral("reconnecting")), qPrintable(status->text()));
    QCOMPARE(proxy.fromClient().size(), sent);

    // A click on the problem shows it in full, with the time it happened.
    test::MessageBoxAnswer details(QStringLiteral("OK"));
    QTest::mouseClick(status, Qt::LeftButton);
    QVERIFY(details.answered);
    QCOMPARE(details.objectName, QStringLiteral("ProblemsBox"));
    QVERIFY2(details.text.contains(QStringLiteral("refused the password")), qPrintable(details.text));
}

QTEST_MAIN(TestMainWindowFaults)
#include "tst_main_window_faults.moc"
