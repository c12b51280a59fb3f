// ActionReplayer against a scripted IMAP server, for what Dovecot cannot be made
// to do on cue: a connection that drops right after a MOVE was sent (the server
// did it, the answer is lost), and a refusal whose rollback must take the flags
// the server reports. The queue must keep what was not done, and nothing may be
// sent twice.
#include "../imap/imap_scripted_fixture.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "store/pending_actions.h"
#include "sync/action_replayer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heron;
using heron::test::ImapBehaviour;
using heron::test::ImapFixture;
using heron::test::ScriptedConnection;

namespace {

store::MessageRecord record(quint32 uid)
{
    store::MessageRecord message;
    message.uid = uid;
    message.subject = QStringLiteral("Subject %1").arg(uid);
    message.internalDate = QDateTime::fromSecsSinceEpoch(1'700'000'000 + uid * 60, Qt::UTC);
    return message;
}

// A mailbox server for one account: INBOX holds UIDs 1-3 until a MOVE takes one away.
struct FakeMailbox
{
    QList<quint32> inbox {1, 2, 3};
    QByteArray moveReply = "OK"; // "OK", "NO ...", or "drop" to cut the link without answering
    int moves = 0;
    int stores = 0;
};

ImapBehaviour behaviour(std::shared_ptr<FakeMailbox> box)
{
    ImapBehaviour behaviour;
    behaviour.command
        = [box](ScriptedConnection &connection, const QByteArray &tag, const QByteArray &verb, const QByteArray &line) {
              const QByteArrayList words = line.split(' ');
              if (verb == "SELECT") {
                  connection.reply("* " + QByteArray::number(box->inbox.size())
                                   + " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 10] ok\r\n" + tag
                                   + " OK [READ-WRITE] selected\r\n");
                  return true;
              }
              if (verb != "UID")
                  return false;
              const QByteArray command = words.value(2).toUpper();
              const quint32 uid = words.value(3).toUInt();
              const qsizetype seq = box->inbox.indexOf(uid) + 1;
              if (command == "FETCH") {
                  QByteArray answer;
                  if (seq > 0)
                      answer = "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(uid)
                          + " FLAGS (\\Answered))\r\n";
                  connection.reply(answer + tag + " OK fetched\r\n");
              } else if (command == "STORE") {
                  ++box->stores;
                  QByteArray answer;
                  if (seq > 0)
                      answer = "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(uid)
                          + " FLAGS (\\Seen \\Answered))\r\n";
                  connection.reply(answer + tag + " OK stored\r\n");
              } else if (command == "MOVE") {
                  ++box->moves;
                  if (box->moveReply == "drop") {
                      box->inbox.removeAll(uid); // the server did it; the client never hears
                      connection.close();
                  } else if (box->moveReply.startsWith("NO")) {
                      connection.reply(tag + ' ' + box->moveReply + "\r\n");
                  } else {
                      box->inbox.removeAll(uid);
                      connection.reply("* OK [COPYUID 9 " + QByteArray::number(uid) + " 55] moved\r\n* "
                                       + QByteArray::number(seq) + " EXPUNGE\r\n" + tag + " OK moved\r\n");
                  }
              } else {
                  return false;
              }
              return true;
          };
    return behaviour;
}

} // namespace

class TestActionReplayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(test::TestCertificates::instance().isValid()); }
    void init();
    void cleanup();
    void replaysInOrderAndTakesTheNewUid();
    void refusalRollsBackToTheServerState();
    void droppedLinkKeepsTheRestAndNeverMovesTwice();

private:
    // Opens a session to fixture and replays; whether it succeeded.
    bool replay(ImapFixture &fixture, QStringList *refusals = nullptr, QString *error = nullptr);

    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    std::unique_ptr<store::PendingActions> m_actions;
    qint64 m_account = 0;
    qint64 m_inbox = 0;
    qint64 m_archive = 0;
};

void TestActionReplayer::init()
{
    QString error;
    QVERIFY2(
        m_database.open(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            &error),
        qPrintable(error));
    m_cache = std::make_unique<store::MailCache>(m_database);
    m_actions = std::make_unique<store::PendingActions>(m_database);
    m_account = m_cache->accountId(QStringLiteral("alice@example.test"), &error).value_or(0);
    store::FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    store::FolderRecord archive;
    archive.name = QStringLiteral("Archive");
    archive.specialUse = QStringLiteral("\\Archive");
    QVERIFY(m_cache->replaceFolders(m_account, {inbox, archive}, &error));
    m_inbox = m_cache->folder(m_account, QStringLiteral("INBOX"))->id;
    store::FolderRecord archiveState = *m_cache->folder(m_account, QStringLiteral("Archive"));
    archiveState.uidValidity = 9;
    QVERIFY(m_cache->saveFolderState(archiveState, &error));
    m_archive = archiveState.id;
    QVERIFY(m_cache->storeMessages(m_inbox, {record(1), record(2), record(3)}, &error));
}

