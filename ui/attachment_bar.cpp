#include "attachment_bar.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace heron::ui {

namespace {

constexpr int kPartIndexRole = Qt::UserRole + 1;

// Types the desktop would run rather than show, by what the content is and by its name.
bool isProgramType(const QMimeType &type)
{
    static const char *const kPrograms[] = {
        "application/x-executable",
        "application/x-sharedlib",
        "application/x-shellscript",
        "application/x-desktop",
        "application/x-ms-dos-executable",
        "application/x-msdownload",
        "application/x-msi",
        "application/x-ms-shortcut",
        "application/x-java-archive",
        "application/javascript",
        "text/javascript",
        "application/x-perl",
        "application/x-python",
        "text/x-python",
        "application/x-ruby",
        "application/vnd.microsoft.portable-executable",
        "application/x-bat",
        "application/x-powershell",
        "application/x-appimage",
        "application/vnd.flatpak.ref",
        "application/x-deb",
        "application/x-rpm",
        "application/x-apple-diskimage",
        "application/x-ms-wim",
    };
    for (const char *program : kPrograms) {
        if (type.inherits(QLatin1String(program)))
            return true;
    }
    return false;
}

bool hasProgramSuffix(const QString &fileName)
{
    static const QStringList kSuffixes = {
        QStringLiteral("exe"), QStringLiteral("com"),     QStringLiteral("bat"),      QStringLiteral("cmd"),
        QStringLiteral("scr"), QStringLiteral("pif"),     QStringLiteral("msi"),      QStringLiteral("lnk"),
        QStringLiteral("vbs"), QStringLiteral("vbe"),     QStringLiteral("js"),       QStringLiteral("jse"),
        QStringLiteral("wsf"), QStringLiteral("wsh"),     QStringLiteral("ps1"),      QStringLiteral("hta"),
        QStringLiteral("cpl"), QStringLiteral("jar"),     QStringLiteral("sh"),       QStringLiteral("desktop"),
        QStringLiteral("app"), QStringLiteral("command"), QStringLiteral("appimage"), QStringLiteral("run"),
        QStringLiteral("reg"), QStringLiteral("dll"),     QStringLiteral("iso"),      QStringLiteral("img"),
    };
    return kSuffixes.contains(QFileInfo(fileName).suffix().toLower());
}

// "report (2).pdf" for the second file of that name in a folder.
QString freePath(const QDir &folder, const QString &fileName)
{
    QString path = folder.filePath(fileName);
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return path;
}

QString itemText(const QString &name, const mime::MimePart &part)
{
    const qint64 size = part.body.isEmpty() ? part.size : part.body.size();
    return QStringLiteral("%1 (%2)").arg(name, QLocale().formattedDataSize(size));
}

} // namespace

AttachmentBar::AttachmentBar(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("AttachmentBar"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("AttachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 4);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openWithFeedback(item->data(kPartIndexRole).toInt()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &AttachmentBar::showMenu);

    m_saveAll = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-all")), tr("Save &All…"));
    m_saveAll->setObjectName(QStringLiteral("SaveAllAttachments"));
    connect(m_saveAll, &QPushButton::clicked, this, &AttachmentBar::saveAllWithDialog);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_saveAll, 0, Qt::AlignTop);
    setVisible(false);
}

AttachmentBar::~AttachmentBar() = default;

void AttachmentBar::setMessage(std::shared_ptr<const mime::MimePart> message)
{
    m_list->clear();
    m_parts = message ? message->attachments(mime::MimePart::Preference::Html) : QList<const mime::MimePart *>();
    m_message = m_parts.isEmpty() ? nullptr : std::move(message);
    const QMimeDatabase types;
    for (int i = 0; i < m_parts.size(); ++i) {
        const QString name = fileName(i);
        const QMimeType type = types.mimeTypeForName(QString::fromLatin1(m_parts[i]->mimeType()));
        auto *item = new QListWidgetItem(QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName())),
                                         itemText(name, *m_parts[i]));
        item->setData(kPartIndexRole, i);
        item->setToolTip(QStringLiteral("%1\n%2").arg(name, QString::fromLatin1(m_parts[i]->mimeType())));
        m_list->addItem(item);
    }
    m_saveAll->setEnabled(m_parts.size() > 0);
    setVisible(!m_parts.isEmpty());
}

void AttachmentBar::clear()
{
    setMessage(nullptr);
}

int AttachmentBar::count() const
{
    return int(m_parts.size());
}

const mime::MimePart &AttachmentBar::attachment(int index) const
{
    return *m_parts.at(index);
}

QString AttachmentBar::fileName(int index) const
{
    return fileNameFor(attachment(index), index);
}

