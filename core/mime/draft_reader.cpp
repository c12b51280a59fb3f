#include "mime/draft_reader.h"

#include "mime/envelope.h"
#include "mime/message_parser.h"
#include "mime/reply_composer.h"

namespace heron::mime {

MessageBuilder DraftReader::read(QByteArrayView message)
{
    const MimePart root = MessageParser::parse(message, MessageParser::AttachedMessages::KeepBytes);
    const Envelope envelope = Envelope::fromHeaders(root.headers, root.charset);
    MessageBuilder builder;
    if (!envelope.from.isEmpty())
        builder.setFrom(envelope.from.first());
    builder.setTo(envelope.to);
    builder.setCc(envelope.cc);
    builder.setBcc(envelope.bcc);
    builder.setReplyTo(envelope.replyTo);
    builder.setSubject(envelope.subject.value_or(QString()));
    builder.setMessageId(envelope.messageId);
    builder.setInReplyTo(envelope.inReplyTo);
    builder.setReferences(envelope.references);
    builder.setText(ReplyComposer::plainText(root));
    // A rich-text draft (ours: multipart/alternative; other clients': often HTML alone) reopens rich.
    if (const MimePart *html = root.bodyToDisplay(MimePart::Preference::Html); html && html->subtype == "html")
        builder.setHtml(html->text());
    for (const MessageBuilder::Attachment &attachment : ReplyComposer::attachmentsOf(root))
        builder.addAttachment(attachment);
    return builder;
}

} // namespace heron::mime
