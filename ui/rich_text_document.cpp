#include "rich_text_document.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <memory>
#include <utility>

namespace heron::ui {

namespace {

// A fragment's characters as plain text: Shift+Enter's line separator is a line
// break, a no-break space a space, an embedded object (an image) nothing.
QString fragmentText(const QTextFragment &fragment)
{
    QString text = fragment.text();
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

// The marks plain-text mail uses for emphasis, around the words (not the blanks at either end).
QString emphasized(const QString &text, const QTextCharFormat &format)
{
    QString marks;
    if (format.fontWeight() > QFont::Normal)
        marks += QLatin1Char('*');
    if (format.fontItalic())
        marks += QLatin1Char('/');
    if (format.fontUnderline() && !format.isAnchor())
        marks += QLatin1Char('_');
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    if (marks.isEmpty() || start == text.size())
        return text;
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    QString closing = marks;
    std::reverse(closing.begin(), closing.end());
    return text.left(start) + marks + text.mid(start, end - start) + closing + text.mid(end);
}

// "- " or "1. " (the list's own numbering) before a list item, indented two spaces a level.
QString listPrefix(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    if (!list)
        return {};
    const QString indent(2 * std::max(0, list->format().indent() - 1), QLatin1Char(' '));
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return indent + list->itemText(block) + QLatin1Char(' ');
    default:
        return indent + QStringLiteral("- ");
    }
}

// One paragraph as plain text; a link's address follows the whole run of text it covers.
QString blockText(const QTextBlock &block)
{
    QString line = listPrefix(block);
    QString href;
    QString linkText;
    const auto endLink = [&] {
        if (href.isEmpty())
            return;
        const QString shown = linkText.trimmed();
        const bool sameAsText
            = shown == href || QStringLiteral("mailto:") + shown == href || shown + QLatin1Char('/') == href;
        line += sameAsText ? linkText : linkText + QStringLiteral(" <") + href + QLatin1Char('>');
        href.clear();
        linkText.clear();
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        const QString target = format.isAnchor() ? format.anchorHref() : QString();
        if (target != href)
            endLink();
        const QString text = emphasized(fragmentText(fragment), format);
        if (target.isEmpty()) {
            line += text;
        } else {
            href = target;
            linkText += text;
        }
    }
    endLink();
    return line;
}

} // namespace

QString RichTextDocument::html(const QTextDocument &document)
{
    // A paragraph keeps the character format of the text it was split from (bold switched on
    // before Return), which Qt writes on the <p> or <li>, so readers would show its plain text
    // bold too; each piece of text carries its own format, so the paragraphs' is dropped.
    const std::unique_ptr<QTextDocument> copy(document.clone());
    for (QTextBlock block = copy->begin(); block.isValid(); block = block.next())
        QTextCursor(block).setBlockCharFormat(QTextCharFormat());
    static const QRegularExpression bodyStyle(QStringLiteral(R"(<body style="[^"]*">)"));
    return copy->toHtml().replace(bodyStyle, QStringLiteral("<body>"));
}

QString RichTextDocument::plainText(const QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        lines << blockText(block);
    return lines.join(QLatin1Char('\n'));
}

void RichTextDocument::removeImages(QTextDocument *document)
{
    QList<std::pair<int, int>> images; // position, length
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid() && it.fragment().charFormat().isImageFormat())
                images.append({it.fragment().position(), it.fragment().length()});
        }
    }
    // From the end, so the positions still to remove stay where they were.
    for (auto image = images.crbegin(); image != images.crend(); ++image) {
        QTextCursor cursor(document);
        cursor.setPosition(image->first);
        cursor.setPosition(image->first + image->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

bool RichTextDocument::hasFormatting(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.textList() || block.blockFormat().indent() > 0)
            return true;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.fontWeight() > QFont::Normal || format.fontItalic() || format.fontUnderline()
                || format.isAnchor() || format.isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace heron::ui
