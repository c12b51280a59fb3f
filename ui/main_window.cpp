#include "main_window.h"

#include "heron_version.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace heron::ui {

namespace {

QLabel *placeholderPane(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    return label;
}

} // namespace

MainWindow::MainWindow(accounts::Profile profile, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Heron"));

    m_innerSplitter = new QSplitter(Qt::Vertical);
    m_innerSplitter->setObjectName(QStringLiteral("MessageSplitter"));
    m_innerSplitter->addWidget(placeholderPane(tr("No folder selected"), QStringLiteral("MessageListPane")));
    m_innerSplitter->addWidget(placeholderPane(tr("No message selected"), QStringLiteral("MessageViewPane")));

    m_outerSplitter = new QSplitter(Qt::Horizontal);
    m_outerSplitter->setObjectName(QStringLiteral("FolderSplitter"));
    m_outerSplitter->addWidget(placeholderPane(tr("No accounts yet"), QStringLiteral("FolderPane")));
    m_outerSplitter->addWidget(m_innerSplitter);
    m_outerSplitter->setStretchFactor(1, 3);
    setCentralWidget(m_outerSplitter);

    createMenus();
    statusBar()->showMessage(tr("Profile: %1").arg(m_profile.directory()));
    restoreLayout();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("QuitAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Heron"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("AboutAction"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Heron"),
                       tr("<h3>Heron %1</h3><p>A desktop mail client with built-in device "
                          "registration (CLIENTID).</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::restoreLayout()
{
    const QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_outerSplitter->restoreState(settings.value(QStringLiteral("mainWindow/folderSplitter")).toByteArray());
    m_innerSplitter->restoreState(settings.value(QStringLiteral("mainWindow/messageSplitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/folderSplitter"), m_outerSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/messageSplitter"), m_innerSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace heron::ui
