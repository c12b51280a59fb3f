// FolderTreeModel over a real cache file: accounts with their folders in the
// special-use order, unread counts, reload() keeping rows when only the
// counts changed, and the All Inboxes row that two accounts bring.
#include "folder_tree_model.h"
#include "message_drag.h"
#include "message_list_model.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using heron::ui::FolderTreeModel;
using heron::ui::MessageDrag;
using heron::ui::MessageListModel;
namespace store = heron::store;

namespace {

store::FolderRecord folder(const QString &name, const QString &specialUse = {})
{
    store::FolderRecord record;
    record.name = name;
    record.delimiter = QLatin1Char('/');
    record.specialUse = specialUse;
    record.subscribed = true;
    return record;
}

store::MessageRecord message(quint32 uid, bool seen)
{
    store::MessageRecord record;
    record.uid = uid;
    record.internalDate = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC).addSecs(uid);
    record.subject = QStringLiteral("Message %1").arg(uid);
    if (seen)
        record.flags << QStringLiteral("\\Seen");
    return record;
}

} // namespace

class TestFolderTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    qint64 m_alice = 0;
    qint64 m_bob = 0;

    QStringList folderNames(const FolderTreeModel &model, int accountRow)
    {
        QStringList names;
        const QModelIndex account = model.index(accountRow, 0);
        for (int row = 0; row < model.rowCount(account); ++row)
            names << model.index(row, 0, account).data(FolderTreeModel::FolderNameRole).toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
        m_cache = std::make_unique<store::MailCache>(m_database);
        m_alice = m_cache->accountId(QStringLiteral("alice@example.test"), &error).value_or(0);
        m_bob = m_cache->accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
        QVERIFY(m_alice > 0 && m_bob > 0);
        QVERIFY2(m_cache->replaceFolders(
                     m_alice,
                     {folder(QStringLiteral("Zeta")), folder(QStringLiteral("Bin"), QStringLiteral("\\Trash")),
                      folder(QStringLiteral("Alpha")), folder(QStringLiteral("Sent Items"), QStringLiteral("\\Sent")),
                      folder(QStringLiteral("Spam"), QStringLiteral("\\Junk")), folder(QStringLiteral("INBOX")),
                      folder(QStringLiteral("Archive"), QStringLiteral("\\Archive")),
                      folder(QStringLiteral("Drafts"), QStringLiteral("\\Drafts"))},
                     &error),
                 qPrintable(error));
        QVERIFY2(m_cache->replaceFolders(m_bob, {folder(QStringLiteral("INBOX"))}, &error), qPrintable(error));
        const qint64 inbox = m_cache->folder(m_alice, QStringLiteral("INBOX"))->id;
        QVERIFY2(m_cache->storeMessages(
                     inbox, {message(1, true), message(2, false), message(3, false), message(4, false)}, &error),
                 qPrintable(error));
    }

    void accountsThenFoldersInSpecialUseOrder()
    {
        FolderTreeModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({{QStringLiteral("alice@example.test"), QStringLiteral("Alice"), m_alice},
                           {QStringLiteral("bob@example.test"), QString(), m_bob}});
        QCOMPARE(model.rowCount(), 3); // All Inboxes first
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Alice"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("bob@example.test"));
        QVERIFY(model.index(1, 0).data(FolderTreeModel::IsAccountRole).toBool());
        QCOMPARE(folderNames(model, 1),
                 QStringList({QStringLiteral("INBOX"), QStringLiteral("Drafts"), QStringLiteral("Sent Items"),
                              QStringLiteral("Archive"), QStringLiteral("Spam"), QStringLiteral("Bin"),
                              QStringLiteral("Alpha"), QStringLiteral("Zeta")}));
        QCOMPARE(folderNames(model, 2), QStringList({QStringLiteral("INBOX")}));
        const QModelIndex sent = model.folderIndex(QStringLiteral("ALICE@example.test"), QStringLiteral("Sent Items"));
        QVERIFY(sent.isValid());
        QCOMPARE(sent.row(), 2);
        QCOMPARE(sent.parent(), model.index(1, 0));
        QCOMPARE(sent.data(FolderTreeModel::SpecialUseRole).toString(), QStringLiteral("\\Sent"));
        QCOMPARE(sent.data(FolderTreeModel::AccountEmailRole).toString(), QStringLiteral("alice@example.test"));
        QCOMPARE(sent.data(FolderTreeModel::FolderIdRole).toLongLong(),
                 m_cache->folder(m_alice, QStringLiteral("Sent Items"))->id);
    }

    // Messages dragged out of the list drop on another folder of their account only.
    void dragMessagesToAFolder()
    {
        FolderTreeModel folders(*m_cache);
        folders.setAccounts({{QStringLiteral("alice@example.test"), QStringLiteral("Alice"), m_alice},
                             {QStringLiteral("bob@example.test"), QString(), m_bob}});
        const qint64 inboxId = m_cache->folder(m_alice, QStringLiteral("INBOX"))->id;
        MessageListModel list(*m_cache);
        list.setFolder(inboxId);
        QVERIFY(list.flags(list.index(0, 0)) & Qt::ItemIsDragEnabled);
        const std::unique_ptr<QMimeData> data(
            list.mimeData({list.index(0, 0), list.index(0, 1), list.index(2, 0)})); // row 0 twice: one UID
        const std::optional<MessageDrag::Payload> payload = MessageDrag::decode(data.get());
        QVERIFY(payload);
        QCOMPARE(payload->folderId, inboxId);
        QCOMPARE(payload->uids,
                 QList<quint32>({list.message(list.index(0, 0)).uid, list.message(list.index(2, 0)).uid}));

        QSignalSpy dropped(&folders, &FolderTreeModel::messagesDropped);
        const QModelIndex archive
            = folders.folderIndex(QStringLiteral("alice@example.test"), QStringLiteral("Archive"));
        const QModelIndex inbox = folders.folderIndex(QStringLiteral("alice@example.test"), QStringLiteral("INBOX"));
        const QModelIndex bobInbox = folders.folderIndex(QStringLiteral("bob@example.test"), QStringLiteral("INBOX"));
        QVERIFY(folders.flags(archive) & Qt::ItemIsDropEnabled);
        QVERIFY(!(folders.flags(folders.accountIndex(QStringLiteral("bob@example.test"))) & Qt::ItemIsDropEnabled));
        QVERIFY(!(folders.flags(folders.unifiedInboxIndex()) & Qt::ItemIsDropEnabled));
        QVERIFY(!folders.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, folders.unifiedInboxIndex()));
        QVERIFY(!folders.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, inbox)); // where they are
        QVERIFY(!folders.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, bobInbox)); // another account
        QVERIFY(!folders.canDropMimeData(data.get(), Qt::LinkAction, -1, -1, archive));
        QVERIFY(!folders.dropMimeData(data.get(), Qt::MoveAction, -1, -1, archive)); // the engine moves them
        QVERIFY(!folders.dropMimeData(data.get(), Qt::CopyAction, -1, -1, archive)); // Ctrl held: copies
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped.at(0).at(4).toBool(), false);
        QCOMPARE(dropped.at(1).at(4).toBool(), true);
        QCOMPARE(dropped.at(0).at(0).toString(), QStringLiteral("alice@example.test"));
        QCOMPARE(dropped.at(0).at(1).toLongLong(), inboxId);
        QCOMPARE(dropped.at(0).at(2).value<QList<quint32>>(), payload->uids);
        QCOMPARE(dropped.at(0).at(3).toString(), QStringLiteral("Archive"));

        QMimeData other;
        other.setText(QStringLiteral("not messages"));
        QVERIFY(!folders.canDropMimeData(&other, Qt::MoveAction, -1, -1, archive));
    }

    void allInboxesWithTwoAccounts();

    void unreadCounts()
    {
        FolderTreeModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts({{QStringLiteral("alice@example.test"), QStringLiteral("Alice"), m_alice}});
        const QModelIndex inbox = model.folderIndex(QStringLiteral("alice@example.test"), QStringLiteral("INBOX"));
        QCOMPARE(inbox.data().toString(), QStringLiteral("Inbox (3)"));
        QCOMPARE(inbox.data(FolderTreeModel::UnreadCountRole).toLongLong(), 3);
        QVERIFY(inbox.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex zeta = model.folderIndex(QStringLiteral("alice@example.test"), QStringLiteral("Zeta"));
        QCOMPARE(zeta.data().toString(), QStringLiteral("Zeta"));
        QVERIFY(!zeta.data(Qt::FontRole).isValid());

        // Only a count changed: the rows stay, the view is told with dataChanged.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QString error;
        const qint64 inboxId = inbox.data(FolderTreeModel::FolderIdRole).toLongLong();
        QVERIFY2(m_cache->updateFlags(inboxId, {{2, {QStringLiteral("\\Seen")}, 0}}, &error), qPrintable(error));
        model.reload();
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(inbox.data().toString(), QStringLiteral("Inbox (2)"));

        // A new folder: the rows change.
        QList<store::FolderRecord> folders = m_cache->folders(m_alice);
        folders << folder(QStringLiteral("Projects"));
        QVERIFY2(m_cache->replaceFolders(m_alice, folders, &error), qPrintable(error));
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(folderNames(model, 0).last(), QStringLiteral("Zeta"));
        QVERIFY(folderNames(model, 0).contains(QStringLiteral("Projects")));
    }
};

