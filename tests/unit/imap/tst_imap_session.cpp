// ImapSession against a scripted server: every CLIENTID rule of
// shared/spec/clientid.md for IMAP, STARTTLS without downgrade, login choices,
// hostile or broken responses, the pipeline, literals, IDLE and the MOVE
// fallback. Dovecot behaviour is covered by tests/integration/imap.
#include "imap/append_command.h"
#include "imap/capabilities.h"
#include "imap/fetch_command.h"
#include "imap/idle_command.h"
#include "imap/move_command.h"
#include "imap/notify_command.h"
#include "imap/select_command.h"
#include "imap/server_quirks.h"
#include "imap/simple_command.h"
#include "imap/status_command.h"
#include "imap_scripted_fixture.h"

#include <QTimer>

using heron::imap::AppendCommand;
using heron::imap::Capabilities;
using heron::imap::FetchCommand;
using heron::imap::IdleCommand;
using heron::imap::ImapError;
using heron::imap::ImapSession;
using heron::imap::MailboxStatus;
using heron::imap::MoveCommand;
using heron::imap::NotifyCommand;
using heron::imap::SelectCommand;
using heron::imap::SequenceSet;
using heron::imap::ServerQuirks;
using heron::imap::SimpleCommand;
using heron::imap::StatusCommand;
using heron::test::ImapBehaviour;
using heron::test::ImapFixture;
using heron::test::kImapPassword;
using heron::test::kImapToken;
using heron::test::openAndWait;
using heron::test::runAndWait;
using heron::test::ScriptedConnection;

namespace {

bool sentCredentials(const ImapFixture &fixture)
{
    const QByteArrayList verbs = fixture.verbs();
    return verbs.contains("LOGIN") || verbs.contains("AUTHENTICATE");
}

// A SELECTed INBOX for the tests that need one.
bool selectInbox(ScriptedConnection &connection, const QByteArray &tag, const QByteArray &verb)
{
    if (verb != "SELECT")
        return false;
    connection.reply("* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n" + tag
                     + " OK [READ-WRITE] selected\r\n");
    return true;
}

// A server that IDLEs (answering "+" after continuationDelayMs, 0: at once) and
// ends it at DONE; SELECT INBOX as selectInbox does.
ImapBehaviour idlingServer(int continuationDelayMs)
{
    auto idleTag = std::make_shared<QByteArray>();
    ImapBehaviour behaviour;
    behaviour.command = [idleTag, continuationDelayMs](ScriptedConnection &connection, const QByteArray &tag,
                                                       const QByteArray &verb, const QByteArray &line) {
        if (verb == "IDLE") {
            *idleTag = tag;
            if (continuationDelayMs == 0)
                connection.reply("+ idling\r\n");
            else
                QTimer::singleShot(continuationDelayMs, &connection,
                                   [&connection] { connection.reply("+ idling\r\n"); });
            return true;
        }
        if (line == "DONE") {
            connection.reply(*idleTag + " OK idle done\r\n");
            return true;
        }
        return selectInbox(connection, tag, verb);
    };
    return behaviour;
}

} // namespace

class TestImapSession : public QObject
{
    Q_OBJECT

private slots:
    // --- CLIENTID -----------------------------------------------------------
    void clientIdBeforeLoginOverTls();
    void clientIdFromGreetingCapabilities();
    void onlyPostTlsCapabilitiesCount_data();
    void onlyPostTlsCapabilitiesCount();
    void neverAfterPreauth();
    void neverAfterLogin();
    void refusedDeviceSendsNoCredentials();
    void badClientIdSendsNoCredentials();
    void notSentWhenDisabledOrWithoutToken();
    void unsafeTokenIsNeverSent();
    void oncePerConnectionAndAgainOnEach();
    void loginFailureAfterAcceptedClientIdMentionsApproval();
    void tokenAndPasswordNeverInTheLog();

    // --- TLS and login --------------------------------------------------------
    void missingStartTlsIsRefused();
    void cleartextPreauthIsRefused();
    void bytesInjectedBeforeTheHandshakeAreIgnored();
    void loginDisabledWithoutAuthPlainFails();
    void authenticatePlainWithoutSaslIr();
    void plainLoginWhenNoAuthPlain();
    void oauthAfterClientId_data();
    void oauthAfterClientId();
    void refusedOAuthTokenAnswersTheErrorChallenge();
    void oauthTokenWithoutOAuthMechanismSendsNothing();

    // --- broken servers -------------------------------------------------------
    void malformedResponseEndsTheSession();
    void unknownTagEndsTheSession();
    void byeCancelsRunningCommands();
    void silentServerTimesOut();