QString AttachmentBar::fileNameFor(const mime::MimePart &part, int index)
{
    // Only the last path element: a name like "../../.bashrc" must not pick the folder.
    QString name = part.filename;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1).trimmed();
    for (QChar &c : name) {
        if (QStringLiteral(":*?\"<>|").contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.'))) // not hidden, and never "." or ".."
        name.remove(0, 1);
    if (!name.isEmpty())
        return name;
    if (part.isMessage())
        return index == 0 ? tr("message.eml") : tr("message-%1.eml").arg(index + 1);
    const QMimeType type = QMimeDatabase().mimeTypeForName(QString::fromLatin1(part.mimeType()));
    const QString suffix = type.preferredSuffix().isEmpty() ? QString() : QLatin1Char('.') + type.preferredSuffix();
    return tr("attachment-%1").arg(index + 1) + suffix;
}

bool AttachmentBar::isExecutable(const mime::MimePart &part, const QString &fileName)
{
    if (part.isMessage())
        return false;
    const QMimeDatabase types;
    return hasProgramSuffix(fileName) || isProgramType(types.mimeTypeForName(QString::fromLatin1(part.mimeType())))
        || isProgramType(types.mimeTypeForFileNameAndData(fileName, part.body));
}

bool AttachmentBar::saveTo(int index, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment(index).body) != attachment(index).body.size()
        || !file.commit()) {
        *error = tr("Heron could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QStringList> AttachmentBar::saveAllTo(const QString &folder, QString *error) const
{
    const QDir dir(folder);
    if (!dir.exists()) {
        *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    QStringList written;
    for (int i = 0; i < count(); ++i) {
        const QString path = freePath(dir, fileName(i));
        if (!saveTo(i, path, error))
            return std::nullopt;
        written << path;
    }
    return written;
}

bool AttachmentBar::open(int index, QString *error)
{
    const mime::MimePart &part = attachment(index);
    const QString name = fileName(index);
    if (part.isMessage()) {
        emit messageOpenRequested(part.body, name);
        return true;
    }
    if (isExecutable(part, name)) {
        *error = tr("%1 is a program or script. Heron does not start programs from mail; save it and "
                    "open it yourself only if you trust the sender.")
                     .arg(name);
        return false;
    }
    if (!m_openedFiles) {
        m_openedFiles
            = std::make_unique<QTemporaryDir>(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                                  .filePath(QStringLiteral("heron-attachments-XXXXXX")));
        if (!m_openedFiles->isValid()) {
            *error
                = tr("Heron could not make a temporary folder to open %1: %2").arg(name, m_openedFiles->errorString());
            m_openedFiles.reset();
            return false;
        }
    }
    const QString path = freePath(QDir(m_openedFiles->path()), name);
    if (!saveTo(index, path, error))
        return false;
    // Read-only, and only for this user: edits would be lost, and others have no business here.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    if (!m_opener(QUrl::fromLocalFile(path))) {
        *error = tr("No application is set up to open %1.").arg(name);
        return false;
    }
    return true;
}

void AttachmentBar::openWithFeedback(int index)
{
    QString error;
    if (open(index, &error))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Open Attachment"), error, QMessageBox::Close, this);
    QPushButton *save = isExecutable(attachment(index), fileName(index))
        ? box.addButton(tr("Save As…"), QMessageBox::AcceptRole)
        : nullptr;
    box.exec();
    if (save && box.clickedButton() == save)
        saveWithDialog(index);
}

QString AttachmentBar::startFolder() const
{
    return m_lastFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) : m_lastFolder;
}

void AttachmentBar::saveWithDialog(int index)
{
    const QString start = QDir(startFolder()).filePath(fileName(index));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment"), start);
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    QString error;
    if (!saveTo(index, path, &error))
        QMessageBox::warning(this, tr("Save Attachment"), error);
}

void AttachmentBar::saveAllWithDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save All Attachments"), startFolder());
    if (folder.isEmpty())
        return;
    m_lastFolder = folder;
    QString error;
    if (!saveAllTo(folder, &error))
        QMessageBox::warning(this, tr("Save All Attachments"), error);
}

void AttachmentBar::showMenu(const QPoint &position)
{
    const QListWidgetItem *item = m_list->itemAt(position);
    if (!item)
        return;
    const int index = item->data(kPartIndexRole).toInt();
    QMenu menu(this);
    QAction *open = menu.addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open"), this,
                                   [this, index] { openWithFeedback(index); });
    open->setEnabled(!isExecutable(attachment(index), fileName(index)));
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Save As…"), this,
                   [this, index] { saveWithDialog(index); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-save-all")), tr("Save &All…"), this,
                   &AttachmentBar::saveAllWithDialog);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace heron::ui
