#include "net/srv_lookup.h"

#include <QDnsLookup>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace heron::net {

SrvLookup::SrvLookup(QObject *parent)
    : QObject(parent)
{
}

void SrvLookup::lookup(const QString &name)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, this);
    auto *timer = new QTimer(dns);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, dns, &QDnsLookup::abort);
    connect(dns, &QDnsLookup::finished, this, [this, dns, name] {
        dns->deleteLater();
        QList<SrvRecord> records;
        QString error;
        switch (dns->error()) {
        case QDnsLookup::NoError:
        case QDnsLookup::NotFoundError: // no such name: the domain publishes no records
            break;
        case QDnsLookup::OperationCancelledError:
            error = tr("DNS gave no answer for %1 within %2 s.").arg(name).arg(m_timeoutMs / 1000);
            break;
        default:
            error = tr("DNS lookup of %1 failed: %2").arg(name, dns->errorString());
            break;
        }
        for (const QDnsServiceRecord &record : dns->serviceRecords()) {
            QString target = record.target();
            if (target.endsWith(QLatin1Char('.')) && target.size() > 1)
                target.chop(1);
            records.append({target, record.port(), record.priority(), record.weight()});
        }
        emit finished(name, records, error);
    });
    timer->start(m_timeoutMs);
    dns->lookup();
}

QList<SrvRecord> SrvLookup::order(QList<SrvRecord> records, QRandomGenerator &random)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const SrvRecord &a, const SrvRecord &b) { return a.priority < b.priority; });
    QList<SrvRecord> ordered;
    qsizetype groupStart = 0;
    while (groupStart < records.size()) {
        qsizetype groupEnd = groupStart;
        while (groupEnd < records.size() && records.at(groupEnd).priority == records.at(groupStart).priority)
            ++groupEnd;
        // RFC 2782: zero-weight records first, then draw by running sums until the group is used up.
        QList<SrvRecord> group(records.begin() + groupStart, records.begin() + groupEnd);
        std::stable_partition(group.begin(), group.end(), [](const SrvRecord &r) { return r.weight == 0; });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const SrvRecord &record : std::as_const(group))
                total += record.weight;
            const quint32 pick = random.bounded(total + 1);
            quint32 running = 0;
            qsizetype chosen = group.size() - 1;
            for (qsizetype i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= pick) {
                    chosen = i;
                    break;
                }
            }
            ordered.append(group.takeAt(chosen));
        }
        groupStart = groupEnd;
    }
    return ordered;
}

bool SrvLookup::saysNotOffered(const QList<SrvRecord> &records)
{
    return records.size() == 1
        && (records.constFirst().target.isEmpty() || records.constFirst().target == QLatin1String("."));
}

} // namespace heron::net