void TestActionReplayer::cleanup()
{
    m_actions.reset();
    m_cache.reset();
    m_database.close();
}

bool TestActionReplayer::replay(ImapFixture &fixture, QStringList *refusals, QString *error)
{
    imap::ImapSession session(fixture.settings());
    if (!test::openAndWait(session))
        return false;
    sync::ActionReplayer replayer(session, *m_cache, m_account);
    QSignalSpy finished(&replayer, &sync::ActionReplayer::finished);
    replayer.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, test::kImapWaitMs))
        return false;
    if (refusals)
        *refusals = replayer.refusals();
    if (error)
        *error = replayer.error();
    return replayer.succeeded();
}

void TestActionReplayer::replaysInOrderAndTakesTheNewUid()
{
    auto box = std::make_shared<FakeMailbox>();
    ImapFixture fixture(behaviour(box));
    QString error;
    QVERIFY(m_actions->addFlags(m_inbox, 1, {QStringLiteral("\\Seen")}, &error));
    QVERIFY(m_actions->archive(m_inbox, 2, &error));
    QVERIFY2(replay(fixture, nullptr, &error), qPrintable(error));
    QVERIFY(m_actions->queued(m_account).isEmpty());
    QCOMPARE(m_cache->message(m_inbox, 1)->flags,
             (QStringList {QStringLiteral("\\Seen"), QStringLiteral("\\Answered")}));
    QCOMPARE(m_cache->message(m_archive, 55)->subject, QStringLiteral("Subject 2"));
    const QByteArrayList verbs = fixture.verbs();
    QVERIFY(verbs.indexOf("SELECT") >= 0);
    QCOMPARE(box->stores, 1);
    QCOMPARE(box->moves, 1);
}

void TestActionReplayer::refusalRollsBackToTheServerState()
{
    auto box = std::make_shared<FakeMailbox>();
    box->moveReply = "NO [TRYCREATE] Mailbox doesn't exist: Archive";
    ImapFixture fixture(behaviour(box));
    QString error;
    QVERIFY(m_actions->archive(m_inbox, 2, &error));
    QCOMPARE(m_cache->messageCount(m_inbox), 2);
    QStringList refusals;
    QVERIFY2(replay(fixture, &refusals, &error), qPrintable(error));
    QCOMPARE(refusals,
             QStringList {QStringLiteral("Moving 'Subject 2' to Archive failed: Mailbox doesn't exist: Archive")});
    // Back in INBOX with the flags the server reported, nothing left in Archive or in the queue.
    QCOMPARE(m_cache->message(m_inbox, 2)->flags, QStringList {QStringLiteral("\\Answered")});
    QCOMPARE(m_cache->messageCount(m_archive), 0);
    QVERIFY(m_actions->queued(m_account).isEmpty());
    QCOMPARE(m_actions->refused(m_account).size(), 1);
}

void TestActionReplayer::droppedLinkKeepsTheRestAndNeverMovesTwice()
{
    auto box = std::make_shared<FakeMailbox>();
    box->moveReply = "drop";
    ImapFixture fixture(behaviour(box));
    QString error;
    QVERIFY(m_actions->addFlags(m_inbox, 1, {QStringLiteral("\\Seen")}, &error));
    QVERIFY(m_actions->archive(m_inbox, 2, &error));
    QVERIFY(m_actions->addFlags(m_inbox, 3, {QStringLiteral("\\Seen")}, &error));
    QVERIFY(!replay(fixture, nullptr, &error));
    QVERIFY(!error.isEmpty());
    // The first is done; the move (unanswered) and the one after it wait.
    const QList<store::PendingAction> left = m_actions->queued(m_account);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).kind, store::PendingAction::Kind::Move);
    QCOMPARE(left.at(0).attempts, 1);
    QCOMPARE(m_cache->message(m_inbox, 3)->flags, QStringList {QStringLiteral("\\Seen")}); // still local
    QCOMPARE(box->moves, 1);

    // Reconnected: the message is not in INBOX any more, so the move was done; never sent again.
    box->moveReply = "OK";
    QVERIFY2(replay(fixture, nullptr, &error), qPrintable(error));
    QCOMPARE(box->moves, 1);
    QVERIFY(m_actions->queued(m_account).isEmpty());
    QCOMPARE(m_cache->uids(m_inbox), (QList<quint32> {1, 3}));
    QCOMPARE(m_cache->message(m_inbox, 3)->flags,
             (QStringList {QStringLiteral("\\Seen"), QStringLiteral("\\Answered")}));
    // Without the new UID the placeholder goes: the next sync of Archive lists the message.
    QCOMPARE(m_cache->messageCount(m_archive), 0);
    QCOMPARE(box->stores, 2);
}

QTEST_GUILESS_MAIN(TestActionReplayer)
#include "tst_action_replayer.moc"
