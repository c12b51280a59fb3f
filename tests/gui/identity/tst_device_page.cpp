// The Device page over a real profile (file secret store): the token is the
// one DeviceIdentity derives, Copy puts it on the clipboard, the QR code
// reads back as the token and is drawn, reset asks first and changes only
// this account's token, the CLIENTID switch is saved, the servers' statuses
// and the registration link are shown, and a damaged install secret is
// reported with "Reset all" as the way out.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "device_page.h"
#include "gui_test_helpers.h"
#include "identity/device_identity.h"
#include "qr_code_widget.h"
#include "qr_reader.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace heron;
using heron::test::child;
using heron::test::identityToken;
using heron::test::MessageBoxAnswer;
using heron::test::QrReader;
using heron::test::UrlCatcher;
using heron::ui::DevicePage;
using heron::ui::QrCodeWidget;

class TestDevicePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_profiles = 0;
    const QString m_ann = QStringLiteral("ann@example.test");
    const QString m_ben = QStringLiteral("ben@example.test");

    accounts::Profile newProfile()
    {
        QString error;
        auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("p%1").arg(++m_profiles)), &error);
        if (!profile)
            qFatal("cannot open a profile: %s", qPrintable(error));
        for (const QString &email : {m_ann, m_ben}) {
            accounts::Account account;
            account.email = email;
            account.imap = {QStringLiteral("imap.example.test"), 993, accounts::Security::Tls};
            account.smtp = {QStringLiteral("smtp.example.test"), 465, accounts::Security::Tls};
            if (!accounts::AccountStore(*profile).add(account, &error))
                qFatal("cannot add an account: %s", qPrintable(error));
        }
        return *profile;
    }

    static QString shownToken(QWidget &page) { return child<QLineEdit>(&page, "DeviceToken")->text(); }

