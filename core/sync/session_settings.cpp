#include "sync/session_settings.h"

namespace heron::sync {

net::Connection::Security SessionSettings::connectionSecurity(accounts::Security security)
{
    return security == accounts::Security::Tls ? net::Connection::Security::ImplicitTls
                                               : net::Connection::Security::StartTls;
}

namespace {

// IMAP and SMTP settings name these fields alike.
template<typename Settings>
Settings fill(const accounts::ServerEndpoint &server, const accounts::Account &account, const QString &password,
              const net::TlsPolicy &tls, const QString &clientIdToken)
{
    Settings settings;
    settings.host = server.host;
    settings.port = server.port;
    settings.security = SessionSettings::connectionSecurity(server.security);
    settings.tls = tls;
    settings.login = account.loginName();
    settings.password = password;
    settings.clientIdEnabled = account.clientIdEnabled;
    settings.clientIdToken = clientIdToken.toLatin1();
    return settings;
}

} // namespace

imap::ImapSettings SessionSettings::imap(const accounts::Account &account, const QString &password,
                                         const net::TlsPolicy &tls, const QString &clientIdToken)
{
    return fill<imap::ImapSettings>(account.imap, account, password, tls, clientIdToken);
}

smtp::SmtpSettings SessionSettings::smtp(const accounts::Account &account, const QString &password,
                                         const net::TlsPolicy &tls, const QString &clientIdToken)
{
    return fill<smtp::SmtpSettings>(account.smtp, account, password, tls, clientIdToken);
}

} // namespace heron::sync
