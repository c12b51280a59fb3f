#include "sync/session_settings.h"

#include <QHostAddress>

namespace heron::sync {

net::Connection::Security SessionSettings::connectionSecurity(accounts::Security security)
{
    return security == accounts::Security::Tls ? net::Connection::Security::ImplicitTls
                                               : net::Connection::Security::StartTls;
}

namespace {

// IMAP and SMTP settings name these fields alike.
// secret: the password, or an OAuth account's access token.
template<typename Settings>
Settings fill(const accounts::ServerEndpoint &server, const accounts::Account &account, const QString &secret,
              const net::TlsPolicy &tls, const QString &clientIdToken)
{
    Settings settings;
    settings.host = server.host;
    settings.port = server.port;
    settings.security = SessionSettings::connectionSecurity(server.security);
    settings.tls = tls;
    settings.login = account.loginName();
    if (account.authMethod == accounts::AuthMethod::OAuth2)
        settings.oauthToken = secret;
    else
        settings.password = secret;
    settings.clientIdEnabled = account.clientIdEnabled;
    settings.clientIdToken = clientIdToken.toLatin1();
    return settings;
}

// A server on this machine: nothing to save on the link, so compressing only costs CPU.
bool isLocalHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

imap::ImapSettings SessionSettings::imap(const accounts::Account &account, const QString &password,
                                         const net::TlsPolicy &tls, const QString &clientIdToken)
{
    imap::ImapSettings settings = fill<imap::ImapSettings>(account.imap, account, password, tls, clientIdToken);
    // COMPRESS=DEFLATE made whole-message downloads from a local Dovecot about 3x slower
    // (docs/benchmarks.md, sync).
    settings.compress = !isLocalHost(settings.host);
    return settings;
}

smtp::SmtpSettings SessionSettings::smtp(const accounts::Account &account, const QString &password,
                                         const net::TlsPolicy &tls, const QString &clientIdToken)
{
    return fill<smtp::SmtpSettings>(account.smtp, account, password, tls, clientIdToken);
}

} // namespace heron::sync
