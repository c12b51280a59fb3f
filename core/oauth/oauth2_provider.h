#pragma once

#include "accounts/account.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace heron::oauth {

// A mail provider that signs users in with OAuth 2.0: its endpoints, the
// addresses and servers it serves, and the client id Heron is registered
// with there. Providers are data (OAuth2ProviderTable); the client id and
// secret come from the build configuration or the settings, never the source.
struct OAuth2Provider
{
    QString id; // "google", "microsoft", …; the issuer when the entry has no id
    QString name; // for the user: "Sign in with %1"
    accounts::OAuth2Endpoints endpoints;
    QStringList domains; // e-mail domains, lower case
    QStringList hosts; // IMAP/SMTP host names, lower case
    // Extra authorization parameters some providers need (Google: access_type=offline).
    QList<QPair<QString, QString>> authorizationParameters;
    QString clientId;
    // "Installed application" secrets are not secret (RFC 8252 8.5); some providers still want one.
    QString clientSecret;

    bool hasClient() const { return !clientId.isEmpty(); }
    // Serves this address, or one of these servers.
    bool serves(const QString &email, const QStringList &serverHosts) const;

    // Reads one entry of the table's JSON; fields that are absent stay as they were,
    // so an entry can complete another (a client id for a built-in provider).
    void merge(const QJsonObject &entry);
};

} // namespace heron::oauth
