// Database: the connection settings every layer relies on (WAL, foreign keys,
// busy timeout), the versioned schema and its forward migrations, reopening.
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using heron::store::Database;
using heron::store::Transaction;

namespace {

QStringList tableNames(Database &db)
{
    QStringList names;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'message_search_%' ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool run(Database &db, const QString &sql)
{
    QString error;
    const bool ok = db.exec(sql, &error);
    if (!ok)
        qInfo("%s", qPrintable(error));
    return ok;
}

} // namespace

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void connectionSettings()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::kBusyTimeoutMs);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(db.schemaVersion(), Database::currentVersion());
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }

    void connectionNamesAreUnique()
    {
        const QString path = freshPath();
        Database first;
        Database second;
        QString error;
        QVERIFY2(first.open(path, &error), qPrintable(error));
        QVERIFY2(second.open(path, &error), qPrintable(error));
        QVERIFY(first.connectionName() != second.connectionName());
        // A write through one is visible through the other (the UI reads what the engine wrote).
        QVERIFY(
            run(first, QStringLiteral("INSERT INTO accounts (key, email, created_at) VALUES ('a', 'a@x.test', 1)")));
        QCOMPARE(second.scalar(QStringLiteral("SELECT email FROM accounts")).toString(), QStringLiteral("a@x.test"));
        const QString name = first.connectionName();
        first.close();
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Database::currentVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error, from), qPrintable(error));
            QCOMPARE(db.schemaVersion(), from);
            if (from == 0)
                QVERIFY(tableNames(db).isEmpty());
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::currentVersion());
        QCOMPARE(tableNames(db),
                 QStringList({QStringLiteral("accounts"), QStringLiteral("addresses"), QStringLiteral("detached_parts"),
                              QStringLiteral("folders"), QStringLiteral("local_drafts"),
                              QStringLiteral("message_search"), QStringLiteral("messages"), QStringLiteral("outbox"),
                              QStringLiteral("parts"), QStringLiteral("pending_actions")}));
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }

    // Version 9 rebuilds the addresses table: the rows stay, the role is still checked,
    // and the unused index by address is gone.
    void addressesKeptAcrossTheirRebuild()
    {
        const QString path = freshPath();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error, 8), qPrintable(error));
            QVERIFY(
                run(db, QStringLiteral("INSERT INTO accounts (key, email, created_at) VALUES ('a', 'a@x.test', 0)")));
            QVERIFY(run(db, QStringLiteral("INSERT INTO folders (account_id, name) VALUES (1, 'INBOX')")));
            QVERIFY(run(db, QStringLiteral("INSERT INTO messages (folder_id, uid) VALUES (1, 7)")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO addresses (message_rowid, role, position, name, address) "
                                       "VALUES (1, 'reply-to', 0, 'Ann', 'ann@x.test')")));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT role || ' ' || name || ' ' || address FROM addresses "
                                          "WHERE message_rowid = 1"))
                     .toString(),
                 QStringLiteral("reply-to Ann ann@x.test"));
        QVERIFY(!run(db,
                     QStringLiteral("INSERT INTO addresses (message_rowid, role, position, address) "
                                    "VALUES (1, 'bogus', 1, 'b@x.test')")));
        QVERIFY(run(db,
                    QStringLiteral("INSERT INTO addresses (message_rowid, role, position, address) "
                                   "VALUES (1, 'bcc', 1, 'b@x.test')")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND "
                                          "tbl_name = 'addresses'"))
                     .toString(),
                 QStringLiteral("addresses_by_message"));
        QVERIFY(run(db, QStringLiteral("DELETE FROM messages")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM addresses")).toInt(), 0); // the cascade still holds
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }

    void migrationsAreOrderedAndContiguous()
    {
        int expected = 1;
        for (const Database::Migration &step : Database::migrations()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(!step.description.isEmpty());
            QVERIFY(!step.statements.isEmpty() || step.apply);
        }
    }

    void failedMigrationChangesNothing()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), &error, 0), qPrintable(error));
        const QList<Database::Migration> steps {
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE one (x)")}},
            {2,
             QStringLiteral("two, broken halfway"),
             {QStringLiteral("CREATE TABLE two (x)"), QStringLiteral("INSERT INTO one VALUES (1)"),
              QStringLiteral("THIS IS NOT SQL")}},
        };
        QVERIFY(!Database::migrate(db.connection(), steps, 2, &error));
        QVERIFY2(error.contains(QLatin1String("schema 2")), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 1); // step 1 committed on its own
        QCOMPARE(tableNames(db), QStringList {QStringLiteral("one")});
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM one")).toInt(), 0);

        // A step written as a function that fails is rolled back the same way.
        const QList<Database::Migration> functional {
            steps.constFirst(),
            {2,
             QStringLiteral("function"),
             {QStringLiteral("CREATE TABLE two (x)")},
             [](QSqlDatabase &, QString *why) {
                 *why = QStringLiteral("refused by the test");
                 return false;
             }},
        };
        QVERIFY(!Database::migrate(db.connection(), functional, 2, &error));
        QVERIFY2(error.contains(QLatin1String("refused by the test")), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(tableNames(db), QStringList {QStringLiteral("one")});
    }

    void gapInMigrationsIsRefused()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), &error, 0), qPrintable(error));
        const QList<Database::Migration> steps {
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE one (x)")}},
            {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE three (x)")}},
        };
        QVERIFY(!Database::migrate(db.connection(), steps, 3, &error));
        QCOMPARE(db.schemaVersion(), 1);
    }

    void newerFileIsRefused()
    {
        const QString path = freshPath();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(run(db, QStringLiteral("PRAGMA user_version = %1").arg(Database::currentVersion() + 7)));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void missingFolderIsAClearError()
    {
        Database db;
        QString error;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("no/such/dir/cache.sqlite")), &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    }

    void reopenKeepsData()
    {
        const QString path = freshPath();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO accounts (id, key, email, created_at) "
                                       "VALUES (1, 'acct', 'alice@example.test', 1)")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO folders (id, account_id, name, delimiter, special_use, "
                                       "uidvalidity, uidnext, highestmodseq, exists_count, unseen_count, subscribed) "
                                       "VALUES (1, 1, 'INBOX', '/', NULL, 1700000000, 43, 99, 42, 3, 1)")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO messages (id, folder_id, uid, modseq, flags, subject, "
                                       "message_id, has_attachments) VALUES (7, 1, 42, 98, '\\Seen', "
                                       "'Grüße', '<m1@example.test>', 1)")));
            QVERIFY(run(db,
                        QStringLiteral("INSERT INTO message_search (rowid, subject, addresses, body) "
                                       "VALUES (7, 'Grüße aus Zürich', 'alice@example.test', 'Käsefondue')")));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT uidnext FROM folders WHERE name = 'INBOX'")).toInt(), 43);
        QCOMPARE(db.scalar(QStringLiteral("SELECT subject FROM messages WHERE uid = 42")).toString(),
                 QStringLiteral("Grüße"));
        // FTS5 with diacritics folded: "kasefondue" finds "Käsefondue".
        QCOMPARE(db.scalar(QStringLiteral("SELECT rowid FROM message_search WHERE message_search MATCH 'kasefondue'"))
                     .toInt(),
                 7);
        QCOMPARE(db.scalar(QStringLiteral("SELECT rowid FROM message_search WHERE message_search MATCH "
                                          "'subject:zurich'"))
                     .toInt(),
                 7);
    }

    void constraintsHold()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
        // Foreign keys: no folder without its account.
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO folders (account_id, name) VALUES (99, 'x')"), &error));
        QVERIFY(run(db, QStringLiteral("INSERT INTO accounts (id, key, email, created_at) VALUES (1, 'k', 'e', 0)")));
        QVERIFY(run(db, QStringLiteral("INSERT INTO folders (id, account_id, name) VALUES (1, 1, 'INBOX')")));
        QVERIFY(run(db, QStringLiteral("INSERT INTO messages (id, folder_id, uid) VALUES (1, 1, 5)")));
        // unique (folder, uid)
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO messages (folder_id, uid) VALUES (1, 5)"), &error));
        // a part is inline or a file, never both or neither
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO parts (message_rowid, section, size, fetched_at) "
                                        "VALUES (1, '1', 3, 0)"),
                         &error));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO parts (message_rowid, section, size, data, file_name, fetched_at) "
                                        "VALUES (1, '1', 3, x'414243', 'p/1', 0)"),
                         &error));
        QVERIFY(run(db,
                    QStringLiteral("INSERT INTO parts (message_rowid, section, size, data, fetched_at) "
                                   "VALUES (1, '1', 3, x'414243', 0)")));
        QVERIFY(run(db,
                    QStringLiteral("INSERT INTO addresses (message_rowid, role, position, address) "
                                   "VALUES (1, 'from', 0, 'a@x.test')")));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO addresses (message_rowid, role, position, address) "
                                        "VALUES (1, 'nonsense', 0, 'a@x.test')"),
                         &error));
        QVERIFY(run(db, QStringLiteral("INSERT INTO message_search (rowid, subject) VALUES (1, 'hello')")));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO outbox (account_id, message_id, envelope_from, "
                                        "envelope_recipients, message, size, state, next_attempt_at, created_at) "
                                        "VALUES (1, '<x>', 'a', 'b', x'00', 1, 'lost', 0, 0)"),
                         &error));

        // Deleting the account takes everything of it along, the search row included.
        QVERIFY(run(db, QStringLiteral("DELETE FROM accounts WHERE id = 1")));
        for (const char *table : {"folders", "messages", "parts", "addresses", "message_search"})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    }

    void nestedTransactionsAreSavepoints()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"), &error));
        {
            Transaction outer(db.connection());
            QVERIFY(outer.isActive());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)"), &error));
            {
                Transaction kept(db.connection());
                QVERIFY(kept.isActive());
                QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (2)"), &error));
                QVERIFY(kept.commit());
            }
            {
                Transaction dropped(db.connection());
                QVERIFY(dropped.isActive());
                QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (3)"), &error));
            } // not committed: only its own insert goes
            QVERIFY(outer.commit());
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(), QStringLiteral("1,2"));
        {
            Transaction rolledBack(db.connection());
            Transaction inner(db.connection());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (4)"), &error));
            QVERIFY(inner.commit());
        } // the outer one rolls back what the inner one released
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 2);
        Transaction after(db.connection()); // a plain BEGIN again: the depth went back to zero
        QVERIFY(after.isActive());
    }

    void partsDirectoryIsBesideTheDatabase()
    {
        Database db;
        QString error;
        const QString path = freshPath();
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.partsDirectory(), m_dir.filePath(QStringLiteral("parts")));
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_store_database.moc"
