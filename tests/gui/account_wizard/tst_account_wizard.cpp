// Adding an account through the wizard, end to end, against the real stack
// behind the CLIENTID gate: the main window of an empty profile opens the
// wizard by itself; the servers come from an autoconfig document on a local
// HTTPS server; the connection test explains the stack's certificate (its
// private CA is unknown here) and the user trusts it; CLIENTID is refused and
// this device's ID shown; the test approves it at the gate, presses Try again
// in the refusal dialog, and login and SMTP pass; Finish stores the account
// (password in the secret store) and the window lists its folders.
#include "../identity/gui_test_helpers.h"
#include "account_wizard.h"
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "device_refusal_dialog.h"
#include "folder_tree_model.h"
#include "https_page_server.h"
#include "mail_stack.h"
#include "main_window.h"
#include "sync/account_discovery.h"
#include "sync/autoconfig_lookup.h"
#include "test_certificates.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace heron;
using heron::test::child;
using heron::test::clickButton;
using heron::test::labelText;
using heron::ui::AccountWizard;
using heron::ui::MainWindow;

namespace {

constexpr int kWaitMs = 20000;

QByteArray autoconfigDocument(const test::MailStack &stack, const QString &domain)
{
    const QString xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="%1">
    <domain>%1</domain>
    <displayName>Test Stack</displayName>
    <incomingServer type="imap">
      <hostname>localhost</hostname><port>%2</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>localhost</hostname><port>%3</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)")
                            .arg(domain)
                            .arg(stack.gateImapsPort)
                            .arg(stack.gateSubmissionsPort);
    return xml.toUtf8();
}

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        if (!m_stack.hasGate())
            QSKIP("the mail stack runs no CLIENTID gate");
        QVERIFY(test::TestCertificates::instance().isValid());
        qputenv("HERON_SECRET_BACKEND", "file");
        if (qEnvironmentVariableIsEmpty("HERON_SCREENSHOT_DIR")) // kept under the build tree for review
            qputenv("HERON_SCREENSHOT_DIR", HERON_BINARY_DIR "/screenshots/account_wizard");
    }

    void addAccountThroughTheGate();
    void nothingFoundThenManualSetup();

private:
    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

