#include "composer_body_edit.h"

#include <QImage>
#include <QMimeData>
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

bool ComposerBodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || source->hasImage() || QPlainTextEdit::canInsertFromMimeData(source);
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
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace heron::ui
