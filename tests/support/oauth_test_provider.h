#pragma once

#include "net/tls_policy.h"

#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace heron::test {

// The mail stack's OAuth 2.0 server (tests/servers/oauth_server.py) from a
// test's side: the provider entry Heron needs, the browser's part of a
// sign-in (the server approves the login hint at once and redirects to
// Heron's loopback address), and the server's control endpoints.
class OAuthTestProvider
{
public:
    // False (and *error says what is missing) when the stack runs no OAuth server.
    static bool load(OAuthTestProvider *provider, QString *error);

    // Writes {"providers": [...]} naming the server for these e-mail domains and
    // returns its path (for HERON_OAUTH2_PROVIDERS); empty when it cannot be written.
    QString writeProvidersFile(const QString &directory, const QStringList &domains) const;

    // Plays the browser: opens the authorization address, follows the server's
    // redirect to Heron's loopback address, and returns the HTTP status Heron
    // answered there (200 when it took the answer); 0 with *error otherwise.
    int approve(const QUrl &authorizationUrl, QString *error) const;

    // POST to a control endpoint ("expire?user=…", "revoke?user=…", "deny-next"); true on 200.
    bool control(const QString &pathAndQuery) const;
    // What the server saw (GET /control/log): path, grant_type, pkce, user, status, …
    QJsonArray log() const;
    // The log entries for one path ("/token", "/revoke"), optionally of one grant type.
    QJsonArray requests(const QString &path, const QString &grantType = {}) const;

    QString issuer;
    QString authorizeUrl;
    QString tokenUrl;
    QString revokeUrl;
    QString controlUrl;
    QString clientId;
    QString scope;
    QString caFile;

private:
    // One request to the server; the answer's status and body (0 on a transport failure).
    int request(const QByteArray &method, const QUrl &url, QByteArray *body, QUrl *location = nullptr) const;
    net::TlsPolicy tls() const;
};

} // namespace heron::test
