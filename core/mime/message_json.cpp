#include "mime/message_json.h"

#include "mime/date_parser.h"
#include "mime/envelope.h"
#include "mime/header_decoder.h"

namespace heron::mime {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Tokens such as charset names, and ids that may carry UTF-8 (EAI).
QJsonValue bytesOrNull(const QByteArray &text)
{
    return stringOrNull(HeaderDecoder::decodeRaw(text));
}

} // namespace

QJsonObject MessageJson::message(const MimePart &root)
{
    const Envelope envelope = Envelope::fromHeaders(root.headers, root.charset);
    QJsonArray parts;
    for (const MimePart *leaf : root.leaves())
        parts.append(part(*leaf));
    return {
        {QStringLiteral("subject"), envelope.subject ? QJsonValue(*envelope.subject) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("from"), mailboxes(envelope.from)},
        {QStringLiteral("to"), mailboxes(envelope.to)},
        {QStringLiteral("cc"), mailboxes(envelope.cc)},
        {QStringLiteral("date"), stringOrNull(DateParser::toIso8601(envelope.date))},
        {QStringLiteral("message_id"), bytesOrNull(envelope.messageId)},
        {QStringLiteral("parts"), parts},
    };
}

QJsonObject MessageJson::part(const MimePart &part)
{
    QJsonObject object {
        {QStringLiteral("path"), QString::fromLatin1(part.partNumber)},
        {QStringLiteral("content_type"), QString::fromLatin1(part.mimeType())},
        {QStringLiteral("charset"), bytesOrNull(part.charset)},
        {QStringLiteral("disposition"), bytesOrNull(part.disposition)},
        {QStringLiteral("filename"), stringOrNull(part.filename)},
        {QStringLiteral("size"), part.size},
    };
    if (part.type == "text")
        object.insert(QStringLiteral("text"), part.text());
    return object;
}

QJsonArray MessageJson::mailboxes(const QList<Mailbox> &mailboxes)
{
    QJsonArray array;
    for (const Mailbox &mailbox : mailboxes) {
        array.append(QJsonObject {{QStringLiteral("name"), stringOrNull(mailbox.name)},
                                  {QStringLiteral("address"), mailbox.address}});
    }
    return array;
}

} // namespace heron::mime
