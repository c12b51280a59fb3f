#include "message_file_window.h"

#include "message_view.h"
#include "sync/local_message.h"

#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>

namespace heron::ui {

MessageFileWindow::MessageFileWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent)
    , m_view(new MessageView)
{
    setUp();
    load(path);
}

MessageFileWindow::MessageFileWindow(const QByteArray &message, const QString &name, QWidget *parent)
    : QMainWindow(parent)
    , m_view(new MessageView)
{
    setUp();
    display(message, name);
}

void MessageFileWindow::setUp()
{
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_view);
    QAction *close = menuBar()->addMenu(tr("&File"))->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    connect(m_view, &MessageView::attachedMessageOpened, this, [this](const QByteArray &message, const QString &name) {
        (new MessageFileWindow(message, name, this))->show();
    });
    resize(800, 700);
}

void MessageFileWindow::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Heron").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_view->showError(tr("Heron cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxFileSize) {
        m_view->showError(
            tr("%1 is %2, too large to be a mail message; Heron shows message files up to %3.")
                .arg(name, QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(kMaxFileSize)));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_view->showError(tr("Heron could not read all of %1: %2").arg(path, file.errorString()));
        return;
    }
    display(bytes, name);
}

void MessageFileWindow::display(const QByteArray &message, const QString &name)
{
    const store::MessageRecord record = sync::LocalMessage::record(message);
    setWindowTitle(tr("%1 — Heron").arg(record.subject.isEmpty() ? name : record.subject));
    m_view->showMessage(record, message);
}

} // namespace heron::ui
