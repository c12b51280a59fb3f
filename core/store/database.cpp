#include "store/database.h"

#include "store/base_subject.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace heron::store {

namespace {

QString describe(const QSqlError &error)
{
    return Database::explain(error);
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (in: %2)").arg(describe(query.lastError()), sql.simplified().left(200));
    return false;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Schema version 1: see core/store/README.md for what each column means.
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE folders (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            delimiter TEXT,
            special_use TEXT,
            uidvalidity INTEGER NOT NULL DEFAULT 0,
            uidnext INTEGER NOT NULL DEFAULT 0,
            highestmodseq INTEGER NOT NULL DEFAULT 0,
            exists_count INTEGER NOT NULL DEFAULT 0,
            unseen_count INTEGER NOT NULL DEFAULT 0,
            subscribed INTEGER NOT NULL DEFAULT 0,
            UNIQUE (account_id, name)))"),

        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
            uid INTEGER NOT NULL,
            modseq INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '',
            internal_date INTEGER,
            size INTEGER,
            subject TEXT,
            from_text TEXT,
            to_text TEXT,
            cc_text TEXT,
            message_id TEXT,
            in_reply_to TEXT,
            references_ids TEXT,
            date INTEGER,
            bodystructure BLOB,
            thread_id INTEGER,
            has_attachments INTEGER NOT NULL DEFAULT 0,
            UNIQUE (folder_id, uid)))"),
        QStringLiteral("CREATE INDEX messages_by_date ON messages (folder_id, internal_date DESC)"),
        QStringLiteral("CREATE INDEX messages_by_message_id ON messages (message_id)"),
        QStringLiteral("CREATE INDEX messages_by_thread ON messages (thread_id)"),

        QStringLiteral(R"(CREATE TABLE addresses (
            id INTEGER PRIMARY KEY,
            message_rowid INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('from', 'sender', 'reply-to', 'to', 'cc', 'bcc')),
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX addresses_by_message ON addresses (message_rowid)"),
        QStringLiteral("CREATE INDEX addresses_by_address ON addresses (address)"),

        QStringLiteral(R"(CREATE TABLE parts (
            id INTEGER PRIMARY KEY,
            message_rowid INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            section TEXT NOT NULL,
            mime_type TEXT NOT NULL DEFAULT '',
            charset TEXT NOT NULL DEFAULT '',
            encoding TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL,
            data BLOB,
            file_name TEXT,
            fetched_at INTEGER NOT NULL,
            CHECK ((data IS NULL) <> (file_name IS NULL)),
            UNIQUE (message_rowid, section)))"),

        QStringLiteral(R"(CREATE TABLE pending_actions (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            folder_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            uids TEXT NOT NULL DEFAULT '',
            argument TEXT NOT NULL DEFAULT '',
            undo TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT))"),

        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            message_id TEXT NOT NULL,
            envelope_from TEXT NOT NULL,
            envelope_recipients TEXT NOT NULL,
            message BLOB NOT NULL,
            size INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'sending', 'may_have_been_sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            UNIQUE (account_id, message_id)))"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"),

        // Full-text search; rowid = messages.id. Kept in step with messages by the sync code,
        // emptied by the trigger when a message goes.
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(subject, addresses, body, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral(R"(CREATE TRIGGER messages_leave_search AFTER DELETE ON messages BEGIN
            DELETE FROM message_search WHERE rowid = old.id;
            END)"),
    };
}

// Schema version 3: pending_actions holds one action on one message, and a
// message's flags changed offline survive a sync until the change is replayed.
QStringList schemaV3()
{
    return {
        QStringLiteral("DROP TABLE pending_actions"),
        QStringLiteral(R"(CREATE TABLE pending_actions (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
            uid INTEGER NOT NULL,
            message_rowid INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            kind TEXT NOT NULL CHECK (kind IN ('add_flags', 'remove_flags', 'move', 'expunge')),
            argument TEXT NOT NULL DEFAULT '',
            undo TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'refused')),
            created_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT))"),
        QStringLiteral("CREATE INDEX pending_actions_by_message ON pending_actions (message_rowid)"),
        QStringLiteral("CREATE INDEX pending_actions_by_folder ON pending_actions (folder_id, state)"),
        // How many queued flag actions a message has; local writes change it, sync never does.
        QStringLiteral("ALTER TABLE messages ADD COLUMN local_flag_changes INTEGER NOT NULL DEFAULT 0"),
        // A write that leaves local_flag_changes alone (sync) cannot change the flags of a message
        // with a queued flag change: the server's flags come back when the change is replayed.
        QStringLiteral(R"(CREATE TRIGGER messages_keep_local_flags AFTER UPDATE OF flags ON messages
            WHEN old.local_flag_changes > 0 AND new.local_flag_changes = old.local_flag_changes
                AND new.flags IS NOT old.flags
            BEGIN
            UPDATE messages SET flags = old.flags WHERE id = new.id;
            END)"),
    };
}

