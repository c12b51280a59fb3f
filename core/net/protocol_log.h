#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>

namespace heron::net {

Q_DECLARE_LOGGING_CATEGORY(lcProtocol)

// A support trace of one protocol session: the last lines each way, bounded.
// Callers hand in lines that are already redacted (passwords, AUTH payloads,
// the CLIENTID token), so a secret can only leak here if a caller logs the
// raw line; redacted() builds those lines in one place.
class ProtocolLog
{
public:
    enum class Direction { Client, Server, Note };

    struct Entry
    {
        QDateTime at;
        Direction direction;
        QByteArray line;
    };

    explicit ProtocolLog(QByteArray name, qsizetype capacity = 500);

    void client(QByteArrayView line) { append(Direction::Client, line); }
    void server(QByteArrayView line) { append(Direction::Server, line); }
    void note(QByteArrayView line) { append(Direction::Note, line); }

    const QList<Entry> &entries() const { return m_entries; }
    QByteArray text() const;

    // The command keyword and arguments up to `keep` words, then a placeholder:
    // redacted("CLIENTID UUID 3f6c...", 2, "<clientid redacted>") is
    // "CLIENTID UUID <clientid redacted>".
    static QByteArray redacted(QByteArrayView line, int keep, QByteArrayView placeholder);

private:
    void append(Direction direction, QByteArrayView line);

    QByteArray m_name;
    qsizetype m_capacity;
    QList<Entry> m_entries;
};

} // namespace heron::net
