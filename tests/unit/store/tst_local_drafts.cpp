// LocalDrafts: a save stores the whole draft and counts revisions; an upload
// removes the revision it sent and nothing newer; failures are remembered;
// drafts are kept per account and go with their account.
#include "store/database.h"
#include "store/local_drafts.h"

#include <QTemporaryDir>
#include <QTest>

using heron::store::Database;
using heron::store::LocalDrafts;

namespace {

const QByteArray kId = "<draft-1@example.test>";

QByteArray draft(const QByteArray &text)
{
    return "From: alice@example.test\r\nMessage-ID: " + kId + "\r\nSubject: plans\r\n\r\n" + text + "\r\n";
}

} // namespace

class TestLocalDrafts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    Database m_db;

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("drafts-%1.sqlite").arg(++m_files)), &error),
                 qPrintable(error));
        for (const char *row : {"(1, 'a', 'alice@example.test', 0)", "(2, 'b', 'bob@example.test', 0)"})
            QVERIFY2(m_db.exec(QStringLiteral("INSERT INTO accounts (id, key, email, created_at) VALUES %1")
                                   .arg(QLatin1String(row)),
                               &error),
                     qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void saveStoresAndReplaces()
    {
        LocalDrafts drafts(m_db);
        QString error;
        QCOMPARE(drafts.save(1, kId, draft("one"), 0, &error), std::optional<qint64>(1));
        QCOMPARE(drafts.save(1, kId, draft("two"), 17, &error), std::optional<qint64>(2));
        // A later save without a replaced UID keeps the one it had.
        QCOMPARE(drafts.save(1, kId, draft("three"), 0, &error), std::optional<qint64>(3));
        const QList<LocalDrafts::Entry> list = drafts.list(1, &error);
        QCOMPARE(list.size(), 1);
        QVERIFY(list.constFirst().message.isEmpty()); // the bytes come with entry()
        QCOMPARE(drafts.entry(1, kId, &error)->message, draft("three"));
        QCOMPARE(list.constFirst().replacesUid, 17u);
        QCOMPARE(list.constFirst().revision, 3);
        QVERIFY(drafts.list(2, &error).isEmpty());
    }

    void uploadRemovesOnlyTheRevisionItSent()
    {
        LocalDrafts drafts(m_db);
        QString error;
        const std::optional<qint64> sent = drafts.save(1, kId, draft("uploading"), 0, &error);
        QVERIFY(sent);
        // Saved again while the upload ran: the newer bytes stay for the next upload.
        QVERIFY(drafts.save(1, kId, draft("newer"), 0, &error));
        QVERIFY2(drafts.markUploaded(1, kId, *sent, &error), qPrintable(error));
        const std::optional<LocalDrafts::Entry> kept = drafts.entry(1, kId, &error);
        QVERIFY(kept);
        QCOMPARE(kept->message, draft("newer"));
        QVERIFY(drafts.markUploaded(1, kId, kept->revision, &error));
        QVERIFY(!drafts.entry(1, kId, &error));
    }

    void failureIsRememberedUntilTheNextSave()
    {
        LocalDrafts drafts(m_db);
        QString error;
        QVERIFY(drafts.save(1, kId, draft("x"), 0, &error));
        QVERIFY(drafts.markFailed(1, kId, QStringLiteral("Over quota"), &error));
        QCOMPARE(drafts.entry(1, kId, &error)->lastError, QStringLiteral("Over quota"));
        QVERIFY(drafts.save(1, kId, draft("y"), 0, &error));
        QCOMPARE(drafts.entry(1, kId, &error)->lastError, QString());
    }

    void perAccountAndRemovedWithTheAccount()
    {
        LocalDrafts drafts(m_db);
        QString error;
        QVERIFY(drafts.save(1, kId, draft("alice's"), 0, &error));
        QVERIFY(drafts.save(2, kId, draft("bob's"), 0, &error));
        QVERIFY(drafts.remove(1, kId, &error));
        QVERIFY(!drafts.entry(1, kId, &error));
        QCOMPARE(drafts.entry(2, kId, &error)->message, draft("bob's"));
        QVERIFY(m_db.exec(QStringLiteral("DELETE FROM accounts WHERE id = 2"), &error));
        QVERIFY(drafts.list(2, &error).isEmpty());
    }

    void emptyDraftIsRefused()
    {
        LocalDrafts drafts(m_db);
        QString error;
        QVERIFY(!drafts.save(1, QByteArray(), draft("x"), 0, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!drafts.save(1, kId, QByteArray(), 0, &error));
    }
};

QTEST_GUILESS_MAIN(TestLocalDrafts)
#include "tst_local_drafts.moc"
