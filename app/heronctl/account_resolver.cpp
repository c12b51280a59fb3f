#include "account_resolver.h"
#include "cli_text.h"

#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "command_spec.h"
#include "invocation.h"
#include "oauth/oauth2_token_source.h"
#include "sync/account_connector.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace heron::cli {

namespace {

QString commandName(const Invocation &invocation)
{
    return invocation.command().name();
}

} // namespace

AccountResolver::AccountResolver(const Invocation &invocation, QTextStream &err)
    : m_invocation(invocation)
    , m_err(err)
{
}

bool AccountResolver::fail(ExitCode code, const QString &message)
{
    m_exitCode = code;
    m_err << "heronctl " << commandName(m_invocation) << ": " << message << '\n';
    return false;
}

std::optional<accounts::Profile> AccountResolver::openProfile(const Invocation &invocation, QTextStream &err)
{
    QString error;
    auto profile = accounts::Profile::open(invocation.profileDirectory(), &error);
    if (!profile)
        err << "heronctl " << commandName(invocation) << ": " << error << '\n';
    return profile;
}

bool AccountResolver::resolve()
{
    m_profile = openProfile(m_invocation, m_err);
    if (!m_profile) {
        m_exitCode = ExitCode::Failure;
        return false;
    }
    QString error;
    const QList<accounts::Account> accounts = accounts::AccountStore(*m_profile).list(&error);
    if (!error.isEmpty())
        return fail(ExitCode::Failure, error);

    const QString wanted = m_invocation.value(QStringLiteral("account"));
    if (!wanted.isEmpty()) {
        for (const accounts::Account &account : accounts) {
            if (accounts::Account::sameAddress(account.email, wanted)) {
                m_account = account;
                return true;
            }
        }
        return fail(ExitCode::Usage,
                    CliText::tr("the profile %1 has no account %2; `heronctl account list` shows its accounts.")
                        .arg(m_profile->directory(), wanted));
    }
    if (accounts.isEmpty())
        return fail(ExitCode::Usage,
                    CliText::tr("the profile %1 has no account yet; add one with `heronctl account add`.")
                        .arg(m_profile->directory()));
    if (accounts.size() > 1) {
        QStringList addresses;
        for (const accounts::Account &account : accounts)
            addresses << account.email;
        return fail(ExitCode::Usage,
                    CliText::tr("the profile has %1 accounts (%2); say which with --account ADDR.")
                        .arg(accounts.size())
                        .arg(addresses.join(QStringLiteral(", "))));
    }
    m_account = accounts.constFirst();
    return true;
}

bool AccountResolver::loadPassword()
{
    Q_ASSERT(m_profile);
    if (m_account.authMethod == accounts::AuthMethod::OAuth2)
        return loadAccessToken();
    accounts::SecretStore secrets(*m_profile);
    const accounts::SecretStore::ReadResult stored = secrets.read(accounts::SecretStore::passwordKey(m_account.email));
    if (stored.ok()) {
        m_password = QString::fromUtf8(stored.value);
        return true;
    }
    if (stored.status != accounts::SecretStore::Status::NotFound)
        return fail(ExitCode::Failure,
                    CliText::tr("cannot read the password of %1: %2").arg(m_account.email, stored.error));
    if (const auto typed = promptPassword(CliText::tr("Password for %1: ").arg(m_account.loginName()), m_err)) {
        m_password = *typed;
        return true;
    }
    return fail(
        ExitCode::Failure,
        CliText::tr("no password is stored for %1 and standard input is not a terminal to ask for one; store it with "
                    "`heronctl account remove %1` and `heronctl account add ... --password-stdin`.")
            .arg(m_account.email));
}

bool AccountResolver::loadAccessToken()
{
    const oauth::OAuth2TokenSource::Result token
        = oauth::OAuth2TokenSource(*m_profile, m_account, m_tlsPolicy).accessToken();
    switch (token.status) {
    case oauth::OAuth2TokenSource::Status::Ok:
        m_password = token.accessToken;
        return true;
    case oauth::OAuth2TokenSource::Status::SignInNeeded:
        return fail(ExitCode::Authentication,
                    token.error + QLatin1Char(' ')
                        + CliText::tr("From here: `heronctl account signin %1`.").arg(m_account.email));
    case oauth::OAuth2TokenSource::Status::Failed:
        break;
    }
    return fail(ExitCode::Failure, token.error);
}

bool AccountResolver::renewAccessToken()
{
    if (m_account.authMethod != accounts::AuthMethod::OAuth2)
        return false;
    oauth::OAuth2TokenSource::invalidate(*m_profile, m_account.email);
    return loadAccessToken();
}

bool AccountResolver::buildTlsPolicy()
{
    QString error;
    if (!sync::AccountConnector::buildTlsPolicy(m_account, &m_tlsPolicy, &error))
        return fail(ExitCode::Failure, CliText::tr("the CA file of %1 cannot be used: %2").arg(m_account.email, error));
    return true;
}

bool AccountResolver::stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

std::optional<QString> AccountResolver::readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<QString> AccountResolver::promptPassword(const QString &prompt, QTextStream &err)
{
    if (!stdinIsTerminal())
        return std::nullopt;
#ifdef Q_OS_UNIX
    err << prompt;
    err.flush();
    termios saved {};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const std::optional<QString> line = readStdinLine();
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    err.flush();
    return line;
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return std::nullopt;
#endif
}

} // namespace heron::cli
