#pragma once

#include <QByteArrayList>
#include <QString>

namespace heron::smtp {

// One complete SMTP reply (RFC 5321 section 4.2), possibly of several lines.
struct SmtpReply
{
    int code = 0; // 200..599
    QByteArray enhancedStatus; // "5.7.8" when the server uses ENHANCEDSTATUSCODES, else empty
    QByteArrayList lines; // text after "ddd-" / "ddd ", enhanced status removed

    int codeClass() const { return code / 100; }
    bool isPositive() const { return codeClass() == 2 || codeClass() == 3; }
    bool isTransientFailure() const { return codeClass() == 4; }
    bool isPermanentFailure() const { return codeClass() == 5; }

    // All lines joined with spaces, decoded as UTF-8 for showing to the user.
    QString text() const;
    // "550 5.7.1 text" for messages and logs.
    QString summary() const;
};

} // namespace heron::smtp
