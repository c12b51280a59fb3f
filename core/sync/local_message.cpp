#include "sync/local_message.h"

#include "mime/envelope.h"
#include "mime/message_parser.h"
#include "mime/mime_part.h"
#include "sync/part_tree.h"

namespace heron::sync {

namespace {

QList<store::AddressRecord> addresses(const QList<mime::Mailbox> &mailboxes)
{
    QList<store::AddressRecord> records;
    records.reserve(mailboxes.size());
    for (const mime::Mailbox &mailbox : mailboxes)
        records.append({mailbox.name, mailbox.address});
    return records;
}

QStringList strings(const QList<QByteArray> &values)
{
    QStringList out;
    out.reserve(values.size());
    for (const QByteArray &value : values)
        out.append(QString::fromUtf8(value));
    return out;
}

} // namespace

store::MessageRecord LocalMessage::record(const QByteArray &message)
{
    const mime::MimePart root = mime::MessageParser::parse(message);
    const mime::Envelope envelope = mime::Envelope::fromHeaders(root.headers, root.charset);

    store::MessageRecord record;
    record.size = message.size();
    record.subject = envelope.subject.value_or(QString());
    record.from = addresses(envelope.from);
    record.to = addresses(envelope.to);
    record.cc = addresses(envelope.cc);
    record.messageId = QString::fromUtf8(envelope.messageId);
    record.inReplyTo = QString::fromUtf8(envelope.inReplyTo);
    record.references = strings(envelope.references);
    record.date = envelope.date;
    record.internalDate = envelope.date;
    record.bodyStructure = PartTree::leavesAsJson(root);
    record.hasAttachments = !root.attachments().isEmpty();
    return record;
}

} // namespace heron::sync