    // --- commands -------------------------------------------------------------
    void independentCommandsArePipelined();
    void selectWaitsForRunningCommands();
    void commandInWrongStateFails();
    void synchronisingLiteralWaitsForContinuation();
    void idleRestartsAndStepsAside();
    void notifyReportsOtherMailboxes();
    void idleStepsAsideForCommandsSentBeforeItStarted();
    void moveFallsBackToCopyStoreExpunge_data();
    void moveFallsBackToCopyStoreExpunge();

    // --- data -----------------------------------------------------------------
    void imap4rev2ImpliesItsExtensions();
    void quirksTable_data();
    void quirksTable();
};

void TestImapSession::clientIdBeforeLoginOverTls()
{
    ImapFixture fixture({});
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    const QByteArrayList verbs = fixture.verbs();
    QCOMPARE(verbs.mid(0, 3), (QByteArrayList {"CAPABILITY", "CLIENTID", "AUTHENTICATE"}));
    const auto *line = fixture.line("CLIENTID");
    QVERIFY(line->encrypted);
    QVERIFY(line->text.endsWith(" CLIENTID UUID " + kImapToken));
    QVERIFY(session.clientIdAdvertised());
    QCOMPARE(session.clientIdReply()->status, heron::imap::Status::Ok);
    QCOMPARE(session.state(), ImapSession::State::Authenticated);
}

void TestImapSession::clientIdFromGreetingCapabilities()
{
    ImapBehaviour behaviour;
    behaviour.greetingCapabilities = "IMAP4rev1 AUTH=PLAIN SASL-IR CLIENTID";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QCOMPARE(fixture.verbs().value(0), QByteArray("CLIENTID"));
}

void TestImapSession::onlyPostTlsCapabilitiesCount_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("tls");
    QTest::addColumn<bool>("sent");
    QTest::newRow("before TLS only") << QByteArray("IMAP4rev1 STARTTLS CLIENTID LOGINDISABLED")
                                     << QByteArray("IMAP4rev1 AUTH=PLAIN") << false;
    QTest::newRow("after TLS only") << QByteArray("IMAP4rev1 STARTTLS LOGINDISABLED")
                                    << QByteArray("IMAP4rev1 AUTH=PLAIN clientid") << true;
    QTest::newRow("both") << QByteArray("IMAP4rev1 STARTTLS CLIENTID") << QByteArray("IMAP4rev1 AUTH=PLAIN CLIENTID")
                          << true;
}

void TestImapSession::onlyPostTlsCapabilitiesCount()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, tls);
    QFETCH(bool, sent);
    ImapBehaviour behaviour;
    behaviour.implicitTls = false;
    behaviour.capabilitiesPlain = plain;
    behaviour.capabilitiesTls = tls;
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QCOMPARE(fixture.line("CLIENTID") != nullptr, sent);
    QCOMPARE(session.clientIdAdvertised(), sent);
    // CAPABILITY, STARTTLS, then CAPABILITY again once encrypted.
    QCOMPARE(fixture.verbs().mid(0, 3), (QByteArrayList {"CAPABILITY", "STARTTLS", "CAPABILITY"}));
    QVERIFY(fixture.server().lines().at(2).encrypted);
    for (const auto &line : fixture.server().lines()) {
        if (line.text.contains("CLIENTID") || line.text.contains("AUTHENTICATE"))
            QVERIFY(line.encrypted);
    }
}

void TestImapSession::neverAfterPreauth()
{
    ImapBehaviour behaviour;
    behaviour.greetingStatus = "PREAUTH";
    behaviour.greetingCapabilities = "IMAP4rev1 CLIENTID AUTH=PLAIN";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QCOMPARE(session.state(), ImapSession::State::Authenticated);
    QVERIFY(!fixture.line("CLIENTID"));
    QVERIFY(!sentCredentials(fixture));
}

void TestImapSession::neverAfterLogin()
{
    ImapFixture fixture({}); // CLIENTID is listed again after login
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *capability = SimpleCommand::capability();
    capability->setParent(&owner);
    QVERIFY(runAndWait(session, capability));
    QVERIFY(session.capabilities().has("CLIENTID"));
    QCOMPARE(fixture.verbs().count("CLIENTID"), 1);
    QVERIFY(fixture.verbs().indexOf("CLIENTID") < fixture.verbs().indexOf("AUTHENTICATE"));
}

void TestImapSession::refusedDeviceSendsNoCredentials()
{
    ImapBehaviour behaviour;
    behaviour.clientIdReply = "NO device not registered, see https://provider.example/devices";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::DeviceRefused);
    QVERIFY(session.error().message.contains(QStringLiteral("https://provider.example/devices")));
    QVERIFY(!sentCredentials(fixture));
    QTRY_VERIFY_WITH_TIMEOUT(fixture.verbs().contains("LOGOUT"), heron::test::kImapWaitMs);
}

