#include "mime/message_builder.h"

#include "mime/charset.h"
#include "mime/date_parser.h"
#include "mime/flowed_text.h"
#include "mime/header_encoder.h"
#include "mime/transfer_encoding.h"

#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUrl>

namespace heron::mime {

namespace {

constexpr qsizetype kMaxBodyLine = 998;

// One body part: folded header lines (each ending in CRLF) and the encoded body.
struct Entity
{
    QByteArray headers;
    QByteArray body;
};

QByteArray serialize(const Entity &entity)
{
    return entity.headers + "\r\n" + entity.body;
}

QByteArray randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return random.toHex();
}

// Every line break (CRLF, LF or a lone CR) becomes CRLF.
QByteArray withCrlf(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            out += "\r\n";
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// Whether CRLF text can go out unencoded: no NUL, no line over 998 octets.
bool fitsUnencoded(QByteArrayView text)
{
    qsizetype length = 0;
    for (const char c : text) {
        if (c == '\0')
            return false;
        if (c == '\n')
            length = 0;
        else if (c != '\r' && ++length > kMaxBodyLine)
            return false;
    }
    return true;
}

TransferEncoding::Kind chooseEncoding(const QByteArray &text, bool eightBitAllowed, QByteArray *encoded)
{
    if (fitsUnencoded(text)) {
        if (Charset::isAscii(text)) {
            *encoded = text;
            return TransferEncoding::Kind::SevenBit;
        }
        if (eightBitAllowed) {
            *encoded = text;
            return TransferEncoding::Kind::EightBit;
        }
    }
    const QByteArray quoted = TransferEncoding::encodeQuotedPrintable(text);
    const QByteArray base64 = TransferEncoding::encodeBase64(text);
    // Quoted-printable stays readable, so it wins unless it is more than half again as long.
    const bool useQuoted = quoted.size() * 2 <= base64.size() * 3;
    *encoded = useQuoted ? quoted : base64;
    return useQuoted ? TransferEncoding::Kind::QuotedPrintable : TransferEncoding::Kind::Base64;
}

QByteArray transferEncodingField(TransferEncoding::Kind kind)
{
    return "Content-Transfer-Encoding: " + TransferEncoding::headerValue(kind) + "\r\n";
}

Entity textEntity(const QByteArray &subtype, const QString &text, bool flowed, bool eightBitAllowed)
{
    QList<std::pair<QByteArray, QString>> parameters {{"charset", QStringLiteral("utf-8")}};
    if (flowed)
        parameters.append({"format", QStringLiteral("flowed")});
    Entity entity;
    const QByteArray bytes = withCrlf((flowed ? FlowedText::encode(text) : text).toUtf8());
    const TransferEncoding::Kind kind = chooseEncoding(bytes, eightBitAllowed, &entity.body);
    entity.headers
        = HeaderEncoder::contentField("Content-Type", "text/" + subtype, parameters) + transferEncodingField(kind);
    return entity;
}

// Attached messages must not be base64 (RFC 2046 5.2.1) and go out as they
// are when the transport allows; only a message that cannot (8-bit data without
// 8BITMIME, overlong lines) falls back to base64, which readers accept.
Entity attachmentEntity(const MessageBuilder::Attachment &attachment, bool eightBitAllowed)
{
    QByteArray type = attachment.mimeType;
    if (type.isEmpty())
        type = QMimeDatabase().mimeTypeForFileNameAndData(attachment.filename, attachment.data).name().toLatin1();
    Entity entity;
    TransferEncoding::Kind kind = TransferEncoding::Kind::Base64;
    if (type.startsWith("message/")) {
        const QByteArray canonical = withCrlf(attachment.data);
        const bool ascii = Charset::isAscii(canonical);
        if (fitsUnencoded(canonical) && (ascii || eightBitAllowed)) {
            kind = ascii ? TransferEncoding::Kind::SevenBit : TransferEncoding::Kind::EightBit;
            entity.body = canonical;
        }
    }
    if (kind == TransferEncoding::Kind::Base64)
        entity.body = TransferEncoding::encodeBase64(attachment.data);
    entity.headers = HeaderEncoder::contentField("Content-Type", type, {{"name", attachment.filename}})
        + HeaderEncoder::contentField("Content-Disposition", "attachment", {{"filename", attachment.filename}})
        + transferEncodingField(kind);
    return entity;
}

// "=_" cannot occur in quoted-printable or base64 output, so the boundary never clashes.
Entity multipart(const QByteArray &subtype, const QList<Entity> &parts)
{
    const QByteArray boundary = "=_heron_" + randomHex(12);
    Entity entity;
    entity.headers = HeaderEncoder::contentField("Content-Type", "multipart/" + subtype,
                                                 {{"boundary", QString::fromLatin1(boundary)}});
    for (const Entity &part : parts)
        entity.body += "--" + boundary + "\r\n" + serialize(part) + "\r\n";
    entity.body += "--" + boundary + "--\r\n";
    return entity;
}

QByteArray addressField(QByteArrayView name, const QList<Mailbox> &mailboxes)
{
    return mailboxes.isEmpty() ? QByteArray() : HeaderEncoder::field(name, HeaderEncoder::mailboxes(mailboxes));
}

} // namespace

QByteArray MessageBuilder::build() const
{
    Entity body = textEntity("plain", m_text, true, m_eightBit);
    if (!m_html.isEmpty())
        body = multipart("alternative", {body, textEntity("html", m_html, false, m_eightBit)});
    if (!m_attachments.isEmpty()) {
        QList<Entity> parts {body};
        for (const Attachment &attachment : m_attachments)
            parts.append(attachmentEntity(attachment, m_eightBit));
        body = multipart("mixed", parts);
    }

    const QDateTime date = m_date.isValid() ? m_date : QDateTime::currentDateTime();
    const QByteArray messageId = m_messageId.isEmpty() ? generateMessageId(m_from.address) : m_messageId;
    QByteArray message = HeaderEncoder::field("Date", {DateParser::format(date)}) + addressField("From", {m_from})
        + addressField("Reply-To", m_replyTo) + addressField("To", m_to) + addressField("Cc", m_cc);
    if (m_bccInHeader)
        message += addressField("Bcc", m_bcc);
    if (!m_subject.isEmpty())
        message += HeaderEncoder::field("Subject", HeaderEncoder::text(m_subject));
    message += HeaderEncoder::field("Message-ID", {messageId});
    if (!m_inReplyTo.isEmpty())
        message += HeaderEncoder::field("In-Reply-To", {m_inReplyTo});
    if (!m_references.isEmpty())
        message += HeaderEncoder::field("References", m_references);
    message += "MIME-Version: 1.0\r\n" + serialize(body);
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

QList<QString> MessageBuilder::envelopeRecipients() const
{
    QList<QString> recipients;
    for (const QList<Mailbox> *list : {&m_to, &m_cc, &m_bcc}) {
        for (const Mailbox &mailbox : *list) {
            const bool seen = std::any_of(recipients.cbegin(), recipients.cend(), [&](const QString &known) {
                return known.compare(mailbox.address, Qt::CaseInsensitive) == 0;
            });
            if (!seen && !mailbox.address.isEmpty())
                recipients.append(mailbox.address);
        }
    }
    return recipients;
}

QByteArray MessageBuilder::generateMessageId(const QString &senderAddress)
{
    const qsizetype at = senderAddress.lastIndexOf(QLatin1Char('@'));
    QByteArray domain = at < 0 ? QByteArray() : QUrl::toAce(senderAddress.sliced(at + 1));
    if (domain.isEmpty())
        domain = "heron.invalid";
    return '<' + randomHex(16) + '@' + domain + '>';
}

} // namespace heron::mime
