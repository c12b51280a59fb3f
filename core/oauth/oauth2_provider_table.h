#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "oauth/oauth2_provider.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace heron::oauth {

// The OAuth 2.0 providers Heron knows, as data. load() reads, each completing
// the one before (entries are matched by issuer):
//  1. the built-in table (resources/oauth2-providers.json: endpoints, scopes,
//     domains and hosts of the big providers, no client ids);
//  2. the build's client ids (CMake: -DHERON_OAUTH2_CLIENTS_FILE=clients.json);
//  3. the profile's oauth2-providers.json (the user's or an administrator's);
//  4. the file named by HERON_OAUTH2_PROVIDERS (scripts, tests).
// All four share one format: {"providers": [{"issuer": …, "client_id": …, …}]}.
class OAuth2ProviderTable
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2ProviderTable)

public:
    static OAuth2ProviderTable load(const accounts::Profile &profile);

    // Adds or completes providers from one JSON document; false with *error when it cannot be read.
    bool merge(const QByteArray &json, QString *error);

    const QList<OAuth2Provider> &providers() const { return m_providers; }
    // Problems met while loading (a damaged file): said, not fatal.
    const QStringList &problems() const { return m_problems; }

    // The provider serving this address or these servers, if any (with or without a client id).
    std::optional<OAuth2Provider> find(const QString &email, const QStringList &serverHosts) const;
    std::optional<OAuth2Provider> byIssuer(const QString &issuer) const;
    // A provider for endpoints published elsewhere (autoconfig, an account): those
    // endpoints, with the client id the table has for their issuer.
    OAuth2Provider forEndpoints(const accounts::OAuth2Endpoints &endpoints) const;
    // The provider an OAuth account signs in with: its endpoints, the profile's table's client.
    static OAuth2Provider forAccount(const accounts::Profile &profile, const accounts::Account &account);

    // The profile's own file (step 3).
    static QString profileFile(const accounts::Profile &profile);

private:
    bool mergeFile(const QString &path, bool required);

    QList<OAuth2Provider> m_providers;
    QStringList m_problems;
};

} // namespace heron::oauth