void TestImapSession::badClientIdSendsNoCredentials()
{
    ImapBehaviour behaviour;
    behaviour.clientIdReply = "BAD unknown token type";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::ClientIdProtocol);
    QVERIFY(session.error().message.contains(QStringLiteral("unknown token type")));
    QVERIFY(!sentCredentials(fixture));
}

void TestImapSession::notSentWhenDisabledOrWithoutToken()
{
    for (const bool enabled : {false, true}) {
        ImapFixture fixture({});
        auto settings = fixture.settings();
        settings.clientIdEnabled = enabled;
        if (enabled)
            settings.clientIdToken.clear();
        ImapSession session(settings);
        QVERIFY(openAndWait(session));
        QVERIFY(!fixture.line("CLIENTID"));
        QVERIFY(sentCredentials(fixture));
    }
}

void TestImapSession::unsafeTokenIsNeverSent()
{
    ImapFixture fixture({});
    auto settings = fixture.settings();
    settings.clientIdToken = "abc\r\na1 LOGIN alice pw";
    ImapSession session(settings);
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::ClientIdProtocol);
    QVERIFY(!fixture.line("CLIENTID"));
    QVERIFY(!sentCredentials(fixture));
}

void TestImapSession::oncePerConnectionAndAgainOnEach()
{
    ImapFixture fixture({});
    ImapSession first(fixture.settings());
    ImapSession second(fixture.settings());
    QVERIFY(openAndWait(first));
    QVERIFY(openAndWait(second));
    QCOMPARE(fixture.server().connectionCount(), 2);
    int perConnection[2] = {0, 0};
    for (const auto &line : fixture.server().lines()) {
        if (line.text.contains(" CLIENTID "))
            ++perConnection[line.connection];
    }
    QCOMPARE(perConnection[0], 1);
    QCOMPARE(perConnection[1], 1);
}

void TestImapSession::loginFailureAfterAcceptedClientIdMentionsApproval()
{
    ImapBehaviour behaviour;
    behaviour.loginReply = "NO [AUTHENTICATIONFAILED] invalid credentials";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::Authentication);
    QVERIFY(session.error().message.contains(QStringLiteral("invalid credentials")));
    QVERIFY(session.error().message.contains(QStringLiteral("device to be approved")));
}

void TestImapSession::tokenAndPasswordNeverInTheLog()
{
    ImapBehaviour behaviour;
    behaviour.capabilitiesTls = "IMAP4rev1 CLIENTID"; // LOGIN, with the password on the command line
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QVERIFY(fixture.line("LOGIN"));
    const QByteArray log = session.log().text();
    QVERIFY(!log.contains(kImapToken));
    QVERIFY(!log.contains(kImapPassword.toUtf8()));
    QVERIFY(log.contains("CLIENTID UUID <clientid redacted>"));
    QVERIFY(log.contains("LOGIN <credentials redacted>"));

    ImapFixture plain({});
    ImapSession other(plain.settings());
    QVERIFY(openAndWait(other));
    const QByteArray authLog = other.log().text();
    const QByteArray payload = QByteArray("\0alice@example.test\0" + kImapPassword.toUtf8()).toBase64();
    QVERIFY(!authLog.contains(payload));
    QVERIFY(authLog.contains("AUTHENTICATE PLAIN <auth redacted>"));
}

void TestImapSession::missingStartTlsIsRefused()
{
    ImapBehaviour behaviour;
    behaviour.implicitTls = false;
    behaviour.capabilitiesPlain = "IMAP4rev1 AUTH=PLAIN CLIENTID"; // no STARTTLS: a stripping attacker
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::Connection);
    QVERIFY(session.error().message.contains(QStringLiteral("STARTTLS")));
    QCOMPARE(fixture.verbs(), QByteArrayList {"CAPABILITY"});
}

void TestImapSession::cleartextPreauthIsRefused()
{
    ImapBehaviour behaviour;
    behaviour.implicitTls = false;
    behaviour.greetingStatus = "PREAUTH";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::Connection);
    QVERIFY(fixture.verbs().isEmpty());
}

void TestImapSession::bytesInjectedBeforeTheHandshakeAreIgnored()
{
    ImapBehaviour behaviour;
    behaviour.implicitTls = false;
    behaviour.capabilitiesTls = "IMAP4rev1 AUTH=PLAIN SASL-IR"; // no CLIENTID after TLS
    behaviour.injectAfterStartTls = "* CAPABILITY IMAP4rev1 CLIENTID AUTH=PLAIN\r\n";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QVERIFY(!session.clientIdAdvertised());
    QVERIFY(!fixture.line("CLIENTID"));
}

void TestImapSession::loginDisabledWithoutAuthPlainFails()
{
    ImapBehaviour behaviour;
    behaviour.capabilitiesTls = "IMAP4rev1 LOGINDISABLED AUTH=GSSAPI";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::NoAuthMechanism);
    QVERIFY(!sentCredentials(fixture));
}

