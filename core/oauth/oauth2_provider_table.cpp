#include "oauth/oauth2_provider_table.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace heron::oauth {

OAuth2ProviderTable OAuth2ProviderTable::load(const accounts::Profile &profile)
{
    OAuth2ProviderTable table;
    table.mergeFile(QStringLiteral(":/heron/oauth2/providers.json"), true);
    table.mergeFile(QStringLiteral(":/heron/oauth2/clients.json"), false);
    table.mergeFile(profileFile(profile), false);
    const QString extra = qEnvironmentVariable("HERON_OAUTH2_PROVIDERS");
    if (!extra.isEmpty())
        table.mergeFile(extra, true);
    return table;
}

QString OAuth2ProviderTable::profileFile(const accounts::Profile &profile)
{
    return QDir(profile.directory()).filePath(QStringLiteral("oauth2-providers.json"));
}

bool OAuth2ProviderTable::mergeFile(const QString &path, bool required)
{
    QFile file(path);
    if (!file.exists() && !required)
        return true;
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (merge(file.readAll(), &error))
        return true;
    m_problems << tr("The OAuth provider file %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), error);
    return false;
}

bool OAuth2ProviderTable::merge(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().value(QLatin1String("providers")).isArray()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : tr("it has no \"providers\" list");
        return false;
    }
    for (const QJsonValue &value : document.object().value(QLatin1String("providers")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString issuer = entry.value(QLatin1String("issuer")).toString().trimmed();
        if (issuer.isEmpty())
            continue; // nothing to match it by
        auto existing = std::find_if(m_providers.begin(), m_providers.end(), [&issuer](const OAuth2Provider &p) {
            return p.endpoints.issuer.compare(issuer, Qt::CaseInsensitive) == 0;
        });
        if (existing == m_providers.end()) {
            m_providers.append(OAuth2Provider());
            existing = std::prev(m_providers.end());
        }
        existing->merge(entry);
    }
    // An entry without endpoints (a client id for an unknown issuer) cannot sign anyone in.
    m_providers.removeIf([](const OAuth2Provider &p) { return !p.endpoints.isComplete(); });
    return true;
}

std::optional<OAuth2Provider> OAuth2ProviderTable::find(const QString &email, const QStringList &serverHosts) const
{
    for (const OAuth2Provider &provider : m_providers) {
        if (provider.serves(email, serverHosts))
            return provider;
    }
    return std::nullopt;
}

std::optional<OAuth2Provider> OAuth2ProviderTable::byIssuer(const QString &issuer) const
{
    for (const OAuth2Provider &provider : m_providers) {
        if (provider.endpoints.issuer.compare(issuer, Qt::CaseInsensitive) == 0)
            return provider;
    }
    return std::nullopt;
}

OAuth2Provider OAuth2ProviderTable::forAccount(const accounts::Profile &profile, const accounts::Account &account)
{
    return load(profile).forEndpoints(account.oauth2);
}

OAuth2Provider OAuth2ProviderTable::forEndpoints(const accounts::OAuth2Endpoints &endpoints) const
{
    OAuth2Provider provider = byIssuer(endpoints.issuer).value_or(OAuth2Provider());
    const QString knownRevocation = provider.endpoints.revocationUrl;
    provider.endpoints = endpoints;
    if (provider.endpoints.revocationUrl.isEmpty())
        provider.endpoints.revocationUrl = knownRevocation;
    if (provider.id.isEmpty())
        provider.id = endpoints.issuer;
    if (provider.name.isEmpty())
        provider.name = endpoints.issuer;
    return provider;
}

} // namespace heron::oauth
