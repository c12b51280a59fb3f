#include "store/local_drafts.h"

#include "store/statement.h"

namespace heron::store {

namespace {

// The message bytes come last, and only where they are wanted (entry(), not list()).
const QString kColumns
    = QStringLiteral("account_id, message_id, replaces_uid, revision, saved_at, IFNULL(last_error, '')");

LocalDrafts::Entry entryFrom(Statement &row)
{
    LocalDrafts::Entry entry;
    entry.accountId = row.value(0).toLongLong();
    entry.messageId = row.value(1).toString().toUtf8();
    entry.replacesUid = row.value(2).toUInt();
    entry.revision = row.value(3).toLongLong();
    entry.savedAt = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
    entry.lastError = row.value(5).toString();
    return entry;
}

} // namespace

LocalDrafts::LocalDrafts(Database &database)
    : m_database(database)
{
}

std::optional<qint64> LocalDrafts::save(qint64 accountId, const QByteArray &messageId, const QByteArray &message,
                                        quint32 replacesUid, QString *error, const QDateTime &now)
{
    if (messageId.isEmpty() || message.isEmpty()) {
        if (error)
            *error = LocalDrafts::tr("The draft is empty or has no Message-ID.");
        return std::nullopt;
    }
    // One statement: the row and its revision change together or not at all.
    Statement upsert(m_database.connection(),
                     QStringLiteral("INSERT INTO local_drafts (account_id, message_id, message, replaces_uid, "
                                    "revision, saved_at) VALUES (?, ?, ?, ?, 1, ?) "
                                    "ON CONFLICT (account_id, message_id) DO UPDATE SET message = excluded.message, "
                                    "replaces_uid = MAX(replaces_uid, excluded.replaces_uid), "
                                    "revision = revision + 1, saved_at = excluded.saved_at, last_error = NULL "
                                    "RETURNING revision"));
    if (!upsert.run({accountId, QString::fromUtf8(messageId), message, replacesUid, now.toMSecsSinceEpoch()}, error)
        || !upsert.next())
        return std::nullopt;
    return upsert.value(0).toLongLong();
}

std::optional<LocalDrafts::Entry> LocalDrafts::entry(qint64 accountId, const QByteArray &messageId,
                                                     QString *error) const
{
    Statement select(m_database.connection(),
                     QStringLiteral("SELECT %1, message FROM local_drafts WHERE account_id = ? "
                                    "AND message_id = ?")
                         .arg(kColumns));
    if (!select.run({accountId, QString::fromUtf8(messageId)}, error) || !select.next())
        return std::nullopt;
    Entry entry = entryFrom(select);
    entry.message = select.value(6).toByteArray();
    return entry;
}

QList<LocalDrafts::Entry> LocalDrafts::list(qint64 accountId, QString *error) const
{
    QList<Entry> entries;
    Statement select(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM local_drafts WHERE account_id = ? ORDER BY saved_at, id").arg(kColumns));
    if (!select.run({accountId}, error))
        return entries;
    while (select.next())
        entries.append(entryFrom(select));
    return entries;
}

bool LocalDrafts::markUploaded(qint64 accountId, const QByteArray &messageId, qint64 revision, QString *error)
{
    return Statement(
               m_database.connection(),
               QStringLiteral("DELETE FROM local_drafts WHERE account_id = ? AND message_id = ? AND revision = ?"))
        .run({accountId, QString::fromUtf8(messageId), revision}, error);
}

bool LocalDrafts::markFailed(qint64 accountId, const QByteArray &messageId, const QString &reason, QString *error)
{
    return Statement(m_database.connection(),
                     QStringLiteral("UPDATE local_drafts SET last_error = ? WHERE account_id = ? AND message_id = ?"))
        .run({reason, accountId, QString::fromUtf8(messageId)}, error);
}

bool LocalDrafts::remove(qint64 accountId, const QByteArray &messageId, QString *error)
{
    return Statement(m_database.connection(),
                     QStringLiteral("DELETE FROM local_drafts WHERE account_id = ? AND message_id = ?"))
        .run({accountId, QString::fromUtf8(messageId)}, error);
}

} // namespace heron::store
