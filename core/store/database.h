#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlError;

namespace heron::store {

// One SQLite connection to the profile's cache (Qt's QSQLITE driver), set up
// the way every part of Heron relies on: WAL journal, foreign keys enforced,
// a busy timeout instead of instant SQLITE_BUSY, full sync on commit. The
// schema version is PRAGMA user_version; open() brings an older file forward
// through the ordered migrations, each in its own transaction, and refuses a
// file written by a newer Heron.
//
// A connection belongs to the thread that opened it (a Qt SQL rule): the
// engine thread writes through its own Database, the UI thread reads through
// another one on the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // One step forward: from version - 1 to version. Either SQL statements or
    // a function (for steps that need to compute); both run inside the step's
    // transaction, which also sets user_version.
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
        std::function<bool(QSqlDatabase &, QString *error)> apply = nullptr;
    };

    static constexpr int kBusyTimeoutMs = 5000;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file when missing) and migrates to targetVersion;
    // -1 means currentVersion(). On failure returns false, sets *error and
    // leaves the database closed.
    bool open(const QString &path, QString *error, int targetVersion = -1);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_db.connectionName(); }
    // Where large cached parts are kept as files: "parts" beside the database.
    QString partsDirectory() const;

    int schemaVersion() const;
    // Runs the migrations after schemaVersion() up to targetVersion.
    bool migrate(int targetVersion, QString *error);

    // Runs one statement (no results wanted); false and *error on failure.
    bool exec(const QString &sql, QString *error);
    // One value of the first row of a query, invalid when there is none.
    QVariant scalar(const QString &sql, QString *error = nullptr);

    // PRAGMA integrity_check: "ok" or what SQLite found.
    QString integrityCheck();

    // What went wrong, in words the user can act on for the failures that are
    // theirs to fix (a full disk, a read-only or damaged file), SQLite's own
    // text otherwise.
    static QString explain(const QSqlError &error);
    // The same for SQLite's own result code (primary or extended) and message.
    static QString explain(int sqliteCode, const QString &text);

    static int currentVersion();
    static const QList<Migration> &migrations();
    // The engine of migrate(), with any list of steps (tests use broken ones).
    static bool migrate(QSqlDatabase &db, const QList<Migration> &steps, int targetVersion, QString *error);

private:
    QSqlDatabase m_db;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded. IMMEDIATE
// takes the write lock up front, so two connections never deadlock upgrading
// a read transaction; the busy timeout makes the second one wait.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    // Inside another Transaction on the same connection this one is a SAVEPOINT,
    // so a batch writer can wrap calls that open transactions of their own.
    QString m_savepoint;
    QString m_error;
};

} // namespace heron::store
