// OAuth 2.0 end to end with heronctl against the stack's OAuth server, Dovecot's
// oauth2 passdb and the CLIENTID gate, for a device-restricted account: the
// browser sign-in (PKCE), CLIENTID before the token (a new device is refused
// before any token leaves), IMAP and SMTP with the token, a token the server
// stops accepting renewed once, a revoked sign-in asking to sign in again, and
// removal revoking the sign-in at the provider. The functions run in order and
// share one profile.
#include "mail_stack.h"
#include "oauth_test_provider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using heron::test::MailStack;
using heron::test::OAuthTestProvider;

namespace {

constexpr int kProcessTimeoutMs = 60000;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString heronctlPath()
{
    return QStringLiteral(HERON_BINARY_DIR "/bin/heronctl");
}

Result finish(QProcess &process)
{
    if (!process.waitForFinished(kProcessTimeoutMs))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestHeronctlOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addSignsInInTheBrowser();
    void newDeviceIsRefusedBeforeTheToken();
    void approvedDeviceLogsInWithTheToken();
    void sendsWithTheToken();
    void refusedTokenIsRenewedOnce();
    void endingTokenIsRenewedBeforeUse();
    void revokedSignInAsksToSignInAgain();
    void removeRevokesAtTheProvider();

private:
    Result heronctl(const QStringList &arguments);
    // Runs a heronctl command that signs in, playing the browser when it prints the address.
    Result heronctlSigningIn(const QStringList &arguments);
    QString token();
    // The gate's log lines of the last connection that presented this device's token.
    QStringList lastConnection() const;

    MailStack m_stack;
    OAuthTestProvider m_provider;
    QTemporaryDir m_profile;
    QString m_user;
};

void TestHeronctlOAuth::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(OAuthTestProvider::load(&m_provider, &error), qPrintable(error));
    QVERIFY(m_stack.hasGate());
    QVERIFY(m_profile.isValid());
    m_user = qEnvironmentVariable("DEMO_USER"); // device-restricted at the gate, unused by other gate tests
    QVERIFY(!m_user.isEmpty());
    const QString providers = m_provider.writeProvidersFile(m_profile.path(), {QStringLiteral("example.test")});
    QVERIFY(!providers.isEmpty());
    qputenv("HERON_OAUTH2_PROVIDERS", providers.toLocal8Bit());
    qputenv("HERON_SECRET_BACKEND", "file");
    QVERIFY(m_provider.control(QStringLiteral("lifetime?seconds=3600"))); // whatever an earlier run left
}

Result TestHeronctlOAuth::heronctl(const QStringList &arguments)
{
    QProcess process;
    process.start(heronctlPath(), QStringList {QStringLiteral("--profile"), m_profile.path()} + arguments);
    process.closeWriteChannel();
    return finish(process);
}

Result TestHeronctlOAuth::heronctlSigningIn(const QStringList &arguments)
{
    QProcess process;
    process.setReadChannel(QProcess::StandardError); // the address to open comes on stderr
    process.start(heronctlPath(), QStringList {QStringLiteral("--profile"), m_profile.path()} + arguments);
    process.closeWriteChannel();
    QByteArray err;
    QUrl address;
    while (address.isEmpty() && process.waitForReadyRead(kProcessTimeoutMs)) {
        err += process.readAllStandardError();
        for (const QByteArray &line : err.split('\n')) {
            if (line.startsWith("https://") && err.contains(line + '\n'))
                address = QUrl::fromEncoded(line);
        }
    }
    if (address.isEmpty()) {
        Result result = finish(process);
        result.err.prepend(err);
        return result;
    }
    QString error;
    const int status = m_provider.approve(address, &error);
    if (status != 200)
        qWarning("the browser's part failed: %d %s", status, qPrintable(error));
    Result result = finish(process);
    result.err.prepend(err);
    return result;
}

