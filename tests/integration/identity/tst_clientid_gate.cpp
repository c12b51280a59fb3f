// CLIENTID end to end through the provider gate (tests/servers/clientid_gate.py)
// in front of the stack's Dovecot and Postfix, for a device-restricted account:
// a new profile is refused (exit 5, token on stderr) and no login leaves the
// refused connection; the gate's admin command approves the pending token and
// the same profile logs in; resetting the device ID is refused again with a new
// pending token. SmtpSession meets the same gate on the submission port.
// The functions run in order and share one profile.
#include "mail_stack.h"
#include "smtp/smtp_session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using heron::smtp::SmtpError;
using heron::smtp::SmtpSession;
using heron::smtp::SmtpSettings;
using heron::test::MailStack;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Result heronctl(const QString &profile, QStringList arguments, const QByteArray &input = {})
{
    arguments.prepend(profile);
    arguments.prepend(QStringLiteral("--profile"));
    return run(QStringLiteral(HERON_BINARY_DIR "/bin/heronctl"), arguments, input);
}

} // namespace

class TestClientIdGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDeviceIsRefused();
    void smtpRefusesTheNewDevice();
    void approvedDeviceLogsIn();
    void smtpAcceptsTheApprovedDevice();
    void resetDeviceIsRefusedAgain();
    void loginWithoutClientIdIsRefusedAtTheGate();

private:
    bool addAccount(const QString &profile, bool clientId = true);
    QString token();
    QJsonObject imapStatus();
    QJsonObject registry() const;
    QStringList pendingTokens() const;
    // Gate log lines of the connection that presented `needle` (last such connection).
    QStringList connectionLog(const QString &needle) const;
    SmtpError openSmtp(const QByteArray &token, bool *ready);

    MailStack m_stack;
    heron::net::TlsPolicy m_tls;
    QTemporaryDir m_profile;
    QString m_token;
};

void TestClientIdGate::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(m_stack.hasGate() && !m_stack.user3.isEmpty(),
             "the stack runs no CLIENTID gate (GATE_* / USER3 missing): an older tests/servers/mailstack?");
    QVERIFY2(m_tls.addCaFile(m_stack.caFile, &error), qPrintable(error));
    QVERIFY(m_profile.isValid());
}

bool TestClientIdGate::addAccount(const QString &profile, bool clientId)
{
    QStringList arguments = {
        QStringLiteral("account"),          QStringLiteral("add"),
        QStringLiteral("--email"),          m_stack.user3,
        QStringLiteral("--imap"),           QStringLiteral("localhost:%1").arg(m_stack.gateImapsPort),
        QStringLiteral("--smtp"),           QStringLiteral("localhost:%1").arg(m_stack.gateSubmissionsPort),
        QStringLiteral("--ca-file"),        m_stack.caFile,
        QStringLiteral("--password-stdin"),
    };
    if (!clientId)
        arguments << QStringLiteral("--no-clientid");
    const Result result = heronctl(profile, arguments, m_stack.pass3.toUtf8() + '\n');
    if (result.exitCode != 0)
        qWarning("account add failed: %s", result.err.constData());
    return result.exitCode == 0;
}

