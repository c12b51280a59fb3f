// Talks to the real mail stack (tests/servers/mailstack) with Qt Network and
// core's TlsPolicy: TLS handshakes verified against the stack's private CA,
// IMAP LOGIN and SMTP AUTH, and refusals when trust or credentials are wrong.
#include "line_client.h"
#include "mail_stack.h"
#include "net/tls_policy.h"

#include <QTest>

using heron::test::LineClient;

namespace {

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
        heron::test::MailStack stack;
        QString error;
        if (!heron::test::MailStack::load(&stack, &error))
            QFAIL(qPrintable(error));
        QVERIFY2(m_trusting.addCaFile(stack.caFile, &error), qPrintable(error));
        m_user = stack.user1;
        m_password = stack.pass1;
        m_imapPort = stack.imapPort;
        m_imapsPort = stack.imapsPort;
        m_submissionPort = stack.submissionPort;
        m_submissionsPort = stack.submissionsPort;
    }

    void imapsLogin()
    {
        LineClient client(m_trusting);
        QVERIFY2(client.connectEncrypted(m_imapsPort), qPrintable(client.socket().errorString()));
        QVERIFY(client.readLine().startsWith("* OK"));
        QByteArrayList untagged;
        const QByteArray reply = client.imapCommand(
            "a1", "LOGIN " + LineClient::imapQuoted(m_user) + ' ' + LineClient::imapQuoted(m_password));
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
        const QByteArray reply = client.imapCommand(
            "a2", "LOGIN " + LineClient::imapQuoted(m_user) + ' ' + LineClient::imapQuoted(m_password));
        QVERIFY2(reply.startsWith("OK"), reply.constData());
    }

    void imapWrongPasswordIsRefused()
    {
        LineClient client(m_trusting);
        QVERIFY(client.connectEncrypted(m_imapsPort));
        client.readLine();
        const QByteArray reply
            = client.imapCommand("a1", "LOGIN " + LineClient::imapQuoted(m_user) + " \"wrong-password\"");
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
        QTest::addColumn<bool>("imap");
        QTest::newRow("imaps") << true;
        QTest::newRow("submissions") << false;
    }

    void untrustedCaIsRefused()
    {
        QFETCH(bool, imap);
        LineClient client {heron::net::TlsPolicy()}; // the system store only
        QVERIFY(!client.connectEncrypted(imap ? m_imapsPort : m_submissionsPort));
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
