#include "smtp/smtp_capabilities.h"

namespace heron::smtp {

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply &reply)
{
    SmtpCapabilities capabilities;
    // The first line greets; each later line is one extension.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QByteArrayList words = reply.lines.at(i).simplified().split(' ');
        if (words.isEmpty() || words.constFirst().isEmpty())
            continue;
        QByteArray keyword = words.takeFirst().toUpper();
        // Old servers announce "AUTH=LOGIN PLAIN"; it means the same as AUTH.
        if (keyword.startsWith("AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        QByteArrayList &parameters = capabilities.m_keywords[keyword];
        for (QByteArray &word : words) {
            if (!parameters.contains(word))
                parameters.append(std::move(word));
        }
    }
    return capabilities;
}

bool SmtpCapabilities::has(QByteArrayView keyword) const
{
    return m_keywords.contains(keyword.toByteArray().toUpper());
}

QByteArrayList SmtpCapabilities::parameters(QByteArrayView keyword) const
{
    return m_keywords.value(keyword.toByteArray().toUpper());
}

bool SmtpCapabilities::hasAuthMechanism(QByteArrayView mechanism) const
{
    const QByteArray wanted = mechanism.toByteArray().toUpper();
    for (const QByteArray &offered : parameters("AUTH")) {
        if (offered.toUpper() == wanted)
            return true;
    }
    return false;
}

qint64 SmtpCapabilities::maxMessageSize() const
{
    const QByteArrayList size = parameters("SIZE");
    return size.isEmpty() ? 0 : size.constFirst().toLongLong();
}

} // namespace heron::smtp
