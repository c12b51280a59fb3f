#include "sync/part_tree.h"

#include "mime/content_header.h"
#include "mime/header_decoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace heron::sync {

namespace {

QByteArray quoted(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

// "value; attr="v"; ..." as a header would carry it, so the MIME layer decodes it.
mime::ContentHeader decodeParameters(const QByteArray &value, const imap::ParameterList &parameters)
{
    QByteArray raw = value;
    for (const auto &[attribute, parameter] : parameters)
        raw += "; " + attribute + '=' + quoted(parameter);
    return mime::ContentHeader::parse(raw);
}

// BODYSTRUCTURE sizes are of the encoded body; the model holds the decoded size.
qint64 decodedSize(const QByteArray &encoding, quint64 size)
{
    return encoding == "base64" ? qint64(size / 4 * 3) : qint64(size);
}

mime::MimePart convert(const imap::BodyStructure &structure)
{
    mime::MimePart part;
    if (structure.isMultipart()) {
        part.type = "multipart";
        part.subtype = structure.subtype.toLower();
        part.parameters = decodeParameters("multipart/" + part.subtype, structure.parameters).parameters;
        for (const imap::BodyStructure &child : structure.parts)
            part.children.append(convert(child));
        return part;
    }
    part.type = structure.type.toLower();
    part.subtype = structure.subtype.toLower();
    const mime::ContentHeader contentType = decodeParameters(part.mimeType(), structure.parameters);
    part.parameters = contentType.parameters;
    part.charset = contentType.parameter("charset").toLatin1().toLower();
    part.encoding = structure.encoding.toLower();
    part.size = decodedSize(part.encoding, structure.size);
    part.contentId = structure.id;
    if (part.contentId.startsWith('<') && part.contentId.endsWith('>'))
        part.contentId = part.contentId.mid(1, part.contentId.size() - 2);
    part.description = mime::HeaderDecoder::decodeText(structure.description);
    if (structure.disposition) {
        const mime::ContentHeader disposition
            = decodeParameters(structure.disposition->type.toLower(), structure.disposition->parameters);
        part.disposition = disposition.value;
        part.filename = disposition.parameter("filename");
    }
    if (part.filename.isEmpty())
        part.filename = contentType.parameter("name");
    if (structure.isMessage() && !structure.parts.isEmpty())
        part.children.append(convert(structure.parts.first()));
    return part;
}

// A JSON string as QJsonDocument writes it: quote, backslash and control characters
// escaped, the rest as UTF-8. False for text with a lone surrogate, which is left to Qt.
bool appendJsonString(QByteArray *out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            out->append(char(c));
        } else if (c == '"' || c == '\\') {
            out->append('\\').append(char(c));
        } else if (c < 0x20) {
            const char *named = c == '\b' ? "\\b"
                : c == '\f'               ? "\\f"
                : c == '\n'               ? "\\n"
                : c == '\r'               ? "\\r"
                : c == '\t'               ? "\\t"
                                          : nullptr;
            if (named)
                out->append(named);
            else
                out->append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out->append(text.mid(i, 2).toUtf8());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return false;
        } else if (c < 0x800) {
            out->append(char(0xc0 | (c >> 6))).append(char(0x80 | (c & 0x3f)));
        } else {
            out->append(char(0xe0 | (c >> 12))).append(char(0x80 | ((c >> 6) & 0x3f))).append(char(0x80 | (c & 0x3f)));
        }
    }
    out->append('"');
    return true;
}

// One leaf's object, keys in QJsonObject's (sorted) order so the bytes are those
// QJsonDocument gives; empty optional members are left out.
bool appendLeaf(QByteArray *out, const mime::MimePart &part)
{
    bool ok = true;
    bool first = true;
    const auto key = [&](const char *name) {
        out->append(first ? "{\"" : ",\"").append(name).append("\":");
        first = false;
    };
    const auto optional = [&](const char *name, QStringView value) {
        if (value.isEmpty())
            return;
        key(name);
        ok &= appendJsonString(out, value);
    };
    optional("charset", QString::fromLatin1(part.charset));
    optional("content_id", QString::fromLatin1(part.contentId));
    key("content_type");
    ok &= appendJsonString(out, QString::fromLatin1(part.mimeType()));
    optional("disposition", QString::fromLatin1(part.disposition));
    optional("encoding", QString::fromLatin1(part.encoding));
    optional("filename", part.filename);
    key("path");
    ok &= appendJsonString(out, QString::fromLatin1(part.partNumber));
    key("size");
    out->append(QByteArray::number(part.size)).append('}');
    return ok;
}

bool appendLeaves(QByteArray *out, const mime::MimePart &part)
{
    if (!part.isLeaf()) {
        bool ok = true;
        for (const mime::MimePart &child : part.children)
            ok &= appendLeaves(out, child);
        return ok;
    }
    if (out->size() > 1)
        out->append(',');
    return appendLeaf(out, part);
}

void appendLeaves(const mime::MimePart &part, QJsonArray *leaves)
{
    if (!part.isLeaf()) {
        for (const mime::MimePart &child : part.children)
            appendLeaves(child, leaves);
        return;
    }
    QJsonObject leaf {{QStringLiteral("path"), QString::fromLatin1(part.partNumber)},
                      {QStringLiteral("content_type"), QString::fromLatin1(part.mimeType())},
                      {QStringLiteral("size"), part.size}};
    const auto add = [&leaf](const QString &key, const QString &value) {
        if (!value.isEmpty())
            leaf.insert(key, value);
    };
    add(QStringLiteral("charset"), QString::fromLatin1(part.charset));
    add(QStringLiteral("encoding"), QString::fromLatin1(part.encoding));
    add(QStringLiteral("disposition"), QString::fromLatin1(part.disposition));
    add(QStringLiteral("filename"), part.filename);
    add(QStringLiteral("content_id"), QString::fromLatin1(part.contentId));
    leaves->append(leaf);
}

} // namespace

mime::MimePart PartTree::fromBodyStructure(const imap::BodyStructure &structure)
{
    mime::MimePart root = convert(structure);
    root.assignPartNumbers();
    return root;
}

QByteArray PartTree::leavesAsJson(const mime::MimePart &root)
{
    // Written by hand: QJsonObject and QJsonDocument took 15 % of an initial sync's
    // instructions. Text Qt escapes differently (a lone surrogate) goes through Qt.
    QByteArray json("[");
    if (appendLeaves(&json, root))
        return json.append(']');
    return qtLeavesAsJson(root);
}

QByteArray PartTree::qtLeavesAsJson(const mime::MimePart &root)
{
    QJsonArray leaves;
    appendLeaves(root, &leaves);
    return QJsonDocument(leaves).toJson(QJsonDocument::Compact);
}

} // namespace heron::sync
