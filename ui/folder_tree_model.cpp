#include "folder_tree_model.h"

#include "imap/folder_order.h"
#include "message_drag.h"

#include <QFont>
#include <QIcon>

#include <algorithm>

namespace heron::ui {

namespace {

// internalId: 0 for an account row, the account's node + 1 for a folder row, kUnifiedId for All Inboxes.
constexpr quintptr kAccountId = 0;
constexpr quintptr kUnifiedId = ~quintptr(0);

bool isFolderRow(const QModelIndex &index)
{
    return index.isValid() && index.internalId() != kAccountId && index.internalId() != kUnifiedId;
}

bool isInbox(const store::FolderRecord &folder)
{
    return imap::FolderOrder::isInbox(folder.name);
}

QIcon folderIcon(const store::FolderRecord &folder)
{
    static const QList<std::pair<QString, QString>> icons = {
        {QStringLiteral("\\Drafts"), QStringLiteral("document-edit")},
        {QStringLiteral("\\Sent"), QStringLiteral("mail-folder-sent")},
        {QStringLiteral("\\Archive"), QStringLiteral("folder-documents")},
        {QStringLiteral("\\Junk"), QStringLiteral("mail-mark-junk")},
        {QStringLiteral("\\Trash"), QStringLiteral("user-trash")},
    };
    if (isInbox(folder))
        return QIcon::fromTheme(QStringLiteral("mail-folder-inbox"), QIcon::fromTheme(QStringLiteral("folder")));
    for (const auto &[use, icon] : icons) {
        if (folder.specialUse.compare(use, Qt::CaseInsensitive) == 0)
            return QIcon::fromTheme(icon, QIcon::fromTheme(QStringLiteral("folder")));
    }
    return QIcon::fromTheme(QStringLiteral("folder"));
}

} // namespace

FolderTreeModel::FolderTreeModel(store::MailCache &cache, QObject *parent)
    : QAbstractItemModel(parent)
    , m_cache(cache)
{
}

QString FolderTreeModel::displayName(const store::FolderRecord &folder)
{
    return isInbox(folder) ? tr("Inbox") : folder.name;
}

QList<FolderTreeModel::Folder> FolderTreeModel::readFolders(qint64 accountId) const
{
    QList<Folder> folders;
    for (const store::FolderRecord &record : m_cache.folders(accountId))
        folders.append({record, m_cache.unseenCount(record.id)});
    std::stable_sort(folders.begin(), folders.end(), [](const Folder &a, const Folder &b) {
        return imap::FolderOrder::lessThan(a.record.name, a.record.specialUse.toLatin1(), b.record.name,
                                           b.record.specialUse.toLatin1());
    });
    return folders;
}

void FolderTreeModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_nodes.clear();
    for (const Account &account : accounts)
        m_nodes.append({account, readFolders(account.accountId)});
    endResetModel();
}

void FolderTreeModel::reload()
{
    QList<QList<Folder>> fresh;
    bool sameRows = true;
    for (const Node &node : std::as_const(m_nodes)) {
        fresh.append(readFolders(node.account.accountId));
        const QList<Folder> &folders = fresh.constLast();
        if (folders.size() != node.folders.size()) {
            sameRows = false;
            continue;
        }
        for (int i = 0; i < folders.size(); ++i) {
            if (folders.at(i).record.id != node.folders.at(i).record.id)
                sameRows = false;
        }
    }
    if (!sameRows) {
        beginResetModel();
        for (int i = 0; i < m_nodes.size(); ++i)
            m_nodes[i].folders = fresh.at(i);
        endResetModel();
        return;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i].folders = fresh.at(i);
        if (!fresh.at(i).isEmpty()) {
            const QModelIndex parent = index(i + unifiedRows(), 0);
            emit dataChanged(index(0, 0, parent), index(int(fresh.at(i).size()) - 1, 0, parent));
        }
    }
    if (const QModelIndex unified = unifiedInboxIndex(); unified.isValid())
        emit dataChanged(unified, unified);
}

QModelIndex FolderTreeModel::accountIndex(const QString &email) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).account.email.compare(email, Qt::CaseInsensitive) == 0)
            return index(i + unifiedRows(), 0);
    }
    return {};
}

QModelIndex FolderTreeModel::unifiedInboxIndex() const
{
    return unifiedRows() > 0 ? createIndex(0, 0, kUnifiedId) : QModelIndex();
}

QList<qint64> FolderTreeModel::inboxFolderIds() const
{
    QList<qint64> ids;
    for (const Node &node : m_nodes) {
        for (const Folder &folder : node.folders) {
            if (isInbox(folder.record))
                ids.append(folder.record.id);
        }
    }
    return ids;
}

