// Talks to the real mail stack (tests/servers/mailstack) with Qt Network and
// core's TlsPolicy: TLS handshakes verified against the stack's private CA,
// IMAP LOGIN and SMTP AUTH, and refusals when trust or credentials are wrong.
#include "net/tls_policy.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 15000;

QString stackValue(const char *key)
{
    return qEnvironmentVariable(key);
}

// A blocking line-oriented client, enough to drive a protocol by hand in a test.
class LineClient
{
public:
    explicit LineClient(const heron::net::TlsPolicy &policy)
    {
        m_socket.setSslConfiguration(policy.clientConfiguration());
    }

    QSslSocket &socket() { return m_socket; }

    bool connectEncrypted(quint16 port, const QString &verifyName = QStringLiteral("localhost"))
    {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, verifyName);
        return m_socket.waitForEncrypted(kTimeoutMs);
    }

    bool connectPlain(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(kTimeoutMs);
    }

    bool startTls()
    {
        m_socket.setPeerVerifyName(QStringLiteral("localhost"));
        m_socket.startClientEncryption();
        return m_socket.waitForEncrypted(kTimeoutMs);
    }

    void send(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        m_socket.flush();
    }

    QByteArray readLine()
    {
        const QDeadlineTimer deadline(kTimeoutMs);
        while (!m_socket.canReadLine()) {
            if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime())))
                return {};
        }
        return m_socket.readLine().trimmed();
    }

    // IMAP: lines up to and including the tagged completion; returns the completion.
    QByteArray imapCommand(const QByteArray &tag, const QByteArray &command, QByteArrayList *untagged = nullptr)
    {
        send(tag + ' ' + command);
        for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
            if (line.startsWith(tag + ' '))
                return line.mid(tag.size() + 1);
            if (untagged)
                untagged->append(line);
        }
        return {};
    }

    // SMTP: a possibly multi-line reply ("250-..." continued, "250 ..." last).
    QByteArrayList smtpReply()
    {
        QByteArrayList lines;
        for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
            lines.append(line);
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        return lines;
    }

    int smtpCommand(const QByteArray &command, QByteArrayList *lines = nullptr)
    {
        send(command);
        const QByteArrayList reply = smtpReply();
        if (lines)
            *lines = reply;
        return reply.isEmpty() ? -1 : reply.constLast().left(3).toInt();
    }

private:
    QSslSocket m_socket;
};

