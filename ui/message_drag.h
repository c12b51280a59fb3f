#pragma once

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace heron::ui {

// Messages dragged from the message list onto a folder: the folder they are in
// and their UIDs, as a private MIME type only Heron's own views read.
class MessageDrag
{
public:
    struct Payload
    {
        qint64 folderId = 0;
        QList<quint32> uids;
    };

    static QString mimeType();
    static QMimeData *encode(const Payload &payload); // owned by the caller (the drag)
    static std::optional<Payload> decode(const QMimeData *data);
};

} // namespace heron::ui