void TestAccountWizard::addAccountThroughTheGate()
{
    const QString email = m_stack.user1;
    const QString domain = email.mid(email.indexOf(QLatin1Char('@')) + 1);
    test::HttpsPageServer web({{"/mail/config-v1.1.xml?emailaddress=" + QUrl::toPercentEncoding(email),
                                {200, autoconfigDocument(m_stack, domain)}}});

    QString error;
    const auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
    QVERIFY2(profile, qPrintable(error));
    MainWindow window(*profile);
    window.show();
    window.offerAccountSetup(); // as heron's main does: no accounts, so the wizard opens
    QTRY_VERIFY_WITH_TIMEOUT(window.accountWizard() && window.accountWizard()->isVisible(), kWaitMs);
    AccountWizard *wizard = window.accountWizard();

    // The autoconfig document comes from the local HTTPS server (the test CA's certificate).
    net::TlsPolicy webTrust;
    QVERIFY(webTrust.addCaFile(test::TestCertificates::instance().caFile(), &error));
    wizard->discovery()->setTlsPolicy(webTrust);
    wizard->discovery()->autoconfig()->setSources(
        {web.base() + QStringLiteral("/mail/config-v1.1.xml?emailaddress=%EMAIL%")});

    // Page 1: who.
    child<QLineEdit>(wizard, "AccountName")->setText(QStringLiteral("Alice"));
    child<QLineEdit>(wizard, "AccountAddress")->setText(email);
    child<QLineEdit>(wizard, "AccountPassword")->setText(m_stack.pass1);
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_1_identity"));
    clickButton(wizard, "NextButton");

    // Page 2: the lookup shows its steps, then the servers found.
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(wizard, "ImapHost")->text(), QStringLiteral("localhost"), kWaitMs);
    QCOMPARE(child<QSpinBox>(wizard, "ImapPort")->value(), int(m_stack.gateImapsPort));
    QCOMPARE(child<QSpinBox>(wizard, "SmtpPort")->value(), int(m_stack.gateSubmissionsPort));
    QCOMPARE(child<QComboBox>(wizard, "SmtpSecurity")->currentData().toInt(), int(accounts::Security::Tls));
    QCOMPARE(child<QLineEdit>(wizard, "UserName")->text(), email);
    QVERIFY2(child<QLabel>(wizard, "DiscoverySource")->text().contains(web.base()),
             qPrintable(child<QLabel>(wizard, "DiscoverySource")->text()));
    QVERIFY(child<QListWidget>(wizard, "DiscoverySteps")->count() >= 2);
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_2_servers"));
    clickButton(wizard, "NextButton");

    // Page 3: the stack's private CA is unknown here, so TLS explains the certificate.
    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "TlsStepState"), QStringLiteral("Problem"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "TrustCertificateButton")->isVisible(), kWaitMs);
    QVERIFY2(labelText(wizard, "TlsStepDetail").contains(QStringLiteral("does not trust")),
             qPrintable(labelText(wizard, "TlsStepDetail")));
    QVERIFY(labelText(wizard, "CertificateFingerprint").contains(QStringLiteral("localhost: SHA-256 ")));
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_3_certificate"));
    clickButton(wizard, "TrustCertificateButton");

    // Trusted: TLS passes; the gate refuses this unknown device, before any password.
    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "TlsStepState"), QStringLiteral("OK"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "ClientIdStepState"), QStringLiteral("Problem"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "TestAgainButton")->isEnabled(), kWaitMs);
    QCOMPARE(labelText(wizard, "LoginStepState"), QStringLiteral("Skipped"));
    QCOMPARE(labelText(wizard, "SmtpStepState"), QStringLiteral("Problem"));
    const QString token = test::identityToken(*profile, email);
    QVERIFY(child<QWidget>(wizard, "DeviceRefusalBox")->isVisible());
    QCOMPARE(child<QLineEdit>(wizard, "DeviceToken")->text(), token);
    QVERIFY(labelText(wizard, "ClientIdStepDetail").contains(token));
    QVERIFY(child<QPushButton>(wizard, "FinishButton")->isEnabled()); // the account can be added anyway
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_4_refused"));

    // The registration dialog, then the provider approves and the user tries again.
    clickButton(wizard, "RegisterDeviceButton");
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<ui::DeviceRefusalDialog *>(), kWaitMs);
    auto *dialog = wizard->findChild<ui::DeviceRefusalDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
    QCOMPARE(dialog->token(), token);
    test::saveScreenshot(dialog, QStringLiteral("account_wizard_5_refusal_dialog"));
    QProcess approve;
    approve.start(m_stack.gateScript,
                  {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                   QStringLiteral("--account"), email, QStringLiteral("--token"), token});
    QVERIFY(approve.waitForFinished(kWaitMs));
    QVERIFY2(approve.exitStatus() == QProcess::NormalExit && approve.exitCode() == 0,
             approve.readAllStandardError().constData());
    clickButton(dialog, "TryAgainButton");

    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "SmtpStepState"), QStringLiteral("OK"), kWaitMs);
    QCOMPARE(labelText(wizard, "TlsStepState"), QStringLiteral("OK"));
    QCOMPARE(labelText(wizard, "ClientIdStepState"), QStringLiteral("OK"));
    QCOMPARE(labelText(wizard, "LoginStepState"), QStringLiteral("OK"));
    QVERIFY(labelText(wizard, "ClientIdStepDetail").contains(QStringLiteral("accepted")));
    QVERIFY(!child<QWidget>(wizard, "DeviceRefusalBox")->isVisible());
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_6_passed"));

    // Finish: stored with the pinned certificate, the password in the secret store.
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "FinishButton")->isEnabled(), kWaitMs);
    clickButton(wizard, "FinishButton");
    QTRY_VERIFY_WITH_TIMEOUT(!window.accountWizard(), kWaitMs);
    const std::optional<accounts::Account> stored = accounts::AccountStore(*profile).find(email);
    QVERIFY(stored);
    QCOMPARE(stored->imap.port, m_stack.gateImapsPort);
    QCOMPARE(stored->displayName, QStringLiteral("Alice"));
    QVERIFY(stored->login.isEmpty());
    QCOMPARE(stored->pinnedCertificates.value(QStringLiteral("localhost")).size(), 1);
    accounts::SecretStore secrets(*profile);
    QCOMPARE(secrets.backend(), accounts::SecretStore::Backend::File);
    const auto password = secrets.read(accounts::SecretStore::passwordKey(email));
    QVERIFY(password.ok());
    QCOMPARE(QString::fromUtf8(password.value), m_stack.pass1);

    // The main window lists the new account's folders, synced through the gate.
    QTRY_VERIFY_WITH_TIMEOUT(window.folderTreeModel()->folderIndex(email, QStringLiteral("INBOX")).isValid(), kWaitMs);
    test::saveScreenshot(&window, QStringLiteral("account_wizard_7_main_window"));
}

