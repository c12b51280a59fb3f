// PartCache: small parts inline, large ones as files named by their hash
// (shared between copies), replaced in place, and swept when unreferenced.
#include "store/database.h"
#include "store/part_cache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using heron::store::Database;
using heron::store::PartCache;

class TestStorePartCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    bool run(const QString &sql)
    {
        QString error;
        const bool ok = m_db.exec(sql, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    static QByteArray bytes(qsizetype size, char fill) { return QByteArray(size, fill); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
        QVERIFY(
            run(QStringLiteral("INSERT INTO accounts (id, key, email, created_at) VALUES (1, 'a', 'a@x.test', 0)")));
        QVERIFY(run(QStringLiteral("INSERT INTO folders (id, account_id, name) VALUES (1, 1, 'INBOX')")));
        QVERIFY(run(QStringLiteral("INSERT INTO folders (id, account_id, name) VALUES (2, 1, 'Archive')")));
        QVERIFY(run(QStringLiteral("INSERT INTO messages (id, folder_id, uid) VALUES (1, 1, 10)")));
        QVERIFY(run(QStringLiteral("INSERT INTO messages (id, folder_id, uid) VALUES (2, 2, 20)")));
    }

    void smallPartsStayInline()
    {
        PartCache cache(m_db);
        const QByteArray text = "Hello, Grüße.\r\n";
        QVERIFY(cache.store(1, QStringLiteral("1"), text, {QStringLiteral("text/plain"), QStringLiteral("utf-8"), {}}));
        QCOMPARE(cache.load(1, QStringLiteral("1")), text);
        QVERIFY(cache.filePath(1, QStringLiteral("1")).isEmpty());
        QCOMPARE(cache.info(1, QStringLiteral("1"))->charset, QStringLiteral("utf-8"));
        QVERIFY(cache.store(1, QStringLiteral("1.1"), QByteArray(), {}));
        QCOMPARE(cache.load(1, QStringLiteral("1.1")), QByteArray()); // cached and empty, not missing
        QVERIFY(!cache.load(1, QStringLiteral("9")));
        QVERIFY(!cache.contains(1, QStringLiteral("9")));
    }

    void largePartsAreFilesSharedByCopies()
    {
        PartCache cache(m_db);
        const QByteArray attachment = bytes(PartCache::kInlineLimit + 1, 'x');
        QVERIFY(cache.store(1, QStringLiteral("2"), attachment, {QStringLiteral("application/pdf"), {}, {}}));
        QVERIFY(cache.store(2, QStringLiteral("2"), attachment, {QStringLiteral("application/pdf"), {}, {}}));
        const QString path = cache.filePath(1, QStringLiteral("2"));
        QVERIFY(path.startsWith(m_db.partsDirectory()));
        QCOMPARE(cache.filePath(2, QStringLiteral("2")), path); // one file for both copies
        QVERIFY(QFile::exists(path));
        QCOMPARE(cache.load(2, QStringLiteral("2")), attachment);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM parts WHERE data IS NULL")).toInt(), 2);
    }

    void replacingAPartAndSweeping()
    {
        PartCache cache(m_db);
        const QByteArray first = bytes(PartCache::kInlineLimit * 2, 'a');
        QVERIFY(cache.store(1, QStringLiteral("3"), first, {}));
        const QString firstPath = cache.filePath(1, QStringLiteral("3"));
        QVERIFY(cache.store(1, QStringLiteral("3"), "now small", {}));
        QCOMPARE(cache.load(1, QStringLiteral("3")), QByteArray("now small"));
        QVERIFY(QFile::exists(firstPath));
        QCOMPARE(cache.removeUnreferencedFiles(), 1);
        QVERIFY(!QFile::exists(firstPath));

        // Messages deleted: their rows go by cascade, the shared file once nobody names it.
        const QString shared = cache.filePath(1, QStringLiteral("2"));
        QVERIFY(run(QStringLiteral("DELETE FROM messages WHERE id = 1")));
        QCOMPARE(cache.removeUnreferencedFiles(), 0); // message 2 still has it
        QVERIFY(QFile::exists(shared));
        QVERIFY(run(QStringLiteral("DELETE FROM messages WHERE id = 2")));
        QCOMPARE(cache.removeUnreferencedFiles(), 1);
        QVERIFY(!QFile::exists(shared));
    }

    void missingFileIsReported()
    {
        PartCache cache(m_db);
        QVERIFY(run(QStringLiteral("INSERT INTO messages (id, folder_id, uid) VALUES (3, 1, 30)")));
        QVERIFY(cache.store(3, QStringLiteral("1"), bytes(PartCache::kInlineLimit + 10, 'z'), {}));
        QVERIFY(QFile::remove(cache.filePath(3, QStringLiteral("1"))));
        QString error;
        QVERIFY(!cache.load(3, QStringLiteral("1"), &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    }

    void unknownMessageIsRefused()
    {
        PartCache cache(m_db);
        QString error;
        QVERIFY(!cache.store(999, QStringLiteral("1"), "x", {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorePartCache)
#include "tst_store_part_cache.moc"
