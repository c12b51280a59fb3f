#pragma once

// A scripted SMTP submission server for SmtpSession and OutboxSender tests: EHLO
// (before and after TLS), STARTTLS, CLIENTID (with an optional delay), AUTH PLAIN
// and LOGIN, MAIL/RCPT with refusable recipients, DATA and BDAT, RSET, QUIT; each
// answer set by the test through SmtpBehaviour.
#include "scripted_server.h"
#include "smtp/smtp_session.h"
#include "test_certificates.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace heron::test {

constexpr int kSmtpWaitMs = 10000;
inline const QByteArray kSmtpToken = "3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f";
inline const QString kSmtpPassword = QStringLiteral("s3cret-pass");

// How the scripted server behaves; each test changes what it is about.
struct SmtpBehaviour
{
    bool implicitTls = true;
    QByteArrayList ehloPlain {"STARTTLS"};
    QByteArrayList ehloTls {"PIPELINING", "AUTH PLAIN LOGIN", "CLIENTID", "8BITMIME", "ENHANCEDSTATUSCODES"};
    QByteArray ehloReply; // non-empty: refuse EHLO with this
    QByteArray clientIdReply = "250 2.0.0 device ok";
    int clientIdDelayMs = 0;
    bool hangUpAfterClientId = false; // close the connection right after the CLIENTID reply
    QByteArray authReply = "235 2.7.0 Authentication successful";
    QByteArrayList refusedRecipients; // get "550 5.1.1 no such user"
    // The reply to RCPT for an address; empty (or no function): 250, unless refused above.
    std::function<QByteArray(const QByteArray &address)> rcptReply;
    // The reply to MAIL FROM of the n-th message (0-based); empty: 250. A 421 also hangs up.
    std::function<QByteArray(int message)> mailReply;
    QByteArray dataEndReply = "250 2.0.0 Ok: queued as 4XyZ";
    bool dropAfterDot = false; // hang up instead of answering the end of DATA
};

struct SmtpServerState
{
    bool inData = false;
    bool clientIdPending = false;
    bool authWhileClientIdPending = false;
    int acceptedRecipients = 0;
    int messages = 0; // MAIL commands seen
    int delivered = 0; // messages whose end of data got the final reply
    int loginStep = 0;
    qint64 bdatRemaining = 0; // bytes of a BDAT chunk still to come
    QByteArrayList data;
};

inline QByteArray ehloReply(const QByteArrayList &extensions)
{
    QByteArray reply = "250-scripted.example.test\r\n";
    for (qsizetype i = 0; i < extensions.size(); ++i)
        reply += (i + 1 == extensions.size() ? "250 " : "250-") + extensions.at(i) + "\r\n";
    if (extensions.isEmpty())
        reply = "250 scripted.example.test\r\n";
    return reply;
}

class SmtpFixture
{
public:
    explicit SmtpFixture(SmtpBehaviour behaviour)
        : m_behaviour(std::move(behaviour))
        , m_state(std::make_shared<SmtpServerState>())
        , m_server(m_behaviour.implicitTls ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain,
                   "220 scripted.example.test ESMTP\r\n", script())
    {
    }

    ScriptedServer &server() { return m_server; }
    SmtpServerState &state() { return *m_state; }

    smtp::SmtpSettings settings() const
    {
        smtp::SmtpSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.port = m_server.serverPort();
        settings.security
            = m_behaviour.implicitTls ? net::Connection::Security::ImplicitTls : net::Connection::Security::StartTls;
        QString error;
        settings.tls.addCaFile(TestCertificates::instance().caFile(), &error);
        settings.login = QStringLiteral("alice@example.test");
        settings.password = kSmtpPassword;
        settings.clientIdToken = kSmtpToken;
        return settings;
    }

