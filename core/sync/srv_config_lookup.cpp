#include "sync/srv_config_lookup.h"

#include <QRandomGenerator>

#include <algorithm>

namespace heron::sync {

namespace {

using accounts::MailProtocol;
using accounts::Security;

struct Service
{
    QString name;
    MailProtocol protocol;
    Security security;
};

const QList<Service> &knownServices()
{
    static const QList<Service> list = {
        {QStringLiteral("_imaps._tcp"), MailProtocol::Imap, Security::Tls},
        {QStringLiteral("_imap._tcp"), MailProtocol::Imap, Security::StartTls},
        {QStringLiteral("_submissions._tcp"), MailProtocol::Smtp, Security::Tls},
        {QStringLiteral("_submission._tcp"), MailProtocol::Smtp, Security::StartTls},
    };
    return list;
}

} // namespace

SrvConfigLookup::SrvConfigLookup(QObject *parent)
    : QObject(parent)
{
    setResolver(new net::SrvLookup);
}

void SrvConfigLookup::setResolver(net::SrvLookup *resolver)
{
    if (m_resolver)
        m_resolver->deleteLater();
    m_resolver = resolver;
    m_resolver->setParent(this);
    connect(m_resolver, &net::SrvLookup::finished, this, &SrvConfigLookup::onAnswer);
}

QStringList SrvConfigLookup::services()
{
    QStringList names;
    for (const Service &service : knownServices())
        names << service.name;
    return names;
}

void SrvConfigLookup::start(const QString &email)
{
    m_email = email.trimmed();
    m_domain = m_email.mid(m_email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    m_answers.clear();
    m_config = {};
    m_attempts.clear();
    m_pending = int(knownServices().size());
    for (const Service &service : knownServices())
        m_resolver->lookup(service.name + QLatin1Char('.') + m_domain);
}

void SrvConfigLookup::cancel()
{
    m_pending = 0;
}

void SrvConfigLookup::onAnswer(const QString &name, const QList<net::SrvRecord> &records, const QString &error)
{
    if (m_pending == 0 || !name.endsWith(QLatin1Char('.') + m_domain, Qt::CaseInsensitive))
        return; // an answer for an earlier, cancelled start
    const QString service = name.left(name.size() - m_domain.size() - 1);
    if (!services().contains(service) || m_answers.contains(service))
        return;
    m_answers.insert(service, records);
    if (!error.isEmpty())
        m_attempts << error;
    if (--m_pending > 0)
        return;
    m_config = configFrom(m_answers, m_email, *QRandomGenerator::global(), &m_attempts);
    if (m_config.isUsable())
        m_attempts << tr("DNS SRV records of %1: found.").arg(m_domain);
    else
        m_attempts << tr("DNS SRV records of %1: no usable IMAP and SMTP servers.").arg(m_domain);
    emit finished(m_config.isUsable());
}

accounts::ProviderConfig SrvConfigLookup::configFrom(const QHash<QString, QList<net::SrvRecord>> &answers,
                                                     const QString &email, QRandomGenerator &random, QStringList *notes)
{
    accounts::ProviderConfig config;
    const QString domain = email.mid(email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    config.displayName = domain;
    config.domains << domain;
    struct Ranked
    {
        quint16 priority;
        accounts::ServerCandidate candidate;
    };
    QList<Ranked> imap;
    QList<Ranked> smtp;
    for (const Service &service : knownServices()) {
        const QList<net::SrvRecord> records = answers.value(service.name);
        if (net::SrvLookup::saysNotOffered(records)) {
            if (notes)
                *notes << tr("%1.%2: the domain says it does not offer this service.").arg(service.name, domain);
            continue;
        }
        for (const net::SrvRecord &record : net::SrvLookup::order(records, random)) {
            if (record.target.isEmpty() || record.target == QLatin1String(".") || record.port == 0)
                continue;
            accounts::ServerCandidate candidate;
            candidate.endpoint = {record.target, record.port, service.security};
            candidate.username = email; // RFC 6186 section 4
            candidate.authMethods = {accounts::AuthMethod::Password};
            (service.protocol == MailProtocol::Imap ? imap : smtp).append({record.priority, candidate});
        }
    }
    // Services were visited implicit TLS first, so a stable sort keeps it first at equal priority.
    const auto byPriority = [](const Ranked &a, const Ranked &b) { return a.priority < b.priority; };
    std::stable_sort(imap.begin(), imap.end(), byPriority);
    std::stable_sort(smtp.begin(), smtp.end(), byPriority);
    for (const Ranked &ranked : std::as_const(imap))
        config.imap << ranked.candidate;
    for (const Ranked &ranked : std::as_const(smtp))
        config.smtp << ranked.candidate;
    return config;
}

} // namespace heron::sync
