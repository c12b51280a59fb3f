#include "mime/envelope.h"

#include "mime/address_parser.h"
#include "mime/date_parser.h"
#include "mime/header_decoder.h"

namespace heron::mime {

namespace {

// Repeated address fields (two To: lines) are read as one list.
QList<Mailbox> addresses(const HeaderFields &headers, QByteArrayView name, QByteArrayView fallbackCharset)
{
    QList<Mailbox> all;
    for (const QByteArray &value : headers.values(name))
        all += AddressParser::parse(value, fallbackCharset);
    return all;
}

QByteArray firstId(QByteArrayView value)
{
    const QList<QByteArray> ids = Envelope::messageIds(value);
    return ids.isEmpty() ? QByteArray() : ids.constFirst();
}

} // namespace

Envelope Envelope::fromHeaders(const HeaderFields &headers, QByteArrayView fallbackCharset)
{
    Envelope envelope;
    if (headers.contains("Subject"))
        envelope.subject = HeaderDecoder::decodeText(headers.value("Subject"), fallbackCharset);
    envelope.from = addresses(headers, "From", fallbackCharset);
    envelope.sender = addresses(headers, "Sender", fallbackCharset);
    envelope.replyTo = addresses(headers, "Reply-To", fallbackCharset);
    envelope.to = addresses(headers, "To", fallbackCharset);
    envelope.cc = addresses(headers, "Cc", fallbackCharset);
    envelope.bcc = addresses(headers, "Bcc", fallbackCharset);
    envelope.date = DateParser::parse(headers.value("Date"));
    envelope.messageId = firstId(headers.value("Message-ID"));
    envelope.inReplyTo = firstId(headers.value("In-Reply-To"));
    envelope.references = messageIds(headers.value("References"));
    return envelope;
}

QList<QByteArray> Envelope::messageIds(QByteArrayView value)
{
    QList<QByteArray> ids;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = value.indexOf('<', pos);
        const qsizetype close = open < 0 ? -1 : value.indexOf('>', open);
        if (close < 0)
            break;
        ids.append(value.sliced(open, close - open + 1).toByteArray());
        pos = close + 1;
    }
    if (ids.isEmpty() && !value.trimmed().isEmpty())
        ids.append(value.trimmed().toByteArray());
    return ids;
}

} // namespace heron::mime
