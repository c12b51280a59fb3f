#include "smtp/smtp_reply_parser.h"

#include <QCoreApplication>

namespace heron::smtp {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "d.d{1,3}.d{1,3}" per RFC 3463, first digit 2, 4 or 5.
qsizetype enhancedStatusLength(QByteArrayView text, int code)
{
    if (text.size() < 5 || text.at(0) != char('0' + code / 100) || text.at(1) != '.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text.at(i)) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text.at(i) != '.')
                return 0;
            ++i;
        }
    }
    return (i == text.size() || text.at(i) == ' ') ? i : 0;
}

} // namespace

SmtpReplyParser::SmtpReplyParser()
    : SmtpReplyParser(Limits {})
{
}

SmtpReplyParser::SmtpReplyParser(Limits limits)
    : m_limits(limits)
{
}

bool SmtpReplyParser::feed(QByteArrayView bytes)
{
    if (hasFailed())
        return false;
    m_buffer.append(bytes);
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArrayView line(m_buffer.constData() + start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        if (line.size() > m_limits.maxLineLength)
            return fail(QCoreApplication::translate("SmtpReplyParser", "The server sent a line of %1 bytes (limit %2).")
                            .arg(line.size())
                            .arg(m_limits.maxLineLength));
        if (!parseLine(line))
            return false;
    }
    m_buffer.remove(0, start);
    // A final CR may be the first half of the line's CRLF: a complete line does not count it either.
    if (m_buffer.size() - (m_buffer.endsWith('\r') ? 1 : 0) > m_limits.maxLineLength)
        return fail(
            QCoreApplication::translate("SmtpReplyParser", "The server sent more than %1 bytes without a line end.")
                .arg(m_limits.maxLineLength));
    return true;
}

bool SmtpReplyParser::parseLine(QByteArrayView line)
{
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)) || line.at(0) < '2'
        || line.at(0) > '5' || (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')) {
        return fail(QCoreApplication::translate("SmtpReplyParser", "The server's reply is not SMTP: \"%1\"")
                        .arg(QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 80)))));
    }
    const int code = (line.at(0) - '0') * 100 + (line.at(1) - '0') * 10 + (line.at(2) - '0');
    const bool last = line.size() == 3 || line.at(3) == ' ';
    if (m_pending.lines.isEmpty()) {
        m_pending.code = code;
    } else if (code != m_pending.code) {
        return fail(
            QCoreApplication::translate("SmtpReplyParser", "The server mixed reply codes %1 and %2 in one reply.")
                .arg(m_pending.code)
                .arg(code));
    }
    if (m_pending.lines.size() >= m_limits.maxLinesPerReply)
        return fail(QCoreApplication::translate("SmtpReplyParser", "The server sent a reply of more than %1 lines.")
                        .arg(m_limits.maxLinesPerReply));

    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    if (const qsizetype length = enhancedStatusLength(text, code)) {
        if (m_pending.lines.isEmpty())
            m_pending.enhancedStatus = text.first(length).toByteArray();
        text = text.sliced(qMin(length + 1, text.size()));
    }
    m_pending.lines.append(text.toByteArray());
    if (last) {
        m_complete.append(std::move(m_pending));
        m_pending = {};
    }
    return true;
}

QList<SmtpReply> SmtpReplyParser::takeReplies()
{
    return std::exchange(m_complete, {});
}

void SmtpReplyParser::reset()
{
    m_buffer.clear();
    m_pending = {};
    m_complete.clear();
    m_error.clear();
}

bool SmtpReplyParser::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    return false;
}

} // namespace heron::smtp
