#pragma once

#include "net/srv_lookup.h"

#include <QHash>
#include <QTimer>

namespace heron::test {

// Answers SRV lookups from a table instead of DNS (Qt 6.4's QDnsLookup cannot
// be sent to a local fake DNS server on another port), from the event loop as DNS would.
class FakeSrvLookup : public net::SrvLookup
{
public:
    explicit FakeSrvLookup(QHash<QString, QList<net::SrvRecord>> answers)
        : m_answers(std::move(answers))
    {
    }

    void lookup(const QString &name) override
    {
        asked.append(name);
        QTimer::singleShot(0, this, [this, name] { emit finished(name, m_answers.value(name), QString()); });
    }

    QStringList asked;

private:
    QHash<QString, QList<net::SrvRecord>> m_answers;
};

} // namespace heron::test
