#include "message_drag.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace heron::ui {

QString MessageDrag::mimeType()
{
    return QStringLiteral("application/x-heron-messages");
}

QMimeData *MessageDrag::encode(const Payload &payload)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << payload.folderId << payload.uids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

std::optional<MessageDrag::Payload> MessageDrag::decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream stream(data->data(mimeType()));
    Payload payload;
    stream >> payload.folderId >> payload.uids;
    if (stream.status() != QDataStream::Ok || payload.folderId <= 0 || payload.uids.isEmpty())
        return std::nullopt;
    return payload;
}

} // namespace heron::ui
