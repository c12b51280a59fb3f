#pragma once

#include "store/mail_cache.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace heron::ui {

// The messages of one folder over MailCache::page, loaded a page at a time as
// the view scrolls (canFetchMore/fetchMore), never the whole folder. Sorted by
// date, newest first unless sort() asks for oldest first. With a quick filter
// set it shows MailCache::search's matches instead (up to kSearchLimit).
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FlaggedColumn,
        AttachmentColumn,
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
    };
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kSearchLimit = 1000;

    explicit MessageListModel(store::MailCache &cache, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // Shows folderId (0: nothing); the correspondent column shows recipients
    // instead of senders (Sent, Drafts) when showRecipients.
    void setFolder(qint64 folderId, bool showRecipients = false);
    qint64 folderId() const { return m_folderId; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // The quick filter: words, each matched as a prefix; empty shows the folder again.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // Why the last filter found nothing, when the search itself failed.
    QString filterError() const { return m_filterError; }
    // Re-reads after the cache changed, keeping as many rows loaded as before.
    void refresh();

    // Messages in the folder (or filter matches), loaded or not.
    qint64 totalCount() const { return m_total; }
    const store::MessageRecord &message(int row) const { return m_rows.at(row); }
    // The row of a loaded message; -1 when not loaded.
    int rowOfUid(quint32 uid) const;

    // The search expression the quick filter sends: each word a quoted prefix.
    static QString filterQuery(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Rows drag out as MessageDrag (to drop them on a folder).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only the date column sorts (the cache keeps messages by date).
    void sort(int column, Qt::SortOrder order = Qt::DescendingOrder) override;

private:
    void reload(int wanted);
    void load(int wanted);
    QList<store::MessageRecord> readPage(int count, int loaded) const;
    QString correspondent(const store::MessageRecord &message) const;

    store::MailCache &m_cache;
    qint64 m_folderId = 0;
    bool m_showRecipients = false;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_pageSize = kDefaultPageSize;
    QString m_filter;
    QString m_filterError;
    qint64 m_total = 0;
    bool m_changing = false;
    QList<store::MessageRecord> m_rows;
};

} // namespace heron::ui
