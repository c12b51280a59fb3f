#include "smtp/smtp_reply.h"

namespace heron::smtp {

QString SmtpReply::text() const
{
    return QString::fromUtf8(lines.join(' ')).trimmed();
}

QString SmtpReply::summary() const
{
    QString summary = QString::number(code);
    if (!enhancedStatus.isEmpty())
        summary += QLatin1Char(' ') + QString::fromLatin1(enhancedStatus);
    const QString body = text();
    if (!body.isEmpty())
        summary += QLatin1Char(' ') + body;
    return summary;
}

} // namespace heron::smtp
