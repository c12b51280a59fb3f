#pragma once

#include <QTextEdit>

namespace heron::ui {

// The composer's body, plain text or rich text (HTML). Files dropped or
// pasted onto it, and a pasted image without text (a screenshot), are not
// text: they are handed to the composer as attachments. Rich text pasted into
// a rich body keeps its formatting but not its images (RichTextDocument::
// removeImages); a plain body takes only the text.
class ComposerBodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit ComposerBodyEdit(QWidget *parent = nullptr);

    bool isRichText() const { return acceptRichText(); }
    void setRichText(bool rich) { setAcceptRichText(rich); }
    // HTML of a draft or another program: its text and formatting, without images,
    // replacing what the body held (the undo history starts anew).
    void setHtmlWithoutImages(const QString &html);

signals:
    void filesDropped(const QStringList &paths);
    void imagePasted(const QImage &image);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void insertHtmlWithoutImages(const QString &html);
};

} // namespace heron::ui
