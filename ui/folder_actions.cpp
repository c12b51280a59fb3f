#include "folder_actions.h"

#include "folder_tree_model.h"
#include "store/mail_cache.h"
#include "sync/folder_change.h"

#include <QAction>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace heron::ui {

FolderActions::FolderActions(store::MailCache &cache, FolderTreeModel &model, QTreeView &view, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_model(model)
    , m_view(view)
    , m_prompt([&view](const QString &title, const QString &label, const QString &initial) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(&view, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    })
    , m_confirm([&view](const QString &title, const QString &text) {
        return QMessageBox::question(&view, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
{
    const auto make
        = [this](const QString &icon, const QString &text, const char *name, void (FolderActions::*slot)()) {
              auto *action = new QAction(QIcon::fromTheme(icon), text, this);
              action->setObjectName(QLatin1String(name));
              connect(action, &QAction::triggered, this, slot);
              return action;
          };
    m_newFolder = make(QStringLiteral("folder-new"), tr("&New Folder…"), "NewFolderAction", &FolderActions::newFolder);
    m_rename = make(QStringLiteral("edit-rename"), tr("&Rename…"), "RenameFolderAction", &FolderActions::renameFolder);
    m_delete
        = make(QStringLiteral("edit-delete"), tr("&Delete Folder"), "DeleteFolderAction", &FolderActions::deleteFolder);
    m_markRead = make(QStringLiteral("mail-mark-read"), tr("&Mark Folder Read"), "MarkFolderReadAction",
                      &FolderActions::markFolderRead);
    m_markRead->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_C));
    m_markRead->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view.addAction(m_markRead);
    update();
}

std::optional<FolderActions::Target> FolderActions::current() const
{
    const QModelIndex index = m_view.currentIndex();
    if (!index.isValid() || index.data(FolderTreeModel::IsUnifiedRole).toBool())
        return std::nullopt;
    Target target;
    target.account = index.data(FolderTreeModel::AccountEmailRole).toString();
    if (index.data(FolderTreeModel::IsAccountRole).toBool())
        return target;
    target.folder = index.data(FolderTreeModel::FolderNameRole).toString();
    target.folderId = index.data(FolderTreeModel::FolderIdRole).toLongLong();
    store::FolderRecord record;
    record.name = target.folder;
    record.specialUse = index.data(FolderTreeModel::SpecialUseRole).toString();
    target.userFolder = sync::FolderChange::isUserFolder(record);
    return target;
}

void FolderActions::update()
{
    const std::optional<Target> target = current();
    m_newFolder->setEnabled(target.has_value());
    m_rename->setEnabled(target && target->userFolder);
    m_delete->setEnabled(target && target->userFolder);
    m_markRead->setEnabled(target && target->folderId != 0
                           && m_view.currentIndex().data(FolderTreeModel::UnreadCountRole).toLongLong() > 0);
}

void FolderActions::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view.indexAt(position);
    if (!index.isValid() || index.data(FolderTreeModel::IsUnifiedRole).toBool())
        return;
    m_view.setCurrentIndex(index);
    update();
    QMenu menu(&m_view);
    menu.setObjectName(QStringLiteral("FolderContextMenu"));
    menu.addAction(m_newFolder);
    if (!index.data(FolderTreeModel::IsAccountRole).toBool()) {
        menu.addActions({m_rename, m_delete});
        menu.addSeparator();
        menu.addAction(m_markRead);
    }
    menu.exec(m_view.viewport()->mapToGlobal(position));
}

QString FolderActions::nameProblem(const QString &name, QChar delimiter, const QStringList &siblings)
{
    if (name.trimmed().isEmpty())
        return tr("A folder needs a name.");
    if (!delimiter.isNull() && name.contains(delimiter))
        return tr("A folder name cannot contain \"%1\": the server uses it between folder levels.").arg(delimiter);
    if (name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 || siblings.contains(name, Qt::CaseInsensitive))
        return tr("There is already a folder called \"%1\" here.").arg(name);
    return QString();
}

QList<store::FolderRecord> FolderActions::cachedFolders(const QString &account) const
{
    QString error;
    const std::optional<qint64> accountId = m_cache.accountId(account, &error);
    return accountId ? m_cache.folders(*accountId) : QList<store::FolderRecord>();
}

std::pair<QStringList, QChar> FolderActions::siblings(const QString &account, const QString &parent,
                                                      const QString &except) const
{
    const QList<store::FolderRecord> folders = cachedFolders(account);
    const QChar delimiter = sync::FolderChange::delimiterOf(folders);
    const QString prefix = parent.isEmpty() || delimiter.isNull() ? QString() : parent + delimiter;
    QStringList names;
    for (const store::FolderRecord &folder : folders) {
        if (folder.name == except || !folder.name.startsWith(prefix))
            continue;
        const QString rest = folder.name.mid(prefix.size());
        if (delimiter.isNull() || !rest.contains(delimiter))
            names << rest;
    }
    return {names, delimiter};
}

std::optional<QString> FolderActions::askName(const QString &title, const QString &label, const QString &initial,
                                              const QStringList &taken, QChar delimiter)
{
    QString name = initial;
    for (;;) {
        const std::optional<QString> answer = m_prompt(title, label, name);
        if (!answer)
            return std::nullopt;
        name = answer->trimmed();
        const QString problem = nameProblem(name, delimiter, taken);
        if (problem.isEmpty())
            return name;
        emit refused(problem);
        if (!m_confirm(title, problem + QLatin1Char('\n') + tr("Choose another name?")))
            return std::nullopt;
    }
}

void FolderActions::newFolder()
{
    const std::optional<Target> target = current();
    if (!target)
        return;
    const auto [taken, delimiter] = siblings(target->account, target->folder, QString());
    const QString where
        = target->folder.isEmpty() ? target->account : m_view.currentIndex().data(Qt::DisplayRole).toString();
    const std::optional<QString> name
        = askName(tr("New Folder"), tr("Name of the new folder in %1:").arg(where), QString(), taken, delimiter);
    if (name)
        emit createRequested(target->account, target->folder, *name);
}

void FolderActions::renameFolder()
{
    const std::optional<Target> target = current();
    if (!target || !target->userFolder)
        return;
    const QChar delimiter = siblings(target->account, QString(), QString()).second;
    const qsizetype cut = delimiter.isNull() ? -1 : target->folder.lastIndexOf(delimiter);
    const QString parent = cut < 0 ? QString() : target->folder.left(cut);
    const QString leaf = target->folder.mid(cut + 1);
    const QStringList taken = siblings(target->account, parent, target->folder).first;
    const std::optional<QString> name
        = askName(tr("Rename Folder"), tr("New name of \"%1\":").arg(leaf), leaf, taken, delimiter);
    if (name && *name != leaf)
        emit renameRequested(target->account, target->folder, *name);
}

void FolderActions::deleteFolder()
{
    const std::optional<Target> target = current();
    if (!target || !target->userFolder)
        return;
    const QList<store::FolderRecord> folders = cachedFolders(target->account);
    const qint64 messages = m_cache.messageCount(target->folderId);
    const QString name = m_view.currentIndex().data(Qt::DisplayRole).toString();
    const QString question = sync::FolderChange::trashDestination(folders, target->folder).isEmpty()
        ? tr("Delete the folder \"%1\" with its subfolders and %n message(s) for good? This cannot be undone.", "",
             int(messages))
              .arg(name)
        : tr("Move the folder \"%1\" with its subfolders and %n message(s) to the Trash?", "", int(messages)).arg(name);
    if (m_confirm(tr("Delete Folder"), question))
        emit deleteRequested(target->account, target->folder);
}

void FolderActions::markFolderRead()
{
    const std::optional<Target> target = current();
    if (!target || target->folderId == 0)
        return;
    const QList<quint32> uids = m_cache.unseenUids(target->folderId);
    if (!uids.isEmpty())
        emit markReadRequested(target->account, target->folder, uids);
}

} // namespace heron::ui
