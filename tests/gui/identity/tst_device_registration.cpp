// The registration flow end to end, in the main window, through the
// provider's CLIENTID gate in front of the real stack: a new profile with a
// device-restricted account; the window's first sync is refused; the refusal
// dialog shows this device's ID and the registration page the gate named;
// the test approves the pending ID with the gate's admin command, presses
// Try again, and the same window (no restart) lists the account's messages;
// a device ID reset on the Device page then reconnects at once and is refused.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "device_page.h"
#include "device_refusal_dialog.h"
#include "gui_test_helpers.h"
#include "identity/device_identity.h"
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "mail_stack.h"
#include "main_window.h"
#include "message_list_model.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace heron;
using heron::ui::DeviceRefusalDialog;
using heron::ui::MainWindow;
using heron::ui::MessageListModel;

namespace {

constexpr int kWaitMs = 20000; // each step; the whole test fits the gui label's 60 s
constexpr int kMessages = 3;

} // namespace

class TestDeviceRegistration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        if (!m_stack.hasGate() || m_stack.user3.isEmpty())
            QSKIP("the mail stack runs no CLIENTID gate");
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void refusedThenApprovedThenTryAgainWithoutRestart();

private:
    void deliverToInbox(const QString &subjectPrefix);
    QJsonObject registry() const;

    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

// Straight to Dovecot (not through the gate): what the account will find.
void TestDeviceRegistration::deliverToInbox(const QString &subjectPrefix)
{
    imap::ImapSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = m_stack.imapsPort;
    QString error;
    QVERIFY2(settings.tls.addCaFile(m_stack.caFile, &error), qPrintable(error));
    settings.login = m_stack.user3;
    settings.password = m_stack.pass3;
    imap::ImapSession session(settings);
    QSignalSpy ready(&session, &imap::ImapSession::ready);
    session.open();
    QVERIFY2(ready.wait(kWaitMs), qPrintable(session.error().message));
    for (int i = 1; i <= kMessages; ++i) {
        const QByteArray message = "From: Registrar <registrar@example.org>\r\nTo: " + m_stack.user3.toUtf8()
            + "\r\nSubject: " + subjectPrefix.toUtf8() + ' ' + QByteArray::number(i) + "\r\nMessage-ID: <"
            + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
            + "@example.org>\r\nDate: Sun, 29 Nov 2026 10:00:00 +0000\r\n\r\nWelcome, approved device.\r\n";
        auto *append = new imap::AppendCommand(QStringLiteral("INBOX"), message);
        append->setParent(&session);
        session.run(append);
        QVERIFY(QTest::qWaitFor([append] { return append->isFinished(); }, kWaitMs));
        QVERIFY2(append->succeeded(), qPrintable(append->error().message));
    }
    session.logout();
}

