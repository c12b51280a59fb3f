#include "sync/outgoing_message.h"

#include "mime/envelope.h"
#include "mime/header_fields.h"

namespace heron::sync {

OutgoingMessage OutgoingMessage::build(mime::MessageBuilder builder, const QString &senderAddress)
{
    OutgoingMessage outgoing;
    outgoing.messageId = builder.messageId();
    if (outgoing.messageId.isEmpty()) {
        outgoing.messageId = mime::MessageBuilder::generateMessageId(senderAddress);
        builder.setMessageId(outgoing.messageId);
    }
    outgoing.from = senderAddress.toUtf8();
    for (const QString &address : builder.envelopeRecipients())
        outgoing.recipients.append(address.toUtf8());
    outgoing.bytes = builder.build();
    outgoing.subject = builder.subject();
    return outgoing;
}

QString OutgoingMessage::subjectOf(const QByteArray &message)
{
    return mime::Envelope::fromHeaders(mime::HeaderFields::parse(message)).subject.value_or(QString());
}

} // namespace heron::sync
