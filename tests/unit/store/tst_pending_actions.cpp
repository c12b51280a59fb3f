// PendingActions: each offline action changes the cache at once and is queued in
// order; a sync cannot overwrite flags changed offline, nor fetch back a message
// moved or deleted offline; completion and refusal bring the cache to the
// server's state; delete goes to the Trash, or expunges there; a move is undone.
#include "store/database.h"
#include "store/mail_cache.h"
#include "store/part_cache.h"
#include "store/pending_actions.h"

#include <QTemporaryDir>
#include <QTest>

using heron::store::Database;
using heron::store::FlagUpdate;
using heron::store::FolderRecord;
using heron::store::MailCache;
using heron::store::MessageRecord;
using heron::store::PendingAction;
using heron::store::PendingActions;

namespace {

MessageRecord record(quint32 uid, const QStringList &flags = {})
{
    MessageRecord message;
    message.uid = uid;
    message.flags = flags;
    message.subject = QStringLiteral("Subject %1").arg(uid);
    message.messageId = QStringLiteral("<m%1@example.org>").arg(uid);
    message.internalDate = QDateTime::fromSecsSinceEpoch(1'700'000'000 + uid * 60, Qt::UTC);
    message.size = 100;
    return message;
}

const QString kSeen = QStringLiteral("\\Seen");

} // namespace

class TestPendingActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void flagsAppliedAtOnceAndKeptFromSync();
    void flagCompletionTakesTheServerFlags();
    void flagRefusalRestoresTheServerFlags();
    void moveShowsInTargetAndHidesFromSourceSync();
    void moveCompletionTakesTheNewUid();
    void moveRefusalPutsTheMessageBack();
    void moveOfAMessageTheServerLostDropsIt();
    void deleteGoesToTrashThenExpunges();
    void junkGoesToJunkAndBackToTheInbox();
    void expungeRefusalStoresTheMessageAgain();
    void queueKeepsOrderAndRefusalsStayUntilDismissed();
    void unknownMessagesAndFoldersAreClearErrors();
    void undoOfAQueuedMoveDropsIt();
    void undoOfAMadeMoveMovesBack();
    void undoOfARefusedOrLostMove();

private:
    qint64 folderId(const QString &name) { return m_cache->folder(m_account, name)->id; }
    QStringList flagsOf(const QString &folder, quint32 uid)
    {
        const auto message = m_cache->message(folderId(folder), uid);
        return message ? message->flags : QStringList {QStringLiteral("<missing>")};
    }

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<MailCache> m_cache;
    std::unique_ptr<PendingActions> m_actions;
    qint64 m_account = 0;
    qint64 m_inbox = 0;
};

void TestPendingActions::init()
{
    QString error;
    QVERIFY2(
        m_database.open(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            &error),
        qPrintable(error));
    m_cache = std::make_unique<MailCache>(m_database);
    m_actions = std::make_unique<PendingActions>(m_database);
    m_account = m_cache->accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
    QVERIFY(m_account > 0);
    QList<FolderRecord> folders;
    for (const auto &[name, use] : {std::pair {"INBOX", ""}, std::pair {"Archive", "\\Archive"},
                                    std::pair {"Trash", "\\Trash"}, std::pair {"Spam", "\\Junk"}}) {
        FolderRecord folder;
        folder.name = QLatin1String(name);
        folder.specialUse = QLatin1String(use);
        folders.append(folder);
    }
    QVERIFY(m_cache->replaceFolders(m_account, folders, &error));
    m_inbox = folderId(QStringLiteral("INBOX"));
    QVERIFY2(m_cache->storeMessages(m_inbox, {record(1), record(2, {kSeen}), record(3)}, &error), qPrintable(error));
}

void TestPendingActions::cleanup()
{
    m_actions.reset();
    m_cache.reset();
    m_database.close();
}

