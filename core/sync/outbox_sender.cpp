#include "sync/outbox_sender.h"

#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/list_command.h"
#include "imap/response.h"
#include "sync/account_connector.h"
#include "sync/session_settings.h"

#include <QTimer>

#include <algorithm>

namespace heron::sync {

namespace {

constexpr int kGoodbyeMs = 10000;

// The message went to the server and the connection ended before its
// verdict: every RCPT was answered, someone was accepted, the sender was not
// refused (that reply would be the final one) and no final reply came.
bool handedOver(const smtp::SendResult &result, const store::Outbox::Entry &entry)
{
    if (result.finalReply.code != 0 || result.recipients.size() != entry.recipients.size())
        return false;
    return result.refused().size() < result.recipients.size();
}

} // namespace

OutboxSender::OutboxSender(accounts::Account account, QString password, net::TlsPolicy tls, QString clientIdToken,
                           qint64 accountId, store::Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_tls(std::move(tls))
    , m_clientIdToken(std::move(clientIdToken))
    , m_accountId(accountId)
    , m_outbox(outbox)
{
}

OutboxSender::~OutboxSender() = default;

QString OutboxSender::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Requeued:
        return QStringLiteral("queued");
    case Outcome::Rejected:
        return QStringLiteral("failed");
    case Outcome::MayHaveBeenSent:
        return QStringLiteral("may_have_been_sent");
    }
    return {};
}

void OutboxSender::start()
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_cutoff = QDateTime::currentDateTimeUtc();
    if (m_includeDeferred) {
        QString error;
        const QList<store::Outbox::Entry> entries = m_outbox.list(&error);
        for (const store::Outbox::Entry &entry : entries) {
            if (entry.accountId == m_accountId && entry.state == store::Outbox::State::Queued
                && entry.nextAttemptAt > m_cutoff)
                m_outbox.retryNow(entry.id, &error, m_cutoff);
        }
    }
    next();
}

std::optional<store::Outbox::Entry> OutboxSender::claimOwn()
{
    for (;;) {
        QString error;
        std::optional<store::Outbox::Entry> entry = m_outbox.claimNext(&error, m_cutoff);
        if (!entry) {
            if (!error.isEmpty())
                m_storeError = error;
            return std::nullopt;
        }
        if (entry->accountId == m_accountId)
            return entry;
        // Another account's entry: back in line, due just after this run's
        // cutoff so this loop does not meet it again (its attempt count keeps
        // the claim; Outbox has no per-account claim yet).
        if (!m_outbox.markFailed(entry->id, entry->lastError, false, &error,
                                 m_cutoff.addMSecs(1 - store::Outbox::retryDelayMs(entry->attempts)))) {
            m_storeError = error;
            return std::nullopt;
        }
    }
}

void OutboxSender::next()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Finished)
        return;
    if (!m_smtp || !m_smtp->isReady()) {
        // Connect and log in before claiming anything: an entry is "sending"
        // (and after a crash "may have been sent") only while it can really go out.
        if (hasDueEntry())
            openSmtp();
        else
            finish();
        return;
    }
    if (claimCurrent())
        sendCurrent();
    else
        finish();
}

bool OutboxSender::hasDueEntry()
{
    QString error;
    const QList<store::Outbox::Entry> entries = m_outbox.list(&error);
    if (!error.isEmpty())
        m_storeError = error;
    return std::any_of(entries.cbegin(), entries.cend(), [this](const store::Outbox::Entry &entry) {
        return entry.accountId == m_accountId && entry.state == store::Outbox::State::Queued
            && entry.nextAttemptAt <= m_cutoff;
    });
}

bool OutboxSender::claimCurrent()
{
    m_current = claimOwn();
    if (!m_current)
        return false;
    m_currentReport = Report {};
    m_currentReport.id = m_current->id;
    m_currentReport.messageId = m_current->messageId;
    return true;
}

void OutboxSender::openSmtp()
{
    if (m_smtp)
        m_smtp->deleteLater();
    m_phase = Phase::OpeningSmtp;
    m_smtp = new smtp::SmtpSession(SessionSettings::smtp(m_account, m_password, m_tls, m_clientIdToken), this);
    connect(m_smtp, &smtp::SmtpSession::ready, this, [this] {
        recordSmtpStatus();
        next();
    });
    connect(m_smtp, &smtp::SmtpSession::failed, this, &OutboxSender::onSmtpFailed);
    connect(m_smtp, &smtp::SmtpSession::sent, this, &OutboxSender::onSent);
    connect(m_smtp, &smtp::SmtpSession::finished, this, [this] {
        m_waitingForSmtp = false;
        maybeFinished();
    });
    m_smtp->open();
}

