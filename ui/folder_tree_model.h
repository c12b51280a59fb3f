#pragma once

#include "store/mail_cache.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace heron::ui {

// Accounts and their folders as the cache knows them (the folder list comes
// with the first sync): the special-use folders first in a fixed order
// (Inbox, Drafts, Sent, Archive, Junk, Trash), then the rest by name, each
// with its unread count. With two accounts or more, a first row "All Inboxes"
// stands for every account's Inbox together (IsUnifiedRole; its unread count
// is theirs added up). Reads only; reload() after the engine reports a change.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        FolderIdRole = Qt::UserRole + 1, // qint64; 0 for an account row
        FolderNameRole, // the name on the server ("INBOX", "Archive/2026")
        AccountEmailRole,
        UnreadCountRole, // qint64
        SpecialUseRole, // "\Sent", ...
        IsAccountRole,
        IsUnifiedRole, // the All Inboxes row
    };

    // Where a cached folder is: its account and its name on the server.
    struct Location
    {
        QString accountEmail;
        QString folder;
    };

    struct Account
    {
        QString email;
        QString label;
        qint64 accountId = 0; // the cache's account row
    };

    explicit FolderTreeModel(store::MailCache &cache, QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    // Re-reads folders and unread counts; keeps the rows (and views' selection)
    // when only counts changed.
    void reload();

    QModelIndex accountIndex(const QString &email) const;
    QModelIndex folderIndex(const QString &email, const QString &folderName) const;
    // The All Inboxes row (invalid with fewer than two accounts) and the folders it stands for.
    QModelIndex unifiedInboxIndex() const;
    QList<qint64> inboxFolderIds() const;
    std::optional<Location> locate(qint64 folderId) const;

    // "Inbox" for INBOX, the folder's own name otherwise.
    static QString displayName(const store::FolderRecord &folder);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Messages (MessageDrag) dropped on a folder of the account they come from move there
    // (copied with Ctrl held: Qt::CopyAction).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The user dropped messages of sourceFolderId on targetFolder of accountEmail (copy: Ctrl held).
    void messagesDropped(const QString &accountEmail, qint64 sourceFolderId, const QList<quint32> &uids,
                         const QString &targetFolder, bool copy);

private:
    struct Folder
    {
        store::FolderRecord record;
        qint64 unread = 0;
    };
    struct Node
    {
        Account account;
        QList<Folder> folders;
    };
    QList<Folder> readFolders(qint64 accountId) const;
    // Top-level rows before the accounts: 1 for All Inboxes, else 0.
    int unifiedRows() const { return m_nodes.size() >= 2 ? 1 : 0; }
    QVariant unifiedData(int role) const;

    store::MailCache &m_cache;
    QList<Node> m_nodes;
};

} // namespace heron::ui