    QByteArrayList dataLines() const { return m_state->data; }

private:
    ScriptedServer::Script script()
    {
        return [behaviour = m_behaviour, state = m_state](ScriptedConnection &connection, const QByteArray &line) {
            if (state->bdatRemaining > 0) {
                // The chunk is made of CRLF lines here; a real server counts octets.
                state->data.append(line);
                state->bdatRemaining -= line.size() + 2;
                if (state->bdatRemaining <= 0)
                    connection.reply(behaviour.dataEndReply + "\r\n");
                return;
            }
            if (state->inData) {
                if (line == ".") {
                    state->inData = false;
                    if (behaviour.dropAfterDot) {
                        connection.close();
                        return;
                    }
                    ++state->delivered;
                    connection.reply(behaviour.dataEndReply + "\r\n");
                } else {
                    state->data.append(line);
                }
                return;
            }
            const QByteArray verb = line.split(' ').constFirst().toUpper();
            if (state->loginStep == 1) {
                state->loginStep = 2;
                connection.reply("334 UGFzc3dvcmQ6\r\n");
            } else if (state->loginStep == 2) {
                state->loginStep = 0;
                connection.reply(behaviour.authReply + "\r\n");
            } else if (verb == "EHLO") {
                if (!behaviour.ehloReply.isEmpty())
                    connection.reply(behaviour.ehloReply + "\r\n");
                else
                    connection.reply(ehloReply(connection.isEncrypted() ? behaviour.ehloTls : behaviour.ehloPlain));
            } else if (verb == "HELO") {
                connection.reply("250 scripted.example.test\r\n");
            } else if (verb == "STARTTLS") {
                connection.reply("220 2.0.0 Ready to start TLS\r\n");
                connection.startTls();
            } else if (verb == "CLIENTID") {
                state->clientIdPending = true;
                QTimer::singleShot(behaviour.clientIdDelayMs, &connection, [&connection, state, behaviour] {
                    state->clientIdPending = false;
                    connection.reply(behaviour.clientIdReply + "\r\n");
                    if (behaviour.hangUpAfterClientId)
                        connection.close();
                });
            } else if (verb == "AUTH") {
                state->authWhileClientIdPending |= state->clientIdPending;
                if (line.toUpper().startsWith("AUTH LOGIN")) {
                    state->loginStep = 1;
                    connection.reply("334 VXNlcm5hbWU6\r\n");
                } else {
                    connection.reply(behaviour.authReply + "\r\n");
                }
            } else if (verb == "MAIL") {
                state->acceptedRecipients = 0;
                const QByteArray reply = behaviour.mailReply ? behaviour.mailReply(state->messages) : QByteArray();
                ++state->messages;
                connection.reply((reply.isEmpty() ? QByteArray("250 2.1.0 Ok") : reply) + "\r\n");
                if (reply.startsWith("421"))
                    connection.close();
            } else if (verb == "RCPT") {
                const QByteArray address = line.mid(line.indexOf('<') + 1).chopped(1);
                const QByteArray reply = behaviour.rcptReply ? behaviour.rcptReply(address) : QByteArray();
                if (!reply.isEmpty()) {
                    connection.reply(reply + "\r\n");
                } else if (behaviour.refusedRecipients.contains(address)) {
                    connection.reply("550 5.1.1 <" + address + ">: Recipient address rejected\r\n");
                } else {
                    ++state->acceptedRecipients;
                    connection.reply("250 2.1.5 Ok\r\n");
                }
            } else if (verb == "DATA") {
                if (state->acceptedRecipients == 0) {
                    connection.reply("554 5.5.1 Error: no valid recipients\r\n");
                } else {
                    state->inData = true;
                    connection.reply("354 End data with <CR><LF>.<CR><LF>\r\n");
                }
            } else if (verb == "BDAT") {
                const QByteArrayList words = line.split(' ');
                state->bdatRemaining = words.value(1).toLongLong();
                if (state->bdatRemaining == 0)
                    connection.reply(behaviour.dataEndReply + "\r\n");
            } else if (verb == "RSET") {
                connection.reply("250 2.0.0 Ok\r\n");
            } else if (verb == "QUIT") {
                connection.reply("221 2.0.0 Bye\r\n");
                connection.close();
            } else {
                connection.reply("502 5.5.2 Error: command not recognized\r\n");
            }
        };
    }

    SmtpBehaviour m_behaviour;
    std::shared_ptr<SmtpServerState> m_state;
    ScriptedServer m_server;
};

// Opens a session and waits until it is ready or has failed.
inline bool openSession(smtp::SmtpSession &session, smtp::SmtpError *error)
{
    QSignalSpy ready(&session, &smtp::SmtpSession::ready);
    QSignalSpy failed(&session, &smtp::SmtpSession::failed);
    session.open();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kSmtpWaitMs))
        return false;
    if (!failed.isEmpty())
        *error = failed.constFirst().constFirst().value<smtp::SmtpError>();
    return !ready.isEmpty();
}

inline smtp::SendResult sendMessage(smtp::SmtpSession &session, const smtp::Envelope &envelope,
                                    const QByteArray &message)
{
    QSignalSpy sent(&session, &smtp::SmtpSession::sent);
    session.send(envelope, message);
    if (sent.isEmpty() && !sent.wait(kSmtpWaitMs))
        return {{smtp::SmtpError::Kind::Protocol, QStringLiteral("test: no sent() signal"), {}}, {}, {}};
    return sent.constFirst().constFirst().value<smtp::SendResult>();
}

} // namespace heron::test
