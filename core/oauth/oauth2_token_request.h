#pragma once

#include "net/tls_policy.h"
#include "oauth/oauth2_provider.h"
#include "oauth/oauth2_tokens.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace heron::net {
class HttpsFetcher;
} // namespace heron::net

namespace heron::oauth {

// One call of a provider's token endpoint (RFC 6749 4.1.3 and 6): an
// authorization code for tokens, with the PKCE verifier, or a refresh token
// for a new access token. finished() follows exactly once.
class OAuth2TokenRequest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        Refused, // the grant is no good (revoked, expired, not ours): the user must sign in again
        Failed, // network, TLS or a server fault: try again later
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        OAuth2Tokens tokens; // with Ok
        QString error; // a sentence for the user otherwise
    };

    OAuth2TokenRequest(OAuth2Provider provider, net::TlsPolicy tls, QObject *parent = nullptr);

    void exchangeCode(const QString &code, const QUrl &redirectUri, const QByteArray &verifier);
    // A refresh answer without a refresh token keeps this one.
    void refresh(const QString &refreshToken);
    // Asks the provider to forget a refresh token (RFC 7009); Ok when it answered 200.
    void revoke(const QString &refreshToken);

    // Reads a token endpoint's answer (exposed for the tests).
    static Result readAnswer(int httpStatus, const QByteArray &body, const QString &transportError,
                             const QString &providerName, const QString &previousRefreshToken);

signals:
    void finished(const oauth::OAuth2TokenRequest::Result &result);

private:
    // expectTokens: the answer is a token response (else any 200 will do).
    void post(const QString &url, QList<QPair<QString, QString>> form, const QString &previousRefreshToken,
              bool expectTokens = true);

    OAuth2Provider m_provider;
    net::HttpsFetcher *m_fetcher;
};

} // namespace heron::oauth
