// Stable local ids against the stack's Dovecot: after a UIDVALIDITY change (the
// folder deleted and made again with the same messages, renumbered), the bodies
// kept offline come back to the messages under their new UIDs and stay
// searchable; `sync --bodies` downloads only the message that is really new,
// counted from the UID FETCH BODY.PEEK[] commands in the protocol log. With
// "bodies of the last N days", only recent mail is downloaded whole and older
// cached bodies are dropped, while the headers cover every message.
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/sequence_set.h"
#include "imap/simple_command.h"
#include "mail_stack.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/account_sync.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace heron;

namespace {

constexpr int kWaitMs = 30000;

QByteArray message(int index, const QByteArray &tag, bool withMessageId)
{
    QByteArray bytes = "From: Sender <sender" + QByteArray::number(index) + "@example.org>\r\nTo: bob@example.test\r\n"
        + "Subject: renumbered " + QByteArray::number(index) + "\r\nDate: Sun, 29 Nov 2026 10:0"
        + QByteArray::number(index) + ":00 +0000\r\n";
    if (withMessageId)
        bytes += "Message-ID: <renumbered-" + QByteArray::number(index) + '-' + tag + "@example.org>\r\n";
    return bytes + "\r\nThe word " + tag + "x" + QByteArray::number(index) + " is only in this body.\r\n";
}

// How many messages the session fetched whole since entry `from` of its log.
quint64 bodiesFetched(const imap::ImapSession &session, qsizetype from)
{
    quint64 count = 0;
    const auto &entries = session.log().entries();
    for (qsizetype i = from; i < entries.size(); ++i) {
        const QByteArray &line = entries.at(i).line;
        if (entries.at(i).direction != net::ProtocolLog::Direction::Client || !line.contains("BODY.PEEK[]"))
            continue;
        const QByteArrayList words = line.split(' ');
        const qsizetype fetch = words.indexOf("FETCH");
        if (const auto set = imap::SequenceSet::parse(words.value(fetch + 1)))
            count += set->count();
    }
    return count;
}

} // namespace

class TestUidValidityBodies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bodiesSurviveARenumbering();
    void onlyRecentBodiesKeptOffline();

private:
    std::unique_ptr<imap::ImapSession> openSession(const QByteArrayList &enable);
    bool run(imap::ImapSession &session, imap::ImapCommand *command);
    bool sync(imap::ImapSession &session, const QString &folder, bool *rebuilt, int offlineDays = 0);

    test::MailStack m_stack;
    QObject m_owner;
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    qint64 m_account = 0;
};

std::unique_ptr<imap::ImapSession> TestUidValidityBodies::openSession(const QByteArrayList &enable)
{
    imap::ImapSettings settings = m_stack.imapSettings(m_stack.user2, m_stack.pass2);
    settings.enable = enable;
    return test::MailStack::openImap(settings, kWaitMs);
}

bool TestUidValidityBodies::run(imap::ImapSession &session, imap::ImapCommand *command)
{
    command->setParent(&m_owner);
    session.run(command);
    return QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs) && command->succeeded();
}

bool TestUidValidityBodies::sync(imap::ImapSession &session, const QString &folder, bool *rebuilt, int offlineDays)
{
    sync::AccountSync sync(session, *m_cache, m_account, {folder});
    sync.setFetchBodies(true);
    sync.setOfflineBodyDays(offlineDays);
    QSignalSpy finished(&sync, &sync::AccountSync::finished);
    sync.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs) || !sync.succeeded()) {
        qWarning("sync failed: %s", qPrintable(sync.error()));
        return false;
    }
    *rebuilt = sync.results().constFirst().second.rebuilt;
    return true;
}

void TestUidValidityBodies::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    m_cache = std::make_unique<store::MailCache>(m_database);
    m_account = m_cache->accountId(m_stack.user2, &error).value_or(0);
    QVERIFY(m_account > 0);
}