// Schema version 4: a stable local id per message (its Message-ID, else a key of
// header fields a server keeps across a UIDVALIDITY change: Date, size, From,
// Subject, bounded in length), computed by SQLite so no writer can forget it and
// sync pays nothing for it; and the cached parts of a folder whose UIDVALIDITY
// changed, kept by local id until its messages come back under their new UIDs.
QStringList schemaV4()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN local_id TEXT GENERATED ALWAYS AS "
                       "(COALESCE(NULLIF(message_id, ''), 'h:' || IFNULL(date, '') || ':' || IFNULL(size, '') || ':' "
                       "|| substr(IFNULL(from_text, ''), 1, 100) || ':' || substr(IFNULL(subject, ''), 1, 200))) "
                       "VIRTUAL"),
        QStringLiteral(R"(CREATE TABLE detached_parts (
            id INTEGER PRIMARY KEY,
            folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
            local_id TEXT NOT NULL,
            section TEXT NOT NULL,
            mime_type TEXT NOT NULL DEFAULT '',
            charset TEXT NOT NULL DEFAULT '',
            encoding TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL,
            data BLOB,
            file_name TEXT,
            fetched_at INTEGER NOT NULL,
            search_text TEXT))"),
        QStringLiteral("CREATE INDEX detached_parts_by_local_id ON detached_parts (folder_id, local_id)"),
        // A message arriving where parts wait under its local id gets them back.
        QStringLiteral(R"(CREATE TRIGGER messages_reattach_parts AFTER INSERT ON messages
            WHEN EXISTS (SELECT 1 FROM detached_parts WHERE folder_id = new.folder_id)
            BEGIN
            INSERT OR IGNORE INTO parts (message_rowid, section, mime_type, charset, encoding, size, data,
                file_name, fetched_at)
                SELECT new.id, section, mime_type, charset, encoding, size, data, file_name, fetched_at
                FROM detached_parts WHERE folder_id = new.folder_id AND local_id = new.local_id;
            END)"),
    };
}

// Schema version 5, the step that needs code: the base subject of every cached message.
bool fillBaseSubjects(QSqlDatabase &db, QString *error)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, subject FROM messages WHERE subject IS NOT NULL"))) {
        *error = describe(select.lastError());
        return false;
    }
    QList<std::pair<qint64, QString>> subjects;
    while (select.next())
        subjects.append({select.value(0).toLongLong(), BaseSubject::of(select.value(1).toString())});
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET base_subject = ? WHERE id = ?"));
    for (const auto &[id, base] : std::as_const(subjects)) {
        update.bindValue(0, base);
        update.bindValue(1, id);
        if (!update.exec()) {
            *error = describe(update.lastError());
            return false;
        }
    }
    return true;
}

} // namespace

