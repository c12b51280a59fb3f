#include "message_list_model.h"

#include "message_drag.h"
#include "store/base_subject.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace heron::ui {

namespace {

bool hasFlag(const store::MessageRecord &message, QLatin1String flag)
{
    return std::any_of(message.flags.cbegin(), message.flags.cend(),
                       [flag](const QString &f) { return f.compare(flag, Qt::CaseInsensitive) == 0; });
}

bool isSeen(const store::MessageRecord &message)
{
    return hasFlag(message, QLatin1String("\\Seen"));
}

bool isFlagged(const store::MessageRecord &message)
{
    return hasFlag(message, QLatin1String("\\Flagged"));
}

QDateTime shownDate(const store::MessageRecord &message)
{
    return (message.date.isValid() ? message.date : message.internalDate).toLocalTime();
}

QString addressText(const store::AddressRecord &address)
{
    return address.name.isEmpty() ? address.address : address.name;
}

QString addressList(const QList<store::AddressRecord> &addresses)
{
    QStringList parts;
    for (const store::AddressRecord &address : addresses)
        parts << (address.name.isEmpty() ? address.address
                                         : QStringLiteral("%1 <%2>").arg(address.name, address.address));
    return parts.join(QStringLiteral(", "));
}

} // namespace

MessageListModel::MessageListModel(store::MailCache &cache, QObject *parent)
    : QAbstractItemModel(parent)
    , m_cache(cache)
{
}

QString MessageListModel::filterQuery(const QString &text)
{
    // Only letters and digits make words (as the index sees them); the rest separates them.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}_]+"));
    QStringList terms;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

void MessageListModel::setFolder(qint64 folderId, bool showRecipients)
{
    setFolders(folderId == 0 ? QList<qint64>() : QList<qint64> {folderId}, showRecipients);
}

void MessageListModel::setFolders(const QList<qint64> &folderIds, bool showRecipients)
{
    m_folderIds = folderIds;
    m_folderId = folderIds.size() == 1 ? folderIds.constFirst() : 0;
    m_showRecipients = showRecipients;
    m_filter.clear();
    m_conditions = {};
    m_filterError.clear();
    reload(m_pageSize);
}

void MessageListModel::setThreaded(bool threaded)
{
    if (threaded == m_threaded)
        return;
    m_threaded = threaded;
    reload(m_pageSize);
}

void MessageListModel::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    m_filterError.clear();
    reload(m_pageSize);
}

void MessageListModel::setConditions(const store::MessageConditions &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    reload(m_pageSize);
}

void MessageListModel::refresh()
{
    reload(qMax(m_pageSize, int(m_rows.size())));
}

// The last loaded top row of the folder, and how many of its rows are loaded.
const MessageListModel::Node *MessageListModel::lastRowOf(qint64 folderId, int *loaded) const
{
    const Node *last = nullptr;
    *loaded = 0;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if ((*it)->folderId != folderId)
            continue;
        last = last ? last : it->get();
        ++*loaded;
    }
    return last;
}

// The next count rows of several folders merged by date: each folder's rows
// after its last one shown (an index seek), the newest (or oldest) of them all.
MessageListModel::Nodes MessageListModel::readMergedPage(int count) const
{
    const bool oldestFirst = m_order == Qt::AscendingOrder;
    // Oldest first starts after a date before any message.
    store::MessageRecord beforeAll;
    beforeAll.internalDate = QDateTime::fromSecsSinceEpoch(-(qint64(1) << 40));
    QList<std::pair<qint64, store::MessageRecord>> candidates;
    for (const qint64 folderId : m_folderIds) {
        int loaded = 0;
        const Node *last = lastRowOf(folderId, &loaded);
        QList<store::MessageRecord> rows;
        if (sortKey() != store::MessageOrder::Date)
            rows = m_cache.page(folderId, count, loaded, m_conditions, sortKey(), oldestFirst);
        else if (last && last->message.internalDate.isValid())
            rows = m_cache.pageAfter(folderId, count, last->message, oldestFirst, m_conditions);
        else if (oldestFirst)
            rows = last ? QList<store::MessageRecord>()
                        : m_cache.pageAfter(folderId, count, beforeAll, true, m_conditions);
        else // newest first, from the start or past rows without a date (which come last)
            rows = m_cache.page(folderId, count, loaded, m_conditions);
        for (store::MessageRecord &row : rows)
            candidates.append({folderId, std::move(row)});
    }
    return firstInOrder(std::move(candidates), count);
}

