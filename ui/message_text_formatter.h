#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace heron::ui {

// Turns a whole message into what the message view shows, without anything
// that could reach the network: the plain-text body (an HTML-only message as
// its text with the tags stripped), as HTML with links made clickable and
// quoted levels coloured.
class MessageTextFormatter
{
public:
    struct Body
    {
        QString text; // plain text
        bool fromHtml = false; // the message had only HTML: tags were stripped
        QStringList attachments; // file names (or types) of the attachments
    };

    static Body body(const QByteArray &message);
    // Plain text as HTML: escaped, URLs and addresses as links, "> " levels coloured.
    static QString toHtml(const QString &text);
    // The quote depth of a line: how many leading '>' (spaces between allowed).
    static int quoteLevel(const QString &line);
    // The text of an HTML document, with no resource loaded.
    static QString stripTags(const QString &html);
};

} // namespace heron::ui
