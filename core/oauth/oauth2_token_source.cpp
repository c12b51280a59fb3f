#include "oauth/oauth2_token_source.h"

#include "accounts/secret_store.h"
#include "oauth/oauth2_provider_table.h"
#include "oauth/oauth2_token_request.h"

#include <QEventLoop>
#include <QMutex>
#include <QRecursiveMutex>

namespace heron::oauth {

namespace {

// One refresh at a time in this process: two sessions that find the token
// ending must not both spend the refresh token (some providers rotate it).
// Recursive: the refresh waits in a local event loop, where a timer of the same
// thread may ask for a token again; a plain mutex would deadlock there.
QRecursiveMutex &refreshMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}

// Runs one token endpoint call to its end in a local event loop.
OAuth2TokenRequest::Result runRequest(const OAuth2Provider &provider, const net::TlsPolicy &tls,
                                      const std::function<void(OAuth2TokenRequest &)> &start)
{
    OAuth2TokenRequest request(provider, tls);
    OAuth2TokenRequest::Result result;
    QEventLoop loop;
    QObject::connect(&request, &OAuth2TokenRequest::finished, &loop,
                     [&result, &loop](const OAuth2TokenRequest::Result &answer) {
                         result = answer;
                         loop.quit();
                     });
    start(request);
    loop.exec(); // the request's own timeout bounds this
    return result;
}

} // namespace

OAuth2TokenSource::OAuth2TokenSource(accounts::Profile profile, accounts::Account account, net::TlsPolicy tls)
    : m_profile(std::move(profile))
    , m_account(std::move(account))
    , m_tls(std::move(tls))
{
}

QString OAuth2TokenSource::signInAgainText(const accounts::Account &account, const QString &reason)
{
    const QString ask = tr("Sign in to %1 again.").arg(account.email);
    return reason.isEmpty() ? ask : reason + QLatin1Char(' ') + ask;
}

OAuth2TokenSource::Result OAuth2TokenSource::accessToken()
{
    QMutexLocker lock(&refreshMutex());
    accounts::SecretStore secrets(m_profile);
    const accounts::SecretStore::ReadResult read
        = secrets.read(accounts::SecretStore::oauth2TokensKey(m_account.email));
    if (read.status == accounts::SecretStore::Status::NotFound)
        return {Status::SignInNeeded,
                {},
                signInAgainText(m_account, tr("Heron is not signed in to %1.").arg(m_account.email))};
    if (!read.ok())
        return {Status::Failed, {}, tr("Cannot read the sign-in of %1: %2").arg(m_account.email, read.error)};
    const std::optional<OAuth2Tokens> tokens = OAuth2Tokens::fromJson(read.value);
    if (!tokens)
        return {Status::SignInNeeded,
                {},
                signInAgainText(m_account, tr("The stored sign-in of %1 is damaged.").arg(m_account.email))};
    if (tokens->isFresh(QDateTime::currentDateTimeUtc()))
        return {Status::Ok, tokens->accessToken, {}};
    if (tokens->refreshToken.isEmpty())
        return {Status::SignInNeeded,
                {},
                signInAgainText(m_account, tr("The sign-in of %1 has ended.").arg(m_account.email))};
    return refresh(*tokens);
}

OAuth2TokenSource::Result OAuth2TokenSource::refresh(const OAuth2Tokens &tokens)
{
    const OAuth2Provider provider = OAuth2ProviderTable::forAccount(m_profile, m_account);
    if (!provider.hasClient())
        return {Status::Failed,
                {},
                tr("Heron has no client ID for %1 any more, so it cannot renew the sign-in of %2.")
                    .arg(provider.name, m_account.email)};
    const OAuth2TokenRequest::Result answer
        = runRequest(provider, m_tls, [&tokens](OAuth2TokenRequest &request) { request.refresh(tokens.refreshToken); });
    QString error;
    accounts::SecretStore secrets(m_profile);
    const QString key = accounts::SecretStore::oauth2TokensKey(m_account.email);
    switch (answer.outcome) {
    case OAuth2TokenRequest::Outcome::Ok:
        if (!secrets.write(key, answer.tokens.toJson(), &error))
            return {Status::Failed, {}, tr("Cannot keep the renewed sign-in of %1: %2").arg(m_account.email, error)};
        return {Status::Ok, answer.tokens.accessToken, {}};
    case OAuth2TokenRequest::Outcome::Refused:
        secrets.remove(key, &error); // dead tokens; the next try asks for a sign-in without a round trip
        return {Status::SignInNeeded, {}, signInAgainText(m_account, answer.error)};
    case OAuth2TokenRequest::Outcome::Failed:
        break;
    }
    return {Status::Failed, {}, answer.error};
}

void OAuth2TokenSource::invalidate(const accounts::Profile &profile, const QString &email)
{
    QMutexLocker lock(&refreshMutex());
    accounts::SecretStore secrets(profile);
    const QString key = accounts::SecretStore::oauth2TokensKey(email);
    const accounts::SecretStore::ReadResult read = secrets.read(key);
    std::optional<OAuth2Tokens> tokens = read.ok() ? OAuth2Tokens::fromJson(read.value) : std::nullopt;
    if (!tokens || tokens->accessToken.isEmpty())
        return;
    tokens->accessToken.clear();
    QString error;
    secrets.write(key, tokens->toJson(), &error); // at worst the next session tries the old token once more
}

bool OAuth2TokenSource::store(const accounts::Profile &profile, const QString &email, const OAuth2Tokens &tokens,
                              QString *error)
{
    accounts::SecretStore secrets(profile);
    return secrets.write(accounts::SecretStore::oauth2TokensKey(email), tokens.toJson(), error);
}

std::optional<OAuth2Tokens> OAuth2TokenSource::stored(const accounts::Profile &profile, const QString &email)
{
    accounts::SecretStore secrets(profile);
    const accounts::SecretStore::ReadResult read = secrets.read(accounts::SecretStore::oauth2TokensKey(email));
    return read.ok() ? OAuth2Tokens::fromJson(read.value) : std::nullopt;
}

bool OAuth2TokenSource::remove(QString *error)
{
    if (const std::optional<OAuth2Tokens> tokens = stored(m_profile, m_account.email);
        tokens && !tokens->refreshToken.isEmpty()) {
        runRequest(OAuth2ProviderTable::forAccount(m_profile, m_account), m_tls,
                   [&tokens](OAuth2TokenRequest &request) { request.revoke(tokens->refreshToken); });
    }
    accounts::SecretStore secrets(m_profile);
    return secrets.remove(accounts::SecretStore::oauth2TokensKey(m_account.email), error);
}

} // namespace heron::oauth
