#include "mime/message_parser.h"

#include "mime/ascii.h"
#include "mime/content_header.h"
#include "mime/header_decoder.h"
#include "mime/transfer_encoding.h"

namespace heron::mime {

namespace {

QByteArrayView withoutTrailingLineBreak(QByteArrayView text)
{
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

// The body parts between "--boundary" lines. The line break before a
// delimiter belongs to it (RFC 2046 5.1.1); preamble and epilogue are dropped.
QList<QByteArrayView> splitMultipart(QByteArrayView body, QByteArrayView boundary)
{
    const QByteArray delimiter = "--" + boundary.toByteArray();
    QList<QByteArrayView> parts;
    qsizetype partStart = -1;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype newline = body.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? body.size() : newline;
        const QByteArrayView line = body.sliced(pos, end - pos);
        if (line.startsWith(delimiter)) {
            const QByteArrayView rest = line.sliced(delimiter.size());
            const bool closing = rest.startsWith("--");
            if (closing || Ascii::isAllWhitespace(rest)) {
                if (partStart >= 0)
                    parts.append(withoutTrailingLineBreak(body.sliced(partStart, pos - partStart)));
                if (closing)
                    return parts;
                partStart = std::min(end + 1, body.size());
            }
        }
        pos = end + 1;
    }
    if (partStart >= 0)
        parts.append(body.sliced(partStart)); // truncated: no closing delimiter
    return parts;
}

QByteArray stripAngles(QByteArrayView value)
{
    QByteArrayView id = value.trimmed();
    if (id.startsWith('<'))
        id = id.sliced(1);
    if (id.endsWith('>'))
        id.chop(1);
    return id.trimmed().toByteArray();
}

// Fills the descriptive fields of part from its header.
void describe(MimePart *part, bool digestChild)
{
    const HeaderFields &headers = part->headers;
    const ContentHeader contentType = ContentHeader::parse(headers.value("Content-Type"));
    part->parameters = contentType.parameters;
    part->charset = contentType.parameter("charset").trimmed().toLower().toLatin1();
    if (contentType.subtype().isEmpty() || contentType.type().isEmpty()) {
        // Missing or unreadable: RFC 2045 5.2 / RFC 2046 5.1.5 defaults.
        part->type = digestChild ? "message" : "text";
        part->subtype = digestChild ? "rfc822" : "plain";
    } else {
        part->type = contentType.type();
        part->subtype = contentType.subtype();
    }

    const ContentHeader disposition = ContentHeader::parse(headers.value("Content-Disposition"), part->charset);
    part->disposition = disposition.value;
    part->filename = disposition.parameter("filename");
    if (part->filename.isEmpty())
        part->filename = contentType.parameter("name");
    part->encoding = headers.value("Content-Transfer-Encoding").trimmed().toLower();
    part->contentId = stripAngles(headers.value("Content-ID"));
    part->description = HeaderDecoder::decodeText(headers.value("Content-Description"), part->charset);
}

bool isIdentity(TransferEncoding::Kind kind)
{
    return kind != TransferEncoding::Kind::Base64 && kind != TransferEncoding::Kind::QuotedPrintable;
}

MimePart parseEntity(QByteArrayView data, int depth, bool digestChild, bool keepMessageBytes)
{
    MimePart part;
    qsizetype bodyStart = 0;
    part.headers = HeaderFields::parse(data, &bodyStart);
    describe(&part, digestChild);
    const QByteArrayView body = data.sliced(bodyStart);
    const bool canNest = depth < MessageParser::kMaxDepth;

    if (part.isMultipart() && canNest) {
        const QString boundary = part.parameters.value("boundary");
        const QList<QByteArrayView> pieces
            = boundary.isEmpty() ? QList<QByteArrayView>() : splitMultipart(body, boundary.toUtf8());
        for (const QByteArrayView piece : pieces)
            part.children.append(parseEntity(piece, depth + 1, part.subtype == "digest", keepMessageBytes));
        part.size = body.size();
        if (!part.children.isEmpty())
            return part;
    }

    const TransferEncoding::Kind encoding = TransferEncoding::fromHeader(part.encoding);
    if (part.isMessage() && canNest) {
        // Only the encapsulated parts keep their bytes: a copy per level would
        // make memory grow with size times depth.
        const QByteArray decoded = isIdentity(encoding) ? QByteArray() : TransferEncoding::decode(body, encoding);
        const QByteArrayView content = isIdentity(encoding) ? body : QByteArrayView(decoded);
        part.size = content.size();
        if (keepMessageBytes)
            part.body = content.toByteArray();
        part.children.append(parseEntity(content, depth + 1, false, false));
        return part;
    }
    part.body = TransferEncoding::decode(body, encoding);
    part.size = part.body.size();
    return part;
}

} // namespace

MimePart MessageParser::parse(QByteArrayView message, AttachedMessages attached)
{
    MimePart root = parseEntity(message, 0, false, attached == AttachedMessages::KeepBytes);
    root.assignPartNumbers();
    return root;
}

} // namespace heron::mime
