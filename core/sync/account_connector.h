#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "identity/client_id_server_status.h"
#include "imap/imap_session.h"
#include "imap/imap_settings.h"
#include "net/tls_policy.h"

#include <optional>

namespace heron::sync {

// What an account needs to open an IMAP session without asking anyone: its
// password from the SecretStore (or, for an OAuth account, an access token,
// renewed when it ends: oauth::OAuth2TokenSource), what it trusts (system CAs,
// its CA file, its pinned certificates) and this device's CLIENTID token for it. The GUI's
// MailEngine uses it; heronctl's AccountResolver/ImapOpener do the same steps
// with a terminal prompt as a fallback for a missing password.
class AccountConnector
{
    Q_DECLARE_TR_FUNCTIONS(AccountConnector)

public:
    AccountConnector(accounts::Profile profile, accounts::Account account);

    // What a session of either protocol needs besides the account's settings.
    struct Credentials
    {
        QString password; // an OAuth account's access token (SessionSettings knows which)
        net::TlsPolicy tls;
        QString token; // empty when CLIENTID is off
    };
    // The password from the SecretStore, the trust and the token; nullopt with
    // *error (a sentence) when one of them cannot be had (see imapSettings).
    std::optional<Credentials> credentials(QString *error);

    // The session settings; nullopt with *error (a sentence) when the password
    // is missing or unreadable, the CA file has gone bad, or the device
    // identity cannot be loaded while the account presents CLIENTID.
    std::optional<imap::ImapSettings> imapSettings(QString *error);

    // The token presented (empty when CLIENTID is off or not yet loaded).
    const QString &token() const { return m_token; }

    // After credentials() failed: only the user can help, by signing in again
    // in the browser (an OAuth account whose provider refused the refresh token).
    bool signInNeeded() const { return m_signInNeeded; }
    // A server refused the OAuth access token: the next credentials() renews it.
    // False when there is nothing to renew (a password account).
    bool renewAccessToken();

    // Remembers what the server showed of CLIENTID, for the device ID views.
    void recordClientIdStatus(const imap::ImapSession &session);

    // The steps, shared with heronctl (which words its own errors):
    // what the account trusts; false with the CA file's problem in *caFileError.
    static bool buildTlsPolicy(const accounts::Account &account, net::TlsPolicy *policy, QString *caFileError);
    // Forgets an OAuth account's tokens and asks its provider to revoke them, trusting what
    // the account trusts (best effort: a CA file gone bad or an unreachable provider only
    // means the provider is not told). False with *error when the tokens stay stored.
    static bool removeSignIn(const accounts::Profile &profile, const accounts::Account &account, QString *error);
    // This device's token for the account (empty when CLIENTID is off); false
    // with *error when the device identity cannot be loaded.
    static bool loadClientIdToken(const accounts::Profile &profile, const accounts::Account &account, QString *token,
                                  QString *error);
    static void recordClientIdStatus(const accounts::Profile &profile, const accounts::Account &account,
                                     const imap::ImapSession &session);
    // Keeps what a server (IMAP or SMTP, e.g. OutboxSender::clientIdStatusSeen) showed of CLIENTID.
    static void recordClientIdStatus(const accounts::Profile &profile, const accounts::Account &account,
                                     const identity::ClientIdServerStatus &status);
    // What an IMAP session showed of CLIENTID, as a status record; nullopt when it
    // never got far enough to learn anything.
    static std::optional<identity::ClientIdServerStatus> imapClientIdStatus(const accounts::Account &account,
                                                                            const imap::ImapSession &session);

    // A sentence for the user about a failed session, with the device ID
    // to register when the provider refused this device.
    QString explain(const imap::ImapError &error) const;

private:
    accounts::Profile m_profile;
    accounts::Account m_account;
    QString m_token;
    bool m_signInNeeded = false;
};

} // namespace heron::sync
