#include "sync/autoconfig_lookup.h"

#include "accounts/autoconfig_parser.h"
#include "net/https_fetcher.h"

#include <QUrl>

namespace heron::sync {

AutoconfigLookup::AutoconfigLookup(net::TlsPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
    , m_sources(defaultSources())
{
    resetFetcher();
}

void AutoconfigLookup::resetFetcher()
{
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater(); // aborts its request
    }
    m_fetcher = new net::HttpsFetcher(m_policy, this);
    m_fetcher->setMaxBytes(accounts::AutoconfigParser::kMaxDocumentSize);
    connect(m_fetcher, &net::HttpsFetcher::finished, this, &AutoconfigLookup::onFetched);
}

void AutoconfigLookup::setTlsPolicy(net::TlsPolicy policy)
{
    m_policy = std::move(policy);
    resetFetcher();
}

void AutoconfigLookup::cancel()
{
    resetFetcher();
}

QStringList AutoconfigLookup::defaultSources()
{
    return {QStringLiteral("https://autoconfig.%DOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAIL%"),
            QStringLiteral("https://%DOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml")};
}

void AutoconfigLookup::start(const QString &email)
{
    m_email = email.trimmed();
    m_next = 0;
    m_found = false;
    m_config = {};
    m_source.clear();
    m_attempts.clear();
    tryNext();
}

QString AutoconfigLookup::url(const QString &pattern) const
{
    const QString domain = m_email.mid(m_email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    QString out = pattern;
    out.replace(QLatin1String("%DOMAIN%"), domain);
    out.replace(QLatin1String("%EMAIL%"), QString::fromLatin1(QUrl::toPercentEncoding(m_email)));
    return out;
}

void AutoconfigLookup::tryNext()
{
    if (m_next >= m_sources.size() || !m_email.contains(QLatin1Char('@'))) {
        if (!m_email.contains(QLatin1Char('@')))
            m_attempts << tr("%1 is not an e-mail address.").arg(m_email);
        emit finished(false);
        return;
    }
    m_current = url(m_sources.at(m_next++));
    m_fetcher->fetch(QUrl(m_current));
}

void AutoconfigLookup::onFetched(bool ok, const QByteArray &body, const QString &error)
{
    if (!ok) {
        m_attempts << error;
        return tryNext();
    }
    QString parseError;
    const std::optional<accounts::ProviderConfig> config
        = accounts::AutoconfigParser::parse(body, m_email, &parseError);
    if (!config) {
        m_attempts << tr("%1: %2").arg(m_current, parseError);
        return tryNext();
    }
    if (!config->isUsable()) {
        m_attempts << tr("%1: no encrypted IMAP and SMTP servers in it (left out: %2).")
                          .arg(m_current, config->skipped.join(QStringLiteral("; ")));
        return tryNext();
    }
    m_found = true;
    m_config = *config;
    m_source = m_current;
    m_attempts << tr("%1: found %2.").arg(m_current, config->displayName);
    emit finished(true);
}

} // namespace heron::sync
