#pragma once

#include "accounts/provider_config.h"
#include "net/tls_policy.h"

#include <QObject>
#include <QStringList>

namespace heron::sync {

class AutoconfigLookup;
class ServerGuesser;
class SrvConfigLookup;

// Account setup's search for an address's servers, one source after the
// other until one has usable IMAP and SMTP servers: the provider's autoconfig
// document (AutoconfigLookup), then RFC 6186 DNS SRV records
// (SrvConfigLookup), then common host names probed over TLS (ServerGuesser).
// Each step is announced as it starts and ends, for the setup wizard.
class AccountDiscovery : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Autoconfig, Srv, Guess };
    Q_ENUM(Source)

    explicit AccountDiscovery(const net::TlsPolicy &policy = {}, QObject *parent = nullptr);

    // The steps, to set them up (sources, resolver, host list) before start().
    AutoconfigLookup *autoconfig() const { return m_autoconfig; }
    SrvConfigLookup *srv() const { return m_srv; }
    ServerGuesser *guesser() const { return m_guesser; }
    // What the https fetches and TLS probes trust.
    void setTlsPolicy(const net::TlsPolicy &policy);

    void start(const QString &email);
    void cancel();
    bool isRunning() const { return m_step != Source::None; }

    bool found() const { return m_source != Source::None; }
    const accounts::ProviderConfig &config() const { return m_config; }
    Source source() const { return m_source; }
    // Where the configuration came from, in words ("the provider's configuration at URL", ...).
    const QString &sourceDescription() const { return m_sourceDescription; }
    // Every source tried and what came of it.
    const QStringList &attempts() const { return m_attempts; }

    static QString stepName(Source step);

signals:
    void stepStarted(heron::sync::AccountDiscovery::Source step, const QString &description);
    // One thing learnt within a step (a URL that failed, a probe's answer).
    void stepProgress(heron::sync::AccountDiscovery::Source step, const QString &text);
    void stepFinished(heron::sync::AccountDiscovery::Source step, bool found, const QString &summary);
    void finished(bool found);

private:
    void runStep(Source step);
    void stepDone(bool found, const accounts::ProviderConfig &config, const QStringList &attempts,
                  const QString &description);

    AutoconfigLookup *m_autoconfig;
    SrvConfigLookup *m_srv;
    ServerGuesser *m_guesser;
    QString m_email;
    Source m_step = Source::None;
    Source m_source = Source::None;
    accounts::ProviderConfig m_config;
    QString m_sourceDescription;
    QStringList m_attempts;
};

} // namespace heron::sync
