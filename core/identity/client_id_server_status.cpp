#include "identity/client_id_server_status.h"

#include <QJsonValue>

namespace heron::identity {

QJsonObject ClientIdServerStatus::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("protocol"), accounts::Account::protocolName(protocol));
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("advertised"), advertised ? QJsonValue(*advertised) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("last_reply"), lastReply ? QJsonValue(*lastReply) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("at"),
                  at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    return object;
}

std::optional<ClientIdServerStatus> ClientIdServerStatus::fromJson(const QJsonObject &object)
{
    const auto protocol = accounts::Account::protocolFromName(object.value(QStringLiteral("protocol")).toString());
    const QString host = object.value(QStringLiteral("host")).toString();
    if (!protocol || host.isEmpty())
        return std::nullopt;
    ClientIdServerStatus status;
    status.protocol = *protocol;
    status.host = host.toLower();
    const QJsonValue advertised = object.value(QStringLiteral("advertised"));
    if (advertised.isBool())
        status.advertised = advertised.toBool();
    const QJsonValue lastReply = object.value(QStringLiteral("last_reply"));
    if (lastReply.isString())
        status.lastReply = lastReply.toString();
    const QJsonValue at = object.value(QStringLiteral("at"));
    if (at.isString())
        status.at = QDateTime::fromString(at.toString(), Qt::ISODate);
    return status;
}

} // namespace heron::identity
