#include "sync/server_guesser.h"

namespace heron::sync {

using accounts::MailProtocol;
using accounts::Security;
using Outcome = ServerProbe::Outcome;

ServerGuesser::ServerGuesser(net::TlsPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{
}

QList<ServerGuesser::Candidate> ServerGuesser::defaultCandidates(const QString &domain)
{
    const auto at = [&domain](const char *prefix) { return QLatin1String(prefix) + domain; };
    return {
        {MailProtocol::Imap, {at("imap."), 993, Security::Tls}},
        {MailProtocol::Imap, {at("mail."), 993, Security::Tls}},
        {MailProtocol::Imap, {domain, 993, Security::Tls}},
        {MailProtocol::Imap, {at("imap."), 143, Security::StartTls}},
        {MailProtocol::Imap, {at("mail."), 143, Security::StartTls}},
        {MailProtocol::Smtp, {at("smtp."), 465, Security::Tls}},
        {MailProtocol::Smtp, {at("mail."), 465, Security::Tls}},
        {MailProtocol::Smtp, {at("smtp."), 587, Security::StartTls}},
        {MailProtocol::Smtp, {at("mail."), 587, Security::StartTls}},
        {MailProtocol::Smtp, {domain, 587, Security::StartTls}},
    };
}

void ServerGuesser::start(const QString &email)
{
    cancel();
    m_email = email.trimmed();
    const QString domain = m_email.mid(m_email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    m_config = {};
    m_config.displayName = domain;
    m_config.domains << domain;
    m_running = true;
    const QList<Candidate> candidates = m_override.isEmpty() ? defaultCandidates(domain) : m_override;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        auto *probe = new ServerProbe(m_policy, this);
        probe->setTimeout(m_timeoutMs);
        connect(probe, &ServerProbe::finished, this, &ServerGuesser::onProbeFinished);
        m_probes.append(probe);
    }
    for (qsizetype i = 0; i < candidates.size(); ++i)
        m_probes.at(i)->start(candidates.at(i).protocol, candidates.at(i).endpoint);
}

void ServerGuesser::cancel()
{
    m_running = false;
    for (ServerProbe *probe : std::as_const(m_probes))
        probe->deleteLater();
    m_probes.clear();
}

QStringList ServerGuesser::attempts() const
{
    QStringList lines;
    for (const ServerProbe *probe : m_probes) {
        if (probe->result().outcome != Outcome::Running)
            lines << probe->result().message;
    }
    lines.removeDuplicates(); // a missing host fails alike on every port
    return lines;
}

void ServerGuesser::onProbeFinished()
{
    if (!m_running)
        return;
    if (auto *probe = qobject_cast<ServerProbe *>(sender()))
        emit probed(probe->result());
    bool imapSettled = false;
    bool smtpSettled = false;
    winner(MailProtocol::Imap, &imapSettled);
    winner(MailProtocol::Smtp, &smtpSettled);
    if (imapSettled && smtpSettled)
        finish();
}

qsizetype ServerGuesser::winner(MailProtocol protocol, bool *settled) const
{
    qsizetype withProblem = -1;
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        const ServerProbe::Result &result = m_probes.at(i)->result();
        if (result.protocol != protocol)
            continue;
        if (result.outcome == Outcome::Running) {
            *settled = false;
            return -1;
        }
        if (result.outcome == Outcome::Ok) {
            *settled = true;
            return i;
        }
        if (result.outcome == Outcome::CertificateProblem && withProblem < 0)
            withProblem = i;
    }
    *settled = true;
    return withProblem;
}

void ServerGuesser::finish()
{
    m_running = false;
    bool settled = false;
    for (const MailProtocol protocol : {MailProtocol::Imap, MailProtocol::Smtp}) {
        const qsizetype index = winner(protocol, &settled);
        if (index < 0)
            continue;
        accounts::ServerCandidate candidate;
        candidate.endpoint = m_probes.at(index)->result().endpoint;
        candidate.username = m_email;
        candidate.authMethods = {accounts::AuthMethod::Password};
        (protocol == MailProtocol::Imap ? m_config.imap : m_config.smtp).append(candidate);
    }
    // Probes still waiting cannot change the choice; they stop with their connections.
    for (ServerProbe *probe : std::as_const(m_probes)) {
        if (probe->result().outcome == Outcome::Running)
            probe->disconnect(this);
    }
    emit finished(m_config.isUsable());
}

} // namespace heron::sync
