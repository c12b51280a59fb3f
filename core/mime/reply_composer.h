#pragma once

#include "mime/envelope.h"
#include "mime/message_builder.h"
#include "mime/mime_part.h"

#include <QCoreApplication>
#include <QStringList>

namespace heron::mime {

// Starts replies and forwards: subjects without stacked prefixes, the reply
// recipients without the user's own addresses, threading headers, and the
// original text quoted under an attribution line.
class ReplyComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReplyComposer)

public:
    enum class Recipients { Sender, All };

    // "Re: x" for "x", "RE: x", "Re[2]: Aw: x"...; a "Fwd:" inside stays.
    static QString replySubject(const QString &subject);
    // "Fwd: x" for "x", "FW: x", "Fwd: Fwd: x"...
    static QString forwardSubject(const QString &subject);

    // Reply-To (else From) gets the reply; replying to one's own message goes to
    // its recipients. Reply-all adds the original To and Cc. Own addresses and
    // duplicates (case-insensitive) are left out; an empty To takes the Cc.
    static void replyRecipients(const Envelope &original, Recipients who, const QStringList &ownAddresses,
                                QList<Mailbox> *to, QList<Mailbox> *cc);

    // "On 2020-07-22 08:56, Alice wrote:" and the text with every line quoted.
    static QString quote(const Envelope &original, const QString &text);

    // The text to quote or forward: format=flowed joined again, or HTML
    // reduced to its text. Lines end in "\n".
    static QString plainText(const MimePart &message);

    // The message's attachments, to attach again: attached messages whole when
    // the message was parsed with MessageParser::AttachedMessages::KeepBytes,
    // otherwise left out (their bytes are not kept).
    static QList<MessageBuilder::Attachment> attachmentsOf(const MimePart &message);

    // Builders with From, recipients, subject, threading headers and the
    // quoted or forwarded text filled in, for the user to finish.
    static MessageBuilder reply(const MimePart &original, const Mailbox &me, Recipients who,
                                const QStringList &ownAddresses);
    // The original's text below a header block, its attachments attached again.
    static MessageBuilder forwardInline(const MimePart &original, const Mailbox &me);
    // The original message, unchanged, as a message/rfc822 attachment.
    static MessageBuilder forwardAsAttachment(const QByteArray &originalMessage, const Mailbox &me);
};

} // namespace heron::mime
