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
    QJsonArray leaves;
    appendLeaves(root, &leaves);
    return QJsonDocument(leaves).toJson(QJsonDocument::Compact);
}

} // namespace heron::sync
