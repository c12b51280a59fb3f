#include "oauth/oauth2_tokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace heron::oauth {

bool OAuth2Tokens::isFresh(const QDateTime &now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return false;
    // Without an expiry, the token is used until a server refuses it.
    return !expiresAt.isValid() || now.secsTo(expiresAt) >= marginSeconds;
}

QByteArray OAuth2Tokens::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("access_token"), accessToken);
    object.insert(QStringLiteral("refresh_token"), refreshToken);
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("scope"), scope);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuth2Tokens> OAuth2Tokens::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    OAuth2Tokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    tokens.expiresAt = QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    tokens.scope = object.value(QStringLiteral("scope")).toString();
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}

} // namespace heron::oauth
