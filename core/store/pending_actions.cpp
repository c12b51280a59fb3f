#include "store/pending_actions.h"

#include "store/mail_cache.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>

namespace heron::store {

namespace {

const QString kSeen = QStringLiteral("\\Seen");
const QString kFlagged = QStringLiteral("\\Flagged");

QString kindName(PendingAction::Kind kind)
{
    switch (kind) {
    case PendingAction::Kind::AddFlags:
        return QStringLiteral("add_flags");
    case PendingAction::Kind::RemoveFlags:
        return QStringLiteral("remove_flags");
    case PendingAction::Kind::Move:
        return QStringLiteral("move");
    case PendingAction::Kind::Expunge:
        return QStringLiteral("expunge");
    }
    return {};
}

PendingAction::Kind kindFrom(const QString &name)
{
    for (const auto kind : {PendingAction::Kind::AddFlags, PendingAction::Kind::RemoveFlags, PendingAction::Kind::Move,
                            PendingAction::Kind::Expunge}) {
        if (kindName(kind) == name)
            return kind;
    }
    return PendingAction::Kind::AddFlags;
}

QStringList splitFlags(const QString &flags)
{
    return flags.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// For NOT NULL text columns: QString() would be bound as NULL.
QString joined(const QStringList &flags)
{
    const QString text = flags.join(QLatin1Char(' '));
    return text.isNull() ? QStringLiteral("") : text;
}

bool commit(Transaction &transaction, QString *error)
{
    if (transaction.commit())
        return true;
    if (error)
        *error = PendingActions::tr("Could not save the change in the cache: %1").arg(transaction.errorString());
    return false;
}

} // namespace

QString PendingAction::describe() const
{
    const QString quoted
        = QLatin1Char('\'') + (subject.isEmpty() ? PendingActions::tr("(no subject)") : subject) + QLatin1Char('\'');
    const bool add = kind == Kind::AddFlags;
    switch (kind) {
    case Kind::AddFlags:
    case Kind::RemoveFlags:
        if (flags == QStringList {kSeen})
            return (add ? PendingActions::tr("Marking %1 as read") : PendingActions::tr("Marking %1 as unread"))
                .arg(quoted);
        if (flags == QStringList {kFlagged})
            return (add ? PendingActions::tr("Flagging %1") : PendingActions::tr("Unflagging %1")).arg(quoted);
        return (add ? PendingActions::tr("Setting %1 on %2") : PendingActions::tr("Clearing %1 on %2"))
            .arg(flags.join(QLatin1Char(' ')), quoted);
    case Kind::Move:
        return PendingActions::tr("Moving %1 to %2").arg(quoted, target);
    case Kind::Expunge:
        return PendingActions::tr("Deleting %1").arg(quoted);
    }
    return {};
}

PendingActions::PendingActions(Database &database)
    : m_database(database)
{
}

std::optional<PendingActions::Row> PendingActions::locate(qint64 folderId, quint32 uid, QString *error)
{
    Statement select(m_database.connection(),
                     QStringLiteral("SELECT m.id, f.account_id, m.flags, m.subject, EXISTS (SELECT 1 FROM "
                                    "pending_actions a WHERE a.message_rowid = m.id AND a.kind = 'move' AND "
                                    "a.state = 'queued') FROM messages m JOIN folders f ON f.id = m.folder_id "
                                    "WHERE m.folder_id = ? AND m.uid = ?"));
    if (!select.run({folderId, uid}, error))
        return std::nullopt;
    if (!select.next()) {
        if (error)
            *error = PendingActions::tr("There is no message with UID %1 in this folder's cache; run a sync first.")
                         .arg(uid);
        return std::nullopt;
    }
    Row row;
    row.id = select.value(0).toLongLong();
    row.accountId = select.value(1).toLongLong();
    row.flags = splitFlags(select.value(2).toString());
    row.subject = select.value(3).toString();
    row.placeholder = select.value(4).toBool();
    if (row.placeholder) {
        if (error)
            *error = PendingActions::tr("This message is still being moved here; try again after the next sync.");
        return std::nullopt;
    }
    return row;
}

std::optional<qint64> PendingActions::insert(const Row &row, qint64 folderId, quint32 uid, const QString &kind,
                                             const QString &argument, QString *error)
{
    Statement insert(m_database.connection(),
                     QStringLiteral("INSERT INTO pending_actions (account_id, folder_id, uid, message_rowid, kind, "
                                    "argument, undo, subject, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    if (!insert.run({row.accountId, folderId, uid, row.id, kind, argument, joined(row.flags),
                     row.subject.isNull() ? QStringLiteral("") : row.subject, QDateTime::currentSecsSinceEpoch()},
                    error)
        || !insert.next())
        return std::nullopt;
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

std::optional<qint64> PendingActions::addFlags(qint64 folderId, quint32 uid, const QStringList &flags, QString *error)
{
    return changeFlags(folderId, uid, flags, true, error);
}

std::optional<qint64> PendingActions::removeFlags(qint64 folderId, quint32 uid, const QStringList &flags,
                                                  QString *error)
{
    return changeFlags(folderId, uid, flags, false, error);
}

std::optional<qint64> PendingActions::changeFlags(qint64 folderId, quint32 uid, const QStringList &flags, bool add,
                                                  QString *error)
{
    Transaction transaction(m_database.connection());
    const std::optional<Row> row = locate(folderId, uid, error);
    if (!row)
        return std::nullopt;
    QStringList updated = row->flags;
    for (const QString &flag : flags) {
        if (add && !updated.contains(flag))
            updated.append(flag);
        else if (!add)
            updated.removeAll(flag);
    }
    // The counter changes with the flags, so the trigger lets this write through.
    Statement update(m_database.connection(),
                     QStringLiteral("UPDATE messages SET flags = ?, local_flag_changes = local_flag_changes + 1 "
                                    "WHERE id = ?"));
    if (!update.run({joined(updated), row->id}, error))
        return std::nullopt;
    const std::optional<qint64> id = insert(
        *row, folderId, uid, add ? QStringLiteral("add_flags") : QStringLiteral("remove_flags"), joined(flags), error);
    if (!id || !commit(transaction, error))
        return std::nullopt;
    return id;
}

std::optional<qint64> PendingActions::move(qint64 folderId, quint32 uid, const QString &targetFolder, QString *error)
{
    Transaction transaction(m_database.connection());
    const std::optional<Row> row = locate(folderId, uid, error);
    if (!row)
        return std::nullopt;
    Statement target(m_database.connection(),
                     QStringLiteral("SELECT id, id = ? FROM folders WHERE account_id = ? AND name = ?"));
    if (!target.run({folderId, row->accountId, targetFolder}, error))
        return std::nullopt;
    if (!target.next()) {
        if (error)
            *error = PendingActions::tr("There is no folder \"%1\" in the cache; run a sync to update the folder list.")
                         .arg(targetFolder);
        return std::nullopt;
    }
    const qint64 targetId = target.value(0).toLongLong();
    if (target.value(1).toBool()) {
        if (error)
            *error = PendingActions::tr("The message already is in \"%1\".").arg(targetFolder);
        return std::nullopt;
    }
    target.finish();
    const std::optional<qint64> id = insert(*row, folderId, uid, QStringLiteral("move"), targetFolder, error);
    if (!id)
        return std::nullopt;
    Statement update(m_database.connection(),
                     QStringLiteral("UPDATE messages SET folder_id = ?, uid = ? WHERE id = ?"));
    if (!update.run({targetId, placeholderUid(*id), row->id}, error) || !commit(transaction, error))
        return std::nullopt;
    return id;
}

std::optional<qint64> PendingActions::expunge(qint64 folderId, quint32 uid, QString *error)
{
    Transaction transaction(m_database.connection());
    const std::optional<Row> row = locate(folderId, uid, error);
    if (!row)
        return std::nullopt;
    const std::optional<qint64> id = insert(*row, folderId, uid, QStringLiteral("expunge"), QStringLiteral(""), error);
    if (!id)
        return std::nullopt;
    Statement remove(m_database.connection(), QStringLiteral("DELETE FROM messages WHERE id = ?"));
    if (!remove.run({row->id}, error) || !commit(transaction, error))
        return std::nullopt;
    return id;
}

std::optional<std::pair<qint64, QString>> PendingActions::specialFolder(qint64 accountId, const QString &specialUse)
{
    Statement select(m_database.connection(),
                     QStringLiteral("SELECT id, name FROM folders WHERE account_id = ? AND special_use = ? "
                                    "ORDER BY name LIMIT 1"));
    if (!select.run({accountId, specialUse}, nullptr) || !select.next())
        return std::nullopt;
    return std::pair {select.value(0).toLongLong(), select.value(1).toString()};
}

std::optional<qint64> PendingActions::remove(qint64 folderId, quint32 uid, QString *error)
{
    const auto trash
        = specialFolderOf(folderId, QStringLiteral("\\Trash"),
                          PendingActions::tr("The server names no Trash folder (special-use \\Trash) for "
                                             "this account, so there is nowhere to move deleted messages."),
                          error);
    if (!trash)
        return std::nullopt;
    if (trash->first == folderId)
        return expunge(folderId, uid, error);
    return move(folderId, uid, trash->second, error);
}

std::optional<qint64> PendingActions::archive(qint64 folderId, quint32 uid, QString *error)
{
    const auto archive = specialFolderOf(
        folderId, QStringLiteral("\\Archive"),
        PendingActions::tr("The server names no archive folder (special-use \\Archive) for this account."), error);
    return archive ? move(folderId, uid, archive->second, error) : std::nullopt;
}

std::optional<qint64> PendingActions::junk(qint64 folderId, quint32 uid, QString *error)
{
    const auto junk = specialFolderOf(
        folderId, QStringLiteral("\\Junk"),
        PendingActions::tr("The server names no junk folder (special-use \\Junk) for this account."), error);
    if (!junk)
        return std::nullopt;
    return move(folderId, uid, junk->first == folderId ? QStringLiteral("INBOX") : junk->second, error);
}

std::optional<std::pair<qint64, QString>> PendingActions::specialFolderOf(qint64 folderId, const QString &specialUse,
                                                                          const QString &missing, QString *error)
{
    Statement select(m_database.connection(), QStringLiteral("SELECT account_id FROM folders WHERE id = ?"));
    if (!select.run({folderId}, error) || !select.next())
        return std::nullopt;
    const qint64 accountId = select.value(0).toLongLong();
    select.finish();
    std::optional<std::pair<qint64, QString>> found = specialFolder(accountId, specialUse);
    if (!found && error)
        *error = missing;
    return found;
}

QList<PendingAction> PendingActions::read(const QString &where, const QList<QVariant> &values)
{
    Statement select(m_database.connection(),
                     QStringLiteral("SELECT a.id, a.account_id, a.folder_id, f.name, a.uid, a.message_rowid, a.kind, "
                                    "a.argument, a.undo, a.subject, a.attempts, a.last_error FROM pending_actions a "
                                    "JOIN folders f ON f.id = a.folder_id WHERE %1 ORDER BY a.id")
                         .arg(where));
    QList<PendingAction> actions;
    if (!select.run(values, nullptr))
        return actions;
    while (select.next()) {
        PendingAction action;
        action.id = select.value(0).toLongLong();
        action.accountId = select.value(1).toLongLong();
        action.folderId = select.value(2).toLongLong();
        action.folderName = select.value(3).toString();
        action.uid = select.value(4).toUInt();
        action.messageRowId = select.value(5).toLongLong();
        action.kind = kindFrom(select.value(6).toString());
        const QString argument = select.value(7).toString();
        if (action.kind == PendingAction::Kind::Move)
            action.target = argument;
        else
            action.flags = splitFlags(argument);
        action.flagsBefore = splitFlags(select.value(8).toString());
        action.subject = select.value(9).toString();
        action.attempts = select.value(10).toInt();
        action.lastError = select.value(11).toString();
        actions.append(action);
    }
    return actions;
}

QList<PendingAction> PendingActions::queued(qint64 accountId)
{
    return read(QStringLiteral("a.account_id = ? AND a.state = 'queued'"), {accountId});
}

std::optional<PendingAction> PendingActions::action(qint64 actionId)
{
    const QList<PendingAction> found = read(QStringLiteral("a.id = ?"), {actionId});
    return found.isEmpty() ? std::nullopt : std::optional<PendingAction>(found.constFirst());
}

bool PendingActions::undoMove(const PendingAction &move, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    Statement state(db, QStringLiteral("SELECT state FROM pending_actions WHERE id = ?"));
    if (!state.run({move.id}, error))
        return false;
    if (state.next()) {
        const bool queued = state.value(0).toString() == QLatin1String("queued");
        state.finish();
        if (!queued) // refused: the message is back where it was already
            return commit(transaction, error);
        // Not sent yet: the message goes back under its UID, and the action goes.
        Statement restore(db, QStringLiteral("UPDATE messages SET folder_id = ?, uid = ? WHERE id = ?"));
        Statement drop(db, QStringLiteral("DELETE FROM pending_actions WHERE id = ?"));
        if (!restore.run({move.folderId, move.uid, move.messageRowId}, error) || !drop.run({move.id}, error))
            return false;
        return commit(transaction, error);
    }
    // The server moved it: a move back from where it is now.
    Statement where(db, QStringLiteral("SELECT folder_id, uid FROM messages WHERE id = ?"));
    if (!where.run({move.messageRowId}, error))
        return false;
    if (!where.next()) {
        if (error)
            *error = PendingActions::tr("\"%1\" is no longer in %2, so it cannot be moved back.")
                         .arg(move.subject, move.target);
        return false;
    }
    const qint64 folderId = where.value(0).toLongLong();
    const quint32 uid = where.value(1).toUInt();
    where.finish();
    return this->move(folderId, uid, move.folderName, error) && commit(transaction, error);
}

QList<PendingAction> PendingActions::refused(qint64 accountId)
{
    return read(QStringLiteral("a.account_id = ? AND a.state = 'refused'"), {accountId});
}

bool PendingActions::dismiss(qint64 actionId, QString *error)
{
    Statement remove(m_database.connection(),
                     QStringLiteral("DELETE FROM pending_actions WHERE id = ? AND state = 'refused'"));
    return remove.run({actionId}, error);
}

bool PendingActions::noteAttempt(qint64 actionId, QString *error)
{
    Statement update(m_database.connection(),
                     QStringLiteral("UPDATE pending_actions SET attempts = attempts + 1 WHERE id = ?"));
    return update.run({actionId}, error);
}

bool PendingActions::complete(const PendingAction &action, const std::optional<QStringList> &serverFlags,
                              std::optional<quint32> newUid, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    Statement remove(db, QStringLiteral("DELETE FROM pending_actions WHERE id = ?"));
    if (!remove.run({action.id}, error))
        return false;
    if (action.messageRowId == 0)
        return commit(transaction, error);
    switch (action.kind) {
    case PendingAction::Kind::AddFlags:
    case PendingAction::Kind::RemoveFlags: {
        // The server's flags once no other local flag change waits; until then the local ones.
        Statement update(db,
                         QStringLiteral("UPDATE messages SET local_flag_changes = MAX(local_flag_changes - 1, 0), "
                                        "flags = CASE WHEN local_flag_changes <= 1 AND ? THEN ? ELSE flags END "
                                        "WHERE id = ?"));
        if (!update.run(
                {serverFlags.has_value() ? 1 : 0, joined(serverFlags.value_or(QStringList())), action.messageRowId},
                error))
            return false;
        break;
    }
    case PendingAction::Kind::Move: {
        // The placeholder gets the real UID; without one (no COPYUID, or the message had
        // gone already) it goes, and the next sync of the destination lists the message.
        Statement exists(db,
                         QStringLiteral("SELECT 1 FROM messages WHERE uid = ? AND folder_id = "
                                        "(SELECT folder_id FROM messages WHERE id = ?)"));
        bool known = false;
        if (newUid) {
            if (!exists.run({*newUid, action.messageRowId}, error))
                return false;
            known = exists.next();
            exists.finish();
        }
        Statement update(db,
                         newUid && !known ? QStringLiteral("UPDATE messages SET uid = ? WHERE id = ?")
                                          : QStringLiteral("DELETE FROM messages WHERE id = ?"));
        if (!update.run(newUid && !known ? QList<QVariant> {*newUid, action.messageRowId}
                                         : QList<QVariant> {action.messageRowId},
                        error))
            return false;
        break;
    }
    case PendingAction::Kind::Expunge:
        break;
    }
    return commit(transaction, error);
}

bool PendingActions::refuse(const PendingAction &action, const QString &why,
                            const std::optional<MessageRecord> &serverState, bool gone, QString *error)
{
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    Statement mark(db, QStringLiteral("UPDATE pending_actions SET state = 'refused', last_error = ? WHERE id = ?"));
    if (!mark.run({why, action.id}, error))
        return false;
    const QString flags = joined(serverState ? serverState->flags : action.flagsBefore);
    switch (action.kind) {
    case PendingAction::Kind::AddFlags:
    case PendingAction::Kind::RemoveFlags: {
        Statement update(db,
                         QStringLiteral("UPDATE messages SET flags = ?, local_flag_changes = "
                                        "MAX(local_flag_changes - 1, 0) WHERE id = ?"));
        if (action.messageRowId && !update.run({flags, action.messageRowId}, error))
            return false;
        break;
    }
    case PendingAction::Kind::Move: {
        // Back where the server still has it, with its body and thread; gone when the server has it no more.
        Statement update(db,
                         gone ? QStringLiteral("DELETE FROM messages WHERE id = ?")
                              : QStringLiteral("UPDATE messages SET folder_id = ?, uid = ?, flags = ? WHERE id = ?"));
        if (action.messageRowId
            && !update.run(gone ? QList<QVariant> {action.messageRowId}
                                : QList<QVariant> {action.folderId, action.uid, flags, action.messageRowId},
                           error))
            return false;
        break;
    }
    case PendingAction::Kind::Expunge:
        if (serverState && !MailCache(m_database).storeMessages(action.folderId, {*serverState}, error))
            return false;
        break;
    }
    return commit(transaction, error);
}

} // namespace heron::store