QString TestHeronctlOAuth::token()
{
    const Result result = heronctl({QStringLiteral("clientid"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out).array().at(0).toObject().value(QStringLiteral("token")).toString();
}

QStringList TestHeronctlOAuth::lastConnection() const
{
    QFile file(m_stack.gateLog);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // "TIME CONN text"
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString needle = QStringLiteral("CLIENTID UUID ") + const_cast<TestHeronctlOAuth *>(this)->token();
    QString connection;
    for (const QString &line : lines) {
        if (line.contains(needle))
            connection = line.section(QLatin1Char(' '), 1, 1);
    }
    return connection.isEmpty() ? QStringList()
                                : lines.filter(QRegularExpression(QStringLiteral("^\\S+ %1 ").arg(connection)));
}

void TestHeronctlOAuth::addSignsInInTheBrowser()
{
    const Result added
        = heronctlSigningIn({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), m_user,
                             QStringLiteral("--imap"), QStringLiteral("localhost:%1").arg(m_stack.gateImapsPort),
                             QStringLiteral("--smtp"), QStringLiteral("localhost:%1").arg(m_stack.gateSubmissionsPort),
                             QStringLiteral("--ca-file"), m_stack.caFile, QStringLiteral("--oauth")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.err.contains("To sign in to Test Provider as " + m_user.toUtf8()), added.err.constData());
    QVERIFY2(added.out.contains("The sign-in is kept in"), added.out.constData());

    const QJsonArray codes = m_provider.requests(QStringLiteral("/token"), QStringLiteral("authorization_code"));
    QVERIFY(!codes.isEmpty());
    QCOMPARE(codes.last().toObject().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(codes.last().toObject().value(QStringLiteral("pkce")).toBool(), true);

    const Result list = heronctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject account = QJsonDocument::fromJson(list.out).array().at(0).toObject();
    QCOMPARE(account.value(QStringLiteral("auth")).toString(), QStringLiteral("oauth2"));
    QCOMPARE(account.value(QStringLiteral("oauth_issuer")).toString(), m_provider.issuer);
    // The tokens are secrets: in the secret store, never in the settings file.
    QFile settings(m_profile.filePath(QStringLiteral("heron.ini")));
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("access_token"));
}

void TestHeronctlOAuth::newDeviceIsRefusedBeforeTheToken()
{
    const Result folders = heronctl({QStringLiteral("folders")});
    QCOMPARE(folders.exitCode, 5); // the gate refused this device's CLIENTID
    const QStringList connection = lastConnection();
    QVERIFY2(!connection.isEmpty(), "the gate saw no CLIENTID from this device");
    QVERIFY2(connection.filter(QStringLiteral("AUTHENTICATE")).isEmpty(), qPrintable(connection.join(u'\n')));
}

void TestHeronctlOAuth::approvedDeviceLogsInWithTheToken()
{
    QProcess approve;
    approve.start(m_stack.gateScript,
                  {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                   QStringLiteral("--account"), m_user, QStringLiteral("--token"), token()});
    QCOMPARE(finish(approve).exitCode, 0);

    const Result folders = heronctl({QStringLiteral("folders")});
    QVERIFY2(folders.exitCode == 0, folders.err.constData());
    QVERIFY(folders.out.startsWith("INBOX"));
    // spec/clientid.md: the device token first, then the access token.
    const QStringList connection = lastConnection();
    const auto at = [&connection](const QString &what) {
        for (qsizetype i = 0; i < connection.size(); ++i) {
            if (connection.at(i).contains(what))
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY2(at(QStringLiteral("CLIENTID UUID")) >= 0
                 && at(QStringLiteral("AUTHENTICATE")) > at(QStringLiteral("CLIENTID UUID")),
             qPrintable(connection.join(u'\n')));
    QVERIFY2(at(QStringLiteral("logged in; relaying")) > 0, qPrintable(connection.join(u'\n')));
}

void TestHeronctlOAuth::sendsWithTheToken()
{
    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("body.txt")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("Sent with an OAuth token.\n");
    body.close();
    const Result sent = heronctl({QStringLiteral("send"), QStringLiteral("--account"), m_user, QStringLiteral("--to"),
                                  m_stack.user1, QStringLiteral("--subject"), QStringLiteral("OAuth submission"),
                                  QStringLiteral("--body-file"), body.fileName()});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
}

void TestHeronctlOAuth::refusedTokenIsRenewedOnce()
{
    const int refreshes = int(m_provider.requests(QStringLiteral("/token"), QStringLiteral("refresh_token")).size());
    // The server stops accepting the access token although it has not ended yet.
    QVERIFY(m_provider.control(QStringLiteral("expire?user=") + m_user));
    const Result folders = heronctl({QStringLiteral("folders")});
    QVERIFY2(folders.exitCode == 0, folders.err.constData());
    QCOMPARE(m_provider.requests(QStringLiteral("/token"), QStringLiteral("refresh_token")).size(), refreshes + 1);
    // And the renewed token is kept: the next command needs no refresh.
    QCOMPARE(heronctl({QStringLiteral("folders")}).exitCode, 0);
    QCOMPARE(m_provider.requests(QStringLiteral("/token"), QStringLiteral("refresh_token")).size(), refreshes + 1);
}

void TestHeronctlOAuth::endingTokenIsRenewedBeforeUse()
{
    // Tokens that last less than Heron's margin are renewed before a login uses them.
    QVERIFY(m_provider.control(QStringLiteral("lifetime?seconds=30")));
    const auto restore = qScopeGuard([this] { m_provider.control(QStringLiteral("lifetime?seconds=3600")); });
    QVERIFY(m_provider.control(QStringLiteral("expire?user=") + m_user));
    QCOMPARE(heronctl({QStringLiteral("folders")}).exitCode, 0); // refused once, renewed: 30 s left
    const int refreshes = int(m_provider.requests(QStringLiteral("/token"), QStringLiteral("refresh_token")).size());
    const Result folders = heronctl({QStringLiteral("folders")});
    QVERIFY2(folders.exitCode == 0, folders.err.constData());
    QCOMPARE(m_provider.requests(QStringLiteral("/token"), QStringLiteral("refresh_token")).size(), refreshes + 1);
}

void TestHeronctlOAuth::revokedSignInAsksToSignInAgain()
{
    QVERIFY(m_provider.control(QStringLiteral("revoke?user=") + m_user));
    const Result refused = heronctl({QStringLiteral("folders")});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("heronctl account signin " + m_user.toUtf8()), refused.err.constData());
    // Without a refresh token nothing more goes to the provider or the server.
    const int tokenCalls = int(m_provider.requests(QStringLiteral("/token")).size());
    QCOMPARE(heronctl({QStringLiteral("folders")}).exitCode, 4);
    QCOMPARE(m_provider.requests(QStringLiteral("/token")).size(), tokenCalls);

    const Result signedIn = heronctlSigningIn({QStringLiteral("account"), QStringLiteral("signin"), m_user});
    QVERIFY2(signedIn.exitCode == 0, signedIn.err.constData());
    const Result folders = heronctl({QStringLiteral("folders")});
    QVERIFY2(folders.exitCode == 0, folders.err.constData());
}

void TestHeronctlOAuth::removeRevokesAtTheProvider()
{
    const int revocations = int(m_provider.requests(QStringLiteral("/revoke")).size());
    const Result removed = heronctl({QStringLiteral("account"), QStringLiteral("remove"), m_user});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(m_provider.requests(QStringLiteral("/revoke")).size(), revocations + 1);
}

QTEST_GUILESS_MAIN(TestHeronctlOAuth)
#include "tst_heronctl_oauth.moc"
