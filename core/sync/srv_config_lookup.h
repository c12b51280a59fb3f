#pragma once

#include "accounts/provider_config.h"
#include "net/srv_lookup.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace heron::sync {

// RFC 6186 account setup from DNS: the SRV records _imaps._tcp, _imap._tcp,
// _submissions._tcp and _submission._tcp of the address's domain, asked at
// once, turned into a ProviderConfig (user name: the address, as RFC 6186
// says). Within a protocol the records of both services are used in priority
// order; at equal priority implicit TLS comes first (RFC 8314).
class SrvConfigLookup : public QObject
{
    Q_OBJECT

public:
    explicit SrvConfigLookup(QObject *parent = nullptr);

    // The resolver to ask (default: DNS); the lookup takes it over.
    void setResolver(net::SrvLookup *resolver);

    void start(const QString &email);
    void cancel();

    bool found() const { return m_config.isUsable(); }
    const accounts::ProviderConfig &config() const { return m_config; }
    const QStringList &attempts() const { return m_attempts; }

    // The services asked for, in the order of preference at equal priority.
    static QStringList services();
    // The configuration the answers (service -> records) describe; *notes gets what
    // was left out and why. Pure, for the tests.
    static accounts::ProviderConfig configFrom(const QHash<QString, QList<net::SrvRecord>> &answers,
                                               const QString &email, QRandomGenerator &random, QStringList *notes);

signals:
    void finished(bool found);

private:
    void onAnswer(const QString &name, const QList<net::SrvRecord> &records, const QString &error);

    QPointer<net::SrvLookup> m_resolver;
    QString m_email;
    QString m_domain;
    QHash<QString, QList<net::SrvRecord>> m_answers; // by service
    int m_pending = 0;
    accounts::ProviderConfig m_config;
    QStringList m_attempts;
};

} // namespace heron::sync