const QList<Database::Migration> &Database::migrations()
{
    static const QList<Migration> steps {
        {1, QStringLiteral("accounts, folders, messages, addresses, parts, pending actions, outbox, search"),
         schemaV1()},
        // Threading finds a message's replies by their In-Reply-To (MailCache::storeMessages).
        {2,
         QStringLiteral("index of replies by In-Reply-To"),
         {QStringLiteral("CREATE INDEX messages_by_in_reply_to ON messages (in_reply_to)")}},
        // Offline actions (PendingActions): version 1's table was never written, so it is replaced.
        {3, QStringLiteral("offline actions: one message per queued action, local flags kept until replayed"),
         schemaV3()},
        {4, QStringLiteral("stable local ids; cached parts kept across a UIDVALIDITY change"), schemaV4()},
        // Subject threading looks up thread roots by base subject (RFC 5256).
        {5,
         QStringLiteral("base subjects of messages, thread roots indexed by them"),
         {QStringLiteral("ALTER TABLE messages ADD COLUMN base_subject TEXT"),
          QStringLiteral("CREATE INDEX messages_roots_by_base_subject ON messages (base_subject) "
                         "WHERE id = thread_id")},
         fillBaseSubjects},
        // Drafts written in the composer, kept here until the server's Drafts folder has them (LocalDrafts).
        {6,
         QStringLiteral("drafts waiting for the server's Drafts folder"),
         {QStringLiteral(R"(CREATE TABLE local_drafts (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            message_id TEXT NOT NULL,
            message BLOB NOT NULL,
            replaces_uid INTEGER NOT NULL DEFAULT 0,
            revision INTEGER NOT NULL DEFAULT 1,
            saved_at INTEGER NOT NULL,
            last_error TEXT,
            UNIQUE (account_id, message_id)))")}},
        // The threaded message list groups a folder by thread (MailCache::threadPage): every message
        // has a thread (its own when alone), and the index holds what the grouping reads.
        {7,
         QStringLiteral("index of a folder's messages by thread"),
         {QStringLiteral("UPDATE messages SET thread_id = id WHERE thread_id IS NULL"),
          QStringLiteral(
              "CREATE INDEX messages_by_folder_thread ON messages (folder_id, thread_id, internal_date, uid)")}},
        // Counting a folder's unread messages after a sync read every row of the folder
        // (~200 ms at 100,000); the partial index holds the unread ones only. Its WHERE is
        // the one MailCache::unseenCount uses, word for word, or SQLite cannot use it.
        {8,
         QStringLiteral("index of unread messages"),
         {QStringLiteral("CREATE INDEX messages_unseen ON messages (folder_id) "
                         "WHERE ' ' || flags || ' ' NOT LIKE '% \\Seen %'")}},
        // Storing an address ran its CHECK "role IN (six values)" by building a temporary
        // index of the list, every row (~7 % of an initial sync's instructions); the same
        // check spelled with OR needs none. The index by address was never used (address
        // completion compares lower(address)), yet kept up to date for every address.
        {9,
         QStringLiteral("addresses checked without a temporary index, no unused index by address"),
         {QStringLiteral(R"(CREATE TABLE addresses_v9 (
            id INTEGER PRIMARY KEY,
            message_rowid INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role = 'from' OR role = 'sender' OR role = 'reply-to' OR role = 'to'
                                      OR role = 'cc' OR role = 'bcc'),
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL))"),
          QStringLiteral("INSERT INTO addresses_v9 (id, message_rowid, role, position, name, address) "
                         "SELECT id, message_rowid, role, position, name, address FROM addresses"),
          QStringLiteral("DROP TABLE addresses"), QStringLiteral("ALTER TABLE addresses_v9 RENAME TO addresses"),
          QStringLiteral("CREATE INDEX addresses_by_message ON addresses (message_rowid)")}},
    };
    return steps;
}

int Database::currentVersion()
{
    return migrations().constLast().version;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error, int targetVersion)
{
    close();
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("heron-store-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    m_path = path;
    m_db.setDatabaseName(path);
    const auto failWith = [this, error](const QString &message) {
        *error = message;
        close();
        return false;
    };
    if (!QFileInfo(path).absoluteDir().exists())
        return failWith(Database::tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!m_db.open())
        return failWith(Database::tr("Cannot open the cache %1: %2")
                            .arg(QDir::toNativeSeparators(path), describe(m_db.lastError())));
    // The cache holds the user's mail: for the user alone, like the rest of the profile.
    // Set before WAL mode creates the -wal and -shm files, which SQLite gives the same mode.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QString sqlError;
    // busy_timeout first: the journal mode switch itself may have to wait for another connection.
    if (!run(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), &sqlError)
        || !run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
        || !run(m_db, QStringLiteral("PRAGMA synchronous = FULL"), &sqlError)
        // 32 MiB of pages instead of 2 MiB: a 100,000-message folder's indexes outgrow the
        // default, and an initial sync then reads its B-trees back from disk (docs/benchmarks.md).
        || !run(m_db, QStringLiteral("PRAGMA cache_size = -32768"), &sqlError))
        return failWith(sqlError);
    if (scalar(QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError)
            .toString()
            .compare(QLatin1String("wal"), Qt::CaseInsensitive)
        != 0)
        return failWith(Database::tr("The cache %1 cannot use write-ahead logging: %2")
                            .arg(QDir::toNativeSeparators(path), sqlError));
    if (scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        return failWith(Database::tr("This SQLite library cannot enforce foreign keys."));

    if (!migrate(targetVersion < 0 ? currentVersion() : targetVersion, &sqlError))
        return failWith(sqlError);
    return true;
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::partsDirectory() const
{
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("parts"));
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return userVersion(db);
}

bool Database::migrate(int targetVersion, QString *error)
{
    return migrate(m_db, migrations(), targetVersion, error);
}

bool Database::migrate(QSqlDatabase &db, const QList<Migration> &steps, int targetVersion, QString *error)
{
    const int from = userVersion(db);
    const int newest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (from < 0) {
        *error = Database::tr("Cannot read the cache's schema version: %1").arg(describe(db.lastError()));
        return false;
    }
    if (from > newest) {
        *error = Database::tr("The cache was written by a newer Heron (schema %1; this one knows up to %2). "
                              "Update Heron, or remove the cache to rebuild it from the server.")
                     .arg(from)
                     .arg(newest);
        return false;
    }
    if (targetVersion > newest || targetVersion < from) {
        *error = Database::tr("Cannot migrate the cache from schema %1 to %2.").arg(from).arg(targetVersion);
        return false;
    }
    int version = from;
    for (const Migration &step : steps) {
        if (step.version <= version)
            continue;
        if (step.version > targetVersion)
            break;
        if (step.version != version + 1) {
            *error = Database::tr("The migrations skip from schema %1 to %2.").arg(version).arg(step.version);
            return false;
        }
        QString stepError;
        Transaction transaction(db);
        bool ok = transaction.isActive();
        if (!ok)
            stepError = transaction.errorString();
        for (qsizetype i = 0; ok && i < step.statements.size(); ++i)
            ok = run(db, step.statements.at(i), &stepError);
        if (ok && step.apply)
            ok = step.apply(db, &stepError);
        ok = ok && run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &stepError);
        if (ok && !transaction.commit()) {
            ok = false;
            stepError = transaction.errorString();
        }
        if (!ok) {
            *error = Database::tr("Updating the cache to schema %1 (%2) failed, nothing was changed: %3")
                         .arg(step.version)
                         .arg(step.description, stepError);
            return false;
        }
        version = step.version;
    }
    return true;
}

