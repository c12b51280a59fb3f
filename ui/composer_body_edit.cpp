#include "composer_body_edit.h"

#include "rich_text_document.h"

#include <QImage>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>

namespace heron::ui {

namespace {

QStringList localFiles(const QMimeData *source)
{
    QStringList paths;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ComposerBodyEdit::ComposerBodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
}

void ComposerBodyEdit::setHtmlWithoutImages(const QString &html)
{
    clear();
    insertHtmlWithoutImages(html);
    document()->clearUndoRedoStacks();
}

// The HTML is read into a document of its own, which is never laid out, so no image
// in it is ever loaded; only what is left after removing them reaches the body.
void ComposerBodyEdit::insertHtmlWithoutImages(const QString &html)
{
    QTextDocument parsed;
    parsed.setHtml(html);
    RichTextDocument::removeImages(&parsed);
    textCursor().insertFragment(QTextDocumentFragment(&parsed));
}

bool ComposerBodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || source->hasImage() || QTextEdit::canInsertFromMimeData(source);
}

void ComposerBodyEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    // Text wins over an image of it (office programs copy both); a screenshot has no text.
    if (source->hasImage() && !source->hasText()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull())
            emit imagePasted(image);
        return;
    }
    if (isRichText() && source->hasHtml()) {
        insertHtmlWithoutImages(source->html());
        ensureCursorVisible();
        return;
    }
    if (source->hasText())
        textCursor().insertText(source->text());
    ensureCursorVisible();
}

} // namespace heron::ui
