#include "sync/session_settings.h"

namespace heron::sync {

net::Connection::Security SessionSettings::connectionSecurity(accounts::Security security)
{
    return security == accounts::Security::Tls ? net::Connection::Security::ImplicitTls
                                               : net::Connection::Security::StartTls;
}

imap::ImapSettings SessionSettings::imap(const accounts::Account &account, const QString &password,
                                         const net::TlsPolicy &tls, const QString &clientIdToken)
{
    imap::ImapSettings settings;
    settings.host = account.imap.host;
    settings.port = account.imap.port;
    settings.security = connectionSecurity(account.imap.security);
    settings.tls = tls;
    settings.login = account.loginName();
    settings.password = password;
    settings.clientIdEnabled = account.clientIdEnabled;
    settings.clientIdToken = clientIdToken.toLatin1();
    return settings;
}

smtp::SmtpSettings SessionSettings::smtp(const accounts::Account &account, const QString &password,
                                         const net::TlsPolicy &tls, const QString &clientIdToken)
{
    smtp::SmtpSettings settings;
    settings.host = account.smtp.host;
    settings.port = account.smtp.port;
    settings.security = connectionSecurity(account.smtp.security);
    settings.tls = tls;
    settings.login = account.loginName();
    settings.password = password;
    settings.clientIdEnabled = account.clientIdEnabled;
    settings.clientIdToken = clientIdToken.toLatin1();
    return settings;
}

} // namespace heron::sync
