#include "sync/remote_message.h"

#include "mime/date_parser.h"
#include "mime/header_decoder.h"
#include "mime/message_parser.h"
#include "sync/part_tree.h"

#include <QUrl>

namespace heron::sync {

namespace {

const QByteArray kReferencesItem = "BODY.PEEK[HEADER.FIELDS (REFERENCES)]";

QStringList toStrings(const QList<QByteArray> &flags)
{
    QStringList strings;
    strings.reserve(flags.size());
    for (const QByteArray &flag : flags)
        strings.append(QString::fromUtf8(flag));
    return strings;
}

void appendAddresses(const QList<imap::Address> &addresses, QList<store::AddressRecord> *records)
{
    for (const imap::Address &address : addresses) {
        if (address.isGroup) {
            appendAddresses(address.members, records);
            continue;
        }
        QString text = QString::fromUtf8(address.mailbox);
        if (!address.host.isEmpty())
            text += QLatin1Char('@') + QUrl::fromAce(address.host);
        records->append({mime::HeaderDecoder::decodeText(address.name), text});
    }
}

// Message-IDs ("<...>") in the order they appear in a References field.
QStringList messageIds(QByteArrayView field)
{
    QStringList ids;
    qsizetype at = 0;
    while ((at = field.indexOf('<', at)) >= 0) {
        const qsizetype end = field.indexOf('>', at);
        if (end < 0)
            break;
        ids.append(QString::fromUtf8(field.sliced(at, end - at + 1)));
        at = end + 1;
    }
    return ids;
}

} // namespace

QByteArrayList RemoteMessage::summaryItems(bool modSeq)
{
    QByteArrayList items {"UID", "FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODYSTRUCTURE", kReferencesItem};
    if (modSeq)
        items.append("MODSEQ");
    return items;
}

store::MessageRecord RemoteMessage::record(const imap::FetchData &data)
{
    store::MessageRecord record;
    record.uid = data.uid.value_or(0);
    record.modSeq = data.modSeq.value_or(0);
    record.flags = toStrings(data.flags.value_or(QList<QByteArray>()));
    record.internalDate = data.internalDate.value_or(QDateTime());
    record.size = qint64(data.rfc822Size.value_or(0));
    if (data.envelope) {
        const imap::Envelope &envelope = *data.envelope;
        record.subject = mime::HeaderDecoder::decodeText(envelope.subject);
        appendAddresses(envelope.from, &record.from);
        appendAddresses(envelope.to, &record.to);
        appendAddresses(envelope.cc, &record.cc);
        record.messageId = QString::fromUtf8(envelope.messageId).trimmed();
        record.inReplyTo = QString::fromUtf8(envelope.inReplyTo).trimmed();
        record.date = mime::DateParser::parse(envelope.date);
    }
    for (const imap::FetchSection &section : data.sections) {
        if (section.section.startsWith("HEADER.FIELDS"))
            record.references = messageIds(section.data);
    }
    if (data.bodyStructure) {
        const mime::MimePart root = PartTree::fromBodyStructure(*data.bodyStructure);
        record.bodyStructure = PartTree::leavesAsJson(root);
        record.hasAttachments = !root.attachments().isEmpty();
    }
    return record;
}

QString RemoteMessage::searchText(const QByteArray &message)
{
    constexpr qsizetype kMaxSearchText = qsizetype(64) * 1024; // enough to find a message by its words
    const mime::MimePart root = mime::MessageParser::parse(message);
    const mime::MimePart *body = root.bodyToDisplay(mime::MimePart::Preference::PlainText);
    return body ? body->text().left(kMaxSearchText) : QString();
}

store::FlagUpdate RemoteMessage::flagUpdate(const imap::FetchData &data)
{
    return {data.uid.value_or(0), toStrings(data.flags.value_or(QList<QByteArray>())), data.modSeq.value_or(0)};
}

} // namespace heron::sync
