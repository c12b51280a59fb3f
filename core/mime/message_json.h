#pragma once

#include "mime/mailbox.h"
#include "mime/mime_part.h"

#include <QJsonArray>
#include <QJsonObject>

namespace heron::mime {

// The JSON form of a parsed message that `heronctl parse --json` and
// `heronctl show --json` print (shared/CLI.md): decoded header fields and the
// leaf parts in document order.
class MessageJson
{
public:
    static QJsonObject message(const MimePart &root);
    static QJsonObject part(const MimePart &part);
    static QJsonArray mailboxes(const QList<Mailbox> &mailboxes);
};

} // namespace heron::mime
