#include "oauth/oauth2_token_request.h"

#include "net/https_fetcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace heron::oauth {

OAuth2TokenRequest::OAuth2TokenRequest(OAuth2Provider provider, net::TlsPolicy tls, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_fetcher(new net::HttpsFetcher(std::move(tls), this))
{
    m_fetcher->setMaxBytes(64 * 1024);
    m_fetcher->setTimeout(30'000);
}

void OAuth2TokenRequest::exchangeCode(const QString &code, const QUrl &redirectUri, const QByteArray &verifier)
{
    post(m_provider.endpoints.tokenUrl,
         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
          {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}},
         QString());
}

void OAuth2TokenRequest::refresh(const QString &refreshToken)
{
    post(m_provider.endpoints.tokenUrl,
         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken}},
         refreshToken);
}

void OAuth2TokenRequest::revoke(const QString &refreshToken)
{
    if (m_provider.endpoints.revocationUrl.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            emit finished({Outcome::Failed, {}, tr("%1 offers no way to revoke a sign-in.").arg(m_provider.name)});
        });
        return;
    }
    post(
        m_provider.endpoints.revocationUrl,
        {{QStringLiteral("token"), refreshToken}, {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}},
        refreshToken, false);
}

void OAuth2TokenRequest::post(const QString &url, QList<QPair<QString, QString>> form,
                              const QString &previousRefreshToken, bool expectTokens)
{
    form.append({QStringLiteral("client_id"), m_provider.clientId});
    if (!m_provider.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    QByteArray body; // application/x-www-form-urlencoded, every reserved byte escaped
    for (const auto &[key, value] : form)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    connect(
        m_fetcher, &net::HttpsFetcher::finished, this,
        [this, previousRefreshToken, expectTokens](bool ok, const QByteArray &body, const QString &error) {
            if (ok && !expectTokens)
                return emit finished({Outcome::Ok, {}, {}});
            emit finished(readAnswer(m_fetcher->httpStatus(), body, error, m_provider.name, previousRefreshToken));
        },
        Qt::SingleShotConnection);
    m_fetcher->post(QUrl(url), body);
}

OAuth2TokenRequest::Result OAuth2TokenRequest::readAnswer(int httpStatus, const QByteArray &body,
                                                          const QString &transportError, const QString &providerName,
                                                          const QString &previousRefreshToken)
{
    Result result;
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200) {
        OAuth2Tokens &tokens = result.tokens;
        tokens.accessToken = answer.value(QLatin1String("access_token")).toString();
        tokens.refreshToken = answer.value(QLatin1String("refresh_token")).toString(previousRefreshToken);
        tokens.scope = answer.value(QLatin1String("scope")).toString();
        const qint64 lifetime = answer.value(QLatin1String("expires_in")).toVariant().toLongLong();
        if (lifetime > 0)
            tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        const QString type = answer.value(QLatin1String("token_type")).toString();
        if (tokens.accessToken.isEmpty() || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
            result.error = tr("%1 answered the sign-in with something other than a bearer token.").arg(providerName);
            return result;
        }
        result.outcome = Outcome::Ok;
        return result;
    }
    // RFC 6749 5.2: 400 (or 401 for the client) with {"error": …}.
    const QString code = answer.value(QLatin1String("error")).toString();
    const QString description = answer.value(QLatin1String("error_description")).toString();
    const QString said = description.isEmpty() ? code : tr("%1 (%2)").arg(description, code);
    if (code == QLatin1String("invalid_grant")) {
        result.outcome = Outcome::Refused;
        result.error = tr("%1 no longer accepts Heron's sign-in (%2). Sign in again.").arg(providerName, said);
    } else if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client")) {
        result.outcome = Outcome::Refused;
        result.error
            = tr("%1 does not accept Heron's client ID (%2); check the OAuth client settings.").arg(providerName, said);
    } else if (!code.isEmpty()) {
        result.error = tr("%1 refused the sign-in: %2").arg(providerName, said);
    } else {
        result.error = tr("Heron cannot reach %1 to sign in: %2").arg(providerName, transportError);
    }
    return result;
}

} // namespace heron::oauth
