#pragma once

#include "accounts/provider_config.h"
#include "net/tls_policy.h"
#include "sync/server_probe.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace heron::sync {

// The last resort of account setup: common host names of the address's
// domain (imap.DOMAIN:993, mail.DOMAIN:993, DOMAIN:993, then STARTTLS on 143;
// smtp.DOMAIN:465, mail.DOMAIN:465, then STARTTLS on 587), all probed at
// once with ServerProbe, each within a time limit. Per protocol the first
// candidate in that order that answered with a valid certificate wins; when
// none did, the first that answered with a certificate problem (which the
// connection test then explains and offers to trust).
class ServerGuesser : public QObject
{
    Q_OBJECT

public:
    struct Candidate
    {
        accounts::MailProtocol protocol;
        accounts::ServerEndpoint endpoint;
    };

    explicit ServerGuesser(net::TlsPolicy policy, QObject *parent = nullptr);

    void setTlsPolicy(net::TlsPolicy policy) { m_policy = std::move(policy); }
    void setProbeTimeout(int ms) { m_timeoutMs = ms; }
    // Replaces the host list for the next start (tests: servers on localhost).
    void setCandidates(QList<Candidate> candidates) { m_override = std::move(candidates); }
    static QList<Candidate> defaultCandidates(const QString &domain);

    void start(const QString &email);
    void cancel();

    bool found() const { return m_config.isUsable(); }
    const accounts::ProviderConfig &config() const { return m_config; }
    // One sentence per probe, in the candidates' order.
    QStringList attempts() const;

signals:
    // One probe is done (result().message says how it went).
    void probed(const heron::sync::ServerProbe::Result &result);
    void finished(bool found);

private:
    void onProbeFinished();
    // The winner of a protocol once it is certain (every better candidate done), else -1;
    // *settled says whether nothing can change any more.
    qsizetype winner(accounts::MailProtocol protocol, bool *settled) const;
    void finish();

    net::TlsPolicy m_policy;
    int m_timeoutMs = 8'000;
    QList<Candidate> m_override;
    QString m_email;
    QList<ServerProbe *> m_probes; // in the candidates' order
    bool m_running = false;
    accounts::ProviderConfig m_config;
};

} // namespace heron::sync
