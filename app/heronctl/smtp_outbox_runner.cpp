#include "smtp_outbox_runner.h"
#include "cli_text.h"

#include "accounts/secret_store.h"
#include "command_spec.h"
#include "identity/client_id_token.h"
#include "identity/device_identity.h"
#include "invocation.h"
#include "store/mail_cache.h"
#include "sync/account_connector.h"
#include "sync/outbox_sender.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <algorithm>

namespace heron::cli {

namespace {

using Outcome = sync::OutboxSender::Outcome;

} // namespace

SmtpOutboxRunner::SmtpOutboxRunner(const Invocation &invocation, QTextStream &err)
    : m_invocation(invocation)
    , m_err(err)
    , m_prefix(QStringLiteral("heronctl ") + invocation.command().name() + QStringLiteral(": "))
    , m_resolver(invocation, err)
{
}

SmtpOutboxRunner::~SmtpOutboxRunner() = default;

void SmtpOutboxRunner::fail(ExitCode code, const QString &message)
{
    m_exitCode = code;
    m_err << m_prefix << message << '\n';
}

ExitCode SmtpOutboxRunner::exitCodeFor(smtp::SmtpError::Kind kind)
{
    switch (kind) {
    case smtp::SmtpError::Kind::None:
        return ExitCode::Done;
    case smtp::SmtpError::Kind::Connection:
        return ExitCode::Connection;
    case smtp::SmtpError::Kind::Authentication:
    case smtp::SmtpError::Kind::TemporaryAuthentication:
    case smtp::SmtpError::Kind::NoAuthMechanism:
        return ExitCode::Authentication;
    case smtp::SmtpError::Kind::DeviceRefused:
        return ExitCode::DeviceRefused;
    case smtp::SmtpError::Kind::ClientIdProtocol:
        return ExitCode::ClientIdProtocol;
    case smtp::SmtpError::Kind::MessageRejected:
    case smtp::SmtpError::Kind::Unsupported:
        return ExitCode::MessageRejected;
    case smtp::SmtpError::Kind::Protocol:
    case smtp::SmtpError::Kind::Temporary:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

bool SmtpOutboxRunner::openOutbox()
{
    if (!m_resolver.resolve()) {
        m_exitCode = m_resolver.exitCode();
        return false;
    }
    QString error;
    if (!m_database.open(m_resolver.profile().cacheDatabaseFile(), &error)) {
        fail(ExitCode::Failure, error);
        return false;
    }
    const std::optional<qint64> id = store::MailCache(m_database).accountId(m_resolver.account().email, &error);
    if (!id) {
        fail(ExitCode::Failure, error);
        return false;
    }
    m_accountId = *id;
    m_outbox = std::make_unique<store::Outbox>(m_database);
    // A run that was killed mid-send left its entry "sending": it may have gone out.
    const int interrupted = m_outbox->recoverInterrupted(&error);
    if (interrupted > 0)
        m_err << m_prefix
              << QCoreApplication::translate("heronctl",
                                             "%n message(s) were being sent when heronctl was stopped; they are "
                                             "marked \"may have been sent\" and are not sent again on their own "
                                             "(`heronctl outbox` lists them).",
                                             nullptr, interrupted)
              << '\n';
    return true;
}

bool SmtpOutboxRunner::loadClientIdToken()
{
    QString error;
    if (sync::AccountConnector::loadClientIdToken(m_resolver.profile(), m_resolver.account(), &m_token, &error))
        return true;
    // No token means no CLIENTID, and a provider that requires it would refuse the login.
    fail(ExitCode::Failure, error);
    return false;
}

ExitCode SmtpOutboxRunner::flush(bool includeDeferred, std::optional<qint64> focus)
{
    const QString stays = focus
        ? CliText::tr("The message stays in the outbox; `heronctl outbox flush` sends it again.")
        : CliText::tr("The messages stay in the outbox.");
    if (!m_resolver.buildTlsPolicy() || !m_resolver.loadPassword() || !loadClientIdToken()) {
        if (m_exitCode == ExitCode::Done)
            m_exitCode = m_resolver.exitCode();
        m_err << m_prefix << stays << '\n';
        return m_exitCode;
    }
    const accounts::Account &account = m_resolver.account();
    sync::OutboxSender sender(account, m_resolver.password(), m_resolver.tlsPolicy(), m_token, m_accountId, *m_outbox);
    sender.setIncludeDeferred(includeDeferred);
    QObject::connect(&sender, &sync::OutboxSender::clientIdStatusSeen, &sender,
                     [this](const identity::ClientIdServerStatus &status) {
                         sync::AccountConnector::recordClientIdStatus(m_resolver.profile(), m_resolver.account(),
                                                                      status);
                     });
    QObject::connect(&sender, &sync::OutboxSender::reported, &sender, [this](const sync::OutboxSender::Report &r) {
        const QString id = QString::fromUtf8(r.messageId);
        switch (r.outcome) {
        case Outcome::Delivered:
            m_err << m_prefix << CliText::tr("%1 delivered.").arg(id) << '\n';
            for (const smtp::RecipientResult &refused : r.refused)
                m_err << m_prefix
                      << CliText::tr("%1: the server refused the recipient %2 (%3); the others got it.")
                             .arg(id, QString::fromUtf8(refused.address), refused.reply.summary())
                      << '\n';
            if (!r.sentFolderError.isEmpty())
                m_err << m_prefix << id << ": " << r.sentFolderError << '\n';
            break;
        case Outcome::Requeued:
            m_err << m_prefix << CliText::tr("%1 not sent: %2").arg(id, r.error.message) << '\n';
            break;
        case Outcome::Rejected:
            m_err << m_prefix
                  << CliText::tr("%1 rejected: %2 It stays in the outbox as failed.").arg(id, r.error.message) << '\n';
            break;
        case Outcome::MayHaveBeenSent:
            m_err << m_prefix
                  << CliText::tr("%1 may have been sent: %2 It stays in the outbox and is not sent again on its own.")
                         .arg(id, r.error.message)
                  << '\n';
            break;
        }
    });
    QEventLoop loop;
    QObject::connect(&sender, &sync::OutboxSender::finished, &loop, &QEventLoop::quit);
    sender.start();
    if (!sender.isFinished())
        loop.exec();

    const smtp::SmtpError &sessionError = sender.sessionError();
    // An OAuth access token can end early (revoked, the server's clock): renew it, send once more.
    if (sessionError.kind == smtp::SmtpError::Kind::Authentication && account.authMethod == accounts::AuthMethod::OAuth2
        && !std::exchange(m_tokenRenewed, true)) {
        if (!m_resolver.renewAccessToken()) {
            m_err << m_prefix << stays << '\n';
            return m_exitCode = m_resolver.exitCode();
        }
        return flush(true, focus);
    }
    if (sessionError.isError()) {
        m_err << m_prefix << sessionError.message << '\n';
        if (sessionError.kind == smtp::SmtpError::Kind::DeviceRefused) {
            m_err << CliText::tr(
                         "This device's ID for %1 is %2 %3. Register it with your provider (usually on its web "
                         "portal, as a new device), then run `heronctl outbox flush`; `heronctl clientid` shows it "
                         "again.")
                         .arg(account.email, QString::fromLatin1(identity::ClientIdToken::kType), m_token)
                  << '\n';
        }
    }
    if (!sender.storeError().isEmpty())
        m_err << m_prefix << sender.storeError() << '\n';

    // The exit code: the focused message's fate, or the first failure of the run.
    std::optional<ExitCode> code;
    bool waits = false; // queued again: a flush sends it
    m_attempted = int(sender.reports().size());
    m_delivered = int(std::count_if(sender.reports().cbegin(), sender.reports().cend(),
                                    [](const auto &report) { return report.outcome == Outcome::Delivered; }));
    for (const sync::OutboxSender::Report &report : sender.reports()) {
        if (focus && report.id != *focus)
            continue;
        ExitCode fate = ExitCode::Done;
        if (report.outcome == Outcome::Rejected)
            fate = ExitCode::MessageRejected;
        else if (report.outcome == Outcome::MayHaveBeenSent)
            fate = ExitCode::Failure;
        else if (report.outcome == Outcome::Requeued)
            fate = exitCodeFor(report.error.kind);
        waits |= report.outcome == Outcome::Requeued;
        if (!code || *code == ExitCode::Done)
            code = fate;
    }
    if (!code && sessionError.isError()) {
        code = exitCodeFor(sessionError.kind);
        waits = true;
    }
    if (!code)
        code = focus || !sender.storeError().isEmpty() ? ExitCode::Failure : ExitCode::Done;
    if (!sender.storeError().isEmpty() && *code == ExitCode::Done)
        code = ExitCode::Failure;
    // Rejected and uncertain messages have said where they stay already.
    if (*code != ExitCode::Done && waits)
        m_err << m_prefix << stays << '\n';
    m_exitCode = *code;
    return m_exitCode;
}

} // namespace heron::cli
