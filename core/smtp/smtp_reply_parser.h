#pragma once

#include "smtp/smtp_reply.h"

#include <QByteArray>
#include <QList>

namespace heron::smtp {

// Turns the server's byte stream into complete replies. Bytes may arrive in
// any chunks; memory is bounded by the line and line-count limits, and input
// that is not SMTP puts the parser in a failed state with a clear error.
class SmtpReplyParser
{
public:
    struct Limits
    {
        qsizetype maxLineLength = 4096; // RFC 5321 asks for 512; real servers send longer
        qsizetype maxLinesPerReply = 512;
    };

    SmtpReplyParser();
    explicit SmtpReplyParser(Limits limits);

    // Consumes bytes; complete replies become available from takeReplies().
    // Returns false once the input has failed (see errorString()).
    bool feed(QByteArrayView bytes);
    QList<SmtpReply> takeReplies();

    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Forget everything buffered (after STARTTLS nothing from before may count).
    void reset();

private:
    bool parseLine(QByteArrayView line);
    bool fail(const QString &message);

    Limits m_limits;
    QByteArray m_buffer;
    SmtpReply m_pending;
    QList<SmtpReply> m_complete;
    QString m_error;
};

} // namespace heron::smtp