// Rows of several folders as the list orders them (comesBefore), the first count of them.
MessageListModel::Nodes MessageListModel::firstInOrder(QList<std::pair<qint64, store::MessageRecord>> rows,
                                                       qsizetype count) const
{
    std::sort(rows.begin(), rows.end(),
              [this](const auto &a, const auto &b) { return comesBefore(a.first, a.second, b.first, b.second); });
    Nodes nodes;
    for (qsizetype i = 0; i < rows.size() && i < count; ++i) {
        nodes.push_back(std::make_unique<Node>());
        nodes.back()->folderId = rows.at(i).first;
        nodes.back()->message = std::move(rows[i].second);
    }
    return nodes;
}

QList<store::MessageRecord> MessageListModel::readMessagePage(int count, int loaded) const
{
    if (sortKey() != store::MessageOrder::Date)
        return m_cache.page(m_folderId, count, loaded, m_conditions, sortKey(), m_order == Qt::AscendingOrder);
    // Further pages continue from the last row shown (a seek, not an ever longer OFFSET).
    if (loaded > 0 && loaded == int(m_rows.size()) && m_rows.back()->message.internalDate.isValid())
        return m_cache.pageAfter(m_folderId, count, m_rows.back()->message, m_order == Qt::AscendingOrder,
                                 m_conditions);
    if (m_order == Qt::DescendingOrder)
        return m_cache.page(m_folderId, count, loaded, m_conditions);
    // Oldest first: the cache's newest-first pages, read from the end.
    qint64 offset = m_total - loaded - count;
    if (offset < 0) {
        count += int(offset);
        offset = 0;
    }
    if (count <= 0)
        return {};
    QList<store::MessageRecord> page = m_cache.page(m_folderId, count, int(offset), m_conditions);
    std::reverse(page.begin(), page.end());
    return page;
}

MessageListModel::Nodes MessageListModel::readThreadPage(int count, int loaded) const
{
    Nodes nodes;
    const QList<store::ThreadSummary> threads
        = m_cache.threadPage(m_folderId, count, loaded, m_order == Qt::AscendingOrder);
    for (const store::ThreadSummary &thread : threads) {
        auto head = std::make_unique<Node>();
        head->message = thread.root;
        head->folderId = m_folderId;
        head->threadId = thread.threadId;
        head->threadSize = thread.messages;
        head->threadUnseen = thread.unseen;
        head->childrenLoaded = thread.messages <= 1;
        nodes.push_back(std::move(head));
    }
    return nodes;
}

MessageListModel::Nodes MessageListModel::readPage(int count, int loaded) const
{
    if (m_folderIds.size() > 1)
        return readMergedPage(count);
    return showsThreads() ? readThreadPage(count, loaded) : messageNodes(readMessagePage(count, loaded), m_folderId);
}

MessageListModel::Nodes MessageListModel::messageNodes(QList<store::MessageRecord> messages, qint64 folderId)
{
    Nodes nodes;
    for (store::MessageRecord &message : messages) {
        nodes.push_back(std::make_unique<Node>());
        nodes.back()->message = std::move(message);
        nodes.back()->folderId = folderId;
    }
    return nodes;
}

void MessageListModel::append(Nodes &nodes, Nodes page)
{
    for (std::unique_ptr<Node> &item : page) {
        item->row = int(nodes.size());
        nodes.push_back(std::move(item));
    }
}

