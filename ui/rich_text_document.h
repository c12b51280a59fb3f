#pragma once

#include <QString>

class QTextDocument;

namespace heron::ui {

// What the composer does with a rich-text (HTML) body, kept apart from the
// window so each step can be tested on a bare QTextDocument:
// - html(): the message's text/html part — Qt's HTML without the editor's own
//   font on <body>, so the recipient's reader shows it in its default font.
// - plainText(): its text/plain alternative, readable as plain text the way
//   mail readers expect: *bold*, /italic/, _underlined_, list items as "- " or
//   "1. " indented by level, a link's address after its text ("text <url>")
//   unless the text already is the address.
// - removeImages(): pasted or reopened HTML keeps its text and formatting but
//   not its images, which could only name files on this computer or addresses
//   on the internet; pictures go in as attachments.
// - hasFormatting(): whether switching to plain text would lose anything.
class RichTextDocument
{
public:
    static QString html(const QTextDocument &document);
    static QString plainText(const QTextDocument &document);
    static void removeImages(QTextDocument *document);
    static bool hasFormatting(const QTextDocument &document);
};

} // namespace heron::ui
