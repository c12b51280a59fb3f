#include "accounts/account_store.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using heron::accounts::Account;
using heron::accounts::AccountStore;
using heron::accounts::MailProtocol;
using heron::accounts::Profile;
using heron::accounts::Security;

namespace {

Account sample(const QString &email)
{
    Account account;
    account.email = email;
    account.displayName = QStringLiteral("Work");
    account.imap = {QStringLiteral("imap.example.test"), 993, Security::Tls};
    account.smtp = {QStringLiteral("smtp.example.test"), 587, Security::StartTls};
    return account;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Profile> m_profile;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("heron.ini")));
        QString error;
        m_profile = Profile::open(m_dir.path(), &error);
        QVERIFY2(m_profile, qPrintable(error));
    }

    void emptyProfileHasNoAccounts()
    {
        QString error;
        QVERIFY(AccountStore(*m_profile).list(&error).isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(!AccountStore(*m_profile).find(QStringLiteral("a@example.test")));
    }

    void everyFieldSurvivesAReopen()
    {
        Account account = sample(QStringLiteral("Ann@Example.test"));
        account.login = QStringLiteral("ann");
        account.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
        account.clientIdEnabled = false;
        account.serverSavesSent = true;
        account.folderRoles = {{QStringLiteral("\\Sent"), QStringLiteral("INBOX.Sent Items")},
                               {QStringLiteral("\\Trash"), QStringLiteral("Bin")}};
        account.pinCertificate(QStringLiteral("IMAP.example.test"), QByteArray(32, '\x01'));
        account.pinCertificate(QStringLiteral("imap.example.test"), QByteArray(32, '\x02'));
        account.pinCertificate(QStringLiteral("imap.example.test"), QByteArray(32, '\x02'));
        QString error;
        QVERIFY2(AccountStore(*m_profile).add(account, &error), qPrintable(error));

        const auto found = AccountStore(m_profile->settingsFile()).find(QStringLiteral("ann@example.TEST"));
        QVERIFY(found);
        QCOMPARE(found->email, QStringLiteral("Ann@Example.test")); // kept as typed
        QCOMPARE(*found, account);
        QCOMPARE(found->pinnedCertificates.value(QStringLiteral("imap.example.test")).size(), 2);
        QCOMPARE(found->loginName(), QStringLiteral("ann"));
    }

    void defaultsOfANewAccount()
    {
        const Account account = sample(QStringLiteral("b@example.test"));
        QVERIFY(account.clientIdEnabled);
        QVERIFY(!account.serverSavesSent);
        QCOMPARE(account.loginName(), account.email);
        QCOMPARE(Account::defaultPort(MailProtocol::Imap, Security::Tls), quint16(993));
        QCOMPARE(Account::defaultPort(MailProtocol::Imap, Security::StartTls), quint16(143));
        QCOMPARE(Account::defaultPort(MailProtocol::Smtp, Security::Tls), quint16(465));
        QCOMPARE(Account::defaultPort(MailProtocol::Smtp, Security::StartTls), quint16(587));
        QCOMPARE(Account::securityFromName(u"STARTTLS"), Security::StartTls);
        QVERIFY(!Account::securityFromName(u"ssl"));
    }

    void listKeepsOrderAndUpdateReplaces()
    {
        AccountStore store(*m_profile);
        QString error;
        for (const char *email : {"c@example.test", "a@example.test", "b@example.test"})
            QVERIFY2(store.add(sample(QLatin1String(email)), &error), qPrintable(error));
        QStringList order;
        for (const Account &account : store.list())
            order << account.email;
        QCOMPARE(order,
                 QStringList({QStringLiteral("c@example.test"), QStringLiteral("a@example.test"),
                              QStringLiteral("b@example.test")}));

        Account changed = sample(QStringLiteral("A@EXAMPLE.TEST"));
        changed.imap.port = 1993;
        changed.displayName = QStringLiteral("Changed");
        QVERIFY2(store.update(changed, &error), qPrintable(error));
        QCOMPARE(store.list().size(), 3);
        QCOMPARE(store.list().at(1).imap.port, quint16(1993));
        QCOMPARE(store.list().at(1).displayName, QStringLiteral("Changed"));

        QVERIFY(!store.update(sample(QStringLiteral("nobody@example.test")), &error));
        QVERIFY2(error.contains(QStringLiteral("no account")), qPrintable(error));
    }

    void duplicateAddressIsRefused()
    {
        AccountStore store(*m_profile);
        QString error;
        QVERIFY(store.add(sample(QStringLiteral("d@example.test")), &error));
        QVERIFY(!store.add(sample(QStringLiteral("D@Example.Test")), &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(store.list().size(), 1);
    }

    void incompleteAccountIsRefused()
    {
        AccountStore store(*m_profile);
        QString error;
        Account account = sample(QStringLiteral("e@example.test"));
        account.smtp.host.clear();
        QVERIFY(!store.add(account, &error));
        QVERIFY2(error.contains(QStringLiteral("SMTP")), qPrintable(error));
        QVERIFY(!store.add(sample(QString()), &error));
        QVERIFY(store.list().isEmpty());
    }

    void removeDropsOnlyThatAccount()
    {
        AccountStore store(*m_profile);
        QString error;
        QVERIFY(store.add(sample(QStringLiteral("x@example.test")), &error));
        QVERIFY(store.add(sample(QStringLiteral("y@example.test")), &error));
        QVERIFY(store.add(sample(QStringLiteral("z@example.test")), &error));
        QVERIFY2(store.remove(QStringLiteral("Y@example.test"), &error), qPrintable(error));
        QStringList left;
        for (const Account &account : AccountStore(*m_profile).list())
            left << account.email;
        QCOMPARE(left, QStringList({QStringLiteral("x@example.test"), QStringLiteral("z@example.test")}));
        QVERIFY(!store.remove(QStringLiteral("y@example.test"), &error));
        QVERIFY2(error.contains(QStringLiteral("no account")), qPrintable(error));
    }

    void otherSettingsAreLeftAlone()
    {
        {
            QSettings settings(m_profile->settingsFile(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("kept"));
        }
        AccountStore store(*m_profile);
        QString error;
        QVERIFY(store.add(sample(QStringLiteral("f@example.test")), &error));
        QVERIFY(store.remove(QStringLiteral("f@example.test"), &error));
        const QSettings settings(m_profile->settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("window/geometry")).toString(), QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_account_store.moc"
