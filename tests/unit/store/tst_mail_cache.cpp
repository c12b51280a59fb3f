// MailCache: folder lists replaced without losing sync state, messages stored
// and refreshed by UID, flags, removal, paging newest first, search (and a
// malformed query reported), bodies, and threading in either arrival order.
#include "store/database.h"
#include "store/mail_cache.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using heron::store::AddressRecord;
using heron::store::Database;
using heron::store::FolderRecord;
using heron::store::MailCache;
using heron::store::MessageConditions;
using heron::store::MessageRecord;

namespace {

MessageRecord record(quint32 uid, const QString &messageId, const QString &inReplyTo = {},
                     const QStringList &references = {})
{
    MessageRecord message;
    message.uid = uid;
    message.subject = QStringLiteral("Subject %1").arg(uid);
    message.from = {AddressRecord {QStringLiteral("Sender %1").arg(uid), QStringLiteral("s%1@example.org").arg(uid)}};
    message.messageId = messageId;
    message.inReplyTo = inReplyTo;
    message.references = references;
    message.internalDate = QDateTime::fromSecsSinceEpoch(1'700'000'000 + uid * 60, Qt::UTC);
    message.size = 1000 + uid;
    return message;
}

} // namespace

class TestMailCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void foldersKeepTheirState();
    void messagesRoundTrip();
    void unseenCountReadsTheUnreadIndex();
    void searchReportsBadQueries();
    void threadsInEitherOrder();
    void answersBeforeTheirParentJoinOneThread();
    void threadPages();
    void foldersRenamedAndRemovedWithTheirSubfolders();
    void pagesAfterTheLastRowMatchOffsetPages();
    void quickFilterConditions();

private:
    FolderRecord folder(const QString &name) { return *m_cache->folder(m_account, name); }

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<MailCache> m_cache;
    qint64 m_account = 0;
};

void TestMailCache::init()
{
    QString error;
    QVERIFY2(
        m_database.open(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            &error),
        qPrintable(error));
    m_cache = std::make_unique<MailCache>(m_database);
    m_account = m_cache->accountId(QStringLiteral("Bob@Example.test"), &error).value_or(0);
    QVERIFY(m_account > 0);
    QCOMPARE(m_cache->accountId(QStringLiteral("bob@example.test"), &error).value_or(0), m_account);
    FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    FolderRecord sent;
    sent.name = QStringLiteral("Sent");
    sent.specialUse = QStringLiteral("\\Sent");
    QVERIFY(m_cache->replaceFolders(m_account, {inbox, sent}, &error));
}

void TestMailCache::cleanup()
{
    m_cache.reset();
    m_database.close();
}

void TestMailCache::foldersKeepTheirState()
{
    FolderRecord inbox = folder(QStringLiteral("INBOX"));
    inbox.uidValidity = 7;
    inbox.highestModSeq = 99;
    QVERIFY(m_cache->saveFolderState(inbox, nullptr));
    QVERIFY(m_cache->storeMessages(folder(QStringLiteral("Sent")).id, {record(1, QStringLiteral("<a@x>"))}, nullptr));
    FolderRecord archive;
    archive.name = QStringLiteral("Archive");
    FolderRecord inboxAgain;
    inboxAgain.name = QStringLiteral("INBOX");
    QVERIFY(m_cache->replaceFolders(m_account, {inboxAgain, archive}, nullptr));
    const QList<FolderRecord> folders = m_cache->folders(m_account);
    QCOMPARE(folders.size(), 2);
    QCOMPARE(folder(QStringLiteral("INBOX")).uidValidity, 7u);
    QCOMPARE(folder(QStringLiteral("INBOX")).highestModSeq, 99u);
    QVERIFY(!m_cache->folder(m_account, QStringLiteral("Sent")));
    QCOMPARE(m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 0); // went with Sent
}