QString TestClientIdGate::token()
{
    const Result result = heronctl(m_profile.path(), {QStringLiteral("clientid"), QStringLiteral("--json")});
    if (result.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(result.out).array().at(0).toObject().value(QStringLiteral("token")).toString();
}

QJsonObject TestClientIdGate::imapStatus()
{
    const Result result = heronctl(m_profile.path(), {QStringLiteral("clientid"), QStringLiteral("--json")});
    const QJsonArray servers
        = QJsonDocument::fromJson(result.out).array().at(0).toObject().value(QStringLiteral("servers")).toArray();
    for (const QJsonValue &server : servers) {
        if (server.toObject().value(QStringLiteral("protocol")).toString() == QLatin1String("imap"))
            return server.toObject();
    }
    return {};
}

QJsonObject TestClientIdGate::registry() const
{
    QFile file(m_stack.gateRegistry);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList TestClientIdGate::pendingTokens() const
{
    QStringList tokens;
    const QJsonArray pending = registry().value(QStringLiteral("pending")).toArray();
    for (const QJsonValue &entry : pending) {
        tokens << entry.toObject().value(QStringLiteral("token")).toString();
        if (entry.toObject().value(QStringLiteral("first_seen")).toString().isEmpty())
            tokens << QStringLiteral("(entry without first_seen)");
    }
    return tokens;
}

QStringList TestClientIdGate::connectionLog(const QString &needle) const
{
    QFile file(m_stack.gateLog);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // "TIME CONN text"
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString connection;
    for (const QString &line : lines) {
        if (line.contains(needle))
            connection = line.section(QLatin1Char(' '), 1, 1);
    }
    QStringList result;
    for (const QString &line : lines) {
        if (!connection.isEmpty() && line.section(QLatin1Char(' '), 1, 1) == connection)
            result << line;
    }
    return result;
}

SmtpError TestClientIdGate::openSmtp(const QByteArray &token, bool *ready)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = m_stack.gateSubmissionsPort;
    settings.security = heron::net::Connection::Security::ImplicitTls;
    settings.tls = m_tls;
    settings.login = m_stack.user3;
    settings.password = m_stack.pass3;
    settings.clientIdToken = token;
    SmtpSession session(settings);
    QSignalSpy readySpy(&session, &SmtpSession::ready);
    QSignalSpy failedSpy(&session, &SmtpSession::failed);
    session.open();
    *ready = false;
    if (!QTest::qWaitFor([&] { return !readySpy.isEmpty() || !failedSpy.isEmpty(); }, 30000))
        return {SmtpError::Kind::Connection, QStringLiteral("test: neither ready() nor failed()"), {}};
    SmtpError error;
    if (!failedSpy.isEmpty())
        error = failedSpy.constFirst().constFirst().value<SmtpError>();
    *ready = !readySpy.isEmpty();
    if (*ready) {
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.quit();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000))
            qWarning("SMTP QUIT did not finish");
    }
    return error;
}

