#include "sync/account_discovery.h"

#include "sync/autoconfig_lookup.h"
#include "sync/server_guesser.h"
#include "sync/srv_config_lookup.h"

namespace heron::sync {

AccountDiscovery::AccountDiscovery(const net::TlsPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_autoconfig(new AutoconfigLookup(policy, this))
    , m_srv(new SrvConfigLookup(this))
    , m_guesser(new ServerGuesser(policy, this))
{
    connect(m_autoconfig, &AutoconfigLookup::finished, this, [this](bool found) {
        stepDone(found, m_autoconfig->config(), m_autoconfig->attempts(),
                 tr("the provider's configuration at %1").arg(m_autoconfig->source()));
    });
    connect(m_srv, &SrvConfigLookup::finished, this, [this](bool found) {
        const QString domain = m_email.mid(m_email.lastIndexOf(QLatin1Char('@')) + 1);
        stepDone(found, m_srv->config(), m_srv->attempts(), tr("the DNS SRV records of %1").arg(domain));
    });
    connect(m_guesser, &ServerGuesser::probed, this,
            [this](const ServerProbe::Result &result) { emit stepProgress(Source::Guess, result.message); });
    connect(m_guesser, &ServerGuesser::finished, this, [this](bool found) {
        stepDone(found, m_guesser->config(), m_guesser->attempts(), tr("common server names, checked over TLS"));
    });
}

void AccountDiscovery::setTlsPolicy(const net::TlsPolicy &policy)
{
    m_autoconfig->setTlsPolicy(policy);
    m_guesser->setTlsPolicy(policy);
}

QString AccountDiscovery::stepName(Source step)
{
    switch (step) {
    case Source::Autoconfig:
        return tr("Provider configuration");
    case Source::Srv:
        return tr("DNS SRV records");
    case Source::Guess:
        return tr("Common server names");
    case Source::None:
        break;
    }
    return {};
}

void AccountDiscovery::start(const QString &email)
{
    cancel();
    m_email = email.trimmed();
    m_source = Source::None;
    m_config = {};
    m_sourceDescription.clear();
    m_attempts.clear();
    runStep(Source::Autoconfig);
}

void AccountDiscovery::cancel()
{
    m_step = Source::None;
    m_autoconfig->cancel();
    m_srv->cancel();
    m_guesser->cancel();
}

void AccountDiscovery::runStep(Source step)
{
    m_step = step;
    const QString domain = m_email.mid(m_email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    switch (step) {
    case Source::Autoconfig:
        emit stepStarted(step, tr("Asking %1 for its mail configuration…").arg(domain));
        m_autoconfig->start(m_email);
        break;
    case Source::Srv:
        emit stepStarted(step, tr("Looking up the DNS SRV records of %1…").arg(domain));
        m_srv->start(m_email);
        break;
    case Source::Guess:
        emit stepStarted(step, tr("Trying common server names of %1 over TLS…").arg(domain));
        m_guesser->start(m_email);
        break;
    case Source::None:
        break;
    }
}

void AccountDiscovery::stepDone(bool found, const accounts::ProviderConfig &config, const QStringList &attempts,
                                const QString &description)
{
    const Source step = m_step;
    if (step == Source::None)
        return; // cancelled
    m_attempts += attempts;
    if (found) {
        m_step = Source::None;
        m_source = step;
        m_config = config;
        m_sourceDescription = description;
        emit stepFinished(step, true, tr("Found: %1.").arg(description));
        emit finished(true);
        return;
    }
    // The guesses were reported one by one (stepProgress) already.
    const bool said = step == Source::Guess || attempts.isEmpty();
    emit stepFinished(step, false, said ? tr("Nothing found.") : attempts.join(QLatin1Char('\n')));
    if (step == Source::Guess) {
        m_step = Source::None;
        emit finished(false);
        return;
    }
    runStep(step == Source::Autoconfig ? Source::Srv : Source::Guess);
}

} // namespace heron::sync
