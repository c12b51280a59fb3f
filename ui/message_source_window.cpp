#include "message_source_window.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace heron::ui {

MessageSourceWindow::MessageSourceWindow(const QByteArray &message, const QString &subject, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("MessageSourceWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Source of %1").arg(subject.isEmpty() ? tr("(no subject)") : subject));
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("MessageSource"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Plain text, never rich text: bytes that are not UTF-8 show as U+FFFD.
    m_text->setPlainText(QString::fromUtf8(message));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    resize(800, 600);
}

QString MessageSourceWindow::text() const
{
    return m_text->toPlainText();
}

} // namespace heron::ui
