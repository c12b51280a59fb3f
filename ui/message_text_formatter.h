#pragma once

#include "mime/html_sanitizer.h"
#include "mime/mime_part.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace heron::ui {

// Turns a whole message into what the message view shows, without anything
// that could reach the network: the plain-text body (an HTML-only message as
// its text with the tags stripped), as HTML with links made clickable and
// quoted levels coloured; or, for the HTML view, the HTML body (preferred in
// multipart/alternative) through HtmlSanitizer, with the parsed parts its
// cid: images come from. Pure functions of the bytes: safe on any thread.
class MessageTextFormatter
{
public:
    struct Body
    {
        QString text; // plain text
        bool fromHtml = false; // the message had only HTML: tags were stripped
        QStringList attachments; // file names (or types) of the attachments
        bool isHtml = false; // forDisplay(): the body is HTML, sanitised in html
        mime::HtmlSanitizer::Result html;
        std::shared_ptr<const mime::MimePart> parts; // forDisplay(): the parsed message
    };

    // The plain-text view of the message (plain alternative preferred).
    static Body body(const QByteArray &message);
    // What the message view shows: the HTML alternative when there is one
    // (sanitised, htmlPrologue first), else the plain text.
    static Body forDisplay(const QByteArray &message, const QString &htmlPrologue);
    // Plain text as HTML: escaped, URLs and addresses as links, "> " levels coloured.
    static QString toHtml(const QString &text);
    // The quote depth of a line: how many leading '>' (spaces between allowed).
    static int quoteLevel(const QString &line);
    // The text of an HTML document, with no resource loaded.
    static QString stripTags(const QString &html);
};

} // namespace heron::ui
