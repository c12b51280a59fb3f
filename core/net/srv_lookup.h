#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QRandomGenerator;

namespace heron::net {

// One DNS SRV record (RFC 2782): where a service is offered, and how much to prefer it.
struct SrvRecord
{
    QString target; // host name, without the trailing dot; "." (or empty) means: not offered
    quint16 port = 0;
    quint16 priority = 0; // lower first
    quint16 weight = 0; // within one priority: the share of picks

    bool operator==(const SrvRecord &) const = default;
};

// Asks DNS for SRV records (QDnsLookup), for account setup's RFC 6186 step.
// lookup() may run several names at once; finished() comes once per call.
// Subclass and override lookup() to answer without DNS (tests): Qt 6.4's
// QDnsLookup takes a nameserver address but no port, so a local fake DNS
// server cannot be used.
class SrvLookup : public QObject
{
    Q_OBJECT

public:
    explicit SrvLookup(QObject *parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }

    // name: a full SRV name, e.g. "_imaps._tcp.example.org".
    virtual void lookup(const QString &name);

    // RFC 2782's order of use: priority ascending; within one priority, a
    // weighted random draw (records of weight 0 are picked rarely, not never).
    static QList<SrvRecord> order(QList<SrvRecord> records, QRandomGenerator &random);
    // RFC 2782: one record with the target "." says the service is decidedly not available.
    static bool saysNotOffered(const QList<SrvRecord> &records);

signals:
    // records as DNS gave them (unordered); error is a sentence, empty when DNS answered
    // (no records for the name is not an error).
    void finished(const QString &name, const QList<heron::net::SrvRecord> &records, const QString &error);

private:
    int m_timeoutMs = 10'000;
};

} // namespace heron::net