void TestUidValidityBodies::bodiesSurviveARenumbering()
{
    QString error;

    const QByteArray tag = QUuid::createUuid().toString(QUuid::Id128).left(10).toLatin1();
    const QString folder = QStringLiteral("renumber-") + QString::fromLatin1(tag);
    auto writer = openSession({"CONDSTORE"});
    QVERIFY(writer);
    QVERIFY(run(*writer, imap::SimpleCommand::create(folder)));
    // Message 2 has no Message-ID: its header fields identify it.
    for (int i = 1; i <= 3; ++i)
        QVERIFY(run(*writer, new imap::AppendCommand(folder, message(i, tag, i != 2))));

    auto session = openSession({"QRESYNC", "CONDSTORE"});
    QVERIFY(session);
    bool rebuilt = true;
    qsizetype mark = session->log().entries().size();
    QVERIFY(sync(*session, folder, &rebuilt));
    QVERIFY(!rebuilt);
    QCOMPARE(bodiesFetched(*session, mark), 3u);
    const qint64 folderId = m_cache->folder(m_account, folder)->id;
    const quint32 oldValidity = m_cache->folder(m_account, folder)->uidValidity;
    QVERIFY(run(*session, imap::SimpleCommand::unselect()));

    // The same messages in a new folder of that name, after one that is really new.
    QVERIFY(run(*writer, imap::SimpleCommand::remove(folder)));
    QVERIFY(run(*writer, imap::SimpleCommand::create(folder)));
    QVERIFY(run(*writer, new imap::AppendCommand(folder, message(4, tag, true))));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(run(*writer, new imap::AppendCommand(folder, message(i, tag, i != 2))));

    mark = session->log().entries().size();
    QVERIFY(sync(*session, folder, &rebuilt));
    QVERIFY(rebuilt);
    QVERIFY(m_cache->folder(m_account, folder)->uidValidity != oldValidity);
    QCOMPARE(bodiesFetched(*session, mark), 1u); // only the new one
    QCOMPARE(m_cache->uids(folderId), (QList<quint32> {1, 2, 3, 4}));
    QVERIFY(m_cache->messagesWithoutBody(folderId).isEmpty());
    for (int i = 1; i <= 3; ++i) {
        // Old message i is now UID i + 1.
        QCOMPARE(m_cache->body(folderId, quint32(i + 1)).value_or(QByteArray()), message(i, tag, i != 2));
        const QString word = QString::fromLatin1(tag) + QStringLiteral("x%1").arg(i);
        const QList<store::MessageRecord> found = m_cache->search(folderId, word, 10, &error);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().uid, quint32(i + 1));
    }
    QCOMPARE(m_database.scalar(QStringLiteral("SELECT count(*) FROM detached_parts")).toInt(), 0);
    QVERIFY(run(*writer, imap::SimpleCommand::remove(folder)));
}

void TestUidValidityBodies::onlyRecentBodiesKeptOffline()
{
    const QByteArray tag = QUuid::createUuid().toString(QUuid::Id128).left(10).toLatin1();
    const QString folder = QStringLiteral("recent-") + QString::fromLatin1(tag);
    auto writer = openSession({"CONDSTORE"});
    QVERIFY(writer);
    QVERIFY(run(*writer, imap::SimpleCommand::create(folder)));
    // Received (INTERNALDATE) 400 and 100 days ago, and today.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const int age : {400, 100, 0})
        QVERIFY(run(*writer, new imap::AppendCommand(folder, message(age % 7 + 1, tag, true), {}, now.addDays(-age))));

    auto session = openSession({"QRESYNC", "CONDSTORE"});
    QVERIFY(session);
    bool rebuilt = false;
    qsizetype mark = session->log().entries().size();
    QVERIFY(sync(*session, folder, &rebuilt, 30));
    QCOMPARE(bodiesFetched(*session, mark), 1u);
    const qint64 folderId = m_cache->folder(m_account, folder)->id;
    QCOMPARE(m_cache->messageCount(folderId), 3); // every header
    QVERIFY(!m_cache->body(folderId, 1));
    QVERIFY(!m_cache->body(folderId, 2));
    QVERIFY(m_cache->body(folderId, 3));

    // All mail: the two older bodies come; then 30 days again: they go, nothing is fetched.
    mark = session->log().entries().size();
    QVERIFY(sync(*session, folder, &rebuilt, 0));
    QCOMPARE(bodiesFetched(*session, mark), 2u);
    QVERIFY(m_cache->body(folderId, 1));
    mark = session->log().entries().size();
    QVERIFY(sync(*session, folder, &rebuilt, 30));
    QCOMPARE(bodiesFetched(*session, mark), 0u);
    QVERIFY(!m_cache->body(folderId, 1));
    QVERIFY(!m_cache->body(folderId, 2));
    QVERIFY(m_cache->body(folderId, 3));
    QCOMPARE(m_cache->messageCount(folderId), 3);
    QVERIFY(run(*writer, imap::SimpleCommand::remove(folder)));
}

QTEST_GUILESS_MAIN(TestUidValidityBodies)
#include "tst_uidvalidity_bodies.moc"