void OutboxSender::sendCurrent()
{
    m_phase = Phase::Sending;
    smtp::Envelope envelope;
    envelope.from = m_current->from;
    envelope.recipients = m_current->recipients;
    m_smtp->send(envelope, m_current->message);
}

void OutboxSender::onSmtpFailed(const smtp::SmtpError &error)
{
    if (m_phase == Phase::OpeningSmtp) {
        // Connection, TLS, CLIENTID or AUTH: the message is not at fault.
        recordSmtpStatus();
        m_sessionError = error;
        // The first due entry carries the error (and an attempt) for the user to see.
        if (claimCurrent())
            requeueCurrent(error);
        finish();
    }
    // Closing: finished() follows. Sending: onSent() already dealt with it. SavingToSent: the next message opens a new
    // session.
}

void OutboxSender::onSent(const smtp::SendResult &result)
{
    if (m_phase != Phase::Sending || !m_current)
        return;
    if (result.delivered()) {
        m_currentReport.outcome = Outcome::Delivered;
        m_currentReport.refused = result.refused();
        saveToSent();
        return;
    }
    const smtp::SmtpError &error = result.error;
    m_currentReport.error = error;
    QString storeError;
    bool stored = true;
    switch (error.kind) {
    case smtp::SmtpError::Kind::MessageRejected:
    case smtp::SmtpError::Kind::Unsupported:
        m_currentReport.outcome = Outcome::Rejected;
        stored = m_outbox.markFailed(m_current->id, error.message, true, &storeError);
        break;
    case smtp::SmtpError::Kind::Connection:
    case smtp::SmtpError::Kind::Protocol:
        if (handedOver(result, *m_current)) {
            m_currentReport.outcome = Outcome::MayHaveBeenSent;
            stored = m_outbox.markMayHaveBeenSent(
                m_current->id,
                tr("The connection ended after the message was handed over, before the server confirmed it (%1). "
                   "It may have been sent; look in the recipients' or the Sent folder before sending it again.")
                    .arg(error.message),
                &storeError);
            break;
        }
        [[fallthrough]];
    default:
        m_currentReport.outcome = Outcome::Requeued;
        stored = m_outbox.markFailed(m_current->id, error.message, false, &storeError);
        break;
    }
    if (!stored)
        m_storeError = storeError;
    report(m_currentReport);
    if (!stored || !m_smtp || !m_smtp->isReady()) {
        // The session is gone (network, 421): the rest waits for the next run.
        if (m_smtp && !m_smtp->isReady())
            m_sessionError = error;
        finish();
        return;
    }
    next();
}

void OutboxSender::requeueCurrent(const smtp::SmtpError &error)
{
    if (!m_current)
        return;
    m_currentReport.outcome = Outcome::Requeued;
    m_currentReport.error = error;
    QString storeError;
    if (!m_outbox.markFailed(m_current->id, error.message, false, &storeError))
        m_storeError = storeError;
    report(m_currentReport);
}

// --- the copy in Sent -----------------------------------------------------

void OutboxSender::saveToSent()
{
    m_phase = Phase::SavingToSent;
    if (m_account.serverSavesSent) {
        completeDelivery();
        return;
    }
    if (!m_imapError.isEmpty()) {
        m_currentReport.sentFolderError = m_imapError;
        completeDelivery();
        return;
    }
    if (m_imap) {
        if (m_sentFolder)
            appendCurrent();
        return; // still opening or listing: onListed() goes on
    }
    m_imap = new imap::ImapSession(SessionSettings::imap(m_account, m_password, m_tls, m_clientIdToken), this);
    connect(m_imap, &imap::ImapSession::ready, this, &OutboxSender::onImapReady);
    connect(m_imap, &imap::ImapSession::failed, this, &OutboxSender::onImapFailed);
    connect(m_imap, &imap::ImapSession::closed, this, [this] {
        m_waitingForImap = false;
        maybeFinished();
    });
    m_imap->open();
}

void OutboxSender::onImapReady()
{
    recordImapStatus();
    auto *list = new imap::ListCommand();
    list->setParent(this);
    connect(list, &imap::ImapCommand::finished, this, &OutboxSender::onListed);
    m_imap->run(list);
}

void OutboxSender::onImapFailed()
{
    if (m_phase == Phase::Closing) {
        m_waitingForImap = false;
        maybeFinished();
        return;
    }
    if (!m_imap->isReady())
        recordImapStatus();
    m_imapError
        = tr("The message was sent, but no copy could be saved in the Sent folder: %1").arg(m_imap->error().message);
    if (m_phase == Phase::SavingToSent && !m_sentFolder) {
        // Opening or listing failed; a failed APPEND is handled by onAppended().
        m_currentReport.sentFolderError = m_imapError;
        completeDelivery();
    }
}