QByteArray imapQuoted(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

QByteArray saslPlain(const QString &user, const QString &password)
{
    return ('\0' + user.toUtf8() + '\0' + password.toUtf8()).toBase64();
}

bool hasCapability(const QByteArrayList &ehloLines, const QByteArray &keyword)
{
    for (const QByteArray &line : ehloLines) {
        if (line.mid(4).split(' ').constFirst().compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

class TestMailStackTls : public QObject
{
    Q_OBJECT

private:
    heron::net::TlsPolicy m_trusting; // system store + the stack's CA
    QString m_user;
    QString m_password;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    quint16 m_submissionPort = 0;
    quint16 m_submissionsPort = 0;

private slots:
    void initTestCase()
    {
        const QString caFile = stackValue("CA_FILE");
        if (caFile.isEmpty())
            QFAIL("The mail stack is not running: CA_FILE and the port variables are missing. "
                  "Run the suite with ./dev test, or inside tests/servers/mailstack run DIR -- ctest.");
        QString error;
        QVERIFY2(m_trusting.addCaFile(caFile, &error), qPrintable(error));
        m_user = stackValue("USER1");
        m_password = stackValue("PASS1");
        m_imapPort = stackValue("IMAP_PORT").toUShort();
        m_imapsPort = stackValue("IMAPS_PORT").toUShort();
        m_submissionPort = stackValue("SUBMISSION_PORT").toUShort();
        m_submissionsPort = stackValue("SUBMISSIONS_PORT").toUShort();
        QVERIFY(!m_user.isEmpty() && !m_password.isEmpty());
        QVERIFY(m_imapPort && m_imapsPort && m_submissionPort && m_submissionsPort);
    }

    void imapsLogin()
    {
        LineClient client(m_trusting);
        QVERIFY2(client.connectEncrypted(m_imapsPort), qPrintable(client.socket().errorString()));
        QVERIFY(client.readLine().startsWith("* OK"));
        QByteArrayList untagged;
        const QByteArray reply = client.imapCommand("a1", "LOGIN " + imapQuoted(m_user) + ' ' + imapQuoted(m_password));
        QVERIFY2(reply.startsWith("OK"), reply.constData());
        QVERIFY(client.imapCommand("a2", "CAPABILITY", &untagged).startsWith("OK"));
        const QByteArray capabilities = untagged.join(' ').toUpper();
        for (const char *extension : {"CONDSTORE", "QRESYNC", "SPECIAL-USE", "COMPRESS=DEFLATE", "IDLE", "MOVE"})
            QVERIFY2(capabilities.contains(extension), extension);
        QVERIFY(client.imapCommand("a3", "LOGOUT").startsWith("OK"));
    }

    void imapStartTlsLogin()
    {
        LineClient client(m_trusting);
        QVERIFY(client.connectPlain(m_imapPort));
        const QByteArray greeting = client.readLine();
        QVERIFY2(greeting.startsWith("* OK"), greeting.constData());
        // Before TLS the server must not accept a password at all.
        QVERIFY2(greeting.toUpper().contains("LOGINDISABLED") || greeting.toUpper().contains("STARTTLS"),
                 greeting.constData());
        QVERIFY(client.imapCommand("a1", "STARTTLS").startsWith("OK"));
        QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
        const QByteArray reply = client.imapCommand("a2", "LOGIN " + imapQuoted(m_user) + ' ' + imapQuoted(m_password));
        QVERIFY2(reply.startsWith("OK"), reply.constData());
    }

    void imapWrongPasswordIsRefused()
    {
        LineClient client(m_trusting);
        QVERIFY(client.connectEncrypted(m_imapsPort));
        client.readLine();
        const QByteArray reply = client.imapCommand("a1", "LOGIN " + imapQuoted(m_user) + " \"wrong-password\"");
        QVERIFY2(reply.startsWith("NO"), reply.constData());
    }

    void submissionsAuth()
    {
        LineClient client(m_trusting);
        QVERIFY2(client.connectEncrypted(m_submissionsPort), qPrintable(client.socket().errorString()));
        QCOMPARE(client.smtpReply().value(0).left(3), QByteArray("220"));
        QByteArrayList ehlo;
        QCOMPARE(client.smtpCommand("EHLO heron.test", &ehlo), 250);
        QVERIFY(hasCapability(ehlo, "AUTH"));
        QCOMPARE(client.smtpCommand("AUTH PLAIN " + saslPlain(m_user, m_password)), 235);
        QCOMPARE(client.smtpCommand("QUIT"), 221);
    }

    void submissionStartTlsAuth()
    {
        LineClient client(m_trusting);
        QVERIFY(client.connectPlain(m_submissionPort));
        QCOMPARE(client.smtpReply().value(0).left(3), QByteArray("220"));
        QByteArrayList ehlo;
        QCOMPARE(client.smtpCommand("EHLO heron.test", &ehlo), 250);
        QVERIFY(hasCapability(ehlo, "STARTTLS"));
        QVERIFY2(!hasCapability(ehlo, "AUTH"), "AUTH must not be offered before TLS");
        QCOMPARE(client.smtpCommand("STARTTLS"), 220);
        QVERIFY2(client.startTls(), qPrintable(client.socket().errorString()));
        QCOMPARE(client.smtpCommand("EHLO heron.test", &ehlo), 250);
        QVERIFY(hasCapability(ehlo, "AUTH"));
        QVERIFY(!hasCapability(ehlo, "STARTTLS"));
        QCOMPARE(client.smtpCommand("AUTH PLAIN " + saslPlain(m_user, m_password)), 235);
    }

    void submissionWrongPasswordIsRefused()
    {
        LineClient client(m_trusting);
        QVERIFY(client.connectEncrypted(m_submissionsPort));
        client.smtpReply();
        QCOMPARE(client.smtpCommand("EHLO heron.test"), 250);
        QCOMPARE(client.smtpCommand("AUTH PLAIN " + saslPlain(m_user, QStringLiteral("wrong-password"))), 535);
    }

    void untrustedCaIsRefused_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::newRow("imaps") << QStringLiteral("IMAPS_PORT");
        QTest::newRow("submissions") << QStringLiteral("SUBMISSIONS_PORT");
    }

    void untrustedCaIsRefused()
    {
        QFETCH(QString, portKey);
        LineClient client {heron::net::TlsPolicy()}; // the system store only
        QVERIFY(!client.connectEncrypted(stackValue(portKey.toLatin1().constData()).toUShort()));
        QVERIFY(!client.socket().isEncrypted());
        bool unknownIssuer = false;
        for (const QSslError &error : client.socket().sslHandshakeErrors()) {
            unknownIssuer |= error.error() == QSslError::UnableToGetLocalIssuerCertificate
                || error.error() == QSslError::SelfSignedCertificateInChain;
        }
        QVERIFY2(unknownIssuer, qPrintable(client.socket().errorString()));
    }

    void wrongHostNameIsRefused()
    {
        LineClient client(m_trusting);
        QVERIFY(!client.connectEncrypted(m_imapsPort, QStringLiteral("imap.elsewhere.example")));
        bool mismatch = false;
        for (const QSslError &error : client.socket().sslHandshakeErrors())
            mismatch |= error.error() == QSslError::HostNameMismatch;
        QVERIFY2(mismatch, qPrintable(client.socket().errorString()));
    }
};

QTEST_GUILESS_MAIN(TestMailStackTls)
#include "tst_mail_stack_tls.moc"
