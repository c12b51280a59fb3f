#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "net/tls_policy.h"
#include "oauth/oauth2_tokens.h"

#include <QCoreApplication>
#include <QString>

namespace heron::oauth {

// An OAuth account's access token when a session needs one: the stored token
// while it lasts, else a new one from the refresh token (the refresh runs in a
// local event loop, so this works on any thread with an event dispatcher, like
// SecretStore). New tokens are stored at once. When the provider refuses the
// refresh token (revoked, expired), the answer is SignInNeeded: only the user
// can fix that, in the browser.
class OAuth2TokenSource
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2TokenSource)

public:
    enum class Status {
        Ok,
        SignInNeeded, // no tokens, or the provider refused the refresh token
        Failed, // the tokens cannot be read, or the provider cannot be reached now
    };

    struct Result
    {
        Status status = Status::Failed;
        QString accessToken;
        QString error; // a sentence for the user when not Ok
    };

    OAuth2TokenSource(accounts::Profile profile, accounts::Account account, net::TlsPolicy tls);

    Result accessToken();
    // Forgets the tokens and asks the provider to revoke the refresh token (best
    // effort, RFC 7009, over this source's TLS policy).
    bool remove(QString *error);

    // A server refused the account's access token although it looked valid (revoked
    // or ended early): forget it, so the next accessToken() refreshes.
    static void invalidate(const accounts::Profile &profile, const QString &email);

    // Keeps the tokens of a sign-in; false with *error.
    static bool store(const accounts::Profile &profile, const QString &email, const OAuth2Tokens &tokens,
                      QString *error);
    // The tokens kept for an account, if any (for the settings dialog: signed in or not).
    static std::optional<OAuth2Tokens> stored(const accounts::Profile &profile, const QString &email);

    // The sentence said when the user must sign in again.
    static QString signInAgainText(const accounts::Account &account, const QString &reason);

private:
    Result refresh(const OAuth2Tokens &tokens);

    accounts::Profile m_profile;
    accounts::Account m_account;
    net::TlsPolicy m_tls;
};

} // namespace heron::oauth
