#pragma once

#include "mime/mailbox.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include <utility>

namespace heron::mime {

// Writes header fields for outgoing mail: RFC 2047 encoded-words only where
// needed, RFC 2231 parameters, and folding so lines stay within 78 octets
// whenever the content allows (never more than 998).
//
// Values are built as "chunks" that folding never splits; chunks are joined by
// one space, which folding may turn into CRLF + space. Control characters
// (CR, LF, TAB...) in text are always encoded, so text cannot inject fields.
class HeaderEncoder
{
public:
    static constexpr qsizetype kMaxLine = 78;

    // "Name: chunk chunk\r\n chunk\r\n" (with the final CRLF).
    static QByteArray field(QByteArrayView name, const QByteArrayList &chunks);

    // Unstructured text (Subject): plain ASCII words stay as they are, runs of
    // words that need it become UTF-8 encoded-words of at most 75 octets,
    // split between characters.
    static QByteArrayList text(const QString &text);

    // A display name: an atom sequence, a quoted-string, or encoded-words.
    static QByteArrayList phrase(const QString &name);

    // "Name <local@domain>" chunks, the domain in ACE (punycode); the last
    // chunk ends with "," when more follow in the list.
    static QByteArrayList mailboxes(const QList<Mailbox> &mailboxes);

    // A Content-Type / Content-Disposition field: "Name: value; p=v; ...".
    // Parameter values are quoted when ASCII, else RFC 2231 (utf-8''%XX),
    // split into continuations when long.
    static QByteArray contentField(QByteArrayView name, QByteArrayView value,
                                   const QList<std::pair<QByteArray, QString>> &parameters);

    // The encoded-words for UTF-8 text, Q or B, whichever is shorter.
    static QByteArrayList encodedWords(const QString &text);
};

} // namespace heron::mime