void TestPendingActions::flagsAppliedAtOnceAndKeptFromSync()
{
    QString error;
    QVERIFY2(m_actions->addFlags(m_inbox, 1, {kSeen}, &error), qPrintable(error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), QStringList {kSeen});
    // A sync reporting the server's (older) flags leaves the local change alone...
    QVERIFY(m_cache->updateFlags(m_inbox, {FlagUpdate {1, {}, 50}}, &error));
    QVERIFY(m_cache->storeMessages(m_inbox, {record(1, {QStringLiteral("\\Answered")})}, &error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), QStringList {kSeen});
    // ...but not other messages' flags.
    QVERIFY(m_cache->updateFlags(m_inbox, {FlagUpdate {3, {kSeen}, 51}}, &error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 3), QStringList {kSeen});
    // A second local change on the same message goes through too.
    QVERIFY2(m_actions->addFlags(m_inbox, 1, {QStringLiteral("\\Flagged")}, &error), qPrintable(error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), (QStringList {kSeen, QStringLiteral("\\Flagged")}));
    QVERIFY2(m_actions->removeFlags(m_inbox, 2, {kSeen}, &error), qPrintable(error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 2), QStringList());
}

void TestPendingActions::flagCompletionTakesTheServerFlags()
{
    QString error;
    QVERIFY(m_actions->addFlags(m_inbox, 1, {kSeen}, &error));
    QVERIFY(m_actions->addFlags(m_inbox, 1, {QStringLiteral("\\Flagged")}, &error));
    QList<PendingAction> queue = m_actions->queued(m_account);
    QCOMPARE(queue.size(), 2);
    const QStringList server {kSeen, QStringLiteral("$Label1")};
    // While the second change waits, the local flags stay.
    QVERIFY2(m_actions->complete(queue.at(0), server, std::nullopt, &error), qPrintable(error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), (QStringList {kSeen, QStringLiteral("\\Flagged")}));
    const QStringList final {kSeen, QStringLiteral("$Label1"), QStringLiteral("\\Flagged")};
    QVERIFY2(m_actions->complete(queue.at(1), final, std::nullopt, &error), qPrintable(error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), final);
    QVERIFY(m_actions->queued(m_account).isEmpty());
    // With nothing queued, sync writes flags again.
    QVERIFY(m_cache->updateFlags(m_inbox, {FlagUpdate {1, {}, 60}}, &error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), QStringList());
}

void TestPendingActions::flagRefusalRestoresTheServerFlags()
{
    QString error;
    QVERIFY(m_actions->addFlags(m_inbox, 1, {kSeen}, &error));
    const PendingAction action = m_actions->queued(m_account).constFirst();
    QCOMPARE(action.flagsBefore, QStringList());
    MessageRecord server = record(1, {QStringLiteral("\\Answered")});
    QVERIFY2(m_actions->refuse(action, QStringLiteral("no permission"), server, false, &error), qPrintable(error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), QStringList {QStringLiteral("\\Answered")});
    QVERIFY(m_actions->queued(m_account).isEmpty());
    // Nothing protects the flags any more.
    QVERIFY(m_cache->updateFlags(m_inbox, {FlagUpdate {1, {kSeen}, 60}}, &error));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 1), QStringList {kSeen});
}

void TestPendingActions::moveShowsInTargetAndHidesFromSourceSync()
{
    QString error;
    const qint64 archive = folderId(QStringLiteral("Archive"));
    const qint64 row = m_database.scalar(QStringLiteral("SELECT id FROM messages WHERE uid = 2")).toLongLong();
    QVERIFY2(heron::store::PartCache(m_database).store(row, QStringLiteral(""), "body bytes", {}, &error),
             qPrintable(error));
    const std::optional<qint64> id = m_actions->archive(m_inbox, 2, &error);
    QVERIFY2(id, qPrintable(error));
    // Gone from the list of INBOX, listed in Archive under a placeholder, body kept.
    QCOMPARE(m_cache->messageCount(m_inbox), 2);
    QCOMPARE(m_cache->messageCount(archive), 1);
    const quint32 placeholder = PendingActions::placeholderUid(*id);
    QCOMPARE(m_cache->page(archive, 10, 0).constFirst().uid, placeholder);
    QCOMPARE(m_cache->page(archive, 10, 0).constFirst().subject, QStringLiteral("Subject 2"));
    QCOMPARE(m_cache->body(archive, placeholder).value_or(QByteArray()), QByteArray("body bytes"));
    // The server still has it in INBOX and not yet in Archive: what sync compares with.
    QCOMPARE(m_cache->uids(m_inbox), (QList<quint32> {1, 2, 3}));
    QCOMPARE(m_cache->uids(archive), QList<quint32>());
    // A placeholder cannot be acted on until the move is done.
    QVERIFY(!m_actions->addFlags(archive, placeholder, {kSeen}, &error));
    QVERIFY(error.contains(QStringLiteral("still being moved")));
}