// Names outside the BMP count as one character each in SQLite's substr():
// the emoji (two UTF-16 units) must not shift the cut.
void TestMailCache::foldersRenamedAndRemovedWithTheirSubfolders()
{
    QList<FolderRecord> folders = m_cache->folders(m_account);
    for (const QString &name : {QStringLiteral("Été 🐦"), QStringLiteral("Été 🐦/Juin"), QStringLiteral("Été 🐦/Juin/1"),
                                QStringLiteral("Été 🐦 old"), QStringLiteral("Été_%")}) {
        FolderRecord record;
        record.name = name;
        record.delimiter = QLatin1Char('/');
        folders << record;
    }
    QVERIFY(m_cache->replaceFolders(m_account, folders, nullptr));
    const qint64 juin = folder(QStringLiteral("Été 🐦/Juin")).id;
    QVERIFY(m_cache->storeMessages(juin, {record(1, QStringLiteral("<j@x>"))}, nullptr));
    QString error;
    QVERIFY2(m_cache->renameFolder(m_account, QStringLiteral("Été 🐦"), QStringLiteral("Summer"), &error),
             qPrintable(error));
    QCOMPARE(folder(QStringLiteral("Summer/Juin")).id, juin);
    QVERIFY(m_cache->folder(m_account, QStringLiteral("Summer")));
    QVERIFY(m_cache->folder(m_account, QStringLiteral("Summer/Juin/1")));
    QVERIFY(m_cache->folder(m_account, QStringLiteral("Été 🐦 old"))); // a prefix, not a subfolder
    QCOMPARE(m_cache->messageCount(juin), 1);
    QVERIFY(!m_cache->renameFolder(m_account, QStringLiteral("missing"), QStringLiteral("x"), &error));

    QVERIFY(m_cache->removeFolder(m_account, QStringLiteral("Summer"), &error));
    QVERIFY(!m_cache->folder(m_account, QStringLiteral("Summer")));
    QVERIFY(!m_cache->folder(m_account, QStringLiteral("Summer/Juin/1")));
    QVERIFY(m_cache->folder(m_account, QStringLiteral("Été 🐦 old")));
    QVERIFY(m_cache->folder(m_account, QStringLiteral("Été_%")));
    QCOMPARE(m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt(), 0);
}

// Seeking past the last row gives the same order as OFFSET paging, with equal
// dates (ties broken by UID) and undated messages (last when newest first).
void TestMailCache::pagesAfterTheLastRowMatchOffsetPages()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    QList<MessageRecord> messages;
    for (quint32 uid = 1; uid <= 47; ++uid) {
        MessageRecord message = record(uid, QStringLiteral("<p%1@x>").arg(uid));
        message.internalDate = QDateTime::fromSecsSinceEpoch(1'700'000'000 + (uid / 4) * 60, Qt::UTC);
        if (uid % 11 == 0)
            message.internalDate = QDateTime();
        messages << message;
    }
    QVERIFY(m_cache->storeMessages(inbox, messages, nullptr));
    const auto uidsOf = [](const QList<MessageRecord> &page) {
        QList<quint32> uids;
        for (const MessageRecord &message : page)
            uids << message.uid;
        return uids;
    };
    const QList<quint32> newestFirst = uidsOf(m_cache->page(inbox, 100, 0));
    QCOMPARE(newestFirst.size(), 47);
    QList<quint32> seeked = uidsOf(m_cache->page(inbox, 5, 0));
    for (QList<MessageRecord> page = m_cache->page(inbox, 5, 0); !page.isEmpty();) {
        if (!page.constLast().internalDate.isValid()) { // undated rows: the rest by offset, as the model does
            seeked << uidsOf(m_cache->page(inbox, 100, int(seeked.size())));
            break;
        }
        page = m_cache->pageAfter(inbox, 5, page.constLast(), false);
        seeked << uidsOf(page);
    }
    QCOMPARE(seeked, newestFirst);

    QList<quint32> oldestFirst = newestFirst;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    const qsizetype undated = std::count_if(messages.cbegin(), messages.cend(),
                                            [](const MessageRecord &m) { return !m.internalDate.isValid(); });
    QList<quint32> ascending = oldestFirst.mid(0, undated + 1); // the undated first, then one dated row
    const MessageRecord firstDated = *m_cache->message(inbox, ascending.constLast());
    ascending << uidsOf(m_cache->pageAfter(inbox, 100, firstDated, true));
    QCOMPARE(ascending, oldestFirst);
}

