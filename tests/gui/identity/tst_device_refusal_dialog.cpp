// The refusal dialog on its own and in the main window, without a server:
// it explains the refusal in plain words, shows the device ID the identity
// derives (Copy, QR code), finds the registration page in an IMAP NO or an
// SMTP 550 reply, opens it in the browser, and Try again asks for a new
// connection. The main window opens one dialog per account however many
// refusals arrive, and not again once the user closed it, until Get Messages.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "device_page.h"
#include "device_refusal_dialog.h"
#include "gui_test_helpers.h"
#include "identity/device_identity.h"
#include "main_window.h"
#include "qr_code_widget.h"
#include "qr_reader.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heron;
using heron::accounts::MailProtocol;
using heron::test::child;
using heron::test::identityToken;
using heron::test::QrReader;
using heron::test::UrlCatcher;
using heron::ui::DeviceRefusalDialog;
using heron::ui::MainWindow;

class TestDeviceRefusalDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_profiles = 0;
    const QString m_ann = QStringLiteral("ann@example.test");

    accounts::Profile newProfile()
    {
        QString error;
        auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profiles)), &error);
        if (!profile)
            qFatal("cannot open a profile: %s", qPrintable(error));
        accounts::Account account;
        account.email = m_ann;
        // Nothing listens on port 1: syncs fail quickly, without a device refusal of their own.
        account.imap = {QStringLiteral("localhost"), 1, accounts::Security::Tls};
        account.smtp = {QStringLiteral("localhost"), 1, accounts::Security::Tls};
        if (!accounts::AccountStore(*profile).add(account, &error))
            qFatal("cannot add an account: %s", qPrintable(error));
        return *profile;
    }

    static int visibleRefusalDialogs()
    {
        int count = 0;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<DeviceRefusalDialog *>(widget) && widget->isVisible())
                ++count;
        }
        return count;
    }