void TestPendingActions::junkGoesToJunkAndBackToTheInbox()
{
    QString error;
    const std::optional<qint64> id = m_actions->junk(m_inbox, 2, &error);
    QVERIFY2(id, qPrintable(error));
    const qint64 spam = folderId(QStringLiteral("Spam"));
    QCOMPARE(m_cache->messageCount(m_inbox), 2);
    QCOMPARE(m_cache->messageCount(spam), 1);
    QCOMPARE(m_actions->queued(m_account).constLast().target, QStringLiteral("Spam"));
    // Not junk after all: from the Junk folder it goes to the Inbox.
    QVERIFY2(m_actions->complete(m_actions->queued(m_account).constLast(), std::nullopt, 7, &error), qPrintable(error));
    QVERIFY2(m_cache->storeMessages(spam, {record(7)}, &error), qPrintable(error));
    QVERIFY2(m_actions->junk(spam, 7, &error), qPrintable(error));
    QCOMPARE(m_actions->queued(m_account).constLast().target, QStringLiteral("INBOX"));
    // An account without a Junk folder: the reason, and nothing changed.
    QList<FolderRecord> folders = m_cache->folders(m_account);
    folders.removeIf([](const FolderRecord &folder) { return folder.specialUse == QLatin1String("\\Junk"); });
    QVERIFY(m_cache->replaceFolders(m_account, folders, &error));
    error.clear();
    QVERIFY(!m_actions->junk(m_inbox, 1, &error));
    QVERIFY2(error.contains(QStringLiteral("junk folder")), qPrintable(error));
    QCOMPARE(m_cache->messageCount(m_inbox), 3); // 1, 3 and 7 on its way back; 1 stayed
}

void TestPendingActions::moveCompletionTakesTheNewUid()
{
    QString error;
    const qint64 archive = folderId(QStringLiteral("Archive"));
    QVERIFY(m_actions->move(m_inbox, 2, QStringLiteral("Archive"), &error));
    QVERIFY(m_actions->move(m_inbox, 3, QStringLiteral("Archive"), &error));
    const QList<PendingAction> queue = m_actions->queued(m_account);
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue.at(0).target, QStringLiteral("Archive"));
    QVERIFY2(m_actions->complete(queue.at(0), std::nullopt, 41, &error), qPrintable(error));
    QCOMPARE(m_cache->message(archive, 41)->subject, QStringLiteral("Subject 2"));
    QCOMPARE(m_cache->uids(m_inbox), (QList<quint32> {1, 3}));
    QCOMPARE(m_cache->uids(archive), QList<quint32> {41});
    // No COPYUID: the placeholder goes, the next sync of Archive brings the message.
    QVERIFY2(m_actions->complete(queue.at(1), std::nullopt, std::nullopt, &error), qPrintable(error));
    QCOMPARE(m_cache->messageCount(archive), 1);
    QCOMPARE(m_cache->uids(m_inbox), QList<quint32> {1});
}

void TestPendingActions::moveRefusalPutsTheMessageBack()
{
    QString error;
    QVERIFY(m_actions->addFlags(m_inbox, 2, {QStringLiteral("\\Flagged")}, &error));
    QVERIFY(m_actions->move(m_inbox, 2, QStringLiteral("Archive"), &error));
    const PendingAction move = m_actions->queued(m_account).at(1);
    QCOMPARE(move.kind, PendingAction::Kind::Move);
    QVERIFY2(
        m_actions->refuse(move, QStringLiteral("[TRYCREATE] Mailbox doesn't exist"), record(2, {kSeen}), false, &error),
        qPrintable(error));
    QCOMPARE(m_cache->messageCount(folderId(QStringLiteral("Archive"))), 0);
    // Back under its UID; the queued flag change still shows until it is replayed.
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 2), (QStringList {kSeen, QStringLiteral("\\Flagged")}));
    QCOMPARE(m_actions->refused(m_account).size(), 1);
    QCOMPARE(m_actions->refused(m_account).constFirst().lastError, QStringLiteral("[TRYCREATE] Mailbox doesn't exist"));
}

