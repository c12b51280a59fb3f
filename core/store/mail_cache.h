#pragma once

#include "store/database.h"
#include "store/message_record.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace heron::store {

// One folder as the cache keeps it, with the server state sync resumes from.
struct FolderRecord
{
    qint64 id = 0;
    QString name;
    QChar delimiter;
    QString specialUse; // "\Sent", ...; empty for none
    bool subscribed = false;
    quint32 uidValidity = 0; // 0: never synchronised
    quint32 uidNext = 0;
    quint64 highestModSeq = 0; // 0: unknown (no CONDSTORE, or a sync that did not finish)
    quint32 exists = 0;
    quint32 unseen = 0;
};

// An address seen in cached mail, for completing what the user types.
struct KnownAddress
{
    QString name; // the display name used with it most recently stored (may be empty)
    QString address;
    qint64 uses = 0; // how many times it occurs in From, To, Cc ... of cached messages
};

// One thread of a folder, as a threaded message list shows it collapsed.
struct ThreadSummary
{
    qint64 threadId = 0;
    qint64 messages = 0; // of the thread in this folder
    qint64 unseen = 0;
    QDateTime latest; // the newest INTERNALDATE among them
    MessageRecord root; // the oldest of them
};

// The quick filter's switches: only messages that are unread, starred, have
// attachments, or come from a correspondent (an address the user wrote to: in
// To or Cc of a message in a \Sent folder). All off: every message.
struct MessageConditions
{
    bool unread = false;
    bool starred = false;
    bool withAttachments = false;
    bool fromCorrespondents = false;

    bool any() const { return unread || starred || withAttachments || fromCorrespondents; }
    bool operator==(const MessageConditions &) const = default;
};

// What a page of messages is sorted by besides the date: the base subject (RFC 5256, no
// "Re:"), the sender or the recipients as shown, or the size; case-insensitive, then by date.
enum class MessageOrder { Date, Subject, Sender, Recipient, Size }; // in MailCache::page's table's order

// The cached accounts, folders and message summaries of a profile: what sync
// writes (each call one transaction) and what the message list, heronctl and
// search read. Messages are listed newest first by internal date.
class MailCache
{
    Q_DECLARE_TR_FUNCTIONS(MailCache)

public:
    explicit MailCache(Database &database);

    Database &database() { return m_database; }

    // The account's row, created on first use; key is the account's identity (its address).
    std::optional<qint64> accountId(const QString &email, QString *error);

    // Makes the account's folder list this one: new folders added, known ones
    // updated (their sync state kept), vanished ones dropped with their messages.
    bool replaceFolders(qint64 accountId, const QList<FolderRecord> &folders, QString *error);
    QList<FolderRecord> folders(qint64 accountId);
    std::optional<FolderRecord> folder(qint64 accountId, const QString &name);
    // A folder renamed on the server, with the folders below it: their cached messages and queued actions stay.
    bool renameFolder(qint64 accountId, const QString &from, const QString &to, QString *error);
    // A folder deleted on the server, with the folders below it and everything cached of them.
    bool removeFolder(qint64 accountId, const QString &name, QString *error);
    // Saves uidValidity, uidNext, highestModSeq and the counts of folder (by id).
    bool saveFolderState(const FolderRecord &folder, QString *error);

    // Inserts or refreshes messages (matched by UID), their addresses and search rows,
    // and threads them: a message joins the thread of a message it refers to
    // (References, In-Reply-To) or of a reply already cached, merging the two
    // when both exist; threads span the account's folders (replies in Sent).
    bool storeMessages(qint64 folderId, const QList<MessageRecord> &messages, QString *error);
    // Flags of cached messages; the UIDs with no cached message go to *uncached (when given),
    // so a resync learns which changes are new mail without reading every cached UID.
    bool updateFlags(qint64 folderId, const QList<FlagUpdate> &updates, QString *error,
                     QList<quint32> *uncached = nullptr);
    bool removeMessages(qint64 folderId, const QList<quint32> &uids, QString *error);
    // Every message of the folder (after a UIDVALIDITY change).
    // Their cached parts are kept by local id (messages.local_id: the Message-ID, else a key
    // of header fields) and come back when the same messages are stored again.
    bool clearFolder(qint64 folderId, QString *error);
    // After the folder's first sync since clearFolder(): the search text of bodies that came
    // back, and the parts of messages that did not come back are let go.
    bool finishRebuild(qint64 folderId, QString *error);

