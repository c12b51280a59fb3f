#include "sync/connection_test.h"

#include "identity/client_id_token.h"
#include "imap/imap_session.h"
#include "smtp/smtp_session.h"
#include "sync/account_connector.h"
#include "sync/session_settings.h"

#include <QTimer>

namespace heron::sync {

using accounts::MailProtocol;

ConnectionTest::ConnectionTest(accounts::Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
}

QString ConnectionTest::stepName(Step step)
{
    switch (step) {
    case Step::Tls:
        return tr("Encryption (TLS)");
    case Step::ClientId:
        return tr("Device ID (CLIENTID)");
    case Step::Login:
        return tr("Login (IMAP)");
    case Step::Smtp:
        return tr("Sending (SMTP)");
    }
    return {};
}

void ConnectionTest::report(Step step, State state, const QString &text)
{
    if (state == State::Failed)
        m_allPassed = false;
    emit stepChanged(step, state, text);
}

void ConnectionTest::start(const accounts::Account &account, const QString &password)
{
    ++m_generation;
    m_account = account;
    m_password = password;
    m_running = true;
    m_allPassed = true;
    m_imapReachable = m_smtpReachable = false;
    m_rejected.clear();
    m_token.clear();
    m_refusalReply.clear();
    for (const Step step : {Step::ClientId, Step::Login, Step::Smtp})
        report(step, State::Running, tr("Waiting…"));

    net::TlsPolicy policy;
    QString error;
    if (!AccountConnector::buildTlsPolicy(m_account, &policy, &error)) {
        report(Step::Tls, State::Failed, tr("The CA file cannot be used: %1").arg(error));
        for (const Step step : {Step::ClientId, Step::Login, Step::Smtp})
            report(step, State::Skipped, tr("Not tried."));
        return end();
    }
    report(Step::Tls, State::Running, tr("Connecting to %1 and %2…").arg(m_account.imap.host, m_account.smtp.host));
    for (ServerProbe *old : {m_imapProbe.data(), m_smtpProbe.data()}) {
        if (old)
            dispose(old);
    }
    m_imapProbe = new ServerProbe(policy, this);
    m_smtpProbe = new ServerProbe(policy, this);
    for (ServerProbe *probe : {m_imapProbe.data(), m_smtpProbe.data()}) {
        probe->setTimeout(m_timeoutMs);
        connect(probe, &ServerProbe::finished, this, &ConnectionTest::onProbed);
    }
    m_imapProbe->start(MailProtocol::Imap, m_account.imap);
    m_smtpProbe->start(MailProtocol::Smtp, m_account.smtp);
}

void ConnectionTest::onProbed()
{
    if (!m_imapProbe || !m_smtpProbe || m_imapProbe->result().outcome == ServerProbe::Outcome::Running
        || m_smtpProbe->result().outcome == ServerProbe::Outcome::Running)
        return;
    QStringList lines;
    bool ok = true;
    for (const ServerProbe *probe : {m_imapProbe.data(), m_smtpProbe.data()}) {
        const ServerProbe::Result &result = probe->result();
        lines << result.message;
        ok = ok && result.outcome == ServerProbe::Outcome::Ok;
        if (result.outcome == ServerProbe::Outcome::CertificateProblem)
            m_rejected.append({result.endpoint.host.toLower(), result.certificateSha256});
    }
    m_imapReachable = m_imapProbe->result().outcome == ServerProbe::Outcome::Ok;
    m_smtpReachable = m_smtpProbe->result().outcome == ServerProbe::Outcome::Ok;
    lines.removeDuplicates(); // IMAP and SMTP on one host often show the same certificate
    report(Step::Tls, ok ? State::Passed : State::Failed, lines.join(QLatin1Char('\n')));
    dispose(m_imapProbe);
    dispose(m_smtpProbe);
    testClientId();
}

imap::ImapSession *ConnectionTest::newImapSession(bool withLogin)
{
    net::TlsPolicy policy;
    QString unused;
    AccountConnector::buildTlsPolicy(m_account, &policy, &unused); // checked in start()
    imap::ImapSettings settings = SessionSettings::imap(m_account, m_password, policy, m_token);
    if (!withLogin)
        settings.login.clear(); // a probe: capabilities and CLIENTID only
    settings.sendId = false;
    settings.compress = false;
    settings.timeouts.connect = m_timeoutMs;
    settings.timeouts.command = m_timeoutMs;
    return new imap::ImapSession(settings, this);
}

void ConnectionTest::testClientId()
{
    if (!m_imapReachable) {
        report(Step::ClientId, State::Skipped, tr("Not tried: the IMAP server could not be reached over TLS."));
        report(Step::Login, State::Skipped, tr("Not tried: the IMAP server could not be reached over TLS."));
        return testSmtp();
    }
    if (!m_account.clientIdEnabled) {
        report(Step::ClientId, State::Passed, tr("Switched off for this account: no device ID is presented."));
        return testLogin();
    }
    QString error;
    if (!AccountConnector::loadClientIdToken(m_profile, m_account, &m_token, &error)) {
        report(Step::ClientId, State::Failed, tr("This device's ID cannot be loaded: %1").arg(error));
        return testLogin();
    }
    report(Step::ClientId, State::Running, tr("Presenting this device's ID to %1…").arg(m_account.imap.host));
    imap::ImapSession *session = newImapSession(false);
    const int generation = m_generation;
    connect(session, &imap::ImapSession::ready, this, [this, session, generation] {
        dispose(session);
        if (generation != m_generation)
            return;
        AccountConnector::recordClientIdStatus(m_profile, m_account, *session);
        if (!session->clientIdAdvertised())
            report(Step::ClientId, State::Passed,
                   tr("%1 does not offer CLIENTID; Heron logs in without a device ID.").arg(m_account.imap.host));
        else
            report(Step::ClientId, State::Passed,
                   tr("%1 offers CLIENTID and accepted this device (ID %2 %3).")
                       .arg(m_account.imap.host, QString::fromLatin1(identity::ClientIdToken::kType), m_token));
        testLogin();
    });
    connect(session, &imap::ImapSession::failed, this, [this, session, generation](const imap::ImapError &failure) {
        dispose(session);
        if (generation != m_generation)
            return;
        AccountConnector::recordClientIdStatus(m_profile, m_account, *session);
        if (failure.kind != imap::ImapError::Kind::DeviceRefused) {
            report(Step::ClientId, State::Failed, failure.message);
            report(Step::Login, State::Skipped, tr("Not tried."));
            return testSmtp();
        }
        noteRefusal(MailProtocol::Imap, failure.response.text.isEmpty() ? failure.message : failure.response.text);
        report(Step::ClientId, State::Failed,
               tr("%1 refused this device (ID %2 %3): your provider does not know it yet.")
                   .arg(m_account.imap.host, QString::fromLatin1(identity::ClientIdToken::kType), m_token));
        report(Step::Login, State::Skipped,
               tr("Not tried: the server refused this device before any password was sent."));
        testSmtp();
    });
    session->open();
}

void ConnectionTest::testLogin()
{
    report(Step::Login, State::Running, tr("Logging in to %1 as %2…").arg(m_account.imap.host, m_account.loginName()));
    imap::ImapSession *session = newImapSession(true);
    const int generation = m_generation;
    connect(session, &imap::ImapSession::ready, this, [this, session, generation] {
        dispose(session);
        if (generation != m_generation)
            return;
        report(Step::Login, State::Passed,
               tr("Logged in to %1 as %2.").arg(m_account.imap.host, m_account.loginName()));
        testSmtp();
    });
    connect(session, &imap::ImapSession::failed, this, [this, session, generation](const imap::ImapError &failure) {
        dispose(session);
        if (generation != m_generation)
            return;
        if (failure.kind == imap::ImapError::Kind::DeviceRefused)
            noteRefusal(MailProtocol::Imap, failure.response.text);
        report(Step::Login, State::Failed, failure.message);
        testSmtp();
    });
    session->open();
}

void ConnectionTest::testSmtp()
{
    if (!m_smtpReachable) {
        report(Step::Smtp, State::Skipped, tr("Not tried: the SMTP server could not be reached over TLS."));
        return end();
    }
    report(Step::Smtp, State::Running, tr("Logging in to %1 as %2…").arg(m_account.smtp.host, m_account.loginName()));
    net::TlsPolicy policy;
    QString unused;
    AccountConnector::buildTlsPolicy(m_account, &policy, &unused);
    smtp::SmtpSettings settings = SessionSettings::smtp(m_account, m_password, policy, m_token);
    settings.timeouts.connect = settings.timeouts.greeting = settings.timeouts.command = m_timeoutMs;
    auto *session = new smtp::SmtpSession(settings, this);
    const int generation = m_generation;
    connect(session, &smtp::SmtpSession::ready, this, [this, session, generation] {
        session->quit();
        dispose(session);
        if (generation != m_generation)
            return;
        report(Step::Smtp, State::Passed, tr("%1 accepted the login; mail can be sent.").arg(m_account.smtp.host));
        end();
    });
    connect(session, &smtp::SmtpSession::failed, this, [this, session, generation](const smtp::SmtpError &failure) {
        dispose(session);
        if (generation != m_generation)
            return;
        if (failure.kind == smtp::SmtpError::Kind::DeviceRefused)
            noteRefusal(MailProtocol::Smtp, failure.reply.text());
        report(Step::Smtp, State::Failed, failure.message);
        end();
    });
    session->open();
}

void ConnectionTest::noteRefusal(MailProtocol protocol, const QString &reply)
{
    if (!m_refusalReply.isEmpty())
        return; // the first refusal is the one to show
    m_refusedBy = protocol;
    m_refusalReply = reply.isEmpty() ? tr("(no text)") : reply;
}

void ConnectionTest::end()
{
    m_running = false;
    emit finished(m_allPassed);
}

// Sessions and probes end from their own signals: deleted once control is back in the loop.
void ConnectionTest::dispose(QObject *session)
{
    session->disconnect();
    QTimer::singleShot(0, session, &QObject::deleteLater);
}

} // namespace heron::sync
