#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace heron::oauth {

// What a provider's token endpoint gave for one account. Kept in the
// SecretStore as JSON, never in the settings file or a log.
struct OAuth2Tokens
{
    QString accessToken;
    QString refreshToken; // empty when the provider gave none (sign-in needed when the access token ends)
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QString scope;

    // True while the access token lasts at least marginSeconds more.
    bool isFresh(const QDateTime &now, int marginSeconds = 60) const;

    QByteArray toJson() const;
    static std::optional<OAuth2Tokens> fromJson(const QByteArray &json);

    bool operator==(const OAuth2Tokens &) const = default;
};

} // namespace heron::oauth