void MessageListModel::loadThread(Node &head) const
{
    // Oldest first, so a message's parent is placed before it and no loop can form.
    QHash<QString, Node *> byMessageId;
    if (!head.message.messageId.isEmpty())
        byMessageId.insert(head.message.messageId, &head);
    head.children.clear();
    for (store::MessageRecord &message : m_cache.threadMessages(m_folderId, head.threadId)) {
        if (message.uid == head.message.uid)
            continue;
        QStringList referred {message.inReplyTo};
        std::copy(message.references.crbegin(), message.references.crend(), std::back_inserter(referred));
        Node *parent = &head;
        for (const QString &id : std::as_const(referred)) {
            if (Node *found = byMessageId.value(id)) {
                parent = found;
                break;
            }
        }
        auto child = std::make_unique<Node>();
        child->message = std::move(message);
        child->folderId = m_folderId;
        child->parent = parent;
        child->row = int(parent->children.size());
        if (!child->message.messageId.isEmpty() && !byMessageId.contains(child->message.messageId))
            byMessageId.insert(child->message.messageId, child.get());
        parent->children.push_back(std::move(child));
    }
    head.childrenLoaded = true;
}

void MessageListModel::reload(int wanted)
{
    // Views (and QAbstractItemModelTester) may ask for more while a change is
    // announced; those requests wait until it is done.
    m_changing = true;
    beginResetModel();
    QSet<qint64> openThreads;
    for (const std::unique_ptr<Node> &row : m_rows) {
        if (row->threadId && row->childrenLoaded && row->threadSize > 1)
            openThreads.insert(row->threadId);
    }
    m_rows.clear();
    load(wanted);
    for (const std::unique_ptr<Node> &row : m_rows) {
        if (openThreads.contains(row->threadId) && !row->childrenLoaded)
            loadThread(*row);
    }
    endResetModel();
    m_changing = false;
}

// Fills m_rows with up to wanted rows from the start, without model signals.
void MessageListModel::load(int wanted)
{
    if (m_folderIds.isEmpty()) {
        m_total = 0;
        return;
    }
    if (!m_filter.isEmpty()) {
        append(m_rows, firstInOrder(searchFolders(&m_filterError), kSearchLimit));
        m_total = qint64(m_rows.size());
        return;
    }
    m_total = 0;
    for (const qint64 folderId : std::as_const(m_folderIds))
        m_total += showsThreads() ? m_cache.threadCount(folderId) : m_cache.messageCount(folderId, m_conditions);
    append(m_rows, readPage(int(qMin<qint64>(wanted, m_total)), 0));
}

// The quick filter's matches in every folder shown, each with its folder; the best kSearchLimit of each.
QList<std::pair<qint64, store::MessageRecord>> MessageListModel::searchFolders(QString *error) const
{
    QList<std::pair<qint64, store::MessageRecord>> found;
    for (const qint64 folderId : m_folderIds) {
        for (store::MessageRecord &message :
             m_cache.search(folderId, filterQuery(m_filter), kSearchLimit, error, m_conditions))
            found.append({folderId, std::move(message)});
    }
    return found;
}

MessageListModel::Node *MessageListModel::node(const QModelIndex &index) const
{
    const auto *parent = static_cast<const Node *>(index.internalPointer());
    return (parent ? parent->children : m_rows).at(size_t(index.row())).get();
}

const MessageListModel::Nodes &MessageListModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? node(parent)->children : m_rows;
}

QModelIndex MessageListModel::indexOfUid(quint32 uid, qint64 folderId) const
{
    // Depth first through what is loaded; threads are small, and only loaded ones are searched.
    std::vector<const Node *> pending;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        pending.push_back(it->get());
    while (!pending.empty()) {
        const Node *item = pending.back();
        pending.pop_back();
        if (item->message.uid == uid && (folderId == 0 || item->folderId == folderId))
            return createIndex(item->row, 0, item->parent);
        for (auto it = item->children.crbegin(); it != item->children.crend(); ++it)
            pending.push_back(it->get());
    }
    return {};
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? node(parent) : nullptr);
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    const auto *parent = child.isValid() ? static_cast<const Node *>(child.internalPointer()) : nullptr;
    return parent ? createIndex(parent->row, 0, parent->parent) : QModelIndex();
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.empty();
    if (parent.column() > 0)
        return false;
    const Node *item = node(parent);
    return !item->children.empty() || (!item->childrenLoaded && item->threadSize > 1);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(childrenOf(parent).size());
}

int MessageListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList MessageListModel::mimeTypes() const
{
    return {MessageDrag::mimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    MessageDrag::Payload payload;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        const Node *item = node(index);
        // Messages of several accounts' Inboxes go to no one folder: no drag.
        if (payload.folderId != 0 && item->folderId != payload.folderId)
            return nullptr;
        payload.folderId = item->folderId;
        const QList<quint32> uids = item->threadId && item->threadSize > 1 && !item->open
            ? m_cache.threadUids(item->folderId, item->threadId)
            : QList<quint32> {item->message.uid};
        for (const quint32 uid : uids) {
            if (!payload.uids.contains(uid))
                payload.uids << uid;
        }
    }
    return MessageDrag::encode(payload);
}

void MessageListModel::setThreadOpen(const QModelIndex &index, bool open)
{
    if (checkIndex(index, CheckIndexOption::IndexIsValid))
        node(index)->open = open;
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_changing)
        return false;
    if (parent.isValid())
        return parent.column() == 0 && !node(parent)->childrenLoaded;
    return m_filter.isEmpty() && qint64(m_rows.size()) < m_total;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (parent.isValid()) {
        // A thread opened: its messages built aside, then announced as its rows.
        Node *head = node(parent);
        Node loaded;
        loaded.message = head->message;
        loaded.threadId = head->threadId;
        loadThread(loaded);
        head->childrenLoaded = true;
        if (loaded.children.empty())
            return;
        m_changing = true;
        beginInsertRows(parent, 0, int(loaded.children.size()) - 1);
        head->children = std::move(loaded.children);
        for (const std::unique_ptr<Node> &child : head->children)
            child->parent = head;
        endInsertRows();
        m_changing = false;
        return;
    }
    const int loaded = int(m_rows.size());
    Nodes page = readPage(int(qMin<qint64>(m_pageSize, m_total - loaded)), loaded);
    if (page.empty()) {
        m_total = loaded; // the folder shrank under us; refresh() will tell
        return;
    }
    m_changing = true; // no nested fetchMore from rowsInserted handlers
    beginInsertRows({}, loaded, loaded + int(page.size()) - 1);
    append(m_rows, std::move(page));
    endInsertRows();
    m_changing = false;
}

bool MessageListModel::isSortable(int column)
{
    return column == DateColumn || column == SubjectColumn || column == CorrespondentColumn || column == SizeColumn;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    refresh();
}

store::MessageOrder MessageListModel::sortKey() const
{
    switch (m_sortColumn) {
    case SubjectColumn:
        return store::MessageOrder::Subject;
    case CorrespondentColumn:
        return m_showRecipients ? store::MessageOrder::Recipient : store::MessageOrder::Sender;
    case SizeColumn:
        return store::MessageOrder::Size;
    default:
        return store::MessageOrder::Date;
    }
}

// The cache's order (MailCache::page) for rows of several folders: the key, then the date
// (undated last), then folder and UID.
bool MessageListModel::comesBefore(qint64 folderA, const store::MessageRecord &a, qint64 folderB,
                                   const store::MessageRecord &b) const
{
    const bool ascending = m_order == Qt::AscendingOrder;
    int byKey = 0;
    switch (sortKey()) {
    case store::MessageOrder::Subject:
        byKey = store::BaseSubject::of(a.subject).compare(store::BaseSubject::of(b.subject), Qt::CaseInsensitive);
        break;
    case store::MessageOrder::Sender:
        byKey = addressList(a.from).compare(addressList(b.from), Qt::CaseInsensitive);
        break;
    case store::MessageOrder::Recipient:
        byKey = addressList(a.to).compare(addressList(b.to), Qt::CaseInsensitive);
        break;
    case store::MessageOrder::Size:
        byKey = a.size < b.size ? -1 : int(a.size > b.size);
        break;
    case store::MessageOrder::Date:
        break;
    }
    if (byKey != 0)
        return ascending ? byKey < 0 : byKey > 0;
    const QDateTime &x = a.internalDate;
    const QDateTime &y = b.internalDate;
    if (x.isValid() != y.isValid())
        return x.isValid();
    if (x != y)
        return ascending ? x < y : x > y;
    if (folderA != folderB)
        return ascending ? folderA < folderB : folderA > folderB;
    return ascending ? a.uid < b.uid : a.uid > b.uid;
}

