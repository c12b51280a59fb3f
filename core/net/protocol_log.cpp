#include "net/protocol_log.h"

namespace heron::net {

Q_LOGGING_CATEGORY(lcProtocol, "heron.protocol", QtWarningMsg)

ProtocolLog::ProtocolLog(QByteArray name, qsizetype capacity)
    : m_name(std::move(name))
    , m_capacity(capacity)
{
}

void ProtocolLog::append(Direction direction, QByteArrayView line)
{
    QByteArray trimmed = line.toByteArray();
    while (trimmed.endsWith('\n') || trimmed.endsWith('\r'))
        trimmed.chop(1);
    static constexpr char kMarks[] = {'C', 'S', '#'};
    qCDebug(lcProtocol).noquote() << m_name << kMarks[static_cast<int>(direction)] << trimmed;
    if (m_entries.size() >= m_capacity)
        m_entries.removeFirst();
    m_entries.append({QDateTime::currentDateTimeUtc(), direction, trimmed});
}

QByteArray ProtocolLog::text() const
{
    QByteArray text;
    for (const Entry &entry : m_entries) {
        text += entry.at.toString(Qt::ISODateWithMs).toLatin1();
        text += entry.direction == Direction::Client ? " C: " : entry.direction == Direction::Server ? " S: " : " # ";
        text += entry.line;
        text += '\n';
    }
    return text;
}

QByteArray ProtocolLog::redacted(QByteArrayView line, int keep, QByteArrayView placeholder)
{
    qsizetype end = 0;
    for (int word = 0; word < keep && end < line.size(); ++word) {
        const qsizetype space = line.indexOf(' ', end);
        if (space < 0)
            break; // fewer words than expected: drop the rest rather than risk a secret
        end = space + 1;
    }
    return line.first(end).toByteArray() + placeholder.toByteArray();
}

} // namespace heron::net
