// SmtpSession against the real submission server of tests/servers/mailstack
// (Postfix, delivering into Dovecot over LMTP), over STARTTLS and implicit
// TLS. Every message is built with MessageBuilder, sent, then looked up in the
// recipient's INBOX over IMAPS by Message-ID; the delivered bytes, minus the
// trace fields the servers add on top, must hash to what was sent.
#include "imap_fetch_client.h"
#include "mail_stack.h"
#include "mime/message_builder.h"
#include "smtp/smtp_session.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using heron::mime::Mailbox;
using heron::mime::MessageBuilder;
using heron::smtp::Envelope;
using heron::smtp::SendResult;
using heron::smtp::SmtpError;
using heron::smtp::SmtpSession;
using heron::smtp::SmtpSettings;
using heron::test::ImapFetchClient;

namespace {

constexpr int kOpenMs = 30000;
constexpr int kSendMs = 90000; // 5 MB through ASan and TLS
constexpr int kDeliveryMs = 60000;
// Postfix refuses this at RCPT: the stack sends nothing off the machine
// (default_transport = error), so an outside domain is rejected right away.
const QByteArray kRefusedRecipient = "nobody@nonexistent.invalid";

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Where two byte strings first differ, for a readable failure.
QByteArray firstDifference(const QByteArray &a, const QByteArray &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return "sizes " + QByteArray::number(a.size()) + '/' + QByteArray::number(b.size()) + ", first difference at "
        + QByteArray::number(i) + ": sent \"" + a.mid(i, 60).toPercentEncoding(" <>:=;,") + "\" delivered \""
        + b.mid(i, 60).toPercentEncoding(" <>:=;,") + '"';
}

} // namespace

class TestSmtpSubmission : public QObject
{
    Q_OBJECT

private:
    heron::test::MailStack m_stack;
    heron::net::TlsPolicy m_tls;

    SmtpSettings settings(bool implicitTls, const QString &password) const
    {
        SmtpSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.port = implicitTls ? m_stack.submissionsPort : m_stack.submissionPort;
        settings.security
            = implicitTls ? heron::net::Connection::Security::ImplicitTls : heron::net::Connection::Security::StartTls;
        settings.tls = m_tls;
        settings.login = m_stack.user1;
        settings.password = password;
        return settings;
    }

    // Opens the session; on failure *error says why.
    static bool open(SmtpSession &session, SmtpError *error)
    {
        QSignalSpy ready(&session, &SmtpSession::ready);
        QSignalSpy failed(&session, &SmtpSession::failed);
        session.open();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kOpenMs)) {
            *error = {SmtpError::Kind::Connection, QStringLiteral("test: neither ready() nor failed()"), {}};
            return false;
        }
        if (!failed.isEmpty())
            *error = failed.constFirst().constFirst().value<SmtpError>();
        return !ready.isEmpty();
    }

    static SendResult send(SmtpSession &session, const Envelope &envelope, const QByteArray &message)
    {
        QSignalSpy sent(&session, &SmtpSession::sent);
        session.send(envelope, message);
        if (!QTest::qWaitFor([&] { return !sent.isEmpty(); }, kSendMs))
            return {{SmtpError::Kind::Protocol, QStringLiteral("test: no sent() signal"), {}}, {}, {}};
        return sent.constFirst().constFirst().value<SendResult>();
    }

    static void quit(SmtpSession &session)
    {
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.quit();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    }

    MessageBuilder builder(const QString &subject, const QString &text, bool eightBit) const
    {
        MessageBuilder builder;
        builder.setFrom({QStringLiteral("Alice Test"), m_stack.user1});
        builder.setTo({{QStringLiteral("Bob Test"), m_stack.user2}});
        builder.setSubject(subject);
        builder.setText(text);
        builder.setMessageId(MessageBuilder::generateMessageId(m_stack.user1));
        builder.setEightBitAllowed(eightBit);
        return builder;
    }

    // Looks the message up in user2's INBOX and compares it with what was sent.
    void verifyDelivered(const QByteArray &messageId, const QByteArray &sent)
    {
        ImapFetchClient imap(m_tls);
        QVERIFY2(imap.open(m_stack.imapsPort, m_stack.user2, m_stack.pass2), qPrintable(imap.errorString()));
        const std::optional<quint32> uid = imap.waitForMessageId(messageId, kDeliveryMs);
        QVERIFY2(uid, qPrintable(imap.errorString()));
        const std::optional<QByteArray> fetched = imap.fetchMessage(*uid);
        QVERIFY2(fetched, qPrintable(imap.errorString()));
        imap.logout();
        const QByteArray delivered = ImapFetchClient::withoutDeliveryTrace(*fetched);
        QVERIFY2(fetched->size() > delivered.size(), "the servers added no trace fields: not the delivered copy?");
        QVERIFY2(sha256Hex(delivered) == sha256Hex(sent), firstDifference(sent, delivered).constData());
    }

