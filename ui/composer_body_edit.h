#pragma once

#include <QPlainTextEdit>

namespace heron::ui {

// The composer's plain-text body. Files dropped or pasted onto it, and a
// pasted image without text (a screenshot), are not text: they are handed to
// the composer as attachments.
class ComposerBodyEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    using QPlainTextEdit::QPlainTextEdit;

signals:
    void filesDropped(const QStringList &paths);
    void imagePasted(const QImage &image);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace heron::ui
