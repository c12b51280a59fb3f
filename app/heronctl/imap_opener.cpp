#include "imap_opener.h"
#include "cli_text.h"

#include "accounts/secret_store.h"
#include "command_spec.h"
#include "identity/client_id_token.h"
#include "identity/device_identity.h"
#include "invocation.h"
#include "sync/account_connector.h"
#include "sync/session_settings.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace heron::cli {

namespace {

ExitCode exitCodeFor(imap::ImapError::Kind kind)
{
    switch (kind) {
    case imap::ImapError::Kind::Connection:
    case imap::ImapError::Kind::Closed:
        return ExitCode::Connection;
    case imap::ImapError::Kind::Authentication:
    case imap::ImapError::Kind::TemporaryAuthentication:
    case imap::ImapError::Kind::NoAuthMechanism:
        return ExitCode::Authentication;
    case imap::ImapError::Kind::DeviceRefused:
        return ExitCode::DeviceRefused;
    case imap::ImapError::Kind::ClientIdProtocol:
        return ExitCode::ClientIdProtocol;
    default:
        return ExitCode::Failure;
    }
}

} // namespace

ImapOpener::ImapOpener(const Invocation &invocation, QTextStream &err)
    : m_invocation(invocation)
    , m_err(err)
    , m_resolver(invocation, err)
{
}

std::unique_ptr<imap::ImapSession> ImapOpener::open()
{
    if (!m_resolver.resolve() || !m_resolver.buildTlsPolicy() || !m_resolver.loadPassword()) {
        m_exitCode = m_resolver.exitCode();
        return nullptr;
    }
    const accounts::Account &account = m_resolver.account();
    QString error;
    if (!sync::AccountConnector::loadClientIdToken(m_resolver.profile(), account, &m_token, &error)) {
        // No token means no CLIENTID, and a provider that requires it would refuse the login.
        m_err << "heronctl " << m_invocation.command().name() << ": " << error << '\n';
        m_exitCode = ExitCode::Failure;
        return nullptr;
    }

    std::unique_ptr<imap::ImapSession> session = login();
    // An OAuth access token can end early (revoked, the server's clock): renew it, try once more.
    if (session->error().kind == imap::ImapError::Kind::Authentication
        && account.authMethod == accounts::AuthMethod::OAuth2) {
        if (!m_resolver.renewAccessToken()) {
            m_exitCode = m_resolver.exitCode(); // said why
            return nullptr;
        }
        session = login();
    }
    recordClientIdStatus(*session);
    if (!session->isReady()) {
        explain(session->error());
        return nullptr;
    }
    return session;
}

std::unique_ptr<imap::ImapSession> ImapOpener::login()
{
    auto session = std::make_unique<imap::ImapSession>(
        sync::SessionSettings::imap(m_resolver.account(), m_resolver.password(), m_resolver.tlsPolicy(), m_token));
    QEventLoop loop;
    QObject::connect(session.get(), &imap::ImapSession::ready, &loop, &QEventLoop::quit);
    QObject::connect(session.get(), &imap::ImapSession::failed, &loop, &QEventLoop::quit);
    session->open();
    loop.exec();
    return session;
}

bool ImapOpener::run(imap::ImapSession &session, imap::ImapCommand *command)
{
    QEventLoop loop;
    QObject::connect(command, &imap::ImapCommand::finished, &loop, &QEventLoop::quit);
    session.run(command);
    if (!command->isFinished())
        loop.exec();
    if (command->succeeded())
        return true;
    explain(session.error().isError() ? session.error() : command->error());
    return false;
}

void ImapOpener::logout(imap::ImapSession &session)
{
    QEventLoop loop;
    QObject::connect(&session, &imap::ImapSession::closed, &loop, &QEventLoop::quit);
    QObject::connect(&session, &imap::ImapSession::failed, &loop, &QEventLoop::quit);
    session.logout();
    if (session.state() != imap::ImapSession::State::Disconnected)
        loop.exec();
}

void ImapOpener::recordClientIdStatus(const imap::ImapSession &session)
{
    sync::AccountConnector::recordClientIdStatus(m_resolver.profile(), m_resolver.account(), session);
}

void ImapOpener::explain(const imap::ImapError &error)
{
    m_exitCode = exitCodeFor(error.kind);
    m_err << "heronctl " << m_invocation.command().name() << ": " << error.message << '\n';
    if (error.kind == imap::ImapError::Kind::DeviceRefused) {
        m_err << CliText::tr(
                     "This device's ID for %1 is %2 %3. Register it with your provider (usually on its web portal, "
                     "as a new device), then run this command again; `heronctl clientid` shows it again.")
                     .arg(m_resolver.account().email, QString::fromLatin1(identity::ClientIdToken::kType), m_token)
              << '\n';
    }
}

} // namespace heron::cli