private slots:
    void initTestCase() { qputenv("HERON_SECRET_BACKEND", "file"); }

    void showsTheTokenOfTheChosenAccount()
    {
        const accounts::Profile profile = newProfile();
        DevicePage page(profile);
        page.resize(760, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.account(), m_ann); // the first account
        const QString ann = identityToken(profile, m_ann);
        QVERIFY(!ann.startsWith(u'('));
        QCOMPARE(shownToken(page), ann);
        QVERIFY(child<QLineEdit>(&page, "DeviceToken")->isReadOnly());
        QVERIFY(QFontInfo(child<QLineEdit>(&page, "DeviceToken")->font()).fixedPitch());

        QVERIFY(page.setAccount(m_ben.toUpper()));
        QCOMPARE(shownToken(page), identityToken(profile, m_ben));
        QVERIFY(shownToken(page) != ann);
        QVERIFY(!page.setAccount(QStringLiteral("nobody@example.test")));

        QCOMPARE(child<QLabel>(&page, "DeviceName")->text(), QSysInfo::machineHostName());
        accounts::SecretStore secrets(profile);
        QCOMPARE(child<QLabel>(&page, "DeviceSecretLocation")->text(), secrets.backendDescription());
        QVERIFY(child<QLabel>(&page, "DeviceSecretLocation")->text().contains(secrets.secretsFile()));
        QVERIFY(!child<QLabel>(&page, "DeviceIdentityError")->isVisible());
        QVERIFY(child<QCheckBox>(&page, "ClientIdEnabled")->isChecked());
        heron::test::saveScreenshot(&page, QStringLiteral("device_page"));
    }

    void copyPutsTheTokenOnTheClipboard()
    {
        const accounts::Profile profile = newProfile();
        DevicePage page(profile);
        page.setAccount(m_ben);
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::mouseClick(child<QPushButton>(&page, "CopyDeviceIdButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), identityToken(profile, m_ben));
    }

    void qrCodeReadsBackAsTheToken()
    {
        const accounts::Profile profile = newProfile();
        DevicePage page(profile);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *widget = child<QrCodeWidget>(&page, "DeviceQrCode");
        QVERIFY(widget->isVisible());
        QVERIFY(widget->code());
        const ui::QrCode &code = *widget->code();
        const QByteArray token = identityToken(profile, m_ann).toLatin1();
        QCOMPARE(token.size(), 36);

        // The smallest version whose byte capacity at level M holds the token, and its size.
        int expectedVersion = 1;
        while (QrReader::byteCapacityM(expectedVersion) < token.size())
            ++expectedVersion;
        QCOMPARE(code.version(), expectedVersion);
        QCOMPARE(code.size(), 17 + 4 * expectedVersion);
        QVERIFY(code.darkCount() > 0 && code.darkCount() < code.size() * code.size());

        const auto matrix = QrReader::read(code.size(), [&code](int x, int y) { return code.isDark(x, y); });
        QVERIFY(matrix);
        QCOMPARE(matrix->version, expectedVersion);
        QCOMPARE(matrix->level, 'M');
        QCOMPARE(matrix->text, token);

        // What the widget draws: whole modules, quiet zone, the same symbol.
        const QImage image = widget->grab().toImage();
        const int modules = code.size() + 2 * ui::QrCode::kQuietZone;
        const int pixels = qMin(image.width(), image.height()) / modules;
        QVERIFY2(pixels >= 2, "modules must be at least 2 pixels wide");
        const int left = (image.width() - modules * pixels) / 2;
        const int top = (image.height() - modules * pixels) / 2;
        const auto drawnDark = [&](int x, int y) {
            const QPoint centre(left + (x + ui::QrCode::kQuietZone) * pixels + pixels / 2,
                                top + (y + ui::QrCode::kQuietZone) * pixels + pixels / 2);
            return qGray(image.pixel(centre)) < 128;
        };
        for (int y = -ui::QrCode::kQuietZone; y < 0; ++y)
            QVERIFY(!drawnDark(0, y)); // the quiet zone is light
        const auto drawn = QrReader::read(code.size(), drawnDark);
        QVERIFY2(drawn, "the drawn QR code does not read");
        QCOMPARE(drawn->text, token);
    }

    void qrCodeOfNothingOrTooMuch()
    {
        QVERIFY(!ui::QrCode::encode(QByteArray()));
        QVERIFY(!ui::QrCode::encode(QByteArray(8000, 'x'))); // beyond version 40
        const auto small = ui::QrCode::encode("heron");
        QVERIFY(small);
        QCOMPARE(small->version(), 1);
        QCOMPARE(QrReader::read(small->size(), [&](int x, int y) { return small->isDark(x, y); })->text,
                 QByteArray("heron"));
    }

    void resetAsksFirstAndChangesOnlyThisAccount()
    {
        const accounts::Profile profile = newProfile();
        DevicePage page(profile);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setAccount(m_ann);
        const QString ann = shownToken(page);
        const QString ben = identityToken(profile, m_ben);
        QSignalSpy changed(&page, &DevicePage::clientIdChanged);

        {
            MessageBoxAnswer cancel(QStringLiteral("Cancel"));
            QTest::mouseClick(child<QPushButton>(&page, "ResetDeviceIdButton"), Qt::LeftButton);
            QVERIFY(cancel.answered);
            QCOMPARE(cancel.objectName, QStringLiteral("ConfirmDeviceIdReset"));
            // It says what will happen.
            QVERIFY2(cancel.text.contains(QStringLiteral("new, unregistered device")), qPrintable(cancel.text));
            QVERIFY2(cancel.text.contains(QStringLiteral("approved")), qPrintable(cancel.text));
            QVERIFY2(cancel.text.contains(m_ann), qPrintable(cancel.text));
        }
        QCOMPARE(shownToken(page), ann);
        QCOMPARE(identityToken(profile, m_ann), ann);
        QCOMPARE(changed.size(), 0);

        {
            MessageBoxAnswer reset(QStringLiteral("Reset Device ID"));
            QTest::mouseClick(child<QPushButton>(&page, "ResetDeviceIdButton"), Qt::LeftButton);
            QVERIFY(reset.answered);
        }
        const QString renewed = identityToken(profile, m_ann);
        QVERIFY(renewed != ann);
        QCOMPARE(shownToken(page), renewed);
        QCOMPARE(identityToken(profile, m_ben), ben);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), m_ann);
        // The QR code follows.
        QCOMPARE(QrReader::read(
                     child<QrCodeWidget>(&page, "DeviceQrCode")->code()->size(),
                     [&](int x, int y) { return child<QrCodeWidget>(&page, "DeviceQrCode")->code()->isDark(x, y); })
                     ->text,
                 renewed.toLatin1());
    }

    void enableSwitchIsSaved()
    {
        const accounts::Profile profile = newProfile();
        {
            DevicePage page(profile);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setAccount(m_ben);
            QSignalSpy spy(&page, &DevicePage::clientIdChanged);
            auto *enabled = child<QCheckBox>(&page, "ClientIdEnabled");
            QVERIFY(enabled->isChecked());
            QTest::mouseClick(enabled, Qt::LeftButton);
            QVERIFY(!enabled->isChecked());
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.at(0).at(0).toString(), m_ben);
            QVERIFY(child<QLabel>(&page, "DeviceTokenNote")->text().contains(QStringLiteral("switched off")));
        }
        QCOMPARE(accounts::AccountStore(profile).find(m_ben)->clientIdEnabled, false);
        QCOMPARE(accounts::AccountStore(profile).find(m_ann)->clientIdEnabled, true);

        DevicePage reopened(profile);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        reopened.setAccount(m_ben);
        QVERIFY(!child<QCheckBox>(&reopened, "ClientIdEnabled")->isChecked());
        QTest::mouseClick(child<QCheckBox>(&reopened, "ClientIdEnabled"), Qt::LeftButton);
        QCOMPARE(accounts::AccountStore(profile).find(m_ben)->clientIdEnabled, true);
    }

    void showsServerStatusesAndOpensTheRegistrationLink()
    {
        const accounts::Profile profile = newProfile();
        const QString token = identityToken(profile, m_ann);
        const QString link = QStringLiteral("https://portal.example.test/devices?token=") + token;
        {
            accounts::SecretStore secrets(profile);
            identity::DeviceIdentity identity(profile, secrets);
            identity::ClientIdServerStatus imap;
            imap.protocol = accounts::MailProtocol::Imap;
            imap.host = QStringLiteral("imap.example.test");
            imap.advertised = true;
            imap.lastReply = QStringLiteral("NO [ALERT] device not registered; approve it at ") + link;
            imap.at = QDateTime::currentDateTimeUtc();
            QVERIFY(identity.setServerStatus(m_ann, imap));
            identity::ClientIdServerStatus smtp;
            smtp.protocol = accounts::MailProtocol::Smtp;
            smtp.host = QStringLiteral("smtp.example.test");
            smtp.advertised = false;
            QVERIFY(identity.setServerStatus(m_ann, smtp));
        }
        DevicePage page(profile);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *servers = child<QTreeWidget>(&page, "ClientIdServerStatus");
        QCOMPARE(servers->topLevelItemCount(), 2);
        QStringList rows;
        for (int i = 0; i < servers->topLevelItemCount(); ++i) {
            QStringList cells;
            for (int column = 0; column < servers->columnCount(); ++column)
                cells << servers->topLevelItem(i)->text(column);
            rows << cells.join(u'|');
        }
        rows.sort();
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("IMAP|imap.example.test|Yes|NO [ALERT] device not registered")),
                 qPrintable(rows.at(0)));
        QVERIFY2(!rows.at(0).endsWith(u'|'), qPrintable(rows.at(0))); // when
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("SMTP|smtp.example.test|No|Never sent|")),
                 qPrintable(rows.at(1)));

        auto *registration = child<QLabel>(&page, "RegistrationLink");
        QVERIFY2(registration->text().contains(QStringLiteral("portal.example.test")),
                 qPrintable(registration->text()));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        emit registration->linkActivated(QUrl(link).toString(QUrl::FullyEncoded));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.urls, QList<QUrl> {QUrl(link)});
        heron::test::saveScreenshot(&page, QStringLiteral("device_page_statuses"));

        // Ben's servers never answered: no link, words instead.
        page.setAccount(m_ben);
        QCOMPARE(servers->topLevelItemCount(), 0);
        QVERIFY(!registration->text().contains(QStringLiteral("href")));
    }

    void damagedSecretIsReportedWithResetAllAsTheWayOut()
    {
        const accounts::Profile profile = newProfile();
        const QString before = identityToken(profile, m_ann); // creates the secret
        QString error;
        QVERIFY2(accounts::SecretStore(profile).remove(accounts::SecretStore::installSecretKey(), &error),
                 qPrintable(error));

        DevicePage page(profile);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *banner = child<QLabel>(&page, "DeviceIdentityError");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("reset all"), Qt::CaseInsensitive), qPrintable(banner->text()));
        QVERIFY(shownToken(page).isEmpty());
        QVERIFY(!child<QrCodeWidget>(&page, "DeviceQrCode")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "ResetDeviceIdButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "CopyDeviceIdButton")->isEnabled());
        // Nothing was replaced behind the user's back.
        QVERIFY(identityToken(profile, m_ann).startsWith(u'('));
        heron::test::saveScreenshot(&page, QStringLiteral("device_page_damaged_secret"));

        QSignalSpy reset(&page, &DevicePage::allDeviceIdsReset);
        {
            MessageBoxAnswer confirm(QStringLiteral("Reset All"));
            QTest::mouseClick(child<QPushButton>(&page, "ResetAllDeviceIdsButton"), Qt::LeftButton);
            QVERIFY(confirm.answered);
            QVERIFY2(confirm.text.contains(QStringLiteral("every account")), qPrintable(confirm.text));
        }
        QCOMPARE(reset.size(), 1);
        QVERIFY(!banner->isVisible());
        const QString after = identityToken(profile, m_ann);
        QVERIFY(!after.startsWith(u'('));
        QVERIFY(after != before);
        QCOMPARE(shownToken(page), after);
        QVERIFY(child<QrCodeWidget>(&page, "DeviceQrCode")->isVisible());
    }
};

QTEST_MAIN(TestDevicePage)
#include "tst_device_page.moc"
