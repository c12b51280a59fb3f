// Subject threading: RFC 5256 base subjects, and the JWZ fallback in MailCache:
// a message that refers to nothing joins the thread root with its base subject
// when one of the two is a reply or forward, in either arrival order; two
// unrelated messages with the same plain subject stay apart; references win.
#include "store/base_subject.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QTemporaryDir>
#include <QTest>

using heron::store::BaseSubject;
using heron::store::Database;
using heron::store::FolderRecord;
using heron::store::MailCache;
using heron::store::MessageRecord;

namespace {

MessageRecord record(quint32 uid, const QString &subject, const QString &inReplyTo = {})
{
    MessageRecord message;
    message.uid = uid;
    message.subject = subject;
    message.messageId = QStringLiteral("<s%1@example.org>").arg(uid);
    message.inReplyTo = inReplyTo;
    message.internalDate = QDateTime::fromSecsSinceEpoch(1'700'000'000 + uid * 60, Qt::UTC);
    return message;
}

} // namespace

class TestSubjectThreading : public QObject
{
    Q_OBJECT

private slots:
    void baseSubject_data();
    void baseSubject();
    void init();
    void cleanup();
    void replyJoinsTheOriginalInEitherOrder();
    void plainSubjectsStayApart();
    void referencesWinOverSubjects();
    void migrationFillsBaseSubjects();

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<MailCache> m_cache;
    qint64 m_inbox = 0;
    qint64 m_sent = 0;
};

void TestSubjectThreading::baseSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("reply");
    QTest::newRow("plain") << QStringLiteral("Lunch on Friday") << QStringLiteral("lunch on friday") << false;
    QTest::newRow("re") << QStringLiteral("Re: Lunch on Friday") << QStringLiteral("lunch on friday") << true;
    QTest::newRow("nested") << QStringLiteral("RE: re:  Fwd: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("counted") << QStringLiteral("Re[2]: Lunch") << QStringLiteral("lunch") << true;
    QTest::newRow("list tag") << QStringLiteral("[heron-dev] Re: [PATCH] sync") << QStringLiteral("sync") << true;
    QTest::newRow("only a tag") << QStringLiteral("[heron-dev]") << QStringLiteral("[heron-dev]") << false;
    QTest::newRow("trailer") << QStringLiteral("Lunch (fwd)") << QStringLiteral("lunch") << true;
    QTest::newRow("forward wrapper") << QStringLiteral("[Fwd: Re: Lunch]") << QStringLiteral("lunch") << true;
    QTest::newRow("whitespace") << QStringLiteral("  Lunch \t on\r\n Friday ") << QStringLiteral("lunch on friday")
                                << false;
    QTest::newRow("not a prefix") << QStringLiteral("Reminder: lunch") << QStringLiteral("reminder: lunch") << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestSubjectThreading::baseSubject()
{
    QFETCH(QString, subject);
    QFETCH(QString, base);
    QFETCH(bool, reply);
    bool isReply = !reply;
    QCOMPARE(BaseSubject::of(subject, &isReply), base);
    QCOMPARE(isReply, reply);
}

void TestSubjectThreading::init()
{
    QString error;
    QVERIFY2(
        m_database.open(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            &error),
        qPrintable(error));
    m_cache = std::make_unique<MailCache>(m_database);
    const qint64 account = m_cache->accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
    FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    FolderRecord sent;
    sent.name = QStringLiteral("Sent");
    QVERIFY(m_cache->replaceFolders(account, {inbox, sent}, &error));
    m_inbox = m_cache->folder(account, QStringLiteral("INBOX"))->id;
    m_sent = m_cache->folder(account, QStringLiteral("Sent"))->id;
}

void TestSubjectThreading::cleanup()
{
    m_cache.reset();
    m_database.close();
}

void TestSubjectThreading::replyJoinsTheOriginalInEitherOrder()
{
    QString error;
    // Original first, then a reply from a client that sends no References.
    QVERIFY(m_cache->storeMessages(m_inbox, {record(1, QStringLiteral("Lunch on Friday"))}, &error));
    QVERIFY(m_cache->storeMessages(m_sent, {record(2, QStringLiteral("Re: Lunch on Friday"))}, &error));
    QCOMPARE(m_cache->threadId(m_sent, 2), m_cache->threadId(m_inbox, 1));
    // Newest first, as sync stores them: the reply, then the original.
    QVERIFY(m_cache->storeMessages(m_inbox, {record(11, QStringLiteral("[team] RE: Budget"))}, &error));
    QVERIFY(m_cache->storeMessages(m_inbox, {record(10, QStringLiteral("Budget"))}, &error));
    QCOMPARE(m_cache->threadId(m_inbox, 10), m_cache->threadId(m_inbox, 11));
    QCOMPARE(m_cache->threadUids(m_inbox, m_cache->threadId(m_inbox, 10)), (QList<quint32> {10, 11}));
    QVERIFY(m_cache->threadId(m_inbox, 10) != m_cache->threadId(m_inbox, 1));
}

void TestSubjectThreading::plainSubjectsStayApart()
{
    QString error;
    QVERIFY(m_cache->storeMessages(m_inbox, {record(1, QStringLiteral("Hello")), record(2, QStringLiteral("hello"))},
                                   &error));
    QVERIFY(m_cache->threadId(m_inbox, 1) != m_cache->threadId(m_inbox, 2));
    QVERIFY(m_cache->storeMessages(m_inbox, {record(3, QString())}, &error));
    QVERIFY(m_cache->storeMessages(m_inbox, {record(4, QStringLiteral("Re:"))}, &error));
    QVERIFY(m_cache->threadId(m_inbox, 3) != m_cache->threadId(m_inbox, 4));
}

void TestSubjectThreading::referencesWinOverSubjects()
{
    QString error;
    QVERIFY(m_cache->storeMessages(m_inbox, {record(1, QStringLiteral("Lunch"))}, &error));
    QVERIFY(m_cache->storeMessages(m_inbox, {record(2, QStringLiteral("Other"))}, &error));
    // Refers to message 2: its subject does not matter.
    QVERIFY(m_cache->storeMessages(
        m_inbox, {record(3, QStringLiteral("Re: Lunch"), QStringLiteral("<s2@example.org>"))}, &error));
    QCOMPARE(m_cache->threadId(m_inbox, 3), m_cache->threadId(m_inbox, 2));
    // Refers to a message that is not cached: no subject guess either.
    QVERIFY(
        m_cache->storeMessages(m_inbox, {record(4, QStringLiteral("Re: Lunch"), QStringLiteral("<gone@x>"))}, &error));
    QVERIFY(m_cache->threadId(m_inbox, 4) != m_cache->threadId(m_inbox, 1));
}

void TestSubjectThreading::migrationFillsBaseSubjects()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    QString error;
    {
        Database old;
        QVERIFY2(old.open(path, &error, 4), qPrintable(error));
        QVERIFY(old.exec(QStringLiteral("INSERT INTO accounts (id, key, email, created_at) VALUES (1, 'k', 'e', 0)"),
                         &error));
        QVERIFY(old.exec(QStringLiteral("INSERT INTO folders (id, account_id, name) VALUES (1, 1, 'INBOX')"), &error));
        QVERIFY(old.exec(QStringLiteral("INSERT INTO messages (id, folder_id, uid, subject, thread_id) "
                                        "VALUES (1, 1, 1, 'Fwd: Plans', 1)"),
                         &error));
    }
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.scalar(QStringLiteral("SELECT base_subject FROM messages WHERE id = 1")).toString(),
             QStringLiteral("plans"));
    // The migrated root is found by a later reply.
    MailCache cache(db);
    QVERIFY(cache.storeMessages(1, {record(2, QStringLiteral("Plans"))}, &error));
    QCOMPARE(cache.threadId(1, 2), 1);
}

QTEST_GUILESS_MAIN(TestSubjectThreading)
#include "tst_subject_threading.moc"
