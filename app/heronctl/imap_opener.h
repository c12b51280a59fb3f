#pragma once

#include "account_resolver.h"
#include "exit_code.h"
#include "imap/imap_command.h"
#include "imap/imap_session.h"

#include <QTextStream>

#include <memory>

namespace heron::cli {

class Invocation;

// Connects a command to the resolved account's IMAP server, waiting in a
// local event loop: account, password, trust and device token, then the
// session; afterwards runs commands one at a time. It records what the server
// showed of CLIENTID for `heronctl clientid`, and turns every failure into a
// sentence on err and one of CLI.md's exit codes.
class ImapOpener
{
public:
    ImapOpener(const Invocation &invocation, QTextStream &err);

    // nullptr on failure (already explained); exitCode() says how to exit.
    std::unique_ptr<imap::ImapSession> open();
    // Runs command (kept by the caller: give it a parent) to its end; false on failure.
    bool run(imap::ImapSession &session, imap::ImapCommand *command);
    // LOGOUT, waiting until the server has closed the connection.
    void logout(imap::ImapSession &session);

    ExitCode exitCode() const { return m_exitCode; }
    const accounts::Account &account() const { return m_resolver.account(); }
    const accounts::Profile &profile() const { return m_resolver.profile(); }

private:
    // One session opened to its end (ready or failed).
    std::unique_ptr<imap::ImapSession> login();
    void recordClientIdStatus(const imap::ImapSession &session);
    void explain(const imap::ImapError &error);

    const Invocation &m_invocation;
    QTextStream &m_err;
    AccountResolver m_resolver;
    QString m_token;
    ExitCode m_exitCode = ExitCode::Done;
};

} // namespace heron::cli
