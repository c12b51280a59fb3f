#pragma once

#include "account_resolver.h"
#include "exit_code.h"
#include "smtp/smtp_error.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace heron::cli {

class Invocation;

// The outbox of the resolved account and the send worker behind `send` and
// `outbox flush`: opens the profile's cache database (interrupted sends from
// a crashed run become may_have_been_sent first), then connects with the
// account's password, trust and device token, delivers what is due with
// sync::OutboxSender, records what the servers showed of CLIENTID, says on err
// what happened to each message, and turns it into one of CLI.md's exit codes.
class SmtpOutboxRunner
{
public:
    SmtpOutboxRunner(const Invocation &invocation, QTextStream &err);
    ~SmtpOutboxRunner();

    // The account (no password needed yet) and its outbox; false after explaining.
    bool openOutbox();
    store::Outbox &outbox() { return *m_outbox; }
    qint64 accountId() const { return m_accountId; }
    const accounts::Account &account() const { return m_resolver.account(); }
    const accounts::Profile &profile() const { return m_resolver.profile(); }
    ExitCode exitCode() const { return m_exitCode; }

    // Delivers the account's due entries (with includeDeferred also those
    // waiting for a retry after a temporary failure). With focus, the exit
    // code is that entry's fate; otherwise the worst of the run.
    ExitCode flush(bool includeDeferred, std::optional<qint64> focus = std::nullopt);

    // What the last flush() did: entries tried, and how many of them went.
    int attempted() const { return m_attempted; }
    int delivered() const { return m_delivered; }

    // CLI.md's exit code for an SMTP failure.
    static ExitCode exitCodeFor(smtp::SmtpError::Kind kind);

private:
    bool loadClientIdToken();
    void fail(ExitCode code, const QString &message);

    const Invocation &m_invocation;
    QTextStream &m_err;
    QString m_prefix;
    AccountResolver m_resolver;
    store::Database m_database;
    std::unique_ptr<store::Outbox> m_outbox;
    qint64 m_accountId = 0;
    QString m_token;
    bool m_tokenRenewed = false; // a refused OAuth token was renewed in this run
    ExitCode m_exitCode = ExitCode::Done;
    int m_attempted = 0;
    int m_delivered = 0;
};

} // namespace heron::cli
