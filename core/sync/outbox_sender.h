#pragma once

#include "accounts/account.h"
#include "identity/client_id_server_status.h"
#include "net/tls_policy.h"
#include "smtp/smtp_session.h"
#include "store/outbox.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace heron::imap {
class ImapCommand;
class ImapSession;
} // namespace heron::imap

namespace heron::sync {

// The send worker of one account: delivers every due entry of the outbox
// over one SMTP connection, files each delivered message in the account's
// Sent folder, and leaves the outbox telling the truth at every moment.
//
//     claimNext -> SMTP (one session for all) -> APPEND to Sent (\Seen) -> markSent
//
// - Delivered: APPEND to the special-use \Sent folder (skipped when the
//   account's server saves sent mail itself), then the entry goes. A failed
//   APPEND is reported but the entry goes anyway: the message is out, and
//   sending it again would be worse than a missing copy.
// - 4xx, a network error before the message was handed over: queued again
//   with backoff. 5xx on MAIL/RCPT/DATA (or a message the server cannot take):
//   failed, with the server's words.
// - The connection ended after the message was handed over but before the
//   server's final reply: may_have_been_sent, never sent again on its own.
// - The session itself failed (connection, TLS, AUTH, CLIENTID): the first
//   due entry goes back to the queue with the error (the message is not at
//   fault), the run stops and sessionError() says why.
//
// Entries are claimed only once the session is ready, so a crash while
// connecting or logging in leaves them queued; a crash later leaves one
// "sending", which Outbox::recoverInterrupted() turns into may_have_been_sent
// at the next start: never lost, never sent twice without a decision.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Delivered, // the server took it (maybe not for every recipient: see refused)
        Requeued, // temporary failure; tried again after the backoff
        Rejected, // permanent failure; stays failed until the user retries
        MayHaveBeenSent, // the end of DATA was not acknowledged
    };

    struct Report
    {
        qint64 id = 0;
        QByteArray messageId;
        Outcome outcome = Outcome::Requeued;
        smtp::SmtpError error; // why it was not delivered
        QList<smtp::RecipientResult> refused; // recipients refused although the message went
        bool savedToSent = false;
        QString sentFolderError; // non-empty: delivered, but the copy in Sent failed
    };

    OutboxSender(accounts::Account account, QString password, net::TlsPolicy tls, QString clientIdToken,
                 qint64 accountId, store::Outbox &outbox, QObject *parent = nullptr);
    ~OutboxSender() override;

    // An explicit "send now": queued entries still waiting for their backoff
    // go too. Failed and may-have-been-sent entries wait for retryNow().
    void setIncludeDeferred(bool include) { m_includeDeferred = include; }

    // Sends what is due; emits finished() once the sessions are closed.
    void start();
    bool isFinished() const { return m_phase == Phase::Finished; }

    const QList<Report> &reports() const { return m_reports; }
    // What ended the SMTP session before the outbox was empty; None when nothing did.
    const smtp::SmtpError &sessionError() const { return m_sessionError; }
    // A store failure that stopped the run; empty when none.
    const QString &storeError() const { return m_storeError; }

    static QString outcomeName(Outcome outcome);

signals:
    void reported(const heron::sync::OutboxSender::Report &report);
    // What a server showed of CLIENTID (smtp, and imap when Sent was reached), to record.
    void clientIdStatusSeen(const heron::identity::ClientIdServerStatus &status);
    void finished();

private:
    enum class Phase { Idle, OpeningSmtp, Sending, SavingToSent, Closing, Finished };

    std::optional<store::Outbox::Entry> claimOwn();
    void next();
    bool hasDueEntry();
    bool claimCurrent();
    void openSmtp();
    void sendCurrent();
    void onSmtpFailed(const smtp::SmtpError &error);
    void onSent(const smtp::SendResult &result);
    void requeueCurrent(const smtp::SmtpError &error);
    void saveToSent();
    void onImapReady();
    void onImapFailed();
    void onListed(imap::ImapCommand *command);
    void appendCurrent();
    void onAppended(imap::ImapCommand *command);
    void completeDelivery();
    void report(Report report);
    void recordSmtpStatus();
    void recordImapStatus();
    void finish();
    void maybeFinished();

    accounts::Account m_account;
    QString m_password;
    net::TlsPolicy m_tls;
    QString m_clientIdToken;
    qint64 m_accountId;
    store::Outbox &m_outbox;
    bool m_includeDeferred = false;

    Phase m_phase = Phase::Idle;
    QDateTime m_cutoff; // entries due after this wait for the next run
    std::optional<store::Outbox::Entry> m_current;
    Report m_currentReport;
    QPointer<smtp::SmtpSession> m_smtp;
    QPointer<imap::ImapSession> m_imap;
    std::optional<QString> m_sentFolder;
    QString m_imapError; // once IMAP failed, later messages are not filed either
    QList<Report> m_reports;
    bool m_waitingForSmtp = false;
    bool m_waitingForImap = false;
    smtp::SmtpError m_sessionError;
    QString m_storeError;
};

} // namespace heron::sync
