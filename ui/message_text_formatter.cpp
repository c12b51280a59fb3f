#include "message_text_formatter.h"

#include "mime/message_parser.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace heron::ui {

namespace {

const char *const kQuoteColours[] = {"#1f5fa8", "#2e8540", "#a8541f", "#7a3fa0"};

QString linkify(const QString &escapedLine)
{
    // On escaped text: "&amp;" inside a URL stays as it is, and is right in an href too.
    static const QRegularExpression links(
        QStringLiteral("(\\b(?:https?|ftp)://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]'])|(\\bmailto:[^\\s<>\"]+)|"
                       "(\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b)"));
    QString out;
    qsizetype last = 0;
    auto it = links.globalMatch(escapedLine);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += escapedLine.mid(last, match.capturedStart() - last);
        const QString text = match.captured();
        const QString href = match.capturedLength(3) > 0 ? QStringLiteral("mailto:") + text : text;
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text);
        last = match.capturedEnd();
    }
    out += escapedLine.mid(last);
    return out;
}

} // namespace

MessageTextFormatter::Body MessageTextFormatter::body(const QByteArray &message)
{
    Body result;
    mime::MimePart root = mime::MessageParser::parse(message);
    root.assignPartNumbers();
    const mime::MimePart *shown = root.bodyToDisplay(mime::MimePart::Preference::PlainText);
    if (shown) {
        if (shown->subtype == "html") {
            result.text = stripTags(shown->text());
            result.fromHtml = true;
        } else {
            result.text = shown->text();
        }
    }
    for (const mime::MimePart *part : root.attachments(mime::MimePart::Preference::PlainText))
        result.attachments << (part->filename.isEmpty() ? QString::fromLatin1(part->mimeType()) : part->filename);
    return result;
}

MessageTextFormatter::Body MessageTextFormatter::forDisplay(const QByteArray &message, const QString &htmlPrologue)
{
    Body result;
    // Attached messages keep their bytes: the attachment bar saves and opens them whole.
    auto root = std::make_shared<mime::MimePart>(
        mime::MessageParser::parse(message, mime::MessageParser::AttachedMessages::KeepBytes));
    root->assignPartNumbers();
    const mime::MimePart *shown = root->bodyToDisplay(mime::MimePart::Preference::Html);
    if (shown && shown->subtype == "html") {
        result.isHtml = true;
        result.html = mime::HtmlSanitizer::sanitize(shown->text(), htmlPrologue);
    } else if (shown) {
        result.text = shown->text();
    }
    for (const mime::MimePart *part : root->attachments(mime::MimePart::Preference::Html))
        result.attachments << (part->filename.isEmpty() ? QString::fromLatin1(part->mimeType()) : part->filename);
    result.parts = std::move(root);
    return result;
}

QString MessageTextFormatter::stripTags(const QString &html)
{
    // QTextDocumentFragment parses without a resource loader: images and styles
    // are referenced, never fetched.
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

int MessageTextFormatter::quoteLevel(const QString &line)
{
    int level = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char('>'))
            ++level;
        else if (c != QLatin1Char(' '))
            break;
    }
    return level;
}

QString MessageTextFormatter::toHtml(const QString &text)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap; font-family: monospace;\">");
    const QStringList lines
        = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int level = quoteLevel(line);
        const QString content = linkify(line.toHtmlEscaped());
        if (level > 0) {
            const char *colour = kQuoteColours[(level - 1) % std::size(kQuoteColours)];
            html += QStringLiteral("<span style=\"color: %1;\">%2</span><br/>").arg(QLatin1String(colour), content);
        } else {
            html += content + QStringLiteral("<br/>");
        }
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace heron::ui