// Each switch of the quick filter alone and together, in counts, pages, seeks and search.
void TestMailCache::quickFilterConditions()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    QList<MessageRecord> messages;
    for (quint32 uid = 1; uid <= 30; ++uid) {
        MessageRecord message = record(uid, QStringLiteral("<q%1@x>").arg(uid));
        if (uid % 2 == 0)
            message.flags << QStringLiteral("\\Seen");
        if (uid % 3 == 0)
            message.flags << QStringLiteral("\\Flagged");
        message.hasAttachments = uid % 5 == 0;
        messages << message;
    }
    // "\\Seen" in another flag's name is not \\Seen.
    messages[0].flags << QStringLiteral("$NotSeenYet") << QStringLiteral("\\Seenish");
    QVERIFY(m_cache->storeMessages(inbox, messages, nullptr));
    // The user wrote to s7 and S9 (any case) from Sent, and only got mail from s11.
    MessageRecord sent = record(100, QStringLiteral("<sent@x>"));
    sent.to = {AddressRecord {QString(), QStringLiteral("s7@example.org")}};
    sent.cc = {AddressRecord {QString(), QStringLiteral("S9@Example.org")}};
    MessageRecord notSent = record(101, QStringLiteral("<in@x>"));
    notSent.to = {AddressRecord {QString(), QStringLiteral("s11@example.org")}};
    QVERIFY(m_cache->storeMessages(folder(QStringLiteral("Sent")).id, {sent}, nullptr));
    QVERIFY(m_cache->storeMessages(inbox, {notSent}, nullptr));

    const auto uidsOf = [](const QList<MessageRecord> &page) {
        QList<quint32> uids;
        for (const MessageRecord &message : page)
            uids << message.uid;
        return uids;
    };
    const auto expected = [&](const std::function<bool(quint32)> &keep) {
        QList<quint32> uids;
        for (quint32 uid = 30; uid >= 1; --uid) {
            if (keep(uid))
                uids << uid;
        }
        return uids;
    };
    MessageConditions unread;
    unread.unread = true;
    QCOMPARE(uidsOf(m_cache->page(inbox, 100, 0, unread)).mid(1), expected([](quint32 uid) { return uid % 2; }));
    MessageConditions starred;
    starred.starred = true;
    QCOMPARE(uidsOf(m_cache->page(inbox, 100, 0, starred)), expected([](quint32 uid) { return uid % 3 == 0; }));
    MessageConditions attachments;
    attachments.withAttachments = true;
    QCOMPARE(m_cache->messageCount(inbox, attachments), 6);
    MessageConditions correspondents;
    correspondents.fromCorrespondents = true;
    QCOMPARE(uidsOf(m_cache->page(inbox, 100, 0, correspondents)), QList<quint32>({9, 7}));
    MessageConditions both = unread;
    both.starred = true;
    QCOMPARE(m_cache->messageCount(inbox, both), 5); // 3, 9, 15, 21, 27
    // Seeking past a row keeps the conditions.
    const QList<MessageRecord> first = m_cache->page(inbox, 2, 0, both);
    QCOMPARE(uidsOf(first), QList<quint32>({27, 21}));
    QCOMPARE(uidsOf(m_cache->pageAfter(inbox, 10, first.constLast(), false, both)), QList<quint32>({15, 9, 3}));
    QCOMPARE(uidsOf(m_cache->pageAfter(inbox, 10, first.constLast(), true, both)), QList<quint32>({27}));
    // Search words and switches together.
    QString error;
    QCOMPARE(uidsOf(m_cache->search(inbox, QStringLiteral("\"Sender\"*"), 100, &error, correspondents)),
             QList<quint32>({9, 7}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_cache->messageCount(inbox), 31);
}

