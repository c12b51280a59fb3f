#pragma once

#include "smtp/smtp_reply.h"

#include <QByteArrayList>
#include <QHash>

namespace heron::smtp {

// What the server's EHLO reply advertises. Keywords are matched on the first
// word of each line, case-insensitively (RFC 5321 4.1.1.1); a list read before
// STARTTLS is thrown away, never merged with the one read after.
class SmtpCapabilities
{
public:
    SmtpCapabilities() = default;
    static SmtpCapabilities fromEhlo(const SmtpReply &reply);

    bool has(QByteArrayView keyword) const;
    // The words after the keyword, e.g. the mechanisms of AUTH.
    QByteArrayList parameters(QByteArrayView keyword) const;
    bool hasAuthMechanism(QByteArrayView mechanism) const;
    // SIZE's limit in bytes; 0 when there is none or it is not advertised.
    qint64 maxMessageSize() const;
    bool isEmpty() const { return m_keywords.isEmpty(); }

private:
    QHash<QByteArray, QByteArrayList> m_keywords; // upper-case keyword -> parameters
};

} // namespace heron::smtp
