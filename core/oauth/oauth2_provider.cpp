#include "oauth/oauth2_provider.h"

#include <QJsonArray>

namespace heron::oauth {

namespace {

QStringList lowerStrings(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString().trimmed().toLower();
    strings.removeAll(QString());
    return strings;
}

void mergeString(const QJsonObject &entry, const char *key, QString *target)
{
    const QJsonValue value = entry.value(QLatin1String(key));
    if (value.isString())
        *target = value.toString().trimmed();
}

} // namespace

bool OAuth2Provider::serves(const QString &email, const QStringList &serverHosts) const
{
    const QString domain = email.section(QLatin1Char('@'), -1).trimmed().toLower();
    if (email.contains(QLatin1Char('@')) && domains.contains(domain))
        return true;
    for (const QString &host : serverHosts) {
        if (hosts.contains(host.trimmed().toLower()))
            return true;
    }
    return false;
}

void OAuth2Provider::merge(const QJsonObject &entry)
{
    mergeString(entry, "id", &id);
    mergeString(entry, "name", &name);
    mergeString(entry, "issuer", &endpoints.issuer);
    mergeString(entry, "authorization_url", &endpoints.authorizationUrl);
    mergeString(entry, "token_url", &endpoints.tokenUrl);
    mergeString(entry, "revocation_url", &endpoints.revocationUrl);
    mergeString(entry, "client_id", &clientId);
    mergeString(entry, "client_secret", &clientSecret);
    if (entry.contains(QLatin1String("scopes")))
        endpoints.scopes = entry.value(QLatin1String("scopes")).toVariant().toStringList();
    if (entry.contains(QLatin1String("domains")))
        domains = lowerStrings(entry.value(QLatin1String("domains")));
    if (entry.contains(QLatin1String("hosts")))
        hosts = lowerStrings(entry.value(QLatin1String("hosts")));
    if (entry.contains(QLatin1String("authorization_parameters"))) {
        authorizationParameters.clear();
        const QJsonObject parameters = entry.value(QLatin1String("authorization_parameters")).toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            authorizationParameters.append({it.key(), it.value().toString()});
    }
    if (id.isEmpty())
        id = endpoints.issuer;
    if (name.isEmpty())
        name = endpoints.issuer;
}

} // namespace heron::oauth
