// SmtpSession against a scripted SMTP server: the CLIENTID rules of
// shared/spec/clientid.md, STARTTLS without downgrade, AUTH, and sending with
// per-recipient results. Real-server behaviour is covered by the integration
// test against Postfix; this covers what Postfix never does.
#include "smtp_scripted_fixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using heron::smtp::Envelope;
using heron::smtp::SendResult;
using heron::smtp::SmtpError;
using heron::smtp::SmtpSession;
using heron::smtp::SmtpSettings;
using heron::test::ScriptedConnection;
using heron::test::ScriptedServer;
using heron::test::TestCertificates;

namespace {

using heron::test::kSmtpPassword;
using heron::test::kSmtpToken;
using heron::test::kSmtpWaitMs;
using heron::test::openSession;
using heron::test::sendMessage;
using heron::test::SmtpBehaviour;
using heron::test::SmtpFixture;

const QByteArray kMessage = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: hi\r\n\r\nHello.\r\n";

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(TestCertificates::instance().isValid()); }

    void clientIdGoesBeforeAuthOverTls()
    {
        SmtpFixture fixture {SmtpBehaviour {}};
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const ScriptedServer &server = fixture.server();
        QCOMPARE(server.texts().value(1), "CLIENTID UUID " + kSmtpToken);
        QVERIFY(server.indexOf("AUTH PLAIN") > server.indexOf("CLIENTID"));
        for (const auto &line : server.lines())
            QVERIFY(line.encrypted);
        QVERIFY(session.clientIdAdvertised());
        QCOMPARE(session.clientIdReply()->code, 250);
    }

    void oauthGoesAfterClientIdAndPrefersOAuthBearer_data()
    {
        QTest::addColumn<QByteArray>("offered");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::addColumn<QByteArray>("response");
        const QByteArray bearer = "auth=Bearer ya29.access\x01\x01";
        QTest::newRow("both") << QByteArray("AUTH PLAIN XOAUTH2 OAUTHBEARER") << QByteArray("OAUTHBEARER")
                              << "n,a=alice@example.test,\x01" + bearer;
        QTest::newRow("XOAUTH2 only") << QByteArray("AUTH PLAIN LOGIN XOAUTH2") << QByteArray("XOAUTH2")
                                      << "user=alice@example.test\x01" + bearer;
    }

    void oauthGoesAfterClientIdAndPrefersOAuthBearer()
    {
        QFETCH(QByteArray, offered);
        QFETCH(QByteArray, mechanism);
        QFETCH(QByteArray, response);
        SmtpBehaviour behaviour;
        behaviour.ehloTls = {"PIPELINING", offered, "CLIENTID"};
        SmtpFixture fixture(behaviour);
        auto settings = fixture.settings();
        settings.password.clear();
        settings.oauthToken = QStringLiteral("ya29.access");
        SmtpSession session(settings);
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const ScriptedServer &server = fixture.server();
        const qsizetype auth = server.indexOf("AUTH " + mechanism + ' ');
        QVERIFY(auth > server.indexOf("CLIENTID"));
        QCOMPARE(QByteArray::fromBase64(server.texts().at(auth).split(' ').value(2)), response);
    }

    void oauthTokenIsNotSentAsAPassword()
    {
        SmtpFixture fixture {SmtpBehaviour {}}; // AUTH PLAIN LOGIN only
        auto settings = fixture.settings();
        settings.password.clear();
        settings.oauthToken = QStringLiteral("ya29.access");
        SmtpSession session(settings);
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::NoAuthMechanism);
        QCOMPARE(fixture.server().indexOf("AUTH"), -1);
    }

    void onlyPostTlsCapabilitiesCount_data()
    {
        QTest::addColumn<QByteArrayList>("beforeTls");
        QTest::addColumn<QByteArrayList>("afterTls");
        QTest::addColumn<bool>("sent");

        QTest::newRow("advertised before TLS only")
            << QByteArrayList {"STARTTLS", "CLIENTID", "AUTH PLAIN"} << QByteArrayList {"AUTH PLAIN"} << false;
        QTest::newRow("advertised after TLS only")
            << QByteArrayList {"STARTTLS"} << QByteArrayList {"AUTH PLAIN", "CLIENTID"} << true;
        QTest::newRow("keyword case does not matter")
            << QByteArrayList {"STARTTLS"} << QByteArrayList {"AUTH PLAIN", "ClientId"} << true;
    }

    void onlyPostTlsCapabilitiesCount()
    {
        QFETCH(QByteArrayList, beforeTls);
        QFETCH(QByteArrayList, afterTls);
        QFETCH(bool, sent);
        SmtpBehaviour behaviour;
        behaviour.implicitTls = false;
        behaviour.ehloPlain = beforeTls;
        behaviour.ehloTls = afterTls;
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const ScriptedServer &server = fixture.server();
        QCOMPARE(server.indexOf("CLIENTID") >= 0, sent);
        QCOMPARE(server.texts().count("EHLO [127.0.0.1]"), 2); // a fresh EHLO after STARTTLS
        for (const auto &line : server.lines()) {
            if (line.text.startsWith("CLIENTID") || line.text.startsWith("AUTH"))
                QVERIFY2(line.encrypted, line.text.constData());
        }
        QCOMPARE(session.clientIdAdvertised(), sent);
    }

    void notSentWhenDisabledOrWithoutToken_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("disabled") << false << kSmtpToken;
        QTest::newRow("no token") << true << QByteArray();
    }

    void notSentWhenDisabledOrWithoutToken()
    {
        QFETCH(bool, enabled);
        QFETCH(QByteArray, token);
        SmtpFixture fixture {SmtpBehaviour {}};
        SmtpSettings settings = fixture.settings();
        settings.clientIdEnabled = enabled;
        settings.clientIdToken = token;
        SmtpSession session(settings);
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        QCOMPARE(fixture.server().indexOf("CLIENTID"), -1);
        QVERIFY(fixture.server().indexOf("AUTH PLAIN") > 0);
    }

    void clientIdReplies_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<SmtpError::Kind>("kind");

        QTest::newRow("550 refused") << QByteArray(
            "550 5.7.1 Device not registered, see https://portal.example/devices")
                                     << SmtpError::Kind::DeviceRefused;
        QTest::newRow("501 syntax") << QByteArray("501 5.5.4 Syntax error") << SmtpError::Kind::ClientIdProtocol;
        QTest::newRow("503 sequence") << QByteArray("503 5.5.1 Bad sequence") << SmtpError::Kind::ClientIdProtocol;
        QTest::newRow("504 type") << QByteArray("504 5.5.4 Unsupported type") << SmtpError::Kind::ClientIdProtocol;
        QTest::newRow("554 other 5xx") << QByteArray("554 5.7.0 No") << SmtpError::Kind::ClientIdProtocol;
        QTest::newRow("451 temporary") << QByteArray("451 4.3.0 Try later") << SmtpError::Kind::Temporary;
    }

    void clientIdReplies()
    {
        QFETCH(QByteArray, reply);
        QFETCH(SmtpError::Kind, kind);
        SmtpBehaviour behaviour;
        behaviour.clientIdReply = reply;
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.reply.code, reply.left(3).toInt());
        // Never authenticate after a CLIENTID failure; say goodbye instead.
        QTRY_VERIFY_WITH_TIMEOUT(fixture.server().indexOf("QUIT") > 0, kSmtpWaitMs);
        QCOMPARE(fixture.server().indexOf("AUTH"), -1);
        QCOMPARE(fixture.server().texts().count("CLIENTID UUID " + kSmtpToken), 1);
        if (kind == SmtpError::Kind::DeviceRefused)
            QVERIFY2(error.message.contains(QStringLiteral("register this device")), qPrintable(error.message));
    }

    void clientIdRefusalWinsOverTheHangUpAfterIt()
    {
        // A server may send its 550 and hang up at once: the reply came first, so it is the verdict
        // (a device refusal with the server's words), not a connection error to retry later.
        SmtpBehaviour behaviour;
        behaviour.clientIdReply = "550 5.7.1 Device not registered, see https://portal.example/devices";
        behaviour.hangUpAfterClientId = true;
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::DeviceRefused);
        QCOMPARE(error.reply.code, 550);
        QVERIFY2(error.message.contains(QStringLiteral("Device not registered, see https://portal.example/devices")),
                 qPrintable(error.message));
        QCOMPARE(fixture.server().indexOf("AUTH"), -1);
    }

    void pipeliningStillWaitsForTheClientIdReply()
    {
        SmtpBehaviour behaviour;
        behaviour.clientIdDelayMs = 300;
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        QVERIFY(fixture.server().indexOf("AUTH") > 0);
        QVERIFY(!fixture.state().authWhileClientIdPending);
    }

    void everyConnectionPresentsItAgain()
    {
        SmtpFixture fixture {SmtpBehaviour {}};
        for (int i = 0; i < 2; ++i) {
            SmtpSession session(fixture.settings());
            SmtpError error;
            QVERIFY2(openSession(session, &error), qPrintable(error.message));
        }
        QCOMPARE(fixture.server().connectionCount(), 2);
        int perConnection[2] = {0, 0};
        for (const auto &line : fixture.server().lines()) {
            if (line.text.startsWith("CLIENTID"))
                ++perConnection[line.connection];
        }
        QCOMPARE(perConnection[0], 1);
        QCOMPARE(perConnection[1], 1);
    }

    void unsafeTokenIsRefusedBeforeAnythingIsSent()
    {
        SmtpFixture fixture {SmtpBehaviour {}};
        SmtpSettings settings = fixture.settings();
        settings.clientIdToken = "abc\r\nAUTH PLAIN AGFsaWNl";
        SmtpSession session(settings);
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::ClientIdProtocol);
        QTest::qWait(100);
        QCOMPARE(fixture.server().indexOf("CLIENTID"), -1);
        QCOMPARE(fixture.server().indexOf("AUTH"), -1);
    }

    void missingStartTlsIsNeverDowngraded()
    {
        SmtpBehaviour behaviour;
        behaviour.implicitTls = false;
        behaviour.ehloPlain = {"AUTH PLAIN", "CLIENTID"}; // a stripping attacker's view
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::Connection);
        QVERIFY2(error.message.contains(QStringLiteral("STARTTLS")), qPrintable(error.message));
        QTest::qWait(100);
        QCOMPARE(fixture.server().texts(), QByteArrayList {"EHLO [127.0.0.1]"});
    }

    void secretsStayOutOfTheLog()
    {
        SmtpFixture fixture {SmtpBehaviour {}};
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const QByteArray log = session.log().text();
        QVERIFY(!log.contains(kSmtpToken));
        QVERIFY(!log.contains(QByteArray("\0alice@example.test\0", 20).toBase64()));
        QVERIFY(!log.contains(kSmtpPassword.toUtf8()));
        QVERIFY2(log.contains("CLIENTID UUID <clientid redacted>"), log.constData());
        QVERIFY2(log.contains("AUTH PLAIN <auth redacted>"), log.constData());
    }

    void authLoginAndItsRedaction()
    {
        SmtpBehaviour behaviour;
        behaviour.ehloTls = {"AUTH LOGIN"};
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        QCOMPARE(
            fixture.server().texts().mid(1, 3),
            (QByteArrayList {"AUTH LOGIN", "alice@example.test"_qba.toBase64(), kSmtpPassword.toUtf8().toBase64()}));
        QVERIFY(!session.log().text().contains(kSmtpPassword.toUtf8().toBase64()));
    }

    void authFailureMentionsDeviceApproval()
    {
        SmtpBehaviour behaviour;
        behaviour.authReply = "535 5.7.8 Error: authentication failed";
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::Authentication);
        QVERIFY2(error.message.contains(QStringLiteral("authentication failed"))
                     && error.message.contains(QStringLiteral("device to be approved")),
                 qPrintable(error.message));
    }

    void heloFallbackHasNoExtensions()
    {
        SmtpBehaviour behaviour;
        behaviour.ehloReply = "502 5.5.2 Error: command not recognized";
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        QCOMPARE(error.kind, SmtpError::Kind::NoAuthMechanism);
        QCOMPARE(fixture.server().indexOf("CLIENTID"), -1);
        QVERIFY(fixture.server().indexOf("HELO") == 1);
    }

    void sendReportsRefusedRecipients_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelined") << true;
        QTest::newRow("one command at a time") << false;
    }

    void sendReportsRefusedRecipients()
    {
        QFETCH(bool, pipelining);
        SmtpBehaviour behaviour;
        behaviour.refusedRecipients = {"nobody@example.test"};
        if (!pipelining)
            behaviour.ehloTls.removeAll("PIPELINING");
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));

        const SendResult result = sendMessage(
            session, {"alice@example.test", {"bob@example.test", "nobody@example.test", "carol@example.test"}},
            kMessage + ".hidden line\r\n");
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QCOMPARE(result.recipients.size(), 3);
        QCOMPARE(result.refused().size(), 1);
        QCOMPARE(result.refused().constFirst().address, "nobody@example.test");
        QCOMPARE(result.refused().constFirst().reply.code, 550);
        QCOMPARE(result.finalReply.code, 250);
        QVERIFY(fixture.dataLines().contains("..hidden line")); // dot-stuffed on the wire
        QVERIFY(fixture.dataLines().contains("Subject: hi"));
        QVERIFY(session.isReady());
    }

    void allRecipientsRefusedKeepsTheSessionUsable()
    {
        SmtpBehaviour behaviour;
        behaviour.refusedRecipients = {"x@example.test", "y@example.test"};
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));

        const SendResult refused
            = sendMessage(session, {"alice@example.test", {"x@example.test", "y@example.test"}}, kMessage);
        QCOMPARE(refused.error.kind, SmtpError::Kind::MessageRejected);
        QVERIFY2(refused.error.message.contains(QStringLiteral("x@example.test"))
                     && refused.error.message.contains(QStringLiteral("y@example.test")),
                 qPrintable(refused.error.message));
        QVERIFY(fixture.dataLines().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(fixture.server().indexOf("RSET") > 0, kSmtpWaitMs);

        const SendResult next = sendMessage(session, {"alice@example.test", {"bob@example.test"}}, kMessage);
        QVERIFY2(next.delivered(), qPrintable(next.error.message));
    }

    void checksBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QByteArrayList>("extensions");
        QTest::addColumn<QByteArray>("recipient");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<SmtpError::Kind>("kind");

        const QByteArrayList base {"AUTH PLAIN", "8BITMIME"};
        QTest::newRow("UTF-8 address without SMTPUTF8")
            << base << QByteArray("j\xc3\xb6rg@example.test") << kMessage << SmtpError::Kind::Unsupported;
        QTest::newRow("UTF-8 header without SMTPUTF8")
            << base << QByteArray("bob@example.test") << QByteArray("Subject: Gr\xc3\xbc\xc3\x9f\x65\r\n\r\nx\r\n")
            << SmtpError::Kind::Unsupported;
        QTest::newRow("8-bit body without 8BITMIME")
            << QByteArrayList {"AUTH PLAIN"} << QByteArray("bob@example.test")
            << QByteArray("Subject: x\r\n\r\nGr\xc3\xbc\xc3\x9f\x65\r\n") << SmtpError::Kind::Unsupported;
        QTest::newRow("larger than SIZE") << (base + QByteArrayList {"SIZE 20"}) << QByteArray("bob@example.test")
                                          << kMessage << SmtpError::Kind::MessageRejected;
        QTest::newRow("address injection") << base << QByteArray("bob@example.test>\r\nRCPT TO:<evil@example.test")
                                           << kMessage << SmtpError::Kind::MessageRejected;
        QTest::newRow("second path in a recipient") << base << QByteArray("bob@example.test> <evil@example.test")
                                                    << kMessage << SmtpError::Kind::MessageRejected;
        QTest::newRow("NUL in a recipient")
            << base << QByteArray("bob@example.test\0evil", 21) << kMessage << SmtpError::Kind::MessageRejected;
        QTest::newRow("empty recipient") << base << QByteArray() << kMessage << SmtpError::Kind::MessageRejected;
    }

    void checksBeforeAnythingIsSent()
    {
        QFETCH(QByteArrayList, extensions);
        QFETCH(QByteArray, recipient);
        QFETCH(QByteArray, message);
        QFETCH(SmtpError::Kind, kind);
        SmtpBehaviour behaviour;
        behaviour.ehloTls = extensions;
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const SendResult result = sendMessage(session, {"alice@example.test", {recipient}}, message);
        QCOMPARE(result.error.kind, kind);
        QTest::qWait(50);
        QCOMPARE(fixture.server().indexOf("MAIL"), -1);
        QVERIFY(session.isReady());
    }

    void unsafeSenderIsRefusedBeforeAnythingIsSent()
    {
        const QList<QByteArray> senders {
            "alice@example.test>\r\nRCPT TO:<evil@example.test", // CRLF and a second command
            "alice@example.test\nRSET", // bare LF
            "alice@example.test\rRSET", // bare CR
            "alice@example.test> SIZE=1", // closing bracket
            "<alice@example.test", // opening bracket
            QByteArray("alice@example.test\0x", 20), // NUL
        };
        SmtpFixture fixture {SmtpBehaviour {}};
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        for (const QByteArray &sender : senders) {
            const SendResult result = sendMessage(session, {sender, {"bob@example.test"}}, kMessage);
            QCOMPARE(result.error.kind, SmtpError::Kind::MessageRejected);
            QVERIFY2(result.error.message.contains(QLatin1String("sender")), qPrintable(result.error.message));
            QVERIFY(session.isReady()); // refused locally: the session goes on
        }
        QTest::qWait(50);
        QCOMPARE(fixture.server().indexOf("MAIL"), -1);
        QCOMPARE(fixture.server().indexOf("RCPT"), -1);
    }

    void nullReversePathIsAllowed()
    {
        SmtpFixture fixture {SmtpBehaviour {}};
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const SendResult result = sendMessage(session, {{}, {"bob@example.test"}}, kMessage);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(fixture.server().texts().contains("MAIL FROM:<>"));
    }

    void dsnParametersWhenAdvertised_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::addColumn<int>("ret");
        QTest::addColumn<QByteArray>("envelopeId");
        QTest::addColumn<bool>("never");
        QTest::addColumn<int>("notify");
        QTest::addColumn<QByteArray>("mailLine");
        QTest::addColumn<QByteArray>("rcptSuffix");

        using heron::smtp::DsnRequest;
        const QByteArray from = "MAIL FROM:<alice@example.test>";
        QTest::newRow("headers, id, success and failure")
            << true << int(DsnRequest::Return::Headers) << QByteArray("q-42") << false
            << (DsnRequest::NotifySuccess | DsnRequest::NotifyFailure) << from + " RET=HDRS ENVID=q-42"
            << QByteArray(" NOTIFY=SUCCESS,FAILURE");
        QTest::newRow("xtext for +, = and space, stepwise")
            << false << int(DsnRequest::Return::Full) << QByteArray("a+b=c d\xc3\xa9") << false
            << int(DsnRequest::NotifyDelay) << from + " RET=FULL ENVID=a+2Bb+3Dc+20d+C3+A9"
            << QByteArray(" NOTIFY=DELAY");
        QTest::newRow("never wins over flags") << true << int(DsnRequest::Return::ServerDefault) << QByteArray() << true
                                               << int(DsnRequest::NotifyFailure) << from << QByteArray(" NOTIFY=NEVER");
        QTest::newRow("all three") << true << int(DsnRequest::Return::ServerDefault) << QByteArray() << false
                                   << (DsnRequest::NotifySuccess | DsnRequest::NotifyFailure | DsnRequest::NotifyDelay)
                                   << from << QByteArray(" NOTIFY=SUCCESS,FAILURE,DELAY");
        QTest::newRow("asked for nothing in particular")
            << true << int(DsnRequest::Return::ServerDefault) << QByteArray() << false << 0 << from << QByteArray();
    }

    void dsnParametersWhenAdvertised()
    {
        QFETCH(bool, pipelining);
        QFETCH(int, ret);
        QFETCH(QByteArray, envelopeId);
        QFETCH(bool, never);
        QFETCH(int, notify);
        QFETCH(QByteArray, mailLine);
        QFETCH(QByteArray, rcptSuffix);

        SmtpBehaviour behaviour;
        behaviour.ehloTls.append("DSN");
        behaviour.ehloTls.append("SMTPUTF8");
        if (!pipelining)
            behaviour.ehloTls.removeAll("PIPELINING");
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));

        Envelope envelope {"alice@example.test", {"bob@example.test", "carol@example.test"}};
        heron::smtp::DsnRequest dsn;
        dsn.ret = heron::smtp::DsnRequest::Return(ret);
        dsn.envelopeId = envelopeId;
        dsn.notifyNever = never;
        dsn.notify = notify;
        envelope.dsn = dsn;
        const SendResult result = sendMessage(session, envelope, kMessage);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(result.dsnRequested);

        const QByteArrayList texts = fixture.server().texts();
        QCOMPARE(texts.value(fixture.server().indexOf("MAIL")), mailLine);
        QVERIFY2(texts.contains("RCPT TO:<bob@example.test>" + rcptSuffix), texts.join('|').constData());
        QVERIFY2(texts.contains("RCPT TO:<carol@example.test>" + rcptSuffix), texts.join('|').constData());
    }

    void dsnLeftOutWhenNotAdvertised()
    {
        SmtpFixture fixture {SmtpBehaviour {}}; // no DSN in the EHLO reply
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        Envelope envelope {"alice@example.test", {"bob@example.test"}};
        envelope.dsn = heron::smtp::DsnRequest {heron::smtp::DsnRequest::Return::Headers, "id-1", false,
                                                heron::smtp::DsnRequest::NotifyFailure};
        const SendResult result = sendMessage(session, envelope, kMessage);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(!result.dsnRequested);
        const QByteArrayList texts = fixture.server().texts();
        QCOMPARE(texts.value(fixture.server().indexOf("MAIL")), QByteArray("MAIL FROM:<alice@example.test>"));
        QCOMPARE(texts.value(fixture.server().indexOf("RCPT")), QByteArray("RCPT TO:<bob@example.test>"));
    }

    void overlongEnvelopeIdIsRefusedBeforeAnythingIsSent()
    {
        SmtpBehaviour behaviour;
        behaviour.ehloTls.append("DSN");
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        Envelope envelope {"alice@example.test", {"bob@example.test"}};
        // 34 spaces become 102 characters of xtext.
        envelope.dsn
            = heron::smtp::DsnRequest {heron::smtp::DsnRequest::Return::ServerDefault, QByteArray(34, ' '), false, 0};
        const SendResult result = sendMessage(session, envelope, kMessage);
        QCOMPARE(result.error.kind, SmtpError::Kind::MessageRejected);
        QTest::qWait(50);
        QCOMPARE(fixture.server().indexOf("MAIL"), -1);
    }

    void chunkingSendsOneBdat_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("pipelined") << true;
        QTest::newRow("one command at a time") << false;
    }

    void chunkingSendsOneBdat()
    {
        QFETCH(bool, pipelining);
        SmtpBehaviour behaviour;
        behaviour.ehloTls.append("CHUNKING");
        behaviour.refusedRecipients = {"nobody@example.test"};
        if (!pipelining)
            behaviour.ehloTls.removeAll("PIPELINING");
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));

        const QByteArray message = kMessage + ".not stuffed\r\n";
        const SendResult result
            = sendMessage(session, {"alice@example.test", {"bob@example.test", "nobody@example.test"}}, message);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(result.chunked);
        QCOMPARE(result.refused().size(), 1);
        QCOMPARE(result.finalReply.code, 250);
        const QByteArrayList texts = fixture.server().texts();
        QVERIFY2(texts.contains("BDAT " + QByteArray::number(message.size()) + " LAST"), texts.join('|').constData());
        QVERIFY(!texts.contains("DATA"));
        // BDAT comes only after the last RCPT, even when pipelining.
        QVERIFY(fixture.server().indexOf("BDAT") > fixture.server().indexOf("RCPT TO:<nobody@example.test>"));
        QVERIFY(fixture.dataLines().contains(".not stuffed"));
        QVERIFY(fixture.dataLines().contains("Subject: hi"));
        QVERIFY(session.isReady());
    }

    void chunkingCanonicalisesLineEnds()
    {
        SmtpBehaviour behaviour;
        behaviour.ehloTls.append("CHUNKING");
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const SendResult result
            = sendMessage(session, {"alice@example.test", {"bob@example.test"}}, "Subject: x\n\nbare LF\rbare CR");
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(fixture.server().texts().contains("BDAT 32 LAST")); // every line end now CRLF, the last one too
        QCOMPARE(fixture.dataLines(), QByteArrayList({"Subject: x", "", "bare LF", "bare CR"}));
    }

    void chunkingSendsNothingWhenEveryRecipientIsRefused()
    {
        SmtpBehaviour behaviour;
        behaviour.ehloTls.append("CHUNKING");
        behaviour.refusedRecipients = {"x@example.test"};
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const SendResult result = sendMessage(session, {"alice@example.test", {"x@example.test"}}, kMessage);
        QCOMPARE(result.error.kind, SmtpError::Kind::MessageRejected);
        QVERIFY(!result.chunked);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.server().indexOf("RSET") > 0, kSmtpWaitMs);
        QCOMPARE(fixture.server().indexOf("BDAT"), -1);
        QVERIFY(fixture.dataLines().isEmpty());
        const SendResult next = sendMessage(session, {"alice@example.test", {"bob@example.test"}}, kMessage);
        QVERIFY2(next.delivered(), qPrintable(next.error.message));
    }

    void chunkingCanBeSwitchedOff()
    {
        SmtpBehaviour behaviour;
        behaviour.ehloTls.append("CHUNKING");
        SmtpFixture fixture(behaviour);
        SmtpSettings settings = fixture.settings();
        settings.chunking = false;
        SmtpSession session(settings);
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        const SendResult result = sendMessage(session, {"alice@example.test", {"bob@example.test"}}, kMessage);
        QVERIFY2(result.delivered(), qPrintable(result.error.message));
        QVERIFY(!result.chunked);
        QVERIFY(fixture.server().texts().contains("DATA"));
        QCOMPARE(fixture.server().indexOf("BDAT"), -1);
    }

    void quitFinishesWhenTheServerCloses()
    {
        SmtpFixture fixture {SmtpBehaviour {}}; // replies 221 and closes at once
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY2(openSession(session, &error), qPrintable(error.message));
        QSignalSpy finished(&session, &SmtpSession::finished);
        QSignalSpy failed(&session, &SmtpSession::failed);
        session.quit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSmtpWaitMs);
        QCOMPARE(failed.size(), 0);
        QVERIFY(fixture.server().indexOf("QUIT") > 0);
    }
};

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtp_session.moc"