private slots:
    void initTestCase() { qputenv("HERON_SECRET_BACKEND", "file"); }

    void explainsAnImapRefusalAndOffersTheWayOut_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("replyPrefix");
        QTest::addColumn<QString>("serverWords");
        QTest::newRow("imap NO") << int(MailProtocol::Imap)
                                 << QStringLiteral("NO [ALERT] device not registered; approve it at ")
                                 << QStringLiteral("incoming mail server (IMAP)");
        QTest::newRow("smtp 550") << int(MailProtocol::Smtp)
                                  << QStringLiteral("550 5.7.1 device not registered; approve it at ")
                                  << QStringLiteral("outgoing mail server (SMTP)");
    }

    void explainsAnImapRefusalAndOffersTheWayOut()
    {
        QFETCH(int, protocol);
        QFETCH(QString, replyPrefix);
        QFETCH(QString, serverWords);
        const accounts::Profile profile = newProfile();
        const QString token = identityToken(profile, m_ann);
        QVERIFY(!token.isEmpty());
        const QString link = QStringLiteral("https://mail.example.test/devices?token=") + token;

        DeviceRefusalDialog dialog(profile, m_ann);
        dialog.setRefusal(MailProtocol(protocol), QStringLiteral("mail.example.test"), replyPrefix + link);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QString explanation = child<QLabel>(&dialog, "DeviceRefusalExplanation")->text();
        QVERIFY2(explanation.contains(QStringLiteral("Your provider allows this account only on devices the account "
                                                     "owner has approved. This device is not approved yet.")),
                 qPrintable(explanation));
        const QString reply = child<QLabel>(&dialog, "DeviceRefusalServerReply")->text();
        QVERIFY2(reply.contains(serverWords) && reply.contains(replyPrefix + link), qPrintable(reply));
        QCOMPARE(dialog.token(), token);
        QCOMPARE(child<QLineEdit>(&dialog, "DeviceToken")->text(), token);
        QCOMPARE(dialog.registrationLink(), QUrl(link));

        // Copy.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "CopyDeviceIdButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);

        // Show QR code: hidden until asked for, then the token.
        auto *qr = child<ui::QrCodeWidget>(&dialog, "DeviceRefusalQrCode");
        QVERIFY(!qr->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "ShowQrCodeButton"), Qt::LeftButton);
        QVERIFY(qr->isVisible());
        QCOMPARE(QrReader::read(qr->code()->size(), [qr](int x, int y) { return qr->code()->isDark(x, y); })->text,
                 token.toLatin1());
        heron::test::saveScreenshot(&dialog,
                                    QStringLiteral("device_refusal_dialog_%1")
                                        .arg(QString::fromLatin1(QTest::currentDataTag()))
                                        .replace(u' ', u'_'));

        // Open registration page: the system browser gets the server's link.
        auto *open = child<QPushButton>(&dialog, "OpenRegistrationPageButton");
        QVERIFY(open->isVisible());
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QTest::mouseClick(open, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl> {QUrl(link)});

        // Try again.
        QSignalSpy tryAgain(&dialog, &DeviceRefusalDialog::tryAgain);
        QTest::mouseClick(child<QPushButton>(&dialog, "TryAgainButton"), Qt::LeftButton);
        QCOMPARE(tryAgain.size(), 1);
        QCOMPARE(tryAgain.at(0).at(0).toString(), m_ann);
        QVERIFY(!dialog.isVisible());
    }

    void withoutALinkItSaysWhereToRegister()
    {
        const accounts::Profile profile = newProfile();
        DeviceRefusalDialog dialog(profile, m_ann);
        dialog.setRefusal(MailProtocol::Smtp, QStringLiteral("smtp.example.test"),
                          QStringLiteral("550 5.7.1 unknown device"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.registrationLink().isValid());
        QVERIFY(!child<QPushButton>(&dialog, "OpenRegistrationPageButton")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "DeviceRefusalSteps")->text().contains(QStringLiteral("web portal")));
        QCOMPARE(dialog.token(), identityToken(profile, m_ann));
    }

    void serverTextIsNeverInterpretedAsHtml()
    {
        const accounts::Profile profile = newProfile();
        const QString hostile = QStringLiteral("NO <b>urgent</b> <img src=\"https://tracker.example/p.png\"> "
                                               "register at https://mail.example.test/devices");
        DeviceRefusalDialog dialog(profile, m_ann);
        dialog.setRefusal(MailProtocol::Imap, QStringLiteral("mail.example.test"), hostile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reply = child<QLabel>(&dialog, "DeviceRefusalServerReply");
        QCOMPARE(reply->textFormat(), Qt::PlainText);
        QVERIFY(reply->text().contains(hostile));
        // The link is the first https URL the text names, shown with its host.
        QCOMPARE(dialog.registrationLink(), QUrl(QStringLiteral("https://tracker.example/p.png")));
        QVERIFY(child<QPushButton>(&dialog, "OpenRegistrationPageButton")
                    ->toolTip()
                    .contains(QStringLiteral("tracker.example")));

        // The main window's status line shows engine errors as plain text too.
        MainWindow window(profile);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("StatusText"))->textFormat(), Qt::PlainText);
    }

    void mainWindowOpensOneDialogPerAccount()
    {
        const accounts::Profile profile = newProfile();
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString reply = QStringLiteral("NO [ALERT] device not registered; approve it at https://a.example/d");

        window.showDeviceRefusal(m_ann, MailProtocol::Imap, reply);
        DeviceRefusalDialog *dialog = window.deviceRefusalDialog(m_ann);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // A storm of refusals (IMAP and SMTP) still makes one dialog, showing the latest.
        for (int i = 0; i < 5; ++i)
            window.showDeviceRefusal(m_ann.toUpper(), i % 2 ? MailProtocol::Imap : MailProtocol::Smtp,
                                     QStringLiteral("550 5.7.1 register at https://b.example/d"));
        QCOMPARE(window.deviceRefusalDialog(m_ann), dialog);
        QCOMPARE(visibleRefusalDialogs(), 1);
        QCOMPARE(dialog->registrationLink(), QUrl(QStringLiteral("https://b.example/d")));

        // Closed by the user: the next refusals stay in the status bar.
        dialog->reject();
        QTRY_VERIFY(!window.deviceRefusalDialog(m_ann));
        window.showDeviceRefusal(m_ann, MailProtocol::Imap, reply);
        QVERIFY(!window.deviceRefusalDialog(m_ann));
        QCOMPARE(visibleRefusalDialogs(), 0);

        // Get Messages is the user asking again: a refusal shows the dialog again.
        window.findChild<QAction *>(QStringLiteral("GetMessagesAction"))->trigger();
        window.showDeviceRefusal(m_ann, MailProtocol::Imap, reply);
        QVERIFY(window.deviceRefusalDialog(m_ann));
        QCOMPARE(visibleRefusalDialogs(), 1);
        window.deviceRefusalDialog(m_ann)->reject();
    }

    void deviceIdActionOpensTheDevicePage()
    {
        const accounts::Profile profile = newProfile();
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("DeviceIdAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY(window.devicePage());
        QTRY_VERIFY(window.devicePage()->isVisible());
        QCOMPARE(window.devicePage()->account(), m_ann);
        QCOMPARE(child<QLineEdit>(window.devicePage(), "DeviceToken")->text(), identityToken(profile, m_ann));
    }
};

QTEST_MAIN(TestDeviceRefusalDialog)
#include "tst_device_refusal_dialog.moc"
