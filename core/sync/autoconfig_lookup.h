#pragma once

#include "accounts/provider_config.h"
#include "net/tls_policy.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace heron::net {
class HttpsFetcher;
}

namespace heron::sync {

// Finds a provider's mail configuration for an address the way account setup
// needs it: the provider's own autoconfig documents first (autoconfig.DOMAIN,
// then DOMAIN/.well-known), each over https and read by AutoconfigParser; the
// first one with usable servers wins. Every source tried is kept in attempts()
// with what came of it, so "manual setup" can say why nothing was found.
class AutoconfigLookup : public QObject
{
    Q_OBJECT

public:
    explicit AutoconfigLookup(net::TlsPolicy policy, QObject *parent = nullptr);

    // URL templates in order; %DOMAIN% and %EMAIL% (percent-encoded) are filled in.
    static QStringList defaultSources();
    void setSources(QStringList templates) { m_sources = std::move(templates); }

    // What the https fetches trust (tests: a private CA); takes effect with the next start.
    void setTlsPolicy(net::TlsPolicy policy);

    void start(const QString &email);
    // Stops listening; a fetch under way is dropped and finished() does not follow.
    void cancel();

    bool found() const { return m_found; }
    const accounts::ProviderConfig &config() const { return m_config; }
    const QString &source() const { return m_source; } // the URL the configuration came from
    const QStringList &attempts() const { return m_attempts; }

signals:
    void finished(bool found);

private:
    void resetFetcher();
    void tryNext();
    void onFetched(bool ok, const QByteArray &body, const QString &error);
    QString url(const QString &pattern) const;

    net::TlsPolicy m_policy;
    net::HttpsFetcher *m_fetcher = nullptr;
    QStringList m_sources;
    QString m_email;
    qsizetype m_next = 0;
    QString m_current;
    bool m_found = false;
    accounts::ProviderConfig m_config;
    QString m_source;
    QStringList m_attempts;
};

} // namespace heron::sync
