#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace heron::ui {

// View → Message Source: the raw message (headers and encoded body) as plain
// text in a window of its own, read-only, in a fixed-width font.
class MessageSourceWindow : public QWidget
{
    Q_OBJECT

public:
    MessageSourceWindow(const QByteArray &message, const QString &subject, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace heron::ui