std::optional<FolderTreeModel::Location> FolderTreeModel::locate(qint64 folderId) const
{
    for (const Node &node : m_nodes) {
        for (const Folder &folder : node.folders) {
            if (folder.record.id == folderId)
                return Location {node.account.email, folder.record.name};
        }
    }
    return std::nullopt;
}

QModelIndex FolderTreeModel::folderIndex(const QString &email, const QString &folderName) const
{
    const QModelIndex account = accountIndex(email);
    if (!account.isValid())
        return {};
    const QList<Folder> &folders = m_nodes.at(account.row() - unifiedRows()).folders;
    for (int i = 0; i < folders.size(); ++i) {
        if (folders.at(i).record.name == folderName)
            return index(i, 0, account);
    }
    return {};
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row < unifiedRows())
            return createIndex(row, 0, kUnifiedId);
        return row < m_nodes.size() + unifiedRows() ? createIndex(row, 0, kAccountId) : QModelIndex();
    }
    const int node = parent.row() - unifiedRows();
    if (parent.internalId() != kAccountId || node < 0 || node >= m_nodes.size())
        return {};
    if (row >= m_nodes.at(node).folders.size())
        return {};
    return createIndex(row, 0, quintptr(node) + 1);
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!isFolderRow(child))
        return {};
    return createIndex(int(child.internalId() - 1) + unifiedRows(), 0, kAccountId);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size()) + unifiedRows();
    if (parent.column() != 0 || parent.internalId() != kAccountId)
        return 0;
    return int(m_nodes.at(parent.row() - unifiedRows()).folders.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kUnifiedId)
        return unifiedData(role);
    if (index.internalId() == kAccountId) {
        const Account &account = m_nodes.at(index.row() - unifiedRows()).account;
        switch (role) {
        case Qt::DisplayRole:
            return account.label.isEmpty() ? account.email : account.label;
        case Qt::ToolTipRole:
        case AccountEmailRole:
            return account.email;
        case Qt::DecorationRole:
            return QIcon::fromTheme(QStringLiteral("mail-message"));
        case IsAccountRole:
            return true;
        case IsUnifiedRole:
            return false;
        case FolderIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Node &node = m_nodes.at(int(index.internalId() - 1));
    const Folder &folder = node.folders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return folder.unread > 0 ? tr("%1 (%2)").arg(displayName(folder.record)).arg(folder.unread)
                                 : displayName(folder.record);
    case Qt::ToolTipRole:
        return tr("%1: %n unread", nullptr, int(folder.unread)).arg(folder.record.name);
    case Qt::FontRole:
        if (folder.unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return folderIcon(folder.record);
    case FolderIdRole:
        return folder.record.id;
    case FolderNameRole:
        return folder.record.name;
    case AccountEmailRole:
        return node.account.email;
    case UnreadCountRole:
        return folder.unread;
    case SpecialUseRole:
        return folder.record.specialUse;
    case IsAccountRole:
    case IsUnifiedRole:
        return false;
    default:
        return {};
    }
}

QVariant FolderTreeModel::unifiedData(int role) const
{
    qint64 unread = 0;
    for (const Node &node : m_nodes) {
        for (const Folder &folder : node.folders)
            unread += isInbox(folder.record) ? folder.unread : 0;
    }
    switch (role) {
    case Qt::DisplayRole:
        return unread > 0 ? tr("All Inboxes (%1)").arg(unread) : tr("All Inboxes");
    case Qt::ToolTipRole:
        return tr("The Inboxes of every account together: %n unread", nullptr, int(unread));
    case Qt::FontRole:
        if (unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return QIcon::fromTheme(QStringLiteral("mail-folder-inbox"), QIcon::fromTheme(QStringLiteral("folder")));
    case UnreadCountRole:
        return unread;
    case FolderIdRole:
        return qint64(0);
    case IsUnifiedRole:
        return true;
    case IsAccountRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (isFolderRow(index))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {MessageDrag::mimeType()};
}

bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    if ((action != Qt::MoveAction && action != Qt::CopyAction) || !isFolderRow(parent))
        return false;
    const std::optional<MessageDrag::Payload> payload = MessageDrag::decode(data);
    if (!payload || payload->folderId == parent.data(FolderIdRole).toLongLong())
        return false;
    // Only between folders of one account: the messages' folder must be a sibling.
    const QList<Folder> &folders = m_nodes.at(int(parent.internalId() - 1)).folders;
    return std::any_of(folders.cbegin(), folders.cend(),
                       [&](const Folder &folder) { return folder.record.id == payload->folderId; });
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const MessageDrag::Payload payload = *MessageDrag::decode(data);
    emit messagesDropped(parent.data(AccountEmailRole).toString(), payload.folderId, payload.uids,
                         parent.data(FolderNameRole).toString(), action == Qt::CopyAction);
    // The move or copy happens in the engine; the list refreshes from the cache, so no rows go here.
    return false;
}

} // namespace heron::ui
