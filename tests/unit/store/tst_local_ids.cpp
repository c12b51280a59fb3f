// Stable local ids: a message's local id is its Message-ID, else a key of header
// fields; when a folder's cache is emptied for a UIDVALIDITY change, cached parts
// (inline and file-backed) come back to the same messages stored under new UIDs,
// with their search text, and nothing else gets them.
#include "store/database.h"
#include "store/mail_cache.h"
#include "store/part_cache.h"

#include <QTemporaryDir>
#include <QTest>

using heron::store::AddressRecord;
using heron::store::Database;
using heron::store::FolderRecord;
using heron::store::MailCache;
using heron::store::MessageRecord;
using heron::store::PartCache;

namespace {

MessageRecord record(quint32 uid, int which)
{
    MessageRecord message;
    message.uid = uid;
    message.subject = QStringLiteral("Subject %1").arg(which);
    message.from = {AddressRecord {QString(), QStringLiteral("s%1@example.org").arg(which)}};
    // The second message has no Message-ID: its header fields identify it.
    if (which != 2)
        message.messageId = QStringLiteral("<m%1@example.org>").arg(which);
    message.date = QDateTime::fromSecsSinceEpoch(1'700'000'000 + which * 60, Qt::UTC);
    message.internalDate = message.date;
    message.size = 1000 + which;
    return message;
}

} // namespace

class TestLocalIds : public QObject
{
    Q_OBJECT

private slots:
    void bodiesSurviveAUidValidityChange();
    void localIdIsMessageIdElseHeaderKey();
};

void TestLocalIds::localIdIsMessageIdElseHeaderKey()
{
    QTemporaryDir dir;
    Database database;
    QString error;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    MailCache cache(database);
    const qint64 account = cache.accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
    FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    QVERIFY(cache.replaceFolders(account, {inbox}, &error));
    const qint64 folder = cache.folder(account, QStringLiteral("INBOX"))->id;
    QVERIFY(cache.storeMessages(folder, {record(1, 1), record(2, 2), record(3, 2)}, &error));
    const auto localId = [&database](quint32 uid) {
        return database.scalar(QStringLiteral("SELECT local_id FROM messages WHERE uid = %1").arg(uid)).toString();
    };
    QCOMPARE(localId(1), QStringLiteral("<m1@example.org>"));
    QVERIFY(localId(2).startsWith(QStringLiteral("h:")));
    QVERIFY(localId(2).contains(QStringLiteral("Subject 2")));
    QCOMPARE(localId(3), localId(2)); // the same header fields: the same message
}

void TestLocalIds::bodiesSurviveAUidValidityChange()
{
    QTemporaryDir dir;
    Database database;
    QString error;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    MailCache cache(database);
    const qint64 account = cache.accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
    FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    QVERIFY(cache.replaceFolders(account, {inbox}, &error));
    const qint64 folder = cache.folder(account, QStringLiteral("INBOX"))->id;
    QVERIFY(cache.storeMessages(folder, {record(1, 1), record(2, 2), record(3, 3)}, &error));
    const QByteArray big(PartCache::kInlineLimit + 10, 'x'); // file-backed
    QVERIFY(cache.storeBodies(
        folder, {{1, "small body 1", QStringLiteral("quokka")}, {2, big, QStringLiteral("wombat")}}, &error));

    QVERIFY2(cache.clearFolder(folder, &error), qPrintable(error));
    QCOMPARE(cache.messageCount(folder), 0);
    // The file of a detached part is still referenced.
    QCOMPARE(PartCache(database).removeUnreferencedFiles(&error), 0);

    // The server renumbered: message 3 is gone, 1 and 2 came back as 11 and 12, 4 is new.
    MessageRecord fresh = record(14, 4);
    QVERIFY(cache.storeMessages(folder, {record(11, 1), record(12, 2), fresh}, &error));
    QCOMPARE(cache.body(folder, 11).value_or(QByteArray()), QByteArray("small body 1"));
    QCOMPARE(cache.body(folder, 12).value_or(QByteArray()), big);
    QVERIFY(!cache.body(folder, 14));
    QCOMPARE(cache.messagesWithoutBody(folder).size(), 1);
    QCOMPARE(cache.messagesWithoutBody(folder).constFirst().first, 14u);

    QVERIFY2(cache.finishRebuild(folder, &error), qPrintable(error));
    QCOMPARE(cache.search(folder, QStringLiteral("wombat"), 10, &error).constFirst().uid, 12u);
    QCOMPARE(cache.search(folder, QStringLiteral("quokka"), 10, &error).constFirst().uid, 11u);
    QCOMPARE(database.scalar(QStringLiteral("SELECT count(*) FROM detached_parts")).toInt(), 0);
    // Later arrivals with a known local id get nothing any more.
    QVERIFY(cache.storeMessages(folder, {record(15, 3)}, &error));
    QVERIFY(!cache.body(folder, 15));
}

QTEST_GUILESS_MAIN(TestLocalIds)
#include "tst_local_ids.moc"
