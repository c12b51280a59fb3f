#include "oauth/oauth2_sign_in.h"

#include "net/loopback_redirect_listener.h"
#include "oauth/oauth2_token_request.h"

#include <QTimer>

namespace heron::oauth {

OAuth2SignIn::OAuth2SignIn(OAuth2Provider provider, net::TlsPolicy tls, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_tls(std::move(tls))
    , m_listener(new net::LoopbackRedirectListener(this))
{
    connect(m_listener, &net::LoopbackRedirectListener::received, this, &OAuth2SignIn::onRedirect);
}

OAuth2SignIn::~OAuth2SignIn() = default;

void OAuth2SignIn::start(const QString &loginHint)
{
    cancel();
    m_running = true;
    QString error;
    if (!m_provider.hasClient()) {
        error = tr("Heron has no client ID for %1, so it cannot sign in there. Add one in the profile's "
                   "oauth2-providers.json, or use a password if %1 still accepts one.")
                    .arg(m_provider.name);
    } else if (!m_provider.endpoints.authorizationUrl.startsWith(QLatin1String("https://"))
               || !m_provider.endpoints.tokenUrl.startsWith(QLatin1String("https://"))) {
        error = tr("%1's sign-in addresses are not https; Heron signs in over TLS only.").arg(m_provider.name);
    } else if (m_listener->listen(&error)) {
        m_pkce = Pkce::generate();
        m_state = QString::fromLatin1(Pkce::randomToken(24));
        m_redirectUri = m_listener->redirectUri();
        m_authorizationUrl = buildAuthorizationUrl(loginHint);
        emit openBrowser(m_authorizationUrl);
        return;
    }
    // Queued, so the caller always hears back after start() returns.
    QTimer::singleShot(0, this, [this, error] { fail(error); });
}

void OAuth2SignIn::cancel()
{
    m_running = false;
    m_listener->close();
    if (m_request)
        m_request->deleteLater();
}

QUrl OAuth2SignIn::buildAuthorizationUrl(const QString &loginHint) const
{
    QUrl url(m_provider.endpoints.authorizationUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("scope"), m_provider.endpoints.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    for (const auto &[key, value] : m_provider.authorizationParameters)
        query.addQueryItem(key, value);
    // Reserved characters in values (the redirect URI, '+' in an address) must reach the provider escaped.
    QUrlQuery encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(encoded.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void OAuth2SignIn::onRedirect(const QUrlQuery &query)
{
    if (!m_running)
        return;
    // The state proves the answer belongs to this sign-in (RFC 6749 10.12).
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        fail(tr("The browser came back from %1 with an answer that does not belong to this sign-in. Try again.")
                 .arg(m_provider.name));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(error == QLatin1String("access_denied")
                 ? tr("The sign-in at %1 was declined, so Heron has no access to this account.").arg(m_provider.name)
                 : tr("%1 did not sign you in: %2").arg(m_provider.name, description.isEmpty() ? error : description));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(tr("The browser came back from %1 without a sign-in code. Try again.").arg(m_provider.name));
        return;
    }
    emit authorized();
    m_request = new OAuth2TokenRequest(m_provider, m_tls, this);
    connect(m_request, &OAuth2TokenRequest::finished, this, [this](const OAuth2TokenRequest::Result &result) {
        m_request->deleteLater();
        if (!m_running)
            return;
        if (result.outcome != OAuth2TokenRequest::Outcome::Ok) {
            fail(result.error);
            return;
        }
        m_running = false;
        emit signedIn(result.tokens);
    });
    m_request->exchangeCode(code, m_redirectUri, m_pkce.verifier);
}

void OAuth2SignIn::fail(const QString &error)
{
    cancel();
    emit failed(error);
}

} // namespace heron::oauth