void TestFolderTreeModel::allInboxesWithTwoAccounts()
{
    FolderTreeModel model(*m_cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({{QStringLiteral("alice@example.test"), QStringLiteral("Alice"), m_alice}});
    QVERIFY(!model.unifiedInboxIndex().isValid()); // one account: its Inbox is all there is
    QCOMPARE(model.rowCount(), 1);

    model.setAccounts({{QStringLiteral("alice@example.test"), QStringLiteral("Alice"), m_alice},
                       {QStringLiteral("bob@example.test"), QString(), m_bob}});
    const qint64 aliceInbox = m_cache->folder(m_alice, QStringLiteral("INBOX"))->id;
    const qint64 bobInbox = m_cache->folder(m_bob, QStringLiteral("INBOX"))->id;
    QString error;
    QVERIFY2(m_cache->storeMessages(bobInbox, {message(7, false)}, &error), qPrintable(error));
    model.reload();
    const QModelIndex unified = model.unifiedInboxIndex();
    QCOMPARE(unified, model.index(0, 0));
    QVERIFY(unified.data(FolderTreeModel::IsUnifiedRole).toBool());
    QVERIFY(!unified.data(FolderTreeModel::IsAccountRole).toBool());
    QCOMPARE(model.rowCount(unified), 0);
    const qint64 unread = m_cache->unseenCount(aliceInbox) + m_cache->unseenCount(bobInbox);
    QCOMPARE(unified.data(FolderTreeModel::UnreadCountRole).toLongLong(), unread);
    QCOMPARE(unified.data().toString(), QStringLiteral("All Inboxes (%1)").arg(unread));
    QCOMPARE(model.inboxFolderIds(), QList<qint64>({aliceInbox, bobInbox}));
    QCOMPARE(model.accountIndex(QStringLiteral("bob@example.test")).row(), 2);
    QCOMPARE(model.folderIndex(QStringLiteral("bob@example.test"), QStringLiteral("INBOX")).parent().row(), 2);

    const std::optional<FolderTreeModel::Location> bob = model.locate(bobInbox);
    QVERIFY(bob);
    QCOMPARE(bob->accountEmail, QStringLiteral("bob@example.test"));
    QCOMPARE(bob->folder, QStringLiteral("INBOX"));
    QVERIFY(!model.locate(987654));

    // Bob's Inbox read: the sum follows, the rows stay.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY2(m_cache->updateFlags(bobInbox, {{7, {QStringLiteral("\\Seen")}, 0}}, &error), qPrintable(error));
    model.reload();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(unified.data(FolderTreeModel::UnreadCountRole).toLongLong(), unread - 1);
}

QTEST_MAIN(TestFolderTreeModel)
#include "tst_folder_tree_model.moc"
