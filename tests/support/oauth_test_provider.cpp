#include "oauth_test_provider.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace heron::test {

namespace {

constexpr int kRequestTimeoutMs = 20000;

} // namespace

bool OAuthTestProvider::load(OAuthTestProvider *provider, QString *error)
{
    provider->issuer = qEnvironmentVariable("OAUTH_ISSUER");
    provider->authorizeUrl = qEnvironmentVariable("OAUTH_AUTHORIZE_URL");
    provider->tokenUrl = qEnvironmentVariable("OAUTH_TOKEN_URL");
    provider->revokeUrl = qEnvironmentVariable("OAUTH_REVOKE_URL");
    provider->controlUrl = qEnvironmentVariable("OAUTH_CONTROL_URL");
    provider->clientId = qEnvironmentVariable("OAUTH_CLIENT_ID");
    provider->scope = qEnvironmentVariable("OAUTH_SCOPE");
    provider->caFile = qEnvironmentVariable("CA_FILE");
    if (provider->issuer.isEmpty() || provider->tokenUrl.isEmpty() || provider->controlUrl.isEmpty()
        || provider->clientId.isEmpty() || provider->caFile.isEmpty()) {
        *error = QStringLiteral("the mail stack runs no OAuth server (OAUTH_* or CA_FILE missing): an older "
                                "tests/servers/mailstack?");
        return false;
    }
    return true;
}

QString OAuthTestProvider::writeProvidersFile(const QString &directory, const QStringList &domains) const
{
    const QJsonObject entry {{QStringLiteral("id"), QStringLiteral("test")},
                             {QStringLiteral("name"), QStringLiteral("Test Provider")},
                             {QStringLiteral("issuer"), issuer},
                             {QStringLiteral("authorization_url"), authorizeUrl},
                             {QStringLiteral("token_url"), tokenUrl},
                             {QStringLiteral("revocation_url"), revokeUrl},
                             {QStringLiteral("scopes"), QJsonArray {scope}},
                             {QStringLiteral("domains"), QJsonArray::fromStringList(domains)},
                             {QStringLiteral("client_id"), clientId}};
    const QString path = QDir(directory).filePath(QStringLiteral("oauth2-test-providers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("providers"), QJsonArray {entry}}}).toJson());
    return path;
}

net::TlsPolicy OAuthTestProvider::tls() const
{
    net::TlsPolicy policy;
    QString ignored;
    policy.addCaFile(caFile, &ignored);
    return policy;
}

int OAuthTestProvider::request(const QByteArray &method, const QUrl &url, QByteArray *body, QUrl *location) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setSslConfiguration(tls().clientConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kRequestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = method == "POST" ? network.post(request, QByteArray()) : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    *body = reply->readAll();
    if (location)
        *location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int OAuthTestProvider::approve(const QUrl &authorizationUrl, QString *error) const
{
    QByteArray body;
    QUrl redirect;
    const int status = request("GET", authorizationUrl, &body, &redirect);
    if (status != 302) {
        *error = QStringLiteral("the authorization endpoint answered %1: %2").arg(status).arg(QString::fromUtf8(body));
        return 0;
    }
    const int answered = request("GET", redirect, &body);
    if (answered == 0)
        *error = QStringLiteral("Heron's loopback address %1 did not answer").arg(redirect.toString());
    return answered;
}

bool OAuthTestProvider::control(const QString &pathAndQuery) const
{
    QByteArray body;
    return request("POST", QUrl(controlUrl + QLatin1Char('/') + pathAndQuery), &body) == 200;
}

QJsonArray OAuthTestProvider::log() const
{
    QByteArray body;
    request("GET", QUrl(controlUrl + QStringLiteral("/log")), &body);
    return QJsonDocument::fromJson(body).array();
}

QJsonArray OAuthTestProvider::requests(const QString &path, const QString &grantType) const
{
    QJsonArray found;
    for (const QJsonValue &value : log()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("path")).toString() == path
            && (grantType.isEmpty() || entry.value(QStringLiteral("grant_type")).toString() == grantType))
            found.append(entry);
    }
    return found;
}

} // namespace heron::test