void TestClientIdGate::newDeviceIsRefused()
{
    QVERIFY(addAccount(m_profile.path()));
    m_token = token();
    QVERIFY(!m_token.isEmpty());

    const Result folders = heronctl(m_profile.path(), {QStringLiteral("folders")});
    QCOMPARE(folders.exitCode, 5);
    QVERIFY2(folders.err.contains(m_token.toUtf8()), folders.err.constData());

    // The refusal came at CLIENTID: the connection never tried to log in.
    const QStringList log = connectionLog(QStringLiteral("CLIENTID UUID ") + m_token);
    QVERIFY2(!log.isEmpty(), "the gate logged no CLIENTID with this device's token");
    QVERIFY2(log.filter(QStringLiteral("clientid refused")).size() == 1, qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.filter(QStringLiteral(" LOGIN ")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.filter(QStringLiteral("AUTHENTICATE")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.filter(QStringLiteral("replayed to the backend")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(pendingTokens().contains(m_token), qPrintable(pendingTokens().join(QLatin1Char(' '))));

    const QJsonObject status = imapStatus();
    QCOMPARE(status.value(QStringLiteral("advertised")).toBool(false), true);
    QVERIFY2(status.value(QStringLiteral("last_reply")).toString().startsWith(QLatin1String("NO")),
             qPrintable(status.value(QStringLiteral("last_reply")).toString()));
    QVERIFY(status.value(QStringLiteral("last_reply")).toString().contains(QLatin1String("https://")));
}

void TestClientIdGate::smtpRefusesTheNewDevice()
{
    QVERIFY(!m_token.isEmpty());
    bool ready = true;
    const SmtpError error = openSmtp(m_token.toLatin1(), &ready);
    QVERIFY(!ready);
    QVERIFY2(error.kind == SmtpError::Kind::DeviceRefused, qPrintable(error.message));
    const QStringList log = connectionLog(QStringLiteral("smtp#"));
    QVERIFY2(log.filter(QStringLiteral("C: CLIENTID UUID ") + m_token).size() == 1,
             qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.filter(QStringLiteral("C: AUTH")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
}

void TestClientIdGate::approvedDeviceLogsIn()
{
    QVERIFY(!m_token.isEmpty());
    const Result approve = run(m_stack.gateScript,
                               {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                                QStringLiteral("--account"), m_stack.user3, QStringLiteral("--token"), m_token});
    QVERIFY2(approve.exitCode == 0, approve.err.constData());
    QVERIFY(!pendingTokens().contains(m_token));
    const QJsonArray approved = registry()
                                    .value(QStringLiteral("accounts"))
                                    .toObject()
                                    .value(m_stack.user3)
                                    .toObject()
                                    .value(QStringLiteral("approved"))
                                    .toArray();
    QVERIFY(approved.contains(QJsonValue(m_token)));

    const Result folders = heronctl(m_profile.path(), {QStringLiteral("folders")});
    QVERIFY2(folders.exitCode == 0, folders.err.constData());
    QVERIFY(folders.out.startsWith("INBOX"));

    const QJsonObject status = imapStatus();
    QCOMPARE(status.value(QStringLiteral("advertised")).toBool(false), true);
    QVERIFY2(status.value(QStringLiteral("last_reply")).toString().startsWith(QLatin1String("OK")),
             qPrintable(status.value(QStringLiteral("last_reply")).toString()));
    const QStringList log = connectionLog(QStringLiteral("CLIENTID UUID ") + m_token);
    QVERIFY2(log.filter(QStringLiteral("logged in; relaying")).size() == 1, qPrintable(log.join(QLatin1Char('\n'))));
}

void TestClientIdGate::smtpAcceptsTheApprovedDevice()
{
    bool ready = false;
    const SmtpError error = openSmtp(m_token.toLatin1(), &ready);
    QVERIFY2(ready, qPrintable(error.message));
}

void TestClientIdGate::resetDeviceIsRefusedAgain()
{
    const Result reset = heronctl(m_profile.path(),
                                  {QStringLiteral("clientid"), QStringLiteral("reset"), QStringLiteral("--account"),
                                   m_stack.user3, QStringLiteral("--yes")});
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    const QString newToken = token();
    QVERIFY(!newToken.isEmpty());
    QVERIFY(newToken != m_token);

    const Result folders = heronctl(m_profile.path(), {QStringLiteral("folders")});
    QCOMPARE(folders.exitCode, 5);
    QVERIFY2(folders.err.contains(newToken.toUtf8()), folders.err.constData());
    QVERIFY2(pendingTokens().contains(newToken), qPrintable(pendingTokens().join(QLatin1Char(' '))));
    const QStringList log = connectionLog(QStringLiteral("CLIENTID UUID ") + newToken);
    QVERIFY2(log.filter(QStringLiteral("AUTHENTICATE")).isEmpty() && log.filter(QStringLiteral(" LOGIN ")).isEmpty(),
             qPrintable(log.join(QLatin1Char('\n'))));
}

void TestClientIdGate::loginWithoutClientIdIsRefusedAtTheGate()
{
    // With CLIENTID off the password does go out, but the gate keeps it from the backend.
    QTemporaryDir profile;
    QVERIFY(addAccount(profile.path(), false));
    const Result folders = heronctl(profile.path(), {QStringLiteral("folders")});
    QCOMPARE(folders.exitCode, 4);
    const QStringList log = connectionLog(QStringLiteral("login refused for ") + m_stack.user3.toLower()
                                          + QStringLiteral(": no accepted CLIENTID"));
    QVERIFY2(!log.isEmpty(), "the gate did not refuse the login");
    QVERIFY2(log.filter(QStringLiteral("CLIENTID UUID")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.filter(QStringLiteral("replayed to the backend")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestClientIdGate)
#include "tst_clientid_gate.moc"
