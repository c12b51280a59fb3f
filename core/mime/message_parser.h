#pragma once

#include "mime/mime_part.h"

#include <QByteArrayView>

namespace heron::mime {

// Parses a whole message (.eml bytes, LF or CRLF line ends) into a MimePart
// tree with decoded leaf contents and IMAP part numbers.
//
// One pass per nesting level over the bytes of that level, so the work is
// linear in the size times the depth, and the depth is capped: below
// kMaxDepth nested multiparts and messages are kept as opaque leaves. A
// multipart whose boundary never appears is kept as a leaf too; a missing
// closing delimiter ends the last part at the end of the data. Never fails.
class MessageParser
{
public:
    static constexpr int kMaxDepth = 100;

    // KeepBytes: an attached message (one not inside another attached message)
    // also keeps its decoded bytes in body, so it can be attached again whole
    // (a draft reopened, a message forwarded inline). One copy per attached
    // message, not per level.
    enum class AttachedMessages { PartsOnly, KeepBytes };

    static MimePart parse(QByteArrayView message, AttachedMessages attached = AttachedMessages::PartsOnly);
};

} // namespace heron::mime