void TestPendingActions::moveOfAMessageTheServerLostDropsIt()
{
    QString error;
    QVERIFY(m_actions->move(m_inbox, 2, QStringLiteral("Archive"), &error));
    const PendingAction move = m_actions->queued(m_account).constFirst();
    QVERIFY(m_actions->refuse(move, QStringLiteral("gone"), std::nullopt, true, &error));
    QCOMPARE(m_cache->messageCount(folderId(QStringLiteral("Archive"))), 0);
    QVERIFY(!m_cache->message(m_inbox, 2));
}

void TestPendingActions::deleteGoesToTrashThenExpunges()
{
    QString error;
    const qint64 trash = folderId(QStringLiteral("Trash"));
    QVERIFY2(m_actions->remove(m_inbox, 1, &error), qPrintable(error));
    PendingAction move = m_actions->queued(m_account).constFirst();
    QCOMPARE(move.kind, PendingAction::Kind::Move);
    QCOMPARE(move.target, QStringLiteral("Trash"));
    QVERIFY(m_actions->complete(move, std::nullopt, 7, &error));
    QCOMPARE(m_cache->uids(trash), QList<quint32> {7});
    // Deleting in the Trash is for good.
    QVERIFY2(m_actions->remove(trash, 7, &error), qPrintable(error));
    const PendingAction expunge = m_actions->queued(m_account).constFirst();
    QCOMPARE(expunge.kind, PendingAction::Kind::Expunge);
    QCOMPARE(expunge.subject, QStringLiteral("Subject 1"));
    QCOMPARE(m_cache->messageCount(trash), 0);
    QCOMPARE(m_cache->uids(trash), QList<quint32> {7}); // until the server expunged it
    QVERIFY(m_actions->complete(expunge, std::nullopt, std::nullopt, &error));
    QCOMPARE(m_cache->uids(trash), QList<quint32>());
}

void TestPendingActions::expungeRefusalStoresTheMessageAgain()
{
    QString error;
    QVERIFY(m_actions->move(m_inbox, 3, QStringLiteral("Trash"), &error));
    QVERIFY(m_actions->complete(m_actions->queued(m_account).constFirst(), std::nullopt, 9, &error));
    const qint64 trash = folderId(QStringLiteral("Trash"));
    QVERIFY(m_actions->remove(trash, 9, &error));
    QVERIFY(!m_cache->message(trash, 9));
    MessageRecord server = record(9, {kSeen});
    server.subject = QStringLiteral("Subject 3");
    QVERIFY2(m_actions->refuse(m_actions->queued(m_account).constFirst(), QStringLiteral("read-only"), server, false,
                               &error),
             qPrintable(error));
    QCOMPARE(m_cache->message(trash, 9)->subject, QStringLiteral("Subject 3"));
}

void TestPendingActions::queueKeepsOrderAndRefusalsStayUntilDismissed()
{
    QString error;
    QVERIFY(m_actions->addFlags(m_inbox, 3, {kSeen}, &error));
    QVERIFY(m_actions->move(m_inbox, 1, QStringLiteral("Archive"), &error));
    QVERIFY(m_actions->removeFlags(m_inbox, 2, {kSeen}, &error));
    const QList<PendingAction> queue = m_actions->queued(m_account);
    QCOMPARE(queue.size(), 3);
    QCOMPARE(queue.at(0).kind, PendingAction::Kind::AddFlags);
    QCOMPARE(queue.at(0).describe(), QStringLiteral("Marking 'Subject 3' as read"));
    QCOMPARE(queue.at(1).describe(), QStringLiteral("Moving 'Subject 1' to Archive"));
    QCOMPARE(queue.at(2).describe(), QStringLiteral("Marking 'Subject 2' as unread"));
    QVERIFY(queue.at(0).id < queue.at(1).id && queue.at(1).id < queue.at(2).id);
    QVERIFY(m_actions->noteAttempt(queue.at(0).id, &error));
    QCOMPARE(m_actions->queued(m_account).constFirst().attempts, 1);
    QVERIFY(m_actions->refuse(queue.at(0), QStringLiteral("no"), std::nullopt, false, &error));
    QCOMPARE(m_actions->queued(m_account).size(), 2);
    QCOMPARE(m_actions->refused(m_account).size(), 1);
    QVERIFY(m_actions->dismiss(queue.at(0).id, &error));
    QVERIFY(m_actions->refused(m_account).isEmpty());
    // Dismissing never drops a queued action.
    QVERIFY(m_actions->dismiss(queue.at(1).id, &error));
    QCOMPARE(m_actions->queued(m_account).size(), 2);
}