QString MessageListModel::correspondent(const store::MessageRecord &message) const
{
    const QList<store::AddressRecord> &addresses = m_showRecipients ? message.to : message.from;
    if (addresses.isEmpty())
        return m_showRecipients ? tr("(no recipient)") : tr("(no sender)");
    QString text = addressText(addresses.constFirst());
    if (addresses.size() > 1)
        text = tr("%1 and %n more", nullptr, int(addresses.size()) - 1).arg(text);
    return text;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *item = node(index);
    const store::MessageRecord &message = item->message;
    switch (role) {
    case UidRole:
        return message.uid;
    case FolderIdRole:
        return item->folderId;
    case ThreadIdRole:
        return item->threadId;
    case ThreadSizeRole:
        return item->threadSize;
    case ThreadUnseenRole:
        return item->threadUnseen;
    case SeenRole:
        return isSeen(message);
    case FlaggedRole:
        return isFlagged(message);
    case SortDateRole:
        return message.internalDate;
    case Qt::FontRole:
        // A thread's top row is bold while any of its messages is unread (as when collapsed).
        if (!isSeen(message) || item->threadUnseen > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == FlaggedColumn || index.column() == AttachmentColumn || index.column() == ReadColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == AttachmentColumn && message.hasAttachments)
            return QIcon::fromTheme(QStringLiteral("mail-attachment"));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FlaggedColumn:
            return isFlagged(message) ? tr("Starred") : QVariant();
        case SubjectColumn:
            if (item->threadSize > 1)
                return tr("%n messages in this thread", nullptr, int(item->threadSize)) + QLatin1Char('\n')
                    + tr("%n unread", nullptr, int(item->threadUnseen));
            return {};
        case AttachmentColumn:
            return message.hasAttachments ? tr("Has attachments") : QVariant();
        case ReadColumn:
            return isSeen(message) ? tr("Read (click to mark as unread)") : tr("Unread (click to mark as read)");
        case CorrespondentColumn:
            return addressList(m_showRecipients ? message.to : message.from);
        case DateColumn:
            return QLocale().toString(shownDate(message), QLocale::LongFormat);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case FlaggedColumn:
            return isFlagged(message) ? QStringLiteral("\u2605") : QString();
        case AttachmentColumn:
            return message.hasAttachments ? QStringLiteral("\U0001F4CE") : QString();
        case ReadColumn:
            return isSeen(message) ? QString() : QStringLiteral("\u25CF");
        case SubjectColumn:
            return message.subject.isEmpty() ? tr("(no subject)") : message.subject;
        case CorrespondentColumn:
            return correspondent(message);
        case DateColumn: {
            const QDateTime date = shownDate(message);
            if (!date.isValid())
                return QString();
            if (date.date() == QDate::currentDate())
                return QLocale().toString(date.time(), QLocale::ShortFormat);
            return QLocale().toString(date, QLocale::ShortFormat);
        }
        case SizeColumn:
            return QLocale().formattedDataSize(message.size, 0);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FlaggedColumn:
            return QStringLiteral("\u2605");
        case AttachmentColumn:
            return QStringLiteral("\U0001F4CE");
        case ReadColumn:
            return QStringLiteral("\u25CF");
        case SubjectColumn:
            return tr("Subject");
        case CorrespondentColumn:
            return m_showRecipients ? tr("Recipient") : tr("From");
        case DateColumn:
            return tr("Date");
        case SizeColumn:
            return tr("Size");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == FlaggedColumn)
            return tr("Starred");
        if (section == AttachmentColumn)
            return tr("Attachments");
        if (section == ReadColumn)
            return tr("Read");
    }
    return {};
}

} // namespace heron::ui
