#pragma once

#include "net/tls_policy.h"
#include "oauth/oauth2_provider.h"
#include "oauth/oauth2_tokens.h"
#include "oauth/pkce.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

namespace heron::net {
class LoopbackRedirectListener;
} // namespace heron::net

namespace heron::oauth {

class OAuth2TokenRequest;

// One interactive sign-in (RFC 6749 authorization code grant, RFC 7636 PKCE,
// RFC 8252 loopback redirect): Heron waits on a loopback port, asks for the
// provider's sign-in page to be opened in the system browser (openBrowser();
// the GUI opens it, heronctl prints it), checks the state that comes back and
// trades the code for tokens. Exactly one of signedIn() and failed() follows
// start(), unless cancel() comes first.
class OAuth2SignIn : public QObject
{
    Q_OBJECT

public:
    OAuth2SignIn(OAuth2Provider provider, net::TlsPolicy tls, QObject *parent = nullptr);
    ~OAuth2SignIn() override;

    // loginHint (the address) preselects the account on the provider's page.
    void start(const QString &loginHint);
    void cancel();
    bool isRunning() const { return m_running; }

    // The page the user signs in on; valid after start().
    const QUrl &authorizationUrl() const { return m_authorizationUrl; }
    const OAuth2Provider &provider() const { return m_provider; }

signals:
    void openBrowser(const QUrl &url);
    // The browser came back; the tokens are being fetched.
    void authorized();
    void signedIn(const oauth::OAuth2Tokens &tokens);
    void failed(const QString &error);

private:
    QUrl buildAuthorizationUrl(const QString &loginHint) const;
    void onRedirect(const QUrlQuery &query);
    void fail(const QString &error);

    OAuth2Provider m_provider;
    net::TlsPolicy m_tls;
    net::LoopbackRedirectListener *m_listener;
    QPointer<OAuth2TokenRequest> m_request;
    Pkce m_pkce;
    QString m_state;
    QUrl m_authorizationUrl;
    QUrl m_redirectUri; // kept: the listener forgets its port when it closes
    bool m_running = false;
};

} // namespace heron::oauth