QJsonObject TestDeviceRegistration::registry() const
{
    QFile file(m_stack.gateRegistry);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestDeviceRegistration::refusedThenApprovedThenTryAgainWithoutRestart()
{
    const QString marker = QStringLiteral("Registered %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    deliverToInbox(marker);
    if (QTest::currentTestFailed())
        return;

    // A new profile, the account added the way `heronctl account add` does, through the gate.
    QString error;
    const std::optional<accounts::Profile> profile
        = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
    QVERIFY2(profile, qPrintable(error));
    accounts::Account account;
    account.email = m_stack.user3;
    account.imap = {QStringLiteral("localhost"), m_stack.gateImapsPort, accounts::Security::Tls};
    account.smtp = {QStringLiteral("localhost"), m_stack.gateSubmissionsPort, accounts::Security::Tls};
    account.caFile = m_stack.caFile;
    QVERIFY2(accounts::AccountStore(*profile).add(account, &error), qPrintable(error));
    QVERIFY2(accounts::SecretStore(*profile).write(accounts::SecretStore::passwordKey(account.email),
                                                   m_stack.pass3.toUtf8(), &error),
             qPrintable(error));

    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The first sync (on opening) is refused: the dialog comes up by itself.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.deviceRefusalDialog(account.email) && window.deviceRefusalDialog(account.email)->isVisible(), kWaitMs);
    DeviceRefusalDialog *dialog = window.deviceRefusalDialog(account.email);
    auto *status = window.findChild<QLabel *>(QStringLiteral("StatusText"));
    QVERIFY2(status->text().contains(QStringLiteral("device")), qPrintable(status->text()));

    // The token shown is this device's for the account, and the one the gate holds as pending.
    QString token;
    {
        accounts::SecretStore secrets(*profile);
        identity::DeviceIdentity identity(*profile, secrets);
        QVERIFY2(identity.load(&error), qPrintable(error));
        token = identity.token(account.email);
    }
    QVERIFY(!token.isEmpty());
    QCOMPARE(dialog->token(), token);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("DeviceToken"))->text(), token);
    bool pending = false;
    for (const QJsonValue &entry : registry().value(QStringLiteral("pending")).toArray())
        pending = pending || entry.toObject().value(QStringLiteral("token")).toString() == token;
    QVERIFY2(pending, "the gate does not list this device as pending");

    // The registration page is the one in the gate's refusal, for this token.
    const QUrl link = dialog->registrationLink();
    QVERIFY2(link.isValid(),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("DeviceRefusalServerReply"))->text()));
    QCOMPARE(link.scheme(), QStringLiteral("https"));
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("token")), token);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("OpenRegistrationPageButton"))->isVisible());
    test::saveScreenshot(dialog, QStringLiteral("device_refusal_dialog_gate"));

    // Nothing of the account reached the cache or the list.
    QCOMPARE(window.messageListModel()->rowCount(), 0);

    // The provider approves the device (its admin command), the user presses Try again.
    QProcess approve;
    approve.start(m_stack.gateScript,
                  {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                   QStringLiteral("--account"), account.email, QStringLiteral("--token"), token});
    QVERIFY(approve.waitForFinished(kWaitMs));
    QVERIFY2(approve.exitStatus() == QProcess::NormalExit && approve.exitCode() == 0,
             approve.readAllStandardError().constData());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("TryAgainButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.messageListModel()->rowCount() >= kMessages, kWaitMs);
    QStringList subjects;
    for (int row = 0; row < window.messageListModel()->rowCount(); ++row)
        subjects << window.messageListModel()->index(row, MessageListModel::SubjectColumn).data().toString();
    for (int i = 1; i <= kMessages; ++i)
        QVERIFY2(subjects.contains(QStringLiteral("%1 %2").arg(marker).arg(i)), qPrintable(subjects.join(u',')));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("up to date")), kWaitMs);
    QVERIFY(!window.deviceRefusalDialog(account.email));

    // The server's status now says the device was accepted.
    accounts::SecretStore secrets(*profile);
    bool accepted = false;
    for (const auto &record : identity::DeviceIdentity(*profile, secrets).serverStatuses(account.email))
        accepted = accepted || (record.lastReply && record.lastReply->startsWith(QStringLiteral("OK")));
    QVERIFY(accepted);
    test::saveScreenshot(&window, QStringLiteral("main_window_after_registration"));

    // Reset the device ID on the Device page: the live session is replaced at
    // once, and the provider refuses the new ID, which the dialog now shows.
    window.showDevicePage(account.email);
    QVERIFY(window.devicePage());
    QTRY_VERIFY(window.devicePage()->isVisible());
    {
        test::MessageBoxAnswer confirm(QStringLiteral("Reset Device ID"));
        QTest::mouseClick(window.devicePage()->findChild<QPushButton *>(QStringLiteral("ResetDeviceIdButton")),
                          Qt::LeftButton);
        QVERIFY(confirm.answered);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        window.deviceRefusalDialog(account.email) && window.deviceRefusalDialog(account.email)->isVisible(), kWaitMs);
    QString renewed;
    {
        identity::DeviceIdentity identity(*profile, secrets);
        QVERIFY2(identity.load(&error), qPrintable(error));
        renewed = identity.token(account.email);
    }
    QVERIFY(renewed != token);
    QCOMPARE(window.deviceRefusalDialog(account.email)->token(), renewed);
    QCOMPARE(QUrlQuery(window.deviceRefusalDialog(account.email)->registrationLink())
                 .queryItemValue(QStringLiteral("token")),
             renewed);
    QCOMPARE(window.devicePage()->findChild<QLineEdit *>(QStringLiteral("DeviceToken"))->text(), renewed);
}

QTEST_MAIN(TestDeviceRegistration)
#include "tst_device_registration.moc"