void TestImapSession::authenticatePlainWithoutSaslIr()
{
    ImapBehaviour behaviour;
    behaviour.capabilitiesTls = "IMAP4rev1 AUTH=PLAIN";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    const QByteArrayList texts = fixture.server().texts();
    const qsizetype index = fixture.verbs().indexOf("AUTHENTICATE");
    QVERIFY(texts.at(index).endsWith(" AUTHENTICATE PLAIN"));
    QCOMPARE(QByteArray::fromBase64(texts.at(index + 1)),
             QByteArray("\0alice@example.test\0", 20) + kImapPassword.toUtf8());
}

void TestImapSession::plainLoginWhenNoAuthPlain()
{
    ImapBehaviour behaviour;
    behaviour.capabilitiesTls = "IMAP4rev1";
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QVERIFY(fixture.line("LOGIN")->text.endsWith("LOGIN alice@example.test " + kImapPassword.toUtf8()));
}

namespace {

const QString kAccessToken = QStringLiteral("ya29.access-token");

// The fixture's settings for an OAuth account: the access token, no password.
heron::imap::ImapSettings oauthSettings(const ImapFixture &fixture)
{
    heron::imap::ImapSettings settings = fixture.settings();
    settings.password.clear();
    settings.oauthToken = kAccessToken;
    return settings;
}

} // namespace

void TestImapSession::oauthAfterClientId_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<QByteArray>("response");
    const QByteArray bearer = "auth=Bearer " + kAccessToken.toUtf8() + "\x01\x01";
    // RFC 7628 3.1: a gs2 header with the user, then the bearer token, kvsep-separated.
    QTest::newRow("OAUTHBEARER preferred") << QByteArray("AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER")
                                           << QByteArray("OAUTHBEARER") << "n,a=alice@example.test,\x01" + bearer;
    QTest::newRow("XOAUTH2 when only it is offered")
        << QByteArray("AUTH=PLAIN AUTH=XOAUTH2") << QByteArray("XOAUTH2") << "user=alice@example.test\x01" + bearer;
}

void TestImapSession::oauthAfterClientId()
{
    QFETCH(QByteArray, offered);
    QFETCH(QByteArray, mechanism);
    QFETCH(QByteArray, response);
    ImapBehaviour behaviour;
    behaviour.capabilitiesTls = "IMAP4rev1 " + offered + " SASL-IR CLIENTID";
    ImapFixture fixture(behaviour);
    ImapSession session(oauthSettings(fixture));
    QVERIFY(openAndWait(session));
    // spec/clientid.md: the device token before any credentials, a token as much as a password.
    QCOMPARE(fixture.verbs().mid(0, 3), (QByteArrayList {"CAPABILITY", "CLIENTID", "AUTHENTICATE"}));
    const QByteArrayList words = fixture.line("AUTHENTICATE")->text.split(' ');
    QCOMPARE(words.value(2), mechanism);
    QCOMPARE(QByteArray::fromBase64(words.value(3)), response);
}

void TestImapSession::refusedOAuthTokenAnswersTheErrorChallenge()
{
    // RFC 7628 3.2.3: a refused token gets a challenge with the error as JSON; the
    // client answers %x01, then the server says NO.
    auto pendingTag = std::make_shared<QByteArray>();
    auto answer = std::make_shared<QByteArray>();
    ImapBehaviour behaviour;
    behaviour.capabilitiesTls = "IMAP4rev1 AUTH=OAUTHBEARER SASL-IR CLIENTID";
    behaviour.command = [pendingTag, answer](ScriptedConnection &connection, const QByteArray &tag,
                                             const QByteArray &verb, const QByteArray &line) {
        if (!pendingTag->isEmpty()) {
            *answer = line;
            connection.reply(std::exchange(*pendingTag, {}) + " NO [AUTHENTICATIONFAILED] token expired\r\n");
            return true;
        }
        if (verb != "AUTHENTICATE")
            return false;
        *pendingTag = tag;
        connection.reply("+ " + QByteArray(R"({"status":"401","schemes":"bearer","scope":"mail"})").toBase64()
                         + "\r\n");
        return true;
    };
    ImapFixture fixture(behaviour);
    ImapSession session(oauthSettings(fixture));
    QVERIFY(!openAndWait(session));
    QCOMPARE(*answer, QByteArray("AQ=="));
    QCOMPARE(session.error().kind, ImapError::Kind::Authentication);
    QVERIFY2(session.error().message.contains(QLatin1String("token expired")), qPrintable(session.error().message));
}

