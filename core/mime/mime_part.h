#pragma once

#include "mime/header_fields.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace heron::mime {

// One node of a message's MIME tree, as a plain value. Filled by the local
// MessageParser and by the IMAP layer from BODYSTRUCTURE, so it holds only
// what both know; body is empty until the content is fetched.
//
// The root is the message itself (its headers are the message header).
// message/rfc822 parts hold the encapsulated message as their only child.
struct MimePart
{
    enum class Preference { PlainText, Html };

    QByteArray type = QByteArrayLiteral("text"); // lowercase
    QByteArray subtype = QByteArrayLiteral("plain");
    QMap<QByteArray, QString> parameters; // Content-Type parameters, lowercase names, decoded
    QByteArray charset; // lowercase as declared; empty when not declared
    QByteArray disposition; // lowercase ("inline", "attachment"); empty when absent
    QString filename; // Content-Disposition filename, else Content-Type name
    QByteArray encoding; // lowercase Content-Transfer-Encoding as declared
    qint64 size = 0; // bytes after transfer decoding
    QByteArray partNumber; // IMAP part number, e.g. "1.2"; empty for a top-level multipart
    QByteArray contentId; // without angle brackets
    QString description;
    HeaderFields headers; // the part's own header
    QByteArray body; // decoded content of a leaf
    QList<MimePart> children;

    QByteArray mimeType() const { return type + '/' + subtype; }
    bool isMultipart() const { return type == "multipart"; }
    // message/rfc822 and its UTF-8 sibling message/global.
    bool isMessage() const { return type == "message" && (subtype == "rfc822" || subtype == "global"); }
    bool isLeaf() const { return children.isEmpty(); }

    // The body decoded with the declared charset (see Charset for fallbacks).
    QString text() const;

    // Numbers this tree the way IMAP does (RFC 3501 6.4.5): the children of a
    // multipart are parent.N; a message/rfc822 part's multipart body shares
    // the part's number, a single-part body is number.1. Call on the root.
    void assignPartNumbers();

    // The part to show as the message body: for multipart/alternative the last
    // alternative of the preferred kind (else the last displayable one), for
    // multipart/related its root ("start" parameter, else the first part),
    // otherwise the first inline text/plain or text/html. Null when none.
    const MimePart *bodyToDisplay(Preference preference = Preference::Html) const;

    // Parts the user would save: declared attachments, named parts, non-text
    // parts outside multipart/related, and attached messages (as one part).
    // The body to display for preference is never among them.
    QList<const MimePart *> attachments(Preference preference = Preference::Html) const;

    // Parts without children, in document order.
    QList<const MimePart *> leaves() const;

    const MimePart *findByContentId(QByteArrayView contentId) const;
    const MimePart *findByPartNumber(QByteArrayView number) const;
};

} // namespace heron::mime
