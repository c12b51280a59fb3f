#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "sync/server_probe.h"

#include <QObject>
#include <QPointer>

namespace heron::imap {
class ImapSession;
struct ImapError;
} // namespace heron::imap

namespace heron::smtp {
class SmtpSession;
struct SmtpError;
} // namespace heron::smtp

namespace heron::sync {

// Account setup's "Test connection", one step after the other, each reported
// as it starts and ends: TLS to the IMAP and SMTP servers (certificate
// problems in words, with the fingerprint the user may choose to trust),
// CLIENTID (offered / accepted / refused, with this device's token), the IMAP
// login, and SMTP submission (TLS, CLIENTID, AUTH). The account need not be
// stored yet: its password is given, its pins and CA file are used.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Step { Tls, ClientId, Login, Smtp };
    Q_ENUM(Step)
    enum class State { Running, Passed, Failed, Skipped };
    Q_ENUM(State)

    // A certificate the TLS step could not verify.
    struct RejectedCertificate
    {
        QString host;
        QByteArray sha256;
    };

    explicit ConnectionTest(accounts::Profile profile, QObject *parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }

    void start(const accounts::Account &account, const QString &password);
    bool isRunning() const { return m_running; }

    const QList<RejectedCertificate> &rejectedCertificates() const { return m_rejected; }
    // CLIENTID: the token presented, and whether (and in which words) a server refused it.
    const QString &token() const { return m_token; }
    bool deviceRefused() const { return !m_refusalReply.isEmpty(); }
    accounts::MailProtocol refusedBy() const { return m_refusedBy; }
    const QString &refusalReply() const { return m_refusalReply; }

    static QString stepName(Step step);

signals:
    void stepChanged(heron::sync::ConnectionTest::Step step, heron::sync::ConnectionTest::State state,
                     const QString &text);
    // allPassed: every step passed (CLIENTID not offered or switched off counts as passed).
    void finished(bool allPassed);

private:
    void report(Step step, State state, const QString &text);
    void onProbed();
    void testClientId();
    void testLogin();
    void testSmtp();
    void onSmtpFailed(const smtp::SmtpError &error);
    void end();
    void noteRefusal(accounts::MailProtocol protocol, const QString &reply);
    imap::ImapSession *newImapSession(bool withLogin);
    static void dispose(QObject *session);

    accounts::Profile m_profile;
    accounts::Account m_account;
    QString m_password;
    int m_timeoutMs = 20'000;
    bool m_running = false;
    bool m_allPassed = true;
    bool m_imapReachable = false;
    bool m_smtpReachable = false;
    QPointer<ServerProbe> m_imapProbe;
    QPointer<ServerProbe> m_smtpProbe;
    QList<RejectedCertificate> m_rejected;
    QString m_token;
    QString m_refusalReply;
    accounts::MailProtocol m_refusedBy = accounts::MailProtocol::Imap;
    int m_generation = 0; // answers of an earlier start are ignored
};

} // namespace heron::sync