void OutboxSender::onListed(imap::ImapCommand *command)
{
    command->deleteLater();
    if (!command->succeeded()) {
        if (m_imapError.isEmpty()) {
            m_imapError = tr("The message was sent, but the folders could not be listed to save a copy in Sent: %1")
                              .arg(command->error().message);
            m_currentReport.sentFolderError = m_imapError;
            completeDelivery();
        }
        return;
    }
    const QList<imap::ListData> &folders = static_cast<imap::ListCommand *>(command)->folders();
    for (const imap::ListData &folder : folders) {
        if (folder.specialUse().compare("\\Sent", Qt::CaseInsensitive) == 0) {
            m_sentFolder = folder.name;
            break;
        }
    }
    if (!m_sentFolder) {
        // No SPECIAL-USE: the common name, if the account has it.
        for (const imap::ListData &folder : folders) {
            if (folder.name.compare(QLatin1String("Sent"), Qt::CaseInsensitive) == 0)
                m_sentFolder = folder.name;
        }
    }
    if (!m_sentFolder) {
        m_imapError = tr("The message was sent, but the account has no Sent folder (none is marked \\Sent).");
        m_currentReport.sentFolderError = m_imapError;
        completeDelivery();
        return;
    }
    appendCurrent();
}

void OutboxSender::appendCurrent()
{
    auto *append = new imap::AppendCommand(*m_sentFolder, m_current->message, {"\\Seen"});
    append->setParent(this);
    connect(append, &imap::ImapCommand::finished, this, &OutboxSender::onAppended);
    m_imap->run(append);
}

void OutboxSender::onAppended(imap::ImapCommand *command)
{
    command->deleteLater();
    if (command->succeeded()) {
        m_currentReport.savedToSent = true;
    } else {
        m_currentReport.sentFolderError
            = tr("The message was sent, but saving it in %1 failed: %2").arg(*m_sentFolder, command->error().message);
        if (!m_imap->isReady() || m_imap->error().isError())
            m_imapError = m_currentReport.sentFolderError;
    }
    completeDelivery();
}

void OutboxSender::completeDelivery()
{
    QString error;
    const bool removed = m_outbox.markSent(m_current->id, &error);
    if (!removed)
        m_storeError = error;
    report(m_currentReport);
    if (!removed)
        finish();
    else
        next();
}

void OutboxSender::report(Report report)
{
    m_current.reset();
    m_reports.append(report);
    emit reported(report);
}

// --- CLIENTID status --------------------------------------------------------

void OutboxSender::recordSmtpStatus()
{
    if (!m_smtp || (m_smtp->capabilities().isEmpty() && !m_smtp->clientIdReply()))
        return; // never got far enough to learn anything
    identity::ClientIdServerStatus status;
    status.protocol = accounts::MailProtocol::Smtp;
    status.host = m_account.smtp.host.toLower();
    status.advertised = m_smtp->clientIdAdvertised();
    if (const auto reply = m_smtp->clientIdReply())
        status.lastReply = reply->summary();
    status.at = QDateTime::currentDateTimeUtc();
    emit clientIdStatusSeen(status);
}

void OutboxSender::recordImapStatus()
{
    if (!m_imap)
        return;
    if (const auto status = AccountConnector::imapClientIdStatus(m_account, *m_imap))
        emit clientIdStatusSeen(*status);
}

// --- the end --------------------------------------------------------------

void OutboxSender::finish()
{
    if (m_phase == Phase::Closing || m_phase == Phase::Finished)
        return;
    m_phase = Phase::Closing;
    if (m_smtp && m_smtp->isReady()) {
        m_waitingForSmtp = true;
        m_smtp->quit();
    }
    if (m_imap && m_imap->state() != imap::ImapSession::State::Disconnected) {
        m_waitingForImap = true;
        m_imap->logout();
    }
    // A server that never answers the goodbye does not hold the run up.
    QTimer::singleShot(kGoodbyeMs, this, [this] {
        m_waitingForSmtp = false;
        m_waitingForImap = false;
        maybeFinished();
    });
    maybeFinished();
}

void OutboxSender::maybeFinished()
{
    if (m_phase != Phase::Closing)
        return;
    if (m_waitingForSmtp || m_waitingForImap)
        return;
    m_phase = Phase::Finished;
    emit finished();
}

} // namespace heron::sync