void TestMailCache::messagesRoundTrip()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    QList<MessageRecord> messages;
    for (quint32 uid = 1; uid <= 5; ++uid)
        messages.append(record(uid, QStringLiteral("<m%1@x>").arg(uid)));
    messages[2].flags = {QStringLiteral("\\Seen")};
    messages[2].to = {AddressRecord {QString(), QStringLiteral("bob@example.test")}};
    QVERIFY(m_cache->storeMessages(inbox, messages, nullptr));
    QCOMPARE(m_cache->messageCount(inbox), 5);
    QCOMPARE(m_cache->unseenCount(inbox), 4);
    const QList<MessageRecord> page = m_cache->page(inbox, 2, 1);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).uid, 4u); // newest first, offset 1
    QCOMPARE(*m_cache->message(inbox, 3), [&] {
        MessageRecord expected = messages.at(2);
        expected.bodyText.clear();
        return expected;
    }());

    messages[0].subject = QStringLiteral("Refreshed");
    QVERIFY(m_cache->storeMessages(inbox, {messages.at(0)}, nullptr));
    QCOMPARE(m_cache->messageCount(inbox), 5);
    QCOMPARE(m_cache->message(inbox, 1)->subject, QStringLiteral("Refreshed"));
    QVERIFY(m_cache->updateFlags(inbox, {{2, {QStringLiteral("\\Flagged")}, 12}}, nullptr));
    QCOMPARE(m_cache->message(inbox, 2)->flags, QStringList {QStringLiteral("\\Flagged")});
    QCOMPARE(m_cache->message(inbox, 2)->modSeq, 12u);
    // Changes of messages not cached are handed back: new mail for the resync to fetch.
    QList<quint32> uncached;
    QVERIFY(m_cache->updateFlags(inbox, {{2, {QStringLiteral("\\Seen")}, 13}, {99, {}, 14}}, nullptr, &uncached));
    QCOMPARE(uncached, QList<quint32> {99});
    QCOMPARE(m_cache->unseenCount(inbox), 3);
    QVERIFY(m_cache->removeMessages(inbox, {2, 4}, nullptr));
    QCOMPARE(m_cache->uids(inbox), (QList<quint32> {1, 3, 5}));

    QCOMPARE(m_cache->messagesWithoutBody(inbox).size(), 3);
    QVERIFY(m_cache->storeBodies(inbox, {{3, "Subject: x\r\n\r\nquokka\r\n", QStringLiteral("quokka")}}, nullptr));
    QCOMPARE(m_cache->body(inbox, 3).value_or(QByteArray()), QByteArray("Subject: x\r\n\r\nquokka\r\n"));
    QCOMPARE(m_cache->messagesWithoutBody(inbox).size(), 2);
    QString error;
    QCOMPARE(m_cache->search(inbox, QStringLiteral("quokka"), 10, &error).size(), 1);
    QVERIFY(m_cache->clearFolder(inbox, nullptr));
    QCOMPARE(m_cache->messageCount(inbox), 0);
    QCOMPARE(m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM message_search")).toInt(), 0);
}

void TestMailCache::unseenCountReadsTheUnreadIndex()
{
    // The count after every sync that changed something: at 100,000 messages a scan of the
    // folder took ~200 ms, the partial index of unread messages only reads those.
    QSqlQuery plan(m_database.connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM messages WHERE folder_id = 1 AND "
                                     "' ' || flags || ' ' NOT LIKE '% \\Seen %'")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(steps.join(u'\n').contains(QLatin1String("messages_unseen")), qPrintable(steps.join(u'\n')));
}

