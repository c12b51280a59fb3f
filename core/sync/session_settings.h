#pragma once

#include "accounts/account.h"
#include "imap/imap_settings.h"
#include "net/tls_policy.h"
#include "smtp/smtp_session.h"

#include <QString>

namespace heron::sync {

// Turns an account, its password (an OAuth account: its access token), what it
// trusts and its CLIENTID token into the settings of an IMAP or SMTP session, in one place for the GUI engine,
// heronctl and the tests.
class SessionSettings
{
public:
    static imap::ImapSettings imap(const accounts::Account &account, const QString &password, const net::TlsPolicy &tls,
                                   const QString &clientIdToken);
    static smtp::SmtpSettings smtp(const accounts::Account &account, const QString &password, const net::TlsPolicy &tls,
                                   const QString &clientIdToken);

    static net::Connection::Security connectionSecurity(accounts::Security security);
};

} // namespace heron::sync
