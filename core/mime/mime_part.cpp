#include "mime/mime_part.h"

#include "mime/charset.h"

#include <functional>

namespace heron::mime {

namespace {

QByteArray childNumber(const QByteArray &parent, qsizetype index)
{
    const QByteArray own = QByteArray::number(index + 1);
    return parent.isEmpty() ? own : parent + '.' + own;
}

void numberChildren(MimePart *multipart);

// The body of a message (the root, or inside message/rfc822) numbered messageNumber.
void numberMessageBody(MimePart *body, const QByteArray &messageNumber)
{
    if (body->isMultipart() && !body->children.isEmpty()) {
        body->partNumber = messageNumber;
        numberChildren(body);
        return;
    }
    body->partNumber = childNumber(messageNumber, 0);
    if (body->isMessage() && !body->children.isEmpty())
        numberMessageBody(&body->children.first(), body->partNumber);
}

void numberChildren(MimePart *multipart)
{
    for (qsizetype i = 0; i < multipart->children.size(); ++i) {
        MimePart &child = multipart->children[i];
        child.partNumber = childNumber(multipart->partNumber, i);
        if (child.isMultipart())
            numberChildren(&child);
        else if (child.isMessage() && !child.children.isEmpty())
            numberMessageBody(&child.children.first(), child.partNumber);
    }
}

bool isDisplayableText(const MimePart &part)
{
    return part.type == "text" && (part.subtype == "plain" || part.subtype == "html")
        && part.disposition != "attachment";
}

const MimePart *displayPart(const MimePart &part, MimePart::Preference preference);

const MimePart *chooseAlternative(const MimePart &part, MimePart::Preference preference)
{
    const QByteArray wanted = preference == MimePart::Preference::Html ? "html" : "plain";
    const MimePart *fallback = nullptr;
    const MimePart *preferred = nullptr;
    // Alternatives are ordered from plainest to richest; later ones win.
    for (const MimePart &child : part.children) {
        if (const MimePart *candidate = displayPart(child, preference)) {
            fallback = candidate;
            if (candidate->subtype == wanted)
                preferred = candidate;
        }
    }
    return preferred ? preferred : fallback;
}

const MimePart *relatedRoot(const MimePart &part)
{
    const QString start = part.parameters.value("start");
    if (!start.isEmpty()) {
        QString id = start.trimmed();
        if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
            id = id.mid(1, id.size() - 2);
        if (const MimePart *root = part.findByContentId(id.toUtf8()))
            return root;
    }
    return part.children.isEmpty() ? nullptr : &part.children.first();
}

const MimePart *displayPart(const MimePart &part, MimePart::Preference preference)
{
    if (!part.isMultipart())
        return isDisplayableText(part) ? &part : nullptr;
    if (part.subtype == "alternative")
        return chooseAlternative(part, preference);
    if (part.subtype == "related") {
        const MimePart *root = relatedRoot(part);
        return root ? displayPart(*root, preference) : nullptr;
    }
    for (const MimePart &child : part.children) {
        if (child.disposition == "attachment")
            continue;
        if (const MimePart *found = displayPart(child, preference))
            return found;
    }
    return nullptr;
}

struct AttachmentWalk
{
    const MimePart *body = nullptr;
    QList<const MimePart *> found;

    void visit(const MimePart &part, bool inRelated)
    {
        if (part.isMultipart() && !part.children.isEmpty()) {
            for (const MimePart &child : part.children)
                visit(child, inRelated || part.subtype == "related");
            return;
        }
        if (&part == body)
            return;
        const bool relatedResource = inRelated && !part.contentId.isEmpty();
        if (part.isMessage() || part.disposition == "attachment" || (!part.filename.isEmpty() && !relatedResource)
            || (part.type != "text" && !inRelated))
            found.append(&part);
    }
};

template<typename Predicate>
const MimePart *findFirst(const MimePart &part, Predicate matches)
{
    if (matches(part))
        return &part;
    for (const MimePart &child : part.children) {
        if (const MimePart *found = findFirst(child, matches))
            return found;
    }
    return nullptr;
}

void collectLeaves(const MimePart &part, QList<const MimePart *> *out)
{
    if (part.isLeaf())
        out->append(&part);
    for (const MimePart &child : part.children)
        collectLeaves(child, out);
}

} // namespace

QString MimePart::text() const
{
    return Charset::decode(body, charset).text;
}

void MimePart::assignPartNumbers()
{
    numberMessageBody(this, QByteArray());
}

const MimePart *MimePart::bodyToDisplay(Preference preference) const
{
    return displayPart(*this, preference);
}

QList<const MimePart *> MimePart::attachments(Preference preference) const
{
    AttachmentWalk walk;
    walk.body = bodyToDisplay(preference);
    walk.visit(*this, false);
    return walk.found;
}

QList<const MimePart *> MimePart::leaves() const
{
    QList<const MimePart *> out;
    collectLeaves(*this, &out);
    return out;
}

const MimePart *MimePart::findByContentId(QByteArrayView contentId) const
{
    return findFirst(*this,
                     [&](const MimePart &part) { return !part.contentId.isEmpty() && part.contentId == contentId; });
}

const MimePart *MimePart::findByPartNumber(QByteArrayView number) const
{
    // A multipart body of a message shares its number; the message part comes first.
    return findFirst(*this, [&](const MimePart &part) { return part.partNumber == number; });
}

} // namespace heron::mime