void TestMailCache::searchReportsBadQueries()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    QVERIFY(m_cache->storeMessages(inbox, {record(1, QStringLiteral("<a@x>"))}, nullptr));
    QString error;
    QCOMPARE(m_cache->search(inbox, QStringLiteral("Sender"), 10, &error).size(), 1);
    QVERIFY(error.isEmpty());
    QVERIFY(m_cache->search(inbox, QStringLiteral("\"unbalanced"), 10, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestMailCache::threadsInEitherOrder()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    const qint64 sent = folder(QStringLiteral("Sent")).id;
    // Newest first, as sync stores them: the reply before its parent; the
    // parent's own reply sits in Sent; an unrelated message stays alone.
    QVERIFY(m_cache->storeMessages(inbox,
                                   {record(3, QStringLiteral("<c@x>"), QStringLiteral("<b@x>"),
                                           {QStringLiteral("<a@x>"), QStringLiteral("<b@x>")})},
                                   nullptr));
    QVERIFY(m_cache->storeMessages(inbox, {record(1, QStringLiteral("<a@x>"))}, nullptr));
    QVERIFY(m_cache->storeMessages(
        sent, {record(2, QStringLiteral("<b@x>"), QStringLiteral("<a@x>"), {QStringLiteral("<a@x>")})}, nullptr));
    QVERIFY(m_cache->storeMessages(inbox, {record(4, QStringLiteral("<z@x>"))}, nullptr));
    const qint64 thread = m_cache->threadId(inbox, 1);
    QVERIFY(thread != 0);
    QCOMPARE(m_cache->threadId(inbox, 3), thread);
    QCOMPARE(m_cache->threadId(sent, 2), thread);
    QVERIFY(m_cache->threadId(inbox, 4) != thread);
    QCOMPARE(m_cache->threadUids(inbox, thread), (QList<quint32> {1, 3}));
}

// Two answers to one message, both stored before it, start two threads; the
// message they answer joins them into one.
void TestMailCache::answersBeforeTheirParentJoinOneThread()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    QVERIFY(m_cache->storeMessages(inbox,
                                   {record(13, QStringLiteral("<r2@x>"), QStringLiteral("<p@x>")),
                                    record(12, QStringLiteral("<r1@x>"), QStringLiteral("<p@x>"))},
                                   nullptr));
    QVERIFY(m_cache->threadId(inbox, 12) != m_cache->threadId(inbox, 13));
    QVERIFY(m_cache->storeMessages(inbox, {record(11, QStringLiteral("<p@x>"))}, nullptr));
    const qint64 thread = m_cache->threadId(inbox, 11);
    QCOMPARE(m_cache->threadId(inbox, 12), thread);
    QCOMPARE(m_cache->threadId(inbox, 13), thread);
    QCOMPARE(m_cache->threadUids(inbox, thread), (QList<quint32> {11, 12, 13}));
}

// The threaded list's pages: threads ordered by their newest message, each with its
// oldest message in the folder, its size and unread count; a page at an offset.
void TestMailCache::threadPages()
{
    const qint64 inbox = folder(QStringLiteral("INBOX")).id;
    MessageRecord answer = record(22, QStringLiteral("<q2@x>"), QStringLiteral("<q1@x>"));
    answer.flags = QStringList {QStringLiteral("\\Answered")};
    MessageRecord original = record(21, QStringLiteral("<q1@x>"));
    original.flags = QStringList {QStringLiteral("\\Seen")};
    QVERIFY(m_cache->storeMessages(inbox, {record(24, QStringLiteral("<q4@x>")), answer, original}, nullptr));
    MessageRecord late = record(25, QStringLiteral("<q5@x>"), QStringLiteral("<q2@x>"));
    late.flags = QStringList {QStringLiteral("\\Seen")};
    QVERIFY(m_cache->storeMessages(inbox, {late}, nullptr));
    QCOMPARE(m_cache->threadCount(inbox), 2);
    const QList<heron::store::ThreadSummary> page = m_cache->threadPage(inbox, 10, 0);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).root.uid, 21u); // its newest (25) is newer than 24
    QCOMPARE(page.at(0).root.subject, QStringLiteral("Subject 21"));
    QCOMPARE(page.at(0).root.from.value(0).address, QStringLiteral("s21@example.org"));
    QCOMPARE(page.at(0).messages, 3);
    QCOMPARE(page.at(0).unseen, 1); // 22: answered, not seen
    QCOMPARE(page.at(0).latest, late.internalDate);
    QCOMPARE(page.at(1).root.uid, 24u);
    QCOMPARE(page.at(1).messages, 1);
    QCOMPARE(page.at(1).unseen, 1);
    QCOMPARE(m_cache->threadPage(inbox, 10, 1).value(0).root.uid, 24u);
    QCOMPARE(m_cache->threadPage(inbox, 1, 0, true).value(0).root.uid, 24u);
    QList<quint32> uids;
    for (const MessageRecord &message : m_cache->threadMessages(inbox, page.at(0).threadId))
        uids << message.uid;
    QCOMPARE(uids, (QList<quint32> {21, 22, 25}));
}

QTEST_GUILESS_MAIN(TestMailCache)
#include "tst_mail_cache.moc"