void TestImapSession::oauthTokenWithoutOAuthMechanismSendsNothing()
{
    ImapBehaviour behaviour; // AUTH=PLAIN only: the token must not go out as a password
    ImapFixture fixture(behaviour);
    ImapSession session(oauthSettings(fixture));
    QVERIFY(!openAndWait(session));
    QCOMPARE(session.error().kind, ImapError::Kind::NoAuthMechanism);
    QVERIFY(!fixture.verbs().contains("AUTHENTICATE"));
    QVERIFY(!fixture.verbs().contains("LOGIN"));
}

void TestImapSession::malformedResponseEndsTheSession()
{
    ImapBehaviour behaviour;
    behaviour.command
        = [](ScriptedConnection &connection, const QByteArray &tag, const QByteArray &verb, const QByteArray &) {
              if (verb != "NOOP")
                  return false;
              connection.reply("* 1 FETCH (UID oops FLAGS (\\Seen\r\n" + tag + " OK\r\n");
              return true;
          };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QSignalSpy failed(&session, &ImapSession::failed);
    QObject owner;
    auto *noop = SimpleCommand::noop();
    noop->setParent(&owner);
    QVERIFY(!runAndWait(session, noop));
    QCOMPARE(noop->error().kind, ImapError::Kind::Cancelled);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(session.error().kind, ImapError::Kind::Protocol);
}

void TestImapSession::unknownTagEndsTheSession()
{
    ImapBehaviour behaviour;
    behaviour.command
        = [](ScriptedConnection &connection, const QByteArray &, const QByteArray &verb, const QByteArray &) {
              if (verb != "NOOP")
                  return false;
              connection.reply("zz99 OK not yours\r\n");
              return true;
          };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *noop = SimpleCommand::noop();
    noop->setParent(&owner);
    QVERIFY(!runAndWait(session, noop));
    QCOMPARE(session.error().kind, ImapError::Kind::Protocol);
}

void TestImapSession::byeCancelsRunningCommands()
{
    ImapBehaviour behaviour;
    behaviour.command
        = [](ScriptedConnection &connection, const QByteArray &, const QByteArray &verb, const QByteArray &) {
              if (verb != "NOOP")
                  return false;
              connection.reply("* BYE server shutting down for maintenance\r\n");
              connection.close();
              return true;
          };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *noop = SimpleCommand::noop();
    noop->setParent(&owner);
    QVERIFY(!runAndWait(session, noop));
    QCOMPARE(noop->error().kind, ImapError::Kind::Cancelled);
    QCOMPARE(session.error().kind, ImapError::Kind::Closed);
    QVERIFY(session.error().message.contains(QStringLiteral("maintenance")));
}

void TestImapSession::silentServerTimesOut()
{
    ImapBehaviour behaviour;
    behaviour.command = [](ScriptedConnection &, const QByteArray &, const QByteArray &verb, const QByteArray &) {
        return verb == "NOOP"; // never answered
    };
    ImapFixture fixture(behaviour);
    auto settings = fixture.settings();
    settings.timeouts.command = 300;
    ImapSession session(settings);
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *noop = SimpleCommand::noop();
    noop->setParent(&owner);
    QVERIFY(!runAndWait(session, noop));
    QCOMPARE(session.error().kind, ImapError::Kind::Connection);
}

void TestImapSession::independentCommandsArePipelined()
{
    // STATUS answers are held back until both commands arrived: that only
    // completes if the client sent the second without waiting for the first.
    auto pending = std::make_shared<QByteArrayList>();
    ImapBehaviour behaviour;
    behaviour.command = [pending](ScriptedConnection &connection, const QByteArray &tag, const QByteArray &verb,
                                  const QByteArray &line) {
        if (verb != "STATUS")
            return false;
        const QByteArray name = line.split(' ').value(2);
        pending->append("* STATUS " + name + " (MESSAGES 5)\r\n" + tag + " OK\r\n");
        if (pending->size() == 2)
            connection.reply(pending->join());
        return true;
    };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *first = new StatusCommand(QStringLiteral("Archive"), {"MESSAGES"});
    auto *second = new StatusCommand(QStringLiteral("Sent"), {"MESSAGES"});
    first->setParent(&owner);
    second->setParent(&owner);
    session.run(first);
    QVERIFY(runAndWait(session, second));
    QVERIFY(first->succeeded());
    QCOMPARE(first->status().name, QStringLiteral("Archive"));
    QCOMPARE(second->status().name, QStringLiteral("Sent"));
    QCOMPARE(second->status().messages, 5u);
}

