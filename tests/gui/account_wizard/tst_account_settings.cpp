// Account → Account Settings…: an account's name, servers, user name and
// password changed and saved (settings file and secret store), the Device
// page reached from it, and the account removed after the confirmation, with
// its password. No servers needed.
#include "../identity/gui_test_helpers.h"
#include "account_settings_dialog.h"
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace heron;
using heron::test::child;
using heron::ui::AccountSettingsDialog;

class TestAccountSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("HERON_SECRET_BACKEND", "file");
        if (qEnvironmentVariableIsEmpty("HERON_SCREENSHOT_DIR")) // kept under the build tree for review
            qputenv("HERON_SCREENSHOT_DIR", HERON_BINARY_DIR "/screenshots/account_wizard");
        QString error;
        m_profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(m_profile, qPrintable(error));
        for (const char *email : {"one@example.org", "two@example.org"}) {
            accounts::Account account;
            account.email = QLatin1String(email);
            account.imap = {QStringLiteral("imap.example.org"), 993, accounts::Security::Tls};
            account.smtp = {QStringLiteral("smtp.example.org"), 465, accounts::Security::Tls};
            QVERIFY2(accounts::AccountStore(*m_profile).add(account, &error), qPrintable(error));
            QVERIFY2(accounts::SecretStore(*m_profile)
                         .write(accounts::SecretStore::passwordKey(account.email), "old secret", &error),
                     qPrintable(error));
        }
    }

    void editAndSave()
    {
        AccountSettingsDialog dialog(*m_profile);
        dialog.show();
        QVERIFY(dialog.setAccount(QStringLiteral("TWO@example.org")));
        QCOMPARE(child<QLineEdit>(&dialog, "ImapHost")->text(), QStringLiteral("imap.example.org"));
        child<QLineEdit>(&dialog, "SettingsAccountName")->setText(QStringLiteral("Work"));
        child<QLineEdit>(&dialog, "SmtpHost")->setText(QStringLiteral("submit.example.org"));
        // STARTTLS moves the well-known port along.
        auto *security = child<QComboBox>(&dialog, "SmtpSecurity");
        security->setCurrentIndex(1);
        emit security->activated(1);
        QCOMPARE(child<QSpinBox>(&dialog, "SmtpPort")->value(), 587);
        child<QLineEdit>(&dialog, "SettingsUserName")->setText(QStringLiteral("two"));
        child<QLineEdit>(&dialog, "SettingsPassword")->setText(QStringLiteral("new secret"));
        child<QPlainTextEdit>(&dialog, "SettingsSignature")->setPlainText(QStringLiteral("  Two\n  Work desk\n\n"));
        auto *identities = child<QPlainTextEdit>(&dialog, "SettingsIdentities");
        identities->setPlainText(QStringLiteral("not an address"));
        child<QPushButton>(&dialog, "SaveAccountButton")->click();
        QVERIFY2(child<QLabel>(&dialog, "SettingsStatus")->text().contains(QStringLiteral("not an address")),
                 qPrintable(child<QLabel>(&dialog, "SettingsStatus")->text()));
        QVERIFY(accounts::AccountStore(*m_profile).find(QStringLiteral("two@example.org"))->identities.isEmpty());
        identities->setPlainText(QStringLiteral("\"Two, the desk\" <desk@example.org>\nsales@example.org\n"));
        QVERIFY(!child<QSpinBox>(&dialog, "SettingsOfflineDays")->isEnabled());
        child<QCheckBox>(&dialog, "SettingsKeepOffline")->setChecked(true);
        QVERIFY(child<QSpinBox>(&dialog, "SettingsOfflineDays")->isEnabled());
        child<QSpinBox>(&dialog, "SettingsOfflineDays")->setValue(90);
        // Folders: the cache's names offered for each role; Trash chosen, the rest automatic.
        dialog.setFolderLister([](const QString &) {
            return QStringList {QStringLiteral("INBOX"), QStringLiteral("Bin"), QStringLiteral("Outgoing")};
        });
        auto *trash = child<QComboBox>(&dialog, "FolderRoleTrash");
        QCOMPARE(trash->count(), 4); // Automatic and the three folders
        QCOMPARE(trash->currentIndex(), 0);
        trash->setCurrentIndex(trash->findData(QStringLiteral("Bin")));
        QSignalSpy changed(&dialog, &AccountSettingsDialog::accountChanged);
        child<QPushButton>(&dialog, "SaveAccountButton")->click();
        QCOMPARE(changed.size(), 1);
        test::saveScreenshot(&dialog, QStringLiteral("account_settings"));

        const auto stored = accounts::AccountStore(*m_profile).find(QStringLiteral("two@example.org"));
        QVERIFY(stored);
        QCOMPARE(stored->displayName, QStringLiteral("Work"));
        QCOMPARE(stored->smtp,
                 (accounts::ServerEndpoint {QStringLiteral("submit.example.org"), 587, accounts::Security::StartTls}));
        QCOMPARE(stored->login, QStringLiteral("two"));
        QCOMPARE(stored->signature, QStringLiteral("  Two\n  Work desk")); // trailing blank lines dropped
        QVERIFY(stored->keepMailOffline);
        QCOMPARE(stored->offlineBodyDays, 90);
        QCOMPARE(stored->folderRoles, (QHash<QString, QString> {{QStringLiteral("\\Trash"), QStringLiteral("Bin")}}));
        QCOMPARE(stored->identities,
                 (QList<accounts::Identity> {{QStringLiteral("Two, the desk"), QStringLiteral("desk@example.org")},
                                             {QString(), QStringLiteral("sales@example.org")}}));
        const auto password = accounts::SecretStore(*m_profile).read(accounts::SecretStore::passwordKey(stored->email));
        QCOMPARE(password.value, QByteArray("new secret"));
        QVERIFY(child<QLineEdit>(&dialog, "SettingsPassword")->text().isEmpty());

        QSignalSpy device(&dialog, &AccountSettingsDialog::devicePageRequested);
        child<QPushButton>(&dialog, "OpenDevicePageButton")->click();
        QCOMPARE(device.constFirst().constFirst().toString(), stored->email);
    }

    void removeAfterConfirmation()
    {
        AccountSettingsDialog dialog(*m_profile);
        dialog.show();
        QVERIFY(dialog.setAccount(QStringLiteral("one@example.org")));
        QSignalSpy removed(&dialog, &AccountSettingsDialog::accountRemoved);
        {
            test::MessageBoxAnswer cancel(QStringLiteral("Cancel"));
            child<QPushButton>(&dialog, "RemoveAccountButton")->click();
            QVERIFY(cancel.answered);
            QCOMPARE(cancel.objectName, QStringLiteral("ConfirmAccountRemoval"));
        }
        QVERIFY(removed.isEmpty());
        test::MessageBoxAnswer answer(QStringLiteral("Remove"));
        child<QPushButton>(&dialog, "RemoveAccountButton")->click();
        QVERIFY(answer.answered);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!accounts::AccountStore(*m_profile).find(QStringLiteral("one@example.org")));
        QCOMPARE(accounts::SecretStore(*m_profile)
                     .read(accounts::SecretStore::passwordKey(QStringLiteral("one@example.org")))
                     .status,
                 accounts::SecretStore::Status::NotFound);
        QCOMPARE(dialog.account(), QStringLiteral("two@example.org")); // the one left is shown
    }

    void mainWindowOffersTheActions()
    {
        ui::MainWindow window(*m_profile);
        auto *settings = window.findChild<QAction *>(QStringLiteral("AccountSettingsAction"));
        QVERIFY(settings && settings->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("AddAccountAction")));
        settings->trigger();
        QVERIFY(window.accountSettingsDialog() && window.accountSettingsDialog()->isVisible());
        window.offerAccountSetup(); // the profile has accounts: no wizard
        QVERIFY(!window.accountWizard());
    }

private:
    QTemporaryDir m_dir;
    std::optional<accounts::Profile> m_profile;
};

QTEST_MAIN(TestAccountSettings)
#include "tst_account_settings.moc"
