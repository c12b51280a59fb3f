#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "exit_code.h"
#include "net/tls_policy.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace heron::cli {

class Invocation;

// The account a command acts on, and what it needs to connect. Shared by the
// commands that talk to a server (folders, sync, send, ...):
//
//     AccountResolver resolver(invocation, err);
//     if (!resolver.resolve() || !resolver.buildTlsPolicy() || !resolver.loadPassword())
//         return resolver.exitCode();
//     connect with resolver.account(), resolver.password(), resolver.tlsPolicy()
//
// Every failure has already been explained on err (prefixed "heronctl COMMAND:")
// when a method returns false; exitCode() then says what to exit with.
class AccountResolver
{
public:
    AccountResolver(const Invocation &invocation, QTextStream &err);

    // Opens the profile and picks the account: --account ADDR when given
    // (case-insensitive), otherwise the profile's only account. No account,
    // several without --account, or an unknown address: usage error (2).
    bool resolve();

    // The account's password from the SecretStore; when it has none, asks on
    // a terminal (without echo), otherwise says how to store one (exit 1).
    // An OAuth account gets its access token instead (renewed when it ends; needs
    // buildTlsPolicy() first); a revoked sign-in exits 4 and says how to sign in again.
    bool loadPassword();
    // A server refused the OAuth access token: renew it (loadPassword() again).
    // False without saying anything for a password account.
    bool renewAccessToken();

    // What this account trusts: system CAs, its --ca-file CAs, its pinned
    // certificates. False (exit 1) when the CA file has gone bad since.
    bool buildTlsPolicy();

    ExitCode exitCode() const { return m_exitCode; }
    const accounts::Profile &profile() const { return *m_profile; }
    const accounts::Account &account() const { return m_account; }
    const QString &password() const { return m_password; }
    const net::TlsPolicy &tlsPolicy() const { return m_tlsPolicy; }

    // Opens the invocation's profile; on failure explains on err and returns nullopt (exit 1).
    static std::optional<accounts::Profile> openProfile(const Invocation &invocation, QTextStream &err);
    // One line from standard input without its line end; nullopt at end of input.
    static std::optional<QString> readStdinLine();
    // Asks for a password on the terminal without echoing it; nullopt when stdin is not a terminal.
    static std::optional<QString> promptPassword(const QString &prompt, QTextStream &err);
    static bool stdinIsTerminal();

private:
    bool fail(ExitCode code, const QString &message);
    bool loadAccessToken();

    const Invocation &m_invocation;
    QTextStream &m_err;
    ExitCode m_exitCode = ExitCode::Done;
    std::optional<accounts::Profile> m_profile;
    accounts::Account m_account;
    QString m_password;
    net::TlsPolicy m_tlsPolicy;
};

} // namespace heron::cli