    // Whole messages for offline reading ("keep all mail offline"): the bytes go to
    // the part cache (section ""), the text to the search index; one transaction.
    struct Body
    {
        quint32 uid = 0;
        QByteArray bytes;
        QString text; // what search should find; may be empty
    };
    bool storeBodies(qint64 folderId, const QList<Body> &bodies, QString *error);
    // Bodies of messages received (INTERNALDATE) before cutoff are not kept offline
    // (messagesWithoutBody leaves them out; dropBodiesBefore removes them). Invalid: no limit.
    void setBodyCutoff(const QDateTime &cutoff) { m_bodyCutoff = cutoff; }
    // Removes the cached whole bodies of the folder's messages received before the cutoff; how many.
    int dropBodiesBeforeCutoff(qint64 folderId, QString *error);
    // UIDs and sizes of the folder's messages whose whole body is not cached, newest first.
    QList<std::pair<quint32, qint64>> messagesWithoutBody(qint64 folderId);
    std::optional<QByteArray> body(qint64 folderId, quint32 uid);

    // The UIDs the server should have, ascending: with messages moved or deleted offline
    // but not yet on the server, without the placeholders of messages moved here (PendingActions).
    QList<quint32> uids(qint64 folderId);
    qint64 messageCount(qint64 folderId, const MessageConditions &conditions = {});
    qint64 unseenCount(qint64 folderId);
    QList<quint32> unseenUids(qint64 folderId); // ascending (Folder → Mark All Read)
    // Pages of the folder's messages (those that meet conditions), newest first, or by order
    // (ascending or not) with the date after it.
    QList<MessageRecord> page(qint64 folderId, int limit, int offset, const MessageConditions &conditions = {},
                              MessageOrder order = MessageOrder::Date, bool ascending = false);
    // The page that follows last (a message of the folder with a date) in the list's order:
    // newest first, or oldest first. As fast at the end of the folder as at its start.
    QList<MessageRecord> pageAfter(qint64 folderId, int limit, const MessageRecord &last, bool oldestFirst,
                                   const MessageConditions &conditions = {});
    std::optional<MessageRecord> message(qint64 folderId, quint32 uid);
    // Full-text search (FTS5 syntax: words, "phrases", prefix*) over subject,
    // addresses and cached text; best matches first.
    QList<MessageRecord> search(qint64 folderId, const QString &query, int limit, QString *error,
                                const MessageConditions &conditions = {});

    // Addresses whose address, display name, or a word of the name starts with prefix
    // (case-insensitive for ASCII), most used first; at most limit (20) of them.
    QList<KnownAddress> addressesByPrefix(const QString &prefix, int limit = 20);

    // The thread a message belongs to (0 when unknown) and the UIDs of one thread in a folder, oldest first.
    qint64 threadId(qint64 folderId, quint32 uid);
    QList<quint32> threadUids(qint64 folderId, qint64 threadId);
    // The threaded list: how many threads have messages in the folder, a page of them ordered by their
    // newest message (newest first unless oldestFirst), and one thread's messages in the folder, oldest first.
    qint64 threadCount(qint64 folderId);
    QList<ThreadSummary> threadPage(qint64 folderId, int limit, int offset, bool oldestFirst = false);
    QList<MessageRecord> threadMessages(qint64 folderId, qint64 threadId);

private:
    static QString conditionsSql(const MessageConditions &conditions);
    QList<MessageRecord> readMessages(const QString &where, const QList<QVariant> &values, const QString &tail);

    Database &m_database;
    QDateTime m_bodyCutoff;
};

} // namespace heron::store
