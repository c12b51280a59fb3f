// What an eavesdropper or an active attacker on the link sees (issue 11). A
// FaultProxy records every byte between Heron's sessions and the stack's
// STARTTLS ports (Dovecot IMAP 143, Postfix submission 587) while a real login,
// a command and a send run through it: neither the password, nor the AUTH
// payload, nor the CLIENTID token may appear anywhere in what it recorded. An
// attacker that strips STARTTLS from the server's capabilities gets a refused
// connection and no credentials.
#include "fault_proxy.h"
#include "imap/imap_session.h"
#include "imap/simple_command.h"
#include "mail_stack.h"
#include "smtp_scripted_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace heron;
using heron::test::FaultProxy;
using heron::test::MailStack;

namespace {

const QByteArray kToken = "0b5e6f2a-1c3d-8e4f-9a0b-1c2d3e4f5a6b";

} // namespace

class TestCleartextExposure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
    }

    void imapOverStartTls()
    {
        FaultProxy proxy(m_stack.imapPort);
        imap::ImapSession session(imapSettings(proxy));
        QVERIFY(openImap(session));
        QObject owner;
        auto *noop = imap::SimpleCommand::noop();
        noop->setParent(&owner);
        session.run(noop);
        QVERIFY(QTest::qWaitFor([noop] { return noop->isFinished(); }, 10000) && noop->succeeded());
        session.logout();
        QTest::qWait(200);

        QVERIFY2(proxy.fromClient().contains("STARTTLS"), "the recording missed the cleartext part");
        expectNothingSecret(proxy, m_stack.user1, m_stack.pass1);
    }

    void imapStartTlsStripped()
    {
        FaultProxy proxy(m_stack.imapPort);
        proxy.setServerRewrite([](const QByteArray &bytes) {
            QByteArray rewritten = bytes;
            return rewritten.replace("STARTTLS", "XTRATLSX"); // same length, no longer the capability
        });
        imap::ImapSession session(imapSettings(proxy));
        QVERIFY(!openImap(session));
        QCOMPARE(session.error().kind, imap::ImapError::Kind::Connection);
        qInfo("%s", qPrintable(session.error().message));
        QVERIFY(!proxy.fromClient().contains("LOGIN"));
        QVERIFY(!proxy.fromClient().contains("AUTHENTICATE"));
        expectNothingSecret(proxy, m_stack.user1, m_stack.pass1);
    }

    void smtpOverStartTls()
    {
        FaultProxy proxy(m_stack.submissionPort);
        smtp::SmtpSession session(smtpSettings(proxy));
        smtp::SmtpError error;
        QVERIFY2(test::openSession(session, &error), qPrintable(error.message));
        const QByteArray message = "From: " + m_stack.user1.toUtf8() + "\r\nTo: " + m_stack.user2.toUtf8()
            + "\r\nSubject: over STARTTLS\r\nMessage-ID: <cleartext-test@example.test>\r\n\r\nHello.\r\n";
        const smtp::SendResult result
            = test::sendMessage(session, {m_stack.user1.toUtf8(), {m_stack.user2.toUtf8()}}, message);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        session.quit();
        QTest::qWait(200);

        QVERIFY2(proxy.fromClient().contains("STARTTLS"), "the recording missed the cleartext part");
        expectNothingSecret(proxy, m_stack.user1, m_stack.pass1);
        QVERIFY(!proxy.fromClient().contains("over STARTTLS")); // the message went encrypted too
    }

    void smtpStartTlsStripped()
    {
        FaultProxy proxy(m_stack.submissionPort);
        proxy.setServerRewrite([](const QByteArray &bytes) {
            QByteArray rewritten = bytes;
            return rewritten.replace("STARTTLS", "XTRATLSX");
        });
        smtp::SmtpSession session(smtpSettings(proxy));
        smtp::SmtpError error;
        QVERIFY(!test::openSession(session, &error));
        QCOMPARE(error.kind, smtp::SmtpError::Kind::Connection);
        qInfo("%s", qPrintable(error.message));
        QVERIFY(!proxy.fromClient().contains("AUTH"));
        expectNothingSecret(proxy, m_stack.user1, m_stack.pass1);
    }

private:
    // The fields IMAP and SMTP settings share, aimed at the proxy, over STARTTLS.
    template<typename Settings>
    Settings settingsThrough(const FaultProxy &proxy) const
    {
        Settings settings;
        settings.host = QStringLiteral("localhost");
        settings.port = proxy.serverPort();
        settings.security = net::Connection::Security::StartTls;
        QString error;
        settings.tls.addCaFile(m_stack.caFile, &error);
        settings.login = m_stack.user1;
        settings.password = m_stack.pass1;
        settings.clientIdToken = kToken;
        return settings;
    }

    imap::ImapSettings imapSettings(const FaultProxy &proxy) const
    {
        auto settings = settingsThrough<imap::ImapSettings>(proxy);
        settings.compress = false; // what is recorded is then exactly what TLS carried
        return settings;
    }

    smtp::SmtpSettings smtpSettings(const FaultProxy &proxy) const
    {
        return settingsThrough<smtp::SmtpSettings>(proxy);
    }

    static bool openImap(imap::ImapSession &session)
    {
        QSignalSpy ready(&session, &imap::ImapSession::ready);
        QSignalSpy failed(&session, &imap::ImapSession::failed);
        session.open();
        const bool ended = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000);
        return ended && !ready.isEmpty();
    }

    // Nothing that would let the eavesdropper log in or impersonate the device.
    static void expectNothingSecret(const FaultProxy &proxy, const QString &user, const QString &password)
    {
        const QByteArray wire = proxy.fromClient() + proxy.fromServer();
        const QByteArray plain = password.toUtf8();
        const QList<QByteArray> forms
            = {plain, plain.toBase64(), ('\0' + user.toUtf8() + '\0' + plain).toBase64(), kToken};
        for (const QByteArray &form : forms)
            QVERIFY2(!wire.contains(form), form.constData());
    }

    MailStack m_stack;
};

QTEST_GUILESS_MAIN(TestCleartextExposure)
#include "tst_cleartext_exposure.moc"