// A domain that has nothing (RFC 6761 .invalid: autoconfig, SRV and every guessed name
// fail at once): the page says so, the user types the stack's direct servers and a user
// name of its own, trusts the certificate, and the account is stored with that login.
void TestAccountWizard::nothingFoundThenManualSetup()
{
    QString error;
    const auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("manual")), &error);
    QVERIFY2(profile, qPrintable(error));
    MainWindow window(*profile);
    window.findChild<QAction *>(QStringLiteral("AddAccountAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.accountWizard() && window.accountWizard()->isVisible(), kWaitMs);
    AccountWizard *wizard = window.accountWizard();
    const QString email = QStringLiteral("jo@heron-test.invalid");
    child<QLineEdit>(wizard, "AccountAddress")->setText(email);
    child<QLineEdit>(wizard, "AccountPassword")->setText(m_stack.pass2);
    clickButton(wizard, "NextButton");

    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(wizard, "DiscoverySource")->text().contains(QStringLiteral("could not find")), kWaitMs);
    QVERIFY(!child<QPushButton>(wizard, "NextButton")->isEnabled()); // no servers yet
    const QString steps = [wizard] {
        QStringList lines;
        auto *list = child<QListWidget>(wizard, "DiscoverySteps");
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines.join(QLatin1Char('\n'));
    }();
    for (const char *step : {"Provider configuration", "DNS SRV records", "Common server names"})
        QVERIFY2(steps.contains(QLatin1String(step)), qPrintable(steps));
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_manual_1_nothing_found"));

    child<QLineEdit>(wizard, "ImapHost")->setText(QStringLiteral("localhost"));
    child<QSpinBox>(wizard, "ImapPort")->setValue(m_stack.imapPort);
    auto *imapSecurity = child<QComboBox>(wizard, "ImapSecurity");
    imapSecurity->setCurrentIndex(imapSecurity->findData(int(accounts::Security::StartTls)));
    child<QLineEdit>(wizard, "SmtpHost")->setText(QStringLiteral("localhost"));
    child<QSpinBox>(wizard, "SmtpPort")->setValue(m_stack.submissionsPort);
    child<QLineEdit>(wizard, "UserName")->setText(m_stack.user2);
    clickButton(wizard, "NextButton");

    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "TrustCertificateButton")->isVisible(), kWaitMs);
    clickButton(wizard, "TrustCertificateButton");
    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "SmtpStepState"), QStringLiteral("OK"), kWaitMs);
    QCOMPARE(labelText(wizard, "LoginStepState"), QStringLiteral("OK"));
    QVERIFY(labelText(wizard, "ClientIdStepDetail").contains(QStringLiteral("does not offer CLIENTID")));
    test::saveScreenshot(wizard, QStringLiteral("account_wizard_manual_2_passed"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "FinishButton")->isEnabled(), kWaitMs);
    clickButton(wizard, "FinishButton");

    const std::optional<accounts::Account> stored = accounts::AccountStore(*profile).find(email);
    QVERIFY(stored);
    QCOMPARE(stored->login, m_stack.user2);
    QCOMPARE(stored->imap,
             (accounts::ServerEndpoint {QStringLiteral("localhost"), m_stack.imapPort, accounts::Security::StartTls}));
    QTRY_VERIFY_WITH_TIMEOUT(window.folderTreeModel()->folderIndex(email, QStringLiteral("INBOX")).isValid(), kWaitMs);
}

QTEST_MAIN(TestAccountWizard)
#include "tst_account_wizard.moc"