void TestImapSession::selectWaitsForRunningCommands()
{
    auto outstanding = std::make_shared<int>(0);
    auto outstandingAtSelect = std::make_shared<int>(-1);
    ImapBehaviour behaviour;
    behaviour.command = [outstanding, outstandingAtSelect](ScriptedConnection &connection, const QByteArray &tag,
                                                           const QByteArray &verb, const QByteArray &line) {
        if (verb == "STATUS") {
            ++*outstanding;
            const QByteArray reply = "* STATUS " + line.split(' ').value(2) + " (MESSAGES 1)\r\n" + tag + " OK\r\n";
            QTimer::singleShot(100, &connection, [&connection, reply, outstanding] {
                --*outstanding;
                connection.reply(reply);
            });
            return true;
        }
        if (verb == "SELECT")
            *outstandingAtSelect = *outstanding;
        return selectInbox(connection, tag, verb);
    };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *status = new StatusCommand(QStringLiteral("Archive"), {"MESSAGES"});
    auto *select = new SelectCommand(QStringLiteral("INBOX"));
    status->setParent(&owner);
    select->setParent(&owner);
    session.run(status);
    QVERIFY(runAndWait(session, select));
    QCOMPARE(*outstandingAtSelect, 0);
    QCOMPARE(session.state(), ImapSession::State::Selected);
    QCOMPARE(select->mailbox().exists, 3u);
    QCOMPARE(select->mailbox().uidValidity, 7u);
    QCOMPARE(session.selectedMailbox()->uidNext, 40u);
}

void TestImapSession::commandInWrongStateFails()
{
    ImapFixture fixture({});
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *fetch = new FetchCommand(SequenceSet::fromRange(1, 5), {"FLAGS"});
    fetch->setParent(&owner);
    QVERIFY(!runAndWait(session, fetch));
    QCOMPARE(fetch->error().kind, ImapError::Kind::WrongState);
    QVERIFY(!fixture.verbs().contains("UID"));
}

void TestImapSession::synchronisingLiteralWaitsForContinuation()
{
    auto literal = std::make_shared<QByteArray>();
    auto appendTag = std::make_shared<QByteArray>();
    ImapBehaviour behaviour;
    behaviour.command = [literal, appendTag](ScriptedConnection &connection, const QByteArray &tag,
                                             const QByteArray &verb, const QByteArray &line) {
        if (verb == "APPEND") {
            // Synchronising (no LITERAL+ offered): the server must say "+" first.
            *appendTag = line.endsWith("}") ? tag : QByteArray("wrong-literal");
            connection.reply("+ go ahead\r\n");
            return true;
        }
        if (appendTag->isEmpty())
            return false;
        literal->append(line + "\n");
        if (line.isEmpty()) { // the CRLF that ends the command after the literal
            connection.reply(*appendTag + " OK [APPENDUID 9 41] appended\r\n");
            appendTag->clear();
        }
        return true;
    };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *append = new AppendCommand(QStringLiteral("Drafts"), "Subject: hi\r\nX-Test: yes\r\n", {"\\Draft"});
    append->setParent(&owner);
    QVERIFY(runAndWait(session, append));
    QCOMPARE(append->appendedUid(), 41u);
    QCOMPARE(append->uidValidity(), 9u);
    QCOMPARE(*literal, QByteArray("Subject: hi\nX-Test: yes\n\n"));
}

void TestImapSession::idleRestartsAndStepsAside()
{
    ImapFixture fixture(idlingServer(0));
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *select = new SelectCommand(QStringLiteral("INBOX"));
    select->setParent(&owner);
    QVERIFY(runAndWait(session, select));

    auto *idle = new IdleCommand(300);
    idle->setParent(&owner);
    QSignalSpy idling(idle, &IdleCommand::idling);
    session.run(idle);
    // Restarted by its own timer: IDLE, DONE, IDLE.
    QTRY_VERIFY_WITH_TIMEOUT(idling.size() >= 2, heron::test::kImapWaitMs);
    // Another command makes it step aside, then it idles again.
    auto *noop = SimpleCommand::noop();
    noop->setParent(&owner);
    QVERIFY(runAndWait(session, noop));
    const qsizetype noopAt = fixture.verbs().lastIndexOf("NOOP");
    QCOMPARE(fixture.server().texts().at(noopAt - 1), QByteArray("DONE"));
    QTRY_VERIFY_WITH_TIMEOUT(fixture.verbs().lastIndexOf("IDLE") > noopAt, heron::test::kImapWaitMs);
    idle->stop();
    QTRY_VERIFY_WITH_TIMEOUT(idle->isFinished(), heron::test::kImapWaitMs);
    QVERIFY(idle->succeeded());
}

