#pragma once

#include "store/mail_cache.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace heron::ui {

// The messages of one folder over MailCache::page, loaded a page at a time as
// the view scrolls (canFetchMore/fetchMore), never the whole folder. Sorted by
// date, newest first unless sort() asks for oldest first. With a quick filter
// set it shows MailCache::search's matches instead (up to kSearchLimit).
// Threaded, the top rows are threads (MailCache::threadPage: the thread's oldest
// message in the folder, ordered by its newest), and a thread's other messages
// are loaded when it is expanded, each under the message it replies to.
//
// Over several folders (the unified Inbox), the list is their messages merged
// by date: each further page reads the next rows of every folder after the
// last of its rows shown (one index seek per folder) and keeps the newest; each
// row knows its folder (FolderIdRole). Such a list is never threaded.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        FlaggedColumn, // a click stars or unstars (the main window)
        AttachmentColumn,
        ReadColumn, // a dot while unread; a click marks read or unread (the main window)
        SubjectColumn,
        CorrespondentColumn,
        DateColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role {
        UidRole = Qt::UserRole + 1, // quint32
        SeenRole, // bool
        FlaggedRole, // bool
        SortDateRole, // QDateTime
        ThreadIdRole, // qint64, on a thread's top row (threaded); 0 elsewhere
        ThreadSizeRole, // qint64: the messages of the thread in the folder (top rows; 1 elsewhere)
        ThreadUnseenRole, // qint64: how many of them are unread (top rows; 0 elsewhere)
        FolderIdRole, // qint64: the folder that holds the message
    };
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kSearchLimit = 1000;

    explicit MessageListModel(store::MailCache &cache, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Shows folderId (0: nothing); the correspondent column shows recipients
    // instead of senders (Sent, Drafts) when showRecipients.
    void setFolder(qint64 folderId, bool showRecipients = false);
    // Several folders' messages in one list (none: nothing).
    void setFolders(const QList<qint64> &folderIds, bool showRecipients = false);
    // The one folder shown; 0 for none, or for several.
    qint64 folderId() const { return m_folderId; }
    const QList<qint64> &folderIds() const { return m_folderIds; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Threads instead of single messages (kept across folders and filters; a filter lists matches flat).
    void setThreaded(bool threaded);
    bool threaded() const { return m_threaded; }
    // The quick filter: words, each matched as a prefix; empty shows the folder again.
    void setFilter(const QString &text);
    // The quick filter's switches (unread, starred, ...), with or without words; a list they
    // narrow is flat, and pages as the whole folder does.
    void setConditions(const store::MessageConditions &conditions);
    const store::MessageConditions &conditions() const { return m_conditions; }
    QString filter() const { return m_filter; }
    // Why the last filter found nothing, when the search itself failed.
    QString filterError() const { return m_filterError; }
    // Re-reads after the cache changed, keeping as many rows loaded as before.
    void refresh();

    // Top rows in the folder (messages, threads, or filter matches), loaded or not.
    qint64 totalCount() const { return m_total; }
    // The message of a valid index.
    const store::MessageRecord &message(const QModelIndex &index) const { return node(index)->message; }
    // The folder that holds the message of a valid index.
    qint64 folderIdOf(const QModelIndex &index) const { return node(index)->folderId; }
    // A loaded message (column 0), also inside a loaded thread; invalid when not loaded.
    // folderId: the folder that holds it, when several are shown (0: any).
    QModelIndex indexOfUid(quint32 uid, qint64 folderId = 0) const;

    // The search expression the quick filter sends: each word a quoted prefix.
    static QString filterQuery(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The view opened (or closed) a thread's row: a closed thread drags out as all of its messages.
    void setThreadOpen(const QModelIndex &index, bool open);
    // Rows drag out as MessageDrag (to drop them on a folder); a closed thread with all of its messages.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // The date, subject (without "Re:"), correspondent and size columns sort; a list sorted by
    // anything but the date is flat and pages by offset.
    void sort(int column, Qt::SortOrder order = Qt::DescendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }

private:
    // One row: a message, or in the threaded view a thread's top message, whose
    // other messages are children once loaded (each under the one it replies to).
    struct Node
    {
        store::MessageRecord message;
        qint64 folderId = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        qint64 threadId = 0; // top rows of the threaded view
        qint64 threadSize = 1;
        qint64 threadUnseen = 0;
        bool childrenLoaded = true;
        bool open = false; // expanded in the view
    };
    using Nodes = std::vector<std::unique_ptr<Node>>;

    Node *node(const QModelIndex &index) const;
    const Nodes &childrenOf(const QModelIndex &parent) const;
    void reload(int wanted);
    void load(int wanted);
    Nodes readPage(int count, int loaded) const;
    QList<store::MessageRecord> readMessagePage(int count, int loaded) const;
    Nodes readThreadPage(int count, int loaded) const;
    Nodes readMergedPage(int count) const;
    Nodes firstInOrder(QList<std::pair<qint64, store::MessageRecord>> rows, qsizetype count) const;
    QList<std::pair<qint64, store::MessageRecord>> searchFolders(QString *error) const;
    const Node *lastRowOf(qint64 folderId, int *loaded) const;
    static Nodes messageNodes(QList<store::MessageRecord> messages, qint64 folderId);
    void append(Nodes &nodes, Nodes page);
    // Builds a thread's other messages under its top row, each under the message it replies to.
    void loadThread(Node &head) const;
    QString correspondent(const store::MessageRecord &message) const;
    bool showsThreads() const
    {
        return m_threaded && m_filter.isEmpty() && !m_conditions.any() && m_folderIds.size() == 1
            && m_sortColumn == DateColumn;
    }
    store::MessageOrder sortKey() const;
    // Whether a (of folderA) comes before b (of folderB) in the list's order; ties in a fixed order.
    bool comesBefore(qint64 folderA, const store::MessageRecord &a, qint64 folderB,
                     const store::MessageRecord &b) const;

    store::MailCache &m_cache;
    qint64 m_folderId = 0; // when one folder is shown
    QList<qint64> m_folderIds;
    bool m_showRecipients = false;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_sortColumn = DateColumn;
    int m_pageSize = kDefaultPageSize;
    QString m_filter;
    store::MessageConditions m_conditions;
    QString m_filterError;
    qint64 m_total = 0;
    bool m_changing = false;
    bool m_threaded = false;
    Nodes m_rows;
};

} // namespace heron::ui
