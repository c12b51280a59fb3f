// AccountResolver: how commands that act on one account pick it and get its password.
#include "account_resolver.h"
#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "command_spec.h"
#include "invocation.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using heron::accounts::Account;
using heron::accounts::AccountStore;
using heron::accounts::Profile;
using heron::accounts::SecretStore;
using heron::accounts::Security;
using heron::cli::AccountResolver;
using heron::cli::CommandSpec;
using heron::cli::ExitCode;
using heron::cli::Invocation;

namespace {

const CommandSpec &foldersCommand()
{
    const QList<CommandSpec> &table = heron::cli::commandTable();
    const auto it = std::find_if(table.cbegin(), table.cend(),
                                 [](const CommandSpec &spec) { return spec.name() == QStringLiteral("folders"); });
    Q_ASSERT(it != table.cend());
    return *it;
}

Account account(const QString &email)
{
    Account result;
    result.email = email;
    result.imap = {QStringLiteral("imap.example.test"), 993, Security::Tls};
    result.smtp = {QStringLiteral("smtp.example.test"), 465, Security::Tls};
    return result;
}

} // namespace

class TestAccountResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_errors;

    Invocation invocation(const QString &accountOption = {}) const
    {
        Invocation result(foldersCommand(), m_dir.path(), false);
        if (!accountOption.isEmpty())
            result.setValues(QStringLiteral("account"), {accountOption});
        return result;
    }

    void addAccount(const QString &email, const QByteArray &password = {})
    {
        QString error;
        const auto profile = Profile::open(m_dir.path(), &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY2(AccountStore(*profile).add(account(email), &error), qPrintable(error));
        if (!password.isEmpty()) {
            SecretStore secrets(*profile);
            QVERIFY2(secrets.write(SecretStore::passwordKey(email), password, &error), qPrintable(error));
        }
    }

private slots:
    void initTestCase() { qputenv("HERON_SECRET_BACKEND", "file"); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("heron.ini")));
        QFile::remove(m_dir.filePath(QStringLiteral("secrets.json")));
        m_errors.clear();
    }

    void noAccountIsAUsageError()
    {
        QTextStream err(&m_errors);
        const Invocation line = invocation();
        AccountResolver resolver(line, err);
        QVERIFY(!resolver.resolve());
        QCOMPARE(resolver.exitCode(), ExitCode::Usage);
        err.flush();
        QVERIFY2(m_errors.contains(QStringLiteral("heronctl folders: ")), qPrintable(m_errors));
        QVERIFY2(m_errors.contains(QStringLiteral("account add")), qPrintable(m_errors));
    }

    void theOnlyAccountIsTaken()
    {
        addAccount(QStringLiteral("ann@example.test"), "pw one");
        QTextStream err(&m_errors);
        const Invocation line = invocation();
        AccountResolver resolver(line, err);
        QVERIFY2(resolver.resolve(), qPrintable(m_errors));
        QCOMPARE(resolver.account().email, QStringLiteral("ann@example.test"));
        QVERIFY2(resolver.loadPassword(), qPrintable(m_errors));
        QCOMPARE(resolver.password(), QStringLiteral("pw one"));
        QVERIFY(resolver.buildTlsPolicy());
        QVERIFY(resolver.tlsPolicy().extraCaCertificates().isEmpty());
    }

    void severalAccountsNeedTheOption()
    {
        addAccount(QStringLiteral("ann@example.test"), "pw one");
        addAccount(QStringLiteral("bob@example.org"), "pw two");
        {
            QTextStream err(&m_errors);
            const Invocation line = invocation();
            AccountResolver resolver(line, err);
            QVERIFY(!resolver.resolve());
            QCOMPARE(resolver.exitCode(), ExitCode::Usage);
            err.flush();
            QVERIFY2(m_errors.contains(QStringLiteral("--account")), qPrintable(m_errors));
            QVERIFY2(m_errors.contains(QStringLiteral("bob@example.org")), qPrintable(m_errors));
        }
        QTextStream err(&m_errors);
        const Invocation line = invocation(QStringLiteral("BOB@example.org"));
        AccountResolver resolver(line, err);
        QVERIFY(resolver.resolve());
        QCOMPARE(resolver.account().email, QStringLiteral("bob@example.org"));
        QVERIFY(resolver.loadPassword());
        QCOMPARE(resolver.password(), QStringLiteral("pw two"));
    }

    void unknownAccountIsAUsageError()
    {
        addAccount(QStringLiteral("ann@example.test"), "pw");
        QTextStream err(&m_errors);
        const Invocation line = invocation(QStringLiteral("nobody@example.test"));
        AccountResolver resolver(line, err);
        QVERIFY(!resolver.resolve());
        QCOMPARE(resolver.exitCode(), ExitCode::Usage);
    }

    void missingPasswordOffATerminalSaysWhatToDo()
    {
        if (AccountResolver::stdinIsTerminal())
            QSKIP("standard input is a terminal: the resolver would ask for the password");
        addAccount(QStringLiteral("ann@example.test"));
        QTextStream err(&m_errors);
        const Invocation line = invocation();
        AccountResolver resolver(line, err);
        QVERIFY(resolver.resolve());
        QVERIFY(!resolver.loadPassword());
        QCOMPARE(resolver.exitCode(), ExitCode::Failure);
        err.flush();
        QVERIFY2(m_errors.contains(QStringLiteral("--password-stdin")), qPrintable(m_errors));
    }
};

QTEST_GUILESS_MAIN(TestAccountResolver)
#include "tst_account_resolver.moc"