// NOTIFY SET as RFC 5465 spells it; the STATUS replies, and one pushed later
// (outside any command), come out as mailboxStatus. A refused NOTIFY is a failed
// command, not a failed session, and NOTIFY is not sent where it is not offered.
void TestImapSession::notifyReportsOtherMailboxes()
{
    ImapBehaviour behaviour;
    behaviour.capabilitiesAfterLogin += " NOTIFY";
    behaviour.command
        = [](ScriptedConnection &connection, const QByteArray &tag, const QByteArray &verb, const QByteArray &line) {
              if (verb != "NOTIFY")
                  return false;
              if (line.endsWith("(mailboxes (Work \"Two words\") (MessageNew))")) {
                  connection.reply(tag + " BAD [BADEVENT (MessageNew MessageExpunge)] Unsupported\r\n");
                  return true;
              }
              connection.reply("* STATUS Work (MESSAGES 3 UIDNEXT 9 HIGHESTMODSEQ 12)\r\n" + tag + " OK done\r\n");
              QTimer::singleShot(50, &connection, [&connection] { connection.reply("* STATUS INBOX (UNSEEN 4)\r\n"); });
              return true;
          };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QSignalSpy statuses(&session, &ImapSession::mailboxStatus);
    QObject owner;
    auto *notify = new NotifyCommand(NotifyCommand::mailClientGroups(), true);
    notify->setParent(&owner);
    QVERIFY(runAndWait(session, notify));
    const qsizetype at = fixture.verbs().lastIndexOf("NOTIFY");
    QCOMPARE(fixture.server().texts().at(at).mid(fixture.server().texts().at(at).indexOf(' ') + 1),
             QByteArray("NOTIFY SET STATUS (selected-delayed (MessageNew MessageExpunge FlagChange)) "
                        "(inboxes (MessageNew MessageExpunge FlagChange)) "
                        "(subscribed (MessageNew MessageExpunge FlagChange))"));
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 2, heron::test::kImapWaitMs);
    const auto first = statuses.at(0).at(0).value<MailboxStatus>();
    QCOMPARE(first.name, QStringLiteral("Work"));
    QCOMPARE(first.uidNext, std::optional<quint32>(9));
    QCOMPARE(first.highestModSeq, std::optional<quint64>(12));
    const auto pushed = statuses.at(1).at(0).value<MailboxStatus>();
    QCOMPARE(pushed.name, QStringLiteral("INBOX"));
    QCOMPARE(pushed.unseen, std::optional<quint32>(4));

    auto *refused
        = new NotifyCommand({{"mailboxes", {QStringLiteral("Work"), QStringLiteral("Two words")}, {"MessageNew"}}});
    refused->setParent(&owner);
    QVERIFY(!runAndWait(session, refused));
    QVERIFY(session.isReady());
    auto *none = NotifyCommand::none();
    none->setParent(&owner);
    QVERIFY(runAndWait(session, none));
    QVERIFY(fixture.server().texts().last().endsWith(" NOTIFY NONE"));

    ImapFixture plain {ImapBehaviour {}};
    ImapSession without(plain.settings());
    QVERIFY(openAndWait(without));
    auto *unoffered = NotifyCommand::none();
    unoffered->setParent(&owner);
    QVERIFY(!runAndWait(without, unoffered));
    QVERIFY(!plain.verbs().contains("NOTIFY"));
}

// A command (or stop()) that comes while the server has not yet answered IDLE
// with "+" cannot end it then; it must end as soon as the "+" arrives, not at
// the restart timer (here a minute; 28 in the engine).
void TestImapSession::idleStepsAsideForCommandsSentBeforeItStarted()
{
    // A slow server: the "+" comes after the client queued more.
    ImapFixture fixture(idlingServer(300));
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *select = new SelectCommand(QStringLiteral("INBOX"));
    select->setParent(&owner);
    QVERIFY(runAndWait(session, select));

    auto *idle = new IdleCommand(60000);
    idle->setParent(&owner);
    session.run(idle);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.verbs().contains("IDLE"), heron::test::kImapWaitMs);
    auto *noop = SimpleCommand::noop();
    noop->setParent(&owner);
    session.run(noop);
    QTRY_VERIFY_WITH_TIMEOUT(noop->isFinished(), 10000);
    QVERIFY(noop->succeeded());
    const qsizetype noopAt = fixture.verbs().lastIndexOf("NOOP");
    QCOMPARE(fixture.server().texts().at(noopAt - 1), QByteArray("DONE"));

    // The same for stop(): the IDLE after the NOOP is stopped before its "+".
    QTRY_VERIFY_WITH_TIMEOUT(fixture.verbs().lastIndexOf("IDLE") > noopAt, heron::test::kImapWaitMs);
    idle->stop();
    QTRY_VERIFY_WITH_TIMEOUT(idle->isFinished(), 10000);
    QVERIFY(idle->succeeded());
}

