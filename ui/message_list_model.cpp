#include "message_list_model.h"

#include "message_drag.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>

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
    : QAbstractTableModel(parent)
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
    m_folderId = folderId;
    m_showRecipients = showRecipients;
    m_filter.clear();
    m_filterError.clear();
    reload(m_pageSize);
}

void MessageListModel::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    m_filterError.clear();
    reload(m_pageSize);
}

void MessageListModel::refresh()
{
    reload(qMax(m_pageSize, int(m_rows.size())));
}

QList<store::MessageRecord> MessageListModel::readPage(int count, int loaded) const
{
    if (m_order == Qt::DescendingOrder)
        return m_cache.page(m_folderId, count, loaded);
    // Oldest first: the cache's newest-first pages, read from the end.
    qint64 offset = m_total - loaded - count;
    if (offset < 0) {
        count += int(offset);
        offset = 0;
    }
    if (count <= 0)
        return {};
    QList<store::MessageRecord> page = m_cache.page(m_folderId, count, int(offset));
    std::reverse(page.begin(), page.end());
    return page;
}

void MessageListModel::reload(int wanted)
{
    // Views (and QAbstractItemModelTester) may ask for more while a change is
    // announced; those requests wait until it is done.
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    load(wanted);
    endResetModel();
    m_changing = false;
}

// Fills m_rows with up to wanted rows from the start, without model signals.
void MessageListModel::load(int wanted)
{
    if (m_folderId == 0) {
        m_total = 0;
        return;
    }
    if (!m_filter.isEmpty()) {
        m_rows = m_cache.search(m_folderId, filterQuery(m_filter), kSearchLimit, &m_filterError);
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const auto &a, const auto &b) {
            return m_order == Qt::DescendingOrder ? a.internalDate > b.internalDate : a.internalDate < b.internalDate;
        });
        m_total = m_rows.size();
        return;
    }
    m_total = m_cache.messageCount(m_folderId);
    m_rows = readPage(int(qMin<qint64>(wanted, m_total)), 0);
}

int MessageListModel::rowOfUid(quint32 uid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uid == uid)
            return i;
    }
    return -1;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
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
    MessageDrag::Payload payload {m_folderId, {}};
    for (const QModelIndex &index : indexes) {
        const quint32 uid = m_rows.value(index.row()).uid;
        if (index.isValid() && !payload.uids.contains(uid))
            payload.uids << uid;
    }
    return MessageDrag::encode(payload);
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_filter.isEmpty() && m_rows.size() < m_total;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int loaded = int(m_rows.size());
    const QList<store::MessageRecord> page = readPage(int(qMin<qint64>(m_pageSize, m_total - loaded)), loaded);
    if (page.isEmpty()) {
        m_total = loaded; // the folder shrank under us; refresh() will tell
        return;
    }
    m_changing = true; // no nested fetchMore from rowsInserted handlers
    beginInsertRows({}, loaded, loaded + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (column != DateColumn || order == m_order)
        return;
    m_order = order;
    refresh();
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::MessageRecord &message = m_rows.at(index.row());
    switch (role) {
    case UidRole:
        return message.uid;
    case SeenRole:
        return isSeen(message);
    case FlaggedRole:
        return isFlagged(message);
    case SortDateRole:
        return message.internalDate;
    case Qt::FontRole:
        if (!isSeen(message)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == FlaggedColumn || index.column() == AttachmentColumn)
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
        case AttachmentColumn:
            return message.hasAttachments ? tr("Has attachments") : QVariant();
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
    }
    return {};
}

} // namespace heron::ui