private slots:
    void initTestCase()
    {
        QString error;
        if (!heron::test::MailStack::load(&m_stack, &error))
            QFAIL(qPrintable(error));
        QVERIFY2(m_tls.addCaFile(m_stack.caFile, &error), qPrintable(error));
    }

    void sendAndFetchBack_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("chunking");
        // Postfix offers CHUNKING, so by default the message goes with BDAT;
        // two rows switch it off to cover DATA and dot-stuffing as well.
        for (const bool implicitTls : {false, true}) {
            const char *mode = implicitTls ? "implicit-tls" : "starttls";
            for (const char *kind : {"plain", "utf8", "attachment"})
                QTest::addRow("%s/bdat/%s", mode, kind) << implicitTls << QString::fromLatin1(kind) << true;
        }
        QTest::newRow("starttls/data/utf8") << false << QStringLiteral("utf8") << false;
        QTest::newRow("implicit-tls/data/attachment") << true << QStringLiteral("attachment") << false;
    }

    void sendAndFetchBack()
    {
        QFETCH(bool, implicitTls);
        QFETCH(QString, kind);
        QFETCH(bool, chunking);

        SmtpSettings smtpSettings = settings(implicitTls, m_stack.pass1);
        smtpSettings.chunking = chunking;
        SmtpSession session(smtpSettings);
        SmtpError error;
        QVERIFY2(open(session, &error), qPrintable(error.message));
        QVERIFY(session.capabilities().has("AUTH")); // the list read after TLS
        const bool eightBit = session.capabilities().has("8BITMIME");

        MessageBuilder message;
        if (kind == QLatin1String("plain")) {
            message = builder(QStringLiteral("Plain text from Heron"),
                              QStringLiteral("Hello Bob,\n\nthis is plain ASCII.\n.\n..a line with leading dots\n"),
                              eightBit);
        } else if (kind == QLatin1String("utf8")) {
            message = builder(
                QStringLiteral("Grüße aus Zürich — 東京 ✉ Ελληνικά"),
                QStringLiteral(
                    "Grüße, Bob!\n\nŻółć, 東京, Ελληνικά, emoji 🙂.\nZweite Zeile: äöü ß.\n"),
                eightBit);
        } else {
            message
                = builder(QStringLiteral("Five megabytes attached"), QStringLiteral("See the attachment.\n"), eightBit);
            QByteArray data(5 * 1024 * 1024, Qt::Uninitialized);
            QRandomGenerator random(20261129);
            random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / int(sizeof(quint32)));
            message.addAttachment({QStringLiteral("random-5MB.bin"), data, "application/octet-stream"});
        }
        const QByteArray bytes = message.build();

        Envelope envelope;
        envelope.from = m_stack.user1.toUtf8();
        envelope.recipients = {m_stack.user2.toUtf8()};
        const SendResult result = send(session, envelope, bytes);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QCOMPARE(result.recipients.size(), 1);
        QVERIFY(result.recipients.constFirst().accepted());
        QCOMPARE(result.finalReply.code, 250);
        QCOMPARE(result.chunked, chunking);
        quit(session);

        verifyDelivered(headerMessageId(bytes), bytes);
    }

    void wrongPasswordIsAuthenticationError_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("starttls") << false;
        QTest::newRow("implicit-tls") << true;
    }

    void wrongPasswordIsAuthenticationError()
    {
        QFETCH(bool, implicitTls);
        SmtpSession session(settings(implicitTls, QStringLiteral("not-the-password")));
        QSignalSpy failed(&session, &SmtpSession::failed);
        SmtpError error;
        QVERIFY(!open(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::Authentication);
        QCOMPARE(error.reply.code, 535);
        QVERIFY2(error.message.contains(QLatin1String("535")), qPrintable(error.message));
        QVERIFY(!session.isReady());
    }

    void refusedRecipientIsReportedOthersGetIt()
    {
        SmtpSession session(settings(true, m_stack.pass1));
        SmtpError error;
        QVERIFY2(open(session, &error), qPrintable(error.message));

        MessageBuilder message = builder(QStringLiteral("One of two recipients refused"),
                                         QStringLiteral("Bob gets this; the other address is refused.\n"), false);
        message.setTo({{QStringLiteral("Bob Test"), m_stack.user2}, {{}, QString::fromLatin1(kRefusedRecipient)}});
        const QByteArray bytes = message.build();

        Envelope envelope;
        envelope.from = m_stack.user1.toUtf8();
        envelope.recipients = {kRefusedRecipient, m_stack.user2.toUtf8()};
        // Postfix advertises DSN: the parameters go out and are accepted.
        envelope.dsn
            = heron::smtp::DsnRequest {heron::smtp::DsnRequest::Return::Headers, "heron-test+1", false,
                                       heron::smtp::DsnRequest::NotifyFailure | heron::smtp::DsnRequest::NotifyDelay};
        const SendResult result = send(session, envelope, bytes);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(result.dsnRequested);
        QCOMPARE(result.recipients.size(), 2);
        QCOMPARE(result.recipients.at(0).address, kRefusedRecipient);
        QVERIFY(!result.recipients.at(0).accepted());
        QCOMPARE(result.recipients.at(0).reply.code, 550);
        QCOMPARE(result.recipients.at(0).reply.enhancedStatus, QByteArray("5.1.1"));
        QCOMPARE(result.recipients.at(1).address, m_stack.user2.toUtf8());
        QVERIFY(result.recipients.at(1).accepted());
        QCOMPARE(result.refused().size(), 1);
        QCOMPARE(result.refused().constFirst().address, kRefusedRecipient);
        QCOMPARE(result.finalReply.code, 250);
        quit(session);

        verifyDelivered(headerMessageId(bytes), bytes);
    }

private:
    // The Message-ID the builder wrote, as it stands in the header.
    static QByteArray headerMessageId(const QByteArray &message)
    {
        const qsizetype start = message.indexOf("\r\nMessage-ID:");
        if (start < 0)
            return {};
        const qsizetype end = message.indexOf("\r\n", start + 2);
        return message.mid(start + 13, end - start - 13).trimmed();
    }
};

QTEST_GUILESS_MAIN(TestSmtpSubmission)
#include "tst_smtp_submission.moc"
