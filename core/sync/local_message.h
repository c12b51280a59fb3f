#pragma once

#include "store/message_record.h"

#include <QByteArray>

namespace heron::sync {

// A message that comes from a file (an .eml opened from the desktop) rather
// than from a server: the same record the cache keeps for a fetched message,
// built from the message's own header and MIME structure. There is no UID,
// no flags and no internal date (the Date header stands in for it).
class LocalMessage
{
public:
    static store::MessageRecord record(const QByteArray &message);
};

} // namespace heron::sync