void TestPendingActions::unknownMessagesAndFoldersAreClearErrors()
{
    QString error;
    QVERIFY(!m_actions->addFlags(m_inbox, 99, {kSeen}, &error));
    QVERIFY(error.contains(QStringLiteral("UID 99")));
    QVERIFY(!m_actions->move(m_inbox, 1, QStringLiteral("Nowhere"), &error));
    QVERIFY(error.contains(QStringLiteral("Nowhere")));
    QVERIFY(!m_actions->move(m_inbox, 1, QStringLiteral("INBOX"), &error));
    QVERIFY(m_actions->queued(m_account).isEmpty());
    QCOMPARE(m_cache->messageCount(m_inbox), 3);
}

// Not sent yet: Undo drops the action and the message is back under its UID, nothing to send.
void TestPendingActions::undoOfAQueuedMoveDropsIt()
{
    QString error;
    const std::optional<qint64> id = m_actions->remove(m_inbox, 2, &error);
    QVERIFY2(id, qPrintable(error));
    const std::optional<PendingAction> move = m_actions->action(*id);
    QVERIFY(move);
    QCOMPARE(move->target, QStringLiteral("Trash"));
    QCOMPARE(move->folderName, QStringLiteral("INBOX"));
    QCOMPARE(m_cache->messageCount(folderId(QStringLiteral("Trash"))), 1);
    QVERIFY2(m_actions->undoMove(*move, &error), qPrintable(error));
    QCOMPARE(m_cache->messageCount(folderId(QStringLiteral("Trash"))), 0);
    QCOMPARE(m_cache->message(m_inbox, 2)->subject, QStringLiteral("Subject 2"));
    QCOMPARE(flagsOf(QStringLiteral("INBOX"), 2), QStringList {kSeen});
    QVERIFY(m_actions->queued(m_account).isEmpty());
    QVERIFY(!m_actions->action(*id));
}

// The server moved it already: Undo queues a move back from where it is now.
void TestPendingActions::undoOfAMadeMoveMovesBack()
{
    QString error;
    const qint64 archive = folderId(QStringLiteral("Archive"));
    const std::optional<qint64> id = m_actions->archive(m_inbox, 3, &error);
    QVERIFY2(id, qPrintable(error));
    const PendingAction move = *m_actions->action(*id);
    QVERIFY2(m_actions->complete(move, std::nullopt, 77, &error), qPrintable(error));
    QCOMPARE(m_cache->uids(archive), QList<quint32> {77});
    QVERIFY2(m_actions->undoMove(move, &error), qPrintable(error));
    const QList<PendingAction> queue = m_actions->queued(m_account);
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.constFirst().folderName, QStringLiteral("Archive"));
    QCOMPARE(queue.constFirst().uid, 77u);
    QCOMPARE(queue.constFirst().target, QStringLiteral("INBOX"));
    QCOMPARE(m_cache->messageCount(archive), 0);
    QCOMPARE(m_cache->messageCount(m_inbox), 3); // under a placeholder until the server says its UID
}

void TestPendingActions::undoOfARefusedOrLostMove()
{
    QString error;
    // Refused: the message is back already, nothing more happens.
    const std::optional<qint64> refused = m_actions->move(m_inbox, 1, QStringLiteral("Archive"), &error);
    QVERIFY(refused);
    const PendingAction move = *m_actions->action(*refused);
    QVERIFY(m_actions->refuse(move, QStringLiteral("no"), record(1), false, &error));
    QVERIFY2(m_actions->undoMove(move, &error), qPrintable(error));
    QCOMPARE(m_cache->uids(m_inbox), (QList<quint32> {1, 2, 3}));
    QVERIFY(m_actions->queued(m_account).isEmpty());
    // Made, then gone from the destination (expunged by another client): a clear error.
    const std::optional<qint64> made = m_actions->move(m_inbox, 2, QStringLiteral("Archive"), &error);
    QVERIFY(made);
    const PendingAction second = *m_actions->action(*made);
    QVERIFY(m_actions->complete(second, std::nullopt, 5, &error));
    QVERIFY(m_cache->removeMessages(folderId(QStringLiteral("Archive")), {5}, &error));
    QVERIFY(!m_actions->undoMove(second, &error));
    QVERIFY2(error.contains(QStringLiteral("Subject 2")) && error.contains(QStringLiteral("Archive")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPendingActions)
#include "tst_pending_actions.moc"
