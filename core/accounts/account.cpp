#include "accounts/account.h"

namespace heron::accounts {

void Account::pinCertificate(const QString &host, const QByteArray &sha256)
{
    QList<QByteArray> &pins = pinnedCertificates[host.toLower()];
    if (!pins.contains(sha256))
        pins.append(sha256);
}

quint16 Account::defaultPort(MailProtocol protocol, Security security)
{
    if (protocol == MailProtocol::Imap)
        return security == Security::Tls ? 993 : 143;
    return security == Security::Tls ? 465 : 587;
}

QString Account::securityName(Security security)
{
    return security == Security::Tls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

std::optional<Security> Account::securityFromName(QStringView name)
{
    if (name.compare(QLatin1String("tls"), Qt::CaseInsensitive) == 0)
        return Security::Tls;
    if (name.compare(QLatin1String("starttls"), Qt::CaseInsensitive) == 0)
        return Security::StartTls;
    return std::nullopt;
}

QString Account::protocolName(MailProtocol protocol)
{
    return protocol == MailProtocol::Imap ? QStringLiteral("imap") : QStringLiteral("smtp");
}

std::optional<MailProtocol> Account::protocolFromName(QStringView name)
{
    if (name.compare(QLatin1String("imap"), Qt::CaseInsensitive) == 0)
        return MailProtocol::Imap;
    if (name.compare(QLatin1String("smtp"), Qt::CaseInsensitive) == 0)
        return MailProtocol::Smtp;
    return std::nullopt;
}

bool Account::sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace heron::accounts
