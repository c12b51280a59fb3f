#pragma once

#include "mime/message_builder.h"

#include <QByteArrayView>

namespace heron::mime {

// The other way of MessageBuilder for a saved draft: a message's From, To, Cc,
// Bcc, Subject, Message-ID, threading headers, text and attachments as a
// builder a composer can be filled from, so a draft reopened (ours, or one
// another client saved) goes on where it was left. The text is the plain
// text a reply would quote (format=flowed joined, HTML reduced to text), and
// the HTML as well when the draft has an HTML body, so a rich-text draft
// reopens with its formatting; attached messages come back whole.
class DraftReader
{
public:
    static MessageBuilder read(QByteArrayView message);
};

} // namespace heron::mime