bool Database::exec(const QString &sql, QString *error)
{
    return run(m_db, sql, error);
}

QVariant Database::scalar(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = describe(query.lastError());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QString Database::explain(const QSqlError &error)
{
    // The driver gives SQLite's result code as text.
    return explain(error.nativeErrorCode().toInt(), error.text().trimmed());
}

QString Database::explain(int sqliteCode, const QString &text)
{
    // SQLite's primary result codes.
    enum : int { Busy = 5, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, NotADatabase = 26 };
    switch (sqliteCode & 0xff) {
    case Full:
        return tr("The disk that holds Heron's cache is full. Free some space, then try again; what was stored "
                  "before is kept. (%1)")
            .arg(text);
    case ReadOnly:
        return tr("Heron's cache cannot be written: the file or its folder is read-only. (%1)").arg(text);
    case IoError:
        return tr("The disk reported an error while Heron wrote its cache. Check the disk, then try again. (%1)")
            .arg(text);
    case Corrupt:
    case NotADatabase:
        return tr("Heron's cache file is damaged. Close Heron and delete cache.sqlite in the profile folder; "
                  "everything in it is downloaded again. (%1)")
            .arg(text);
    case Busy:
        return tr("Heron's cache is in use by another program for too long. Close other Heron windows or "
                  "heronctl commands, then try again. (%1)")
            .arg(text);
    default:
        return text.isEmpty() ? tr("unknown SQLite error") : text;
    }
}

QString Database::integrityCheck()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return describe(query.lastError());
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Open Transactions per connection name; connections belong to one thread each,
// but different threads have different connections, hence the lock.
QHash<QString, int> &transactionDepths()
{
    static QHash<QString, int> depths;
    return depths;
}

QMutex &transactionDepthsLock()
{
    static QMutex lock;
    return lock;
}

int changeDepth(const QString &connection, int delta)
{
    const QMutexLocker locker(&transactionDepthsLock());
    int &depth = transactionDepths()[connection];
    const int before = depth;
    depth += delta;
    if (depth <= 0)
        transactionDepths().remove(connection);
    return before;
}

} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    const int depth = changeDepth(m_db.connectionName(), 1);
    if (depth > 0)
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
    QSqlQuery query(m_db);
    m_active = query.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (!m_active) {
        m_error = describe(query.lastError());
        changeDepth(m_db.connectionName(), -1);
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        if (m_savepoint.isEmpty()) {
            query.exec(QStringLiteral("ROLLBACK"));
        } else {
            query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            query.exec(QStringLiteral("RELEASE ") + m_savepoint);
        }
        changeDepth(m_db.connectionName(), -1);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint)) {
        m_error = describe(query.lastError());
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    changeDepth(m_db.connectionName(), -1);
    return true;
}

} // namespace heron::store
