#pragma once

#include "store/database.h"
#include "store/message_record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace heron::store {

// One change the user made to one message while the server may not have seen
// it yet (a row of pending_actions).
struct PendingAction
{
    enum class Kind { AddFlags, RemoveFlags, Move, Expunge };

    qint64 id = 0;
    qint64 accountId = 0;
    qint64 folderId = 0; // where the message was when the user acted
    QString folderName;
    quint32 uid = 0; // its UID there
    qint64 messageRowId = 0; // its row now (0 when expunged locally)
    Kind kind = Kind::AddFlags;
    QStringList flags; // AddFlags, RemoveFlags
    QString target; // Move: the destination folder
    QStringList flagsBefore; // the flags before the action, for a rollback
    QString subject;
    int attempts = 0;
    QString lastError; // refused actions: why

    // "Moving 'Subject' to Archive", for messages about the action.
    QString describe() const;
};

// The offline action queue of a profile's cache. Each action is applied to the
// cache at once, in the same transaction that queues it, so the message list
// shows the user's change immediately and a crash never leaves one without the
// other. sync::ActionReplayer sends the queue to the server in order and
// reports each outcome back here:
//
// - flags: the message's flags change locally; messages.local_flag_changes counts
//   its queued flag actions, and while it is above zero a trigger keeps a sync
//   from overwriting the local flags (the server's come back with the replay);
// - move (also delete outside the Trash, and archive): the row moves to the
//   destination folder at once, under a placeholder UID (kPlaceholderTop minus the
//   action's id) until the server says the real one (COPYUID); uids() of the
//   source still lists the old UID so a sync does not fetch it back;
// - expunge (delete in the Trash): the row goes at once.
//
// A refusal rolls the message back to the server's state and keeps the action as
// "refused" with the server's words until the user has seen it (dismiss()).
class PendingActions
{
    Q_DECLARE_TR_FUNCTIONS(PendingActions)

public:
    static constexpr quint32 kPlaceholderTop = 0xFFFFFFFFu;

    explicit PendingActions(Database &database);

    // Each returns the queued action's id, or nullopt with *error (nothing changed).
    std::optional<qint64> addFlags(qint64 folderId, quint32 uid, const QStringList &flags, QString *error);
    std::optional<qint64> removeFlags(qint64 folderId, quint32 uid, const QStringList &flags, QString *error);
    std::optional<qint64> move(qint64 folderId, quint32 uid, const QString &targetFolder, QString *error);
    // To the account's Trash (special-use \Trash); in the Trash itself, \Deleted and expunged.
    std::optional<qint64> remove(qint64 folderId, quint32 uid, QString *error);
    // To the account's \Archive folder.
    std::optional<qint64> archive(qint64 folderId, quint32 uid, QString *error);
    // To the account's \Junk folder; from it, back to the Inbox (not junk after all).
    std::optional<qint64> junk(qint64 folderId, quint32 uid, QString *error);

    // Queued actions of the account, oldest first.
    QList<PendingAction> queued(qint64 accountId);
    // Refused actions the user has not dismissed yet, oldest first.
    QList<PendingAction> refused(qint64 accountId);
    bool dismiss(qint64 actionId, QString *error);
    std::optional<PendingAction> action(qint64 actionId);

    // Takes a move back (Undo): a move still queued is dropped and the message is where it
    // was at once; one the server made is followed by a move back (queued like any other);
    // a refused one has nothing left to undo. Call only while no replay runs for the account.
    bool undoMove(const PendingAction &move, QString *error);

    // Replay outcomes. noteAttempt before sending, so attempts counts tries even across crashes.
    bool noteAttempt(qint64 actionId, QString *error);
    // The server did it (or it had nothing left to do). serverFlags: the message's flags as
    // the server reported them; newUid: the moved message's UID in the destination (COPYUID).
    bool complete(const PendingAction &action, const std::optional<QStringList> &serverFlags,
                  std::optional<quint32> newUid, QString *error);
    // The server refused: the message goes back to serverState, or to how it was before the
    // action when that is unknown; gone: the server no longer has it, so neither has the cache.
    bool refuse(const PendingAction &action, const QString &why, const std::optional<MessageRecord> &serverState,
                bool gone, QString *error);

    static quint32 placeholderUid(qint64 actionId) { return kPlaceholderTop - quint32(actionId); }

private:
    struct Row
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QStringList flags;
        QString subject;
        bool placeholder = false;
    };
    std::optional<Row> locate(qint64 folderId, quint32 uid, QString *error);
    std::optional<qint64> changeFlags(qint64 folderId, quint32 uid, const QStringList &flags, bool add, QString *error);
    std::optional<qint64> insert(const Row &row, qint64 folderId, quint32 uid, const QString &kind,
                                 const QString &argument, QString *error);
    std::optional<std::pair<qint64, QString>> specialFolder(qint64 accountId, const QString &specialUse);
    // The same in the account of folderId; *error = missing when the account has none.
    std::optional<std::pair<qint64, QString>> specialFolderOf(qint64 folderId, const QString &specialUse,
                                                              const QString &missing, QString *error);
    std::optional<qint64> expunge(qint64 folderId, quint32 uid, QString *error);
    QList<PendingAction> read(const QString &where, const QList<QVariant> &values);

    Database &m_database;
};

} // namespace heron::store
