#pragma once

// A scripted IMAP server for ImapSession tests: the parts of a server that
// opening a session needs (CAPABILITY, STARTTLS, CLIENTID, LOGIN, AUTHENTICATE,
// ID, ENABLE, LOGOUT), each answer set by the test, plus a hook for the
// commands a test is about.
#include "imap/imap_command.h"
#include "imap/imap_session.h"
#include "scripted_server.h"
#include "test_certificates.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace heron::test {

constexpr int kImapWaitMs = 10000;
inline const QByteArray kImapToken = "3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f";
inline const QString kImapPassword = QStringLiteral("s3cret-pass");

struct ImapBehaviour
{
    bool implicitTls = true;
    QByteArray greetingStatus = "OK";
    QByteArray greetingCapabilities; // non-empty: sent as [CAPABILITY ...] in the greeting
    QByteArray capabilitiesPlain = "IMAP4rev1 STARTTLS LOGINDISABLED CLIENTID";
    QByteArray capabilitiesTls = "IMAP4rev1 AUTH=PLAIN SASL-IR CLIENTID ID ENABLE IDLE UIDPLUS MOVE";
    QByteArray capabilitiesAfterLogin = "IMAP4rev1 CLIENTID ID ENABLE IDLE UIDPLUS MOVE";
    QByteArray clientIdReply = "OK device accepted";
    QByteArray loginReply = "OK logged in";
    QByteArray injectAfterStartTls; // sent in the clear right after the STARTTLS go-ahead
    // Other commands: (connection, tag, verb in upper case, whole line); return false for "BAD".
    std::function<bool(ScriptedConnection &, const QByteArray &, const QByteArray &, const QByteArray &)> command;
};

class ImapFixture
{
public:
    explicit ImapFixture(ImapBehaviour behaviour)
        : m_behaviour(std::make_shared<ImapBehaviour>(std::move(behaviour)))
        , m_server(m_behaviour->implicitTls ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain,
                   greeting(*m_behaviour), script(m_behaviour))
    {
    }

    ScriptedServer &server() { return m_server; }

    imap::ImapSettings settings() const
    {
        imap::ImapSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.port = m_server.serverPort();
        settings.security
            = m_behaviour->implicitTls ? net::Connection::Security::ImplicitTls : net::Connection::Security::StartTls;
        QString error;
        settings.tls.addCaFile(TestCertificates::instance().caFile(), &error);
        settings.login = QStringLiteral("alice@example.test");
        settings.password = kImapPassword;
        settings.clientIdToken = kImapToken;
        settings.compress = false;
        return settings;
    }

    // The verbs the client sent, in order, without tags ("CLIENTID", "AUTHENTICATE", ...).
    QByteArrayList verbs() const
    {
        QByteArrayList verbs;
        for (const ScriptedServer::ClientLine &line : m_server.lines()) {
            const QByteArrayList words = line.text.split(' ');
            verbs.append(words.size() > 1 ? words.at(1).toUpper() : line.text);
        }
        return verbs;
    }

    // The first line whose verb is verb, or nullptr.
    const ScriptedServer::ClientLine *line(const QByteArray &verb) const
    {
        const QByteArrayList all = verbs();
        const qsizetype index = all.indexOf(verb);
        return index < 0 ? nullptr : &m_server.lines().at(index);
    }

private:
    static QByteArray greeting(const ImapBehaviour &behaviour)
    {
        QByteArray line = "* " + behaviour.greetingStatus + ' ';
        if (!behaviour.greetingCapabilities.isEmpty())
            line += "[CAPABILITY " + behaviour.greetingCapabilities + "] ";
        return line + "scripted IMAP ready\r\n";
    }

    static ScriptedServer::Script script(std::shared_ptr<ImapBehaviour> behaviour)
    {
        auto saslPending = std::make_shared<QByteArray>(); // the tag of an AUTHENTICATE awaiting its response
        auto loggedIn = std::make_shared<bool>(false);
        return [behaviour, saslPending, loggedIn](ScriptedConnection &connection, const QByteArray &line) {
            if (!saslPending->isEmpty()) {
                *loggedIn = behaviour->loginReply.startsWith("OK");
                connection.reply(std::exchange(*saslPending, {}) + ' ' + behaviour->loginReply + "\r\n");
                return;
            }
            const QByteArrayList words = line.split(' ');
            const QByteArray tag = words.value(0);
            const QByteArray verb = words.value(1).toUpper();
            if (behaviour->command && behaviour->command(connection, tag, verb, line))
                return;
            if (verb == "CAPABILITY") {
                const QByteArray list = *loggedIn ? behaviour->capabilitiesAfterLogin
                    : connection.isEncrypted()    ? behaviour->capabilitiesTls
                                                  : behaviour->capabilitiesPlain;
                connection.reply("* CAPABILITY " + list + "\r\n" + tag + " OK done\r\n");
            } else if (verb == "STARTTLS") {
                connection.reply(tag + " OK begin TLS\r\n" + behaviour->injectAfterStartTls);
                connection.startTls();
            } else if (verb == "CLIENTID") {
                connection.reply(tag + ' ' + behaviour->clientIdReply + "\r\n");
            } else if (verb == "LOGIN") {
                *loggedIn = behaviour->loginReply.startsWith("OK");
                connection.reply(tag + ' ' + behaviour->loginReply + "\r\n");
            } else if (verb == "AUTHENTICATE") {
                if (words.size() > 3) {
                    *loggedIn = behaviour->loginReply.startsWith("OK");
                    connection.reply(tag + ' ' + behaviour->loginReply + "\r\n");
                } else {
                    *saslPending = tag;
                    connection.reply("+ \r\n");
                }
            } else if (verb == "ID") {
                connection.reply("* ID (\"name\" \"scripted\")\r\n" + tag + " OK\r\n");
            } else if (verb == "ENABLE") {
                connection.reply("* ENABLED " + line.mid(tag.size() + 8) + "\r\n" + tag + " OK\r\n");
            } else if (verb == "NOOP") {
                connection.reply(tag + " OK\r\n");
            } else if (verb == "LOGOUT") {
                connection.reply("* BYE bye\r\n" + tag + " OK\r\n");
                connection.close();
            } else if (!tag.isEmpty() && verb != "DONE" && tag != "DONE") {
                connection.reply(tag + " BAD unknown command\r\n");
            }
        };
    }

    std::shared_ptr<ImapBehaviour> m_behaviour;
    ScriptedServer m_server;
};

// Opens a session and waits until it is ready or failed; true when ready.
inline bool openAndWait(imap::ImapSession &session)
{
    QSignalSpy ready(&session, &imap::ImapSession::ready);
    QSignalSpy failed(&session, &imap::ImapSession::failed);
    session.open();
    const bool ended = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kImapWaitMs);
    return ended && !ready.isEmpty();
}

// Runs a command the test keeps (it must have a parent) and waits for it.
inline bool runAndWait(imap::ImapSession &session, imap::ImapCommand *command)
{
    session.run(command);
    const bool finished = QTest::qWaitFor([command] { return command->isFinished(); }, kImapWaitMs);
    return finished && command->succeeded();
}

} // namespace heron::test