void TestImapSession::moveFallsBackToCopyStoreExpunge_data()
{
    QTest::addColumn<QByteArray>("capabilities");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<bool>("removed");
    QTest::addColumn<bool>("copyOnly");
    QTest::newRow("MOVE") << QByteArray("IMAP4rev1 MOVE UIDPLUS") << QByteArrayList {"MOVE"} << true << false;
    QTest::newRow("UIDPLUS") << QByteArray("IMAP4rev1 UIDPLUS") << QByteArrayList {"COPY", "STORE", "EXPUNGE"} << true
                             << false;
    QTest::newRow("neither") << QByteArray("IMAP4rev1") << QByteArrayList {"COPY", "STORE"} << false << false;
    // MoveCommand::copy: only the COPY, whatever the server offers.
    QTest::newRow("copy") << QByteArray("IMAP4rev1 MOVE UIDPLUS") << QByteArrayList {"COPY"} << false << true;
}

void TestImapSession::moveFallsBackToCopyStoreExpunge()
{
    QFETCH(QByteArray, capabilities);
    QFETCH(QByteArrayList, expected);
    QFETCH(bool, removed);
    QFETCH(bool, copyOnly);
    auto uidCommands = std::make_shared<QByteArrayList>();
    ImapBehaviour behaviour;
    behaviour.capabilitiesAfterLogin = capabilities;
    behaviour.command = [uidCommands](ScriptedConnection &connection, const QByteArray &tag, const QByteArray &verb,
                                      const QByteArray &line) {
        if (verb != "UID")
            return selectInbox(connection, tag, verb);
        const QByteArray sub = line.split(' ').value(2).toUpper();
        uidCommands->append(sub);
        connection.reply(tag + (sub == "COPY" || sub == "MOVE" ? " OK [COPYUID 9 4:5 100:101] done\r\n" : " OK\r\n"));
        return true;
    };
    ImapFixture fixture(behaviour);
    ImapSession session(fixture.settings());
    QVERIFY(openAndWait(session));
    QObject owner;
    auto *select = new SelectCommand(QStringLiteral("INBOX"));
    select->setParent(&owner);
    QVERIFY(runAndWait(session, select));
    auto *move = copyOnly ? MoveCommand::copy(SequenceSet::fromRange(4, 5), QStringLiteral("Archive"))
                          : new MoveCommand(SequenceSet::fromRange(4, 5), QStringLiteral("Archive"));
    move->setParent(&owner);
    QVERIFY(runAndWait(session, move));
    QCOMPARE(*uidCommands, expected);
    QCOMPARE(move->removedFromSource(), removed);
    QVERIFY(move->copyUid());
    QCOMPARE(move->copyUid()->uids.toByteArray(), QByteArray("100:101"));
}

void TestImapSession::imap4rev2ImpliesItsExtensions()
{
    const Capabilities rev2({"IMAP4rev2", "AUTH=PLAIN"});
    for (const char *implied : {"MOVE", "UIDPLUS", "ESEARCH", "IDLE", "SASL-IR", "LITERAL-", "SPECIAL-USE", "ENABLE"})
        QVERIFY2(rev2.has(implied), implied);
    QVERIFY(rev2.hasAuthMechanism("plain"));
    QVERIFY(!rev2.has("QRESYNC"));
    const Capabilities rev1({"IMAP4rev1"});
    QVERIFY(!rev1.has("MOVE"));
}

void TestImapSession::quirksTable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArrayList>("matched");
    QTest::newRow("netease 163") << QStringLiteral("imap.163.com") << QByteArray("IMAP4rev1 Service Ready")
                                 << QByteArrayList {"netease"};
    QTest::newRow("netease 126, upper case")
        << QStringLiteral("IMAP.126.COM") << QByteArray() << QByteArrayList {"netease"};
    QTest::newRow("not a dot boundary") << QStringLiteral("imap.evil163.com") << QByteArray() << QByteArrayList {};
    QTest::newRow("exchange by greeting")
        << QStringLiteral("mail.corp.example") << QByteArray("The Microsoft Exchange IMAP4 service is ready.")
        << QByteArrayList {"exchange"};
    QTest::newRow("exchange online by host")
        << QStringLiteral("outlook.office365.com") << QByteArray() << QByteArrayList {"exchange"};
    QTest::newRow("icloud") << QStringLiteral("imap.mail.me.com") << QByteArray() << QByteArrayList {"icloud"};
    QTest::newRow("dovecot") << QStringLiteral("localhost") << QByteArray("Dovecot ready.") << QByteArrayList {};
}

void TestImapSession::quirksTable()
{
    QFETCH(QString, host);
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArrayList, matched);
    const ServerQuirks quirks = ServerQuirks::lookup(host, greeting);
    QCOMPARE(quirks.matched, matched);
    QCOMPARE(quirks.idBeforeLogin, matched.contains("netease"));
    QCOMPARE(quirks.unreliableBodyStructure, matched.contains("exchange"));
    QCOMPARE(quirks.avoidQresync, matched.contains("icloud"));
}

QTEST_GUILESS_MAIN(TestImapSession)
#include "tst_imap_session.moc"
