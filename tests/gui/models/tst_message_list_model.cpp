// MessageListModel over a real cache file: pages loaded on demand, the
// columns, unread rows in bold, both date orders, the quick filter, threads,
// and several folders merged by date (All Inboxes).
#include "message_drag.h"
#include "message_list_model.h"
#include "store/base_subject.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

using heron::store::MessageRecord;
using heron::ui::MessageListModel;
namespace store = heron::store;

namespace {

constexpr int kMessages = 1000;

MessageRecord messageNumber(int i)
{
    MessageRecord message;
    message.uid = quint32(i);
    message.internalDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 60);
    message.date = message.internalDate;
    message.size = 1000 + i;
    message.subject = QStringLiteral("Message %1").arg(i);
    message.from = {{QStringLiteral("Sender %1").arg(i), QStringLiteral("sender%1@example.org").arg(i)}};
    message.to = {{QString(), QStringLiteral("bob@example.test")}};
    message.messageId = QStringLiteral("<m%1@example.org>").arg(i);
    message.hasAttachments = i % 10 == 0;
    if (i % 2 == 0)
        message.flags << QStringLiteral("\\Seen");
    if (i % 7 == 0)
        message.flags << QStringLiteral("\\Flagged");
    return message;
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    qint64 m_folderId = 0;

    static quint32 uidAt(const MessageListModel &model, int row)
    {
        return model.index(row, 0).data(MessageListModel::UidRole).toUInt();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
        m_cache = std::make_unique<store::MailCache>(m_database);
        const qint64 account = m_cache->accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
        QVERIFY(account > 0);
        store::FolderRecord inbox;
        inbox.name = QStringLiteral("INBOX");
        inbox.delimiter = QLatin1Char('/');
        QVERIFY2(m_cache->replaceFolders(account, {inbox}, &error), qPrintable(error));
        m_folderId = m_cache->folder(account, QStringLiteral("INBOX"))->id;
        QList<MessageRecord> messages;
        for (int i = 1; i <= kMessages; ++i)
            messages << messageNumber(i);
        QVERIFY2(m_cache->storeMessages(m_folderId, messages, &error), qPrintable(error));
    }

    void pagesAreLoadedOnDemand()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setFolder(m_folderId);
        QCOMPARE(model.totalCount(), qint64(kMessages));
        QCOMPARE(model.rowCount(), MessageListModel::kDefaultPageSize);
        int pages = 1;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QCOMPARE(model.rowCount(), qMin(before + MessageListModel::kDefaultPageSize, kMessages));
            ++pages;
        }
        QCOMPARE(pages, kMessages / MessageListModel::kDefaultPageSize);
        QCOMPARE(model.rowCount(), kMessages);
        // Newest first, every message once.
        for (int row = 0; row < kMessages; ++row)
            QCOMPARE(uidAt(model, row), quint32(kMessages - row));
    }

    void columns()
    {
        MessageListModel model(*m_cache);
        model.setFolder(m_folderId);
        QCOMPARE(model.columnCount(), int(MessageListModel::ColumnCount));
        QCOMPARE(model.headerData(MessageListModel::SubjectColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Subject"));
        QCOMPARE(model.headerData(MessageListModel::CorrespondentColumn, Qt::Horizontal).toString(),
                 QStringLiteral("From"));
        // Row 0 is message 1000: seen (even), attachment (multiple of 10), not flagged.
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 1000"));
        QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data().toString(),
                 QStringLiteral("Sender 1000"));
        QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Sender 1000 <sender1000@example.org>"));
        QVERIFY(!model.index(0, MessageListModel::AttachmentColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, MessageListModel::FlaggedColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, MessageListModel::DateColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, MessageListModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(MessageListModel::SortDateRole).toDateTime(), messageNumber(1000).internalDate);
        // Message 994 = 7 * 142: flagged, seen, no attachment.
        const int row994 = model.indexOfUid(994).row();
        QCOMPARE(row994, 6);
        QCOMPARE(model.index(row994, MessageListModel::FlaggedColumn).data().toString(), QStringLiteral("\u2605"));
        QVERIFY(model.index(row994, 0).data(MessageListModel::FlaggedRole).toBool());
        QVERIFY(model.index(row994, MessageListModel::AttachmentColumn).data().toString().isEmpty());
        // Recipients instead of senders (Sent, Drafts).
        model.setFolder(m_folderId, true);
        QCOMPARE(model.headerData(MessageListModel::CorrespondentColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Recipient"));
        QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data().toString(),
                 QStringLiteral("bob@example.test"));
    }

    void unreadRowsAreBold()
    {
        MessageListModel model(*m_cache);
        model.setFolder(m_folderId);
        for (int row = 0; row < 10; ++row) {
            const quint32 uid = uidAt(model, row);
            const bool unread = uid % 2 == 1;
            QCOMPARE(model.index(row, 0).data(MessageListModel::SeenRole).toBool(), !unread);
            for (int column = 0; column < model.columnCount(); ++column) {
                const QVariant font = model.index(row, column).data(Qt::FontRole);
                QCOMPARE(font.isValid() && font.value<QFont>().bold(), unread);
            }
        }
    }

    void oldestFirst()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(300);
        model.setFolder(m_folderId);
        model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(uidAt(model, 0), 1u);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kMessages);
        for (int row = 0; row < kMessages; ++row)
            QCOMPARE(uidAt(model, row), quint32(row + 1));
        // The subject sorts as text without case ("Message 1", "Message 10", "Message 100", ...), the size
        // as a number; the attachment column does not sort.
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(MessageListModel::SubjectColumn));
        QList<quint32> bySubject;
        for (int row = 0; row < 5; ++row)
            bySubject << uidAt(model, row);
        QCOMPARE(bySubject, QList<quint32>({1, 10, 100, 1000, 101}));
        model.sort(MessageListModel::SizeColumn, Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kMessages);
        for (int row = 0; row < kMessages; row += 111)
            QCOMPARE(uidAt(model, row), quint32(kMessages - row)); // size 1000 + uid
        model.sort(MessageListModel::AttachmentColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(MessageListModel::SizeColumn));
        model.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(uidAt(model, 0), quint32(kMessages));
    }

    void refreshKeepsLoadedRows()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QString error;
        QVERIFY2(m_cache->storeMessages(m_folderId, {messageNumber(kMessages + 1)}, &error), qPrintable(error));
        model.refresh();
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.totalCount(), qint64(kMessages + 1));
        QCOMPARE(uidAt(model, 0), quint32(kMessages + 1));
        QVERIFY2(m_cache->removeMessages(m_folderId, {kMessages + 1}, &error), qPrintable(error));
    }

    void quickFilter()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        model.setFilter(QStringLiteral("message 999"));
        QVERIFY2(model.filterError().isEmpty(), qPrintable(model.filterError()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(uidAt(model, 0), 999u);
        QVERIFY(!model.canFetchMore({}));
        // Each word is a prefix: "sender99" finds 99 and 990..999, newest first.
        model.setFilter(QStringLiteral("sender99"));
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(uidAt(model, 0), 999u);
        QCOMPARE(uidAt(model, 10), 99u);
        // Search syntax typed by the user is taken as words.
        model.setFilter(QStringLiteral("\"unbalanced OR ("));
        QVERIFY2(model.filterError().isEmpty(), qPrintable(model.filterError()));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), MessageListModel::kDefaultPageSize);
    }

    // Threads: top rows ordered by their newest message, each showing its oldest; a thread's
    // messages load when it is opened, each under the one it replies to.
    void threads()
    {
        QString error;
        const qint64 account = m_cache->accountId(QStringLiteral("bob@example.test"), &error).value_or(0);
        store::FolderRecord inbox;
        inbox.name = QStringLiteral("INBOX");
        store::FolderRecord lists;
        lists.name = QStringLiteral("Lists");
        QVERIFY2(m_cache->replaceFolders(account, {inbox, lists}, &error), qPrintable(error));
        const qint64 folder = m_cache->folder(account, lists.name)->id;
        // 1 ← 2 ← 3, 1 ← 4 (a second answer to 1); 5 ← 6; 7 alone. Oldest to newest: 1, 5, 2, 7, 3, 6, 4.
        const auto make = [](quint32 uid, int minute, const QString &parent, bool seen) {
            MessageRecord message = messageNumber(int(uid));
            message.uid = 5000 + uid;
            message.messageId = QStringLiteral("<t%1@example.org>").arg(uid);
            message.subject = QStringLiteral("Thread message %1").arg(uid);
            message.inReplyTo = parent.isEmpty() ? QString() : QStringLiteral("<t%1@example.org>").arg(parent);
            message.internalDate = QDateTime(QDate(2026, 3, 1), QTime(8, minute), Qt::UTC);
            message.flags = seen ? QStringList {QStringLiteral("\\Seen")} : QStringList();
            return message;
        };
        // Stored replies first, as sync does (newest first), so threading must merge.
        const QList<MessageRecord> messages {make(4, 30, QStringLiteral("1"), true),
                                             make(6, 25, QStringLiteral("5"), false),
                                             make(3, 20, QStringLiteral("2"), true),
                                             make(7, 15, {}, true),
                                             make(2, 10, QStringLiteral("1"), true),
                                             make(5, 5, {}, true),
                                             make(1, 0, {}, true)};
        QVERIFY2(m_cache->storeMessages(folder, messages, &error), qPrintable(error));
        QCOMPARE(m_cache->threadCount(folder), 3);

        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThreaded(true);
        model.setFolder(folder);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.rowCount(), 3);
        // Newest activity first: thread 1 (4 at :30), thread 5 (6 at :25), 7 (:15).
        QCOMPARE(uidAt(model, 0), 5001u);
        QCOMPARE(uidAt(model, 1), 5005u);
        QCOMPARE(uidAt(model, 2), 5007u);
        QCOMPARE(model.index(0, 0).data(MessageListModel::ThreadSizeRole).toLongLong(), 4);
        QCOMPARE(model.index(1, 0).data(MessageListModel::ThreadUnseenRole).toLongLong(), 1);
        QVERIFY(model.hasChildren(model.index(0, 0)));
        QVERIFY(!model.hasChildren(model.index(2, 0)));
        // Thread 5's top message is read but the thread is not: its row is bold.
        QVERIFY(model.index(1, MessageListModel::SubjectColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(2, MessageListModel::SubjectColumn).data(Qt::FontRole).isValid());

        // A closed thread drags out whole; an open one as its top message alone.
        const QModelIndex first = model.index(0, 0);
        const std::unique_ptr<QMimeData> closed(model.mimeData({first}));
        QCOMPARE(heron::ui::MessageDrag::decode(closed.get())->uids, QList<quint32>({5001, 5002, 5003, 5004}));
        model.setThreadOpen(first, true);
        const std::unique_ptr<QMimeData> open(model.mimeData({first}));
        QCOMPARE(heron::ui::MessageDrag::decode(open.get())->uids, QList<quint32>({5001}));
        model.setThreadOpen(first, false);
        QCOMPARE(model.rowCount(first), 0);
        QVERIFY(model.canFetchMore(first));
        model.fetchMore(first);
        QVERIFY(!model.canFetchMore(first));
        QCOMPARE(model.rowCount(first), 2); // 2 and 4 answer 1
        const QModelIndex two = model.index(0, 0, first);
        QCOMPARE(two.data(MessageListModel::UidRole).toUInt(), 5002u);
        QCOMPARE(model.index(1, 0, first).data(MessageListModel::UidRole).toUInt(), 5004u);
        QCOMPARE(model.rowCount(two), 1);
        const QModelIndex three = model.index(0, MessageListModel::SubjectColumn, two);
        QCOMPARE(three.data().toString(), QStringLiteral("Thread message 3"));
        QCOMPARE(three.parent(), two);
        QCOMPARE(model.indexOfUid(5003), three.siblingAtColumn(0));
        QCOMPARE(model.message(three).uid, 5003u);

        // A refresh keeps the opened thread's rows; a new reply joins it.
        QVERIFY2(m_cache->storeMessages(folder, {make(8, 40, QStringLiteral("3"), false)}, &error), qPrintable(error));
        model.refresh();
        QCOMPARE(uidAt(model, 0), 5001u);
        QCOMPARE(model.index(0, 0).data(MessageListModel::ThreadUnseenRole).toLongLong(), 1);
        const QModelIndex eight = model.indexOfUid(5008);
        QVERIFY(eight.isValid());
        QCOMPARE(eight.parent().data(MessageListModel::UidRole).toUInt(), 5003u);

        // Oldest first orders threads by their newest message ascending.
        model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(uidAt(model, 0), 5007u);
        QCOMPARE(uidAt(model, 2), 5001u);
        // A filter lists matches flat; clearing it shows threads again.
        model.setFilter(QStringLiteral("thread message"));
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.hasChildren(model.index(0, 0)));
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 3);
        // Flat again: every message a row.
        model.setThreaded(false);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.hasChildren(model.index(0, 0)));
    }

    void threadPagesAreLoadedOnDemand()
    {
        // Every message of the big folder is its own thread: pages of threads, as pages of messages.
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThreaded(true);
        model.setFolder(m_folderId);
        QCOMPARE(model.totalCount(), qint64(kMessages));
        QCOMPARE(model.rowCount(), MessageListModel::kDefaultPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kMessages);
        for (int row = 0; row < kMessages; row += 97)
            QCOMPARE(uidAt(model, row), quint32(kMessages - row));
    }

    // Two accounts' Inboxes in one list: every message once, by date across both (equal dates
    // included), page after page in both orders; each row knows its folder.
    void severalFoldersMergeByDate()
    {
        QString error;
        const qint64 carol = m_cache->accountId(QStringLiteral("carol@example.test"), &error).value_or(0);
        store::FolderRecord inbox;
        inbox.name = QStringLiteral("INBOX");
        QVERIFY2(m_cache->replaceFolders(carol, {inbox}, &error), qPrintable(error));
        const qint64 carolInbox = m_cache->folder(carol, QStringLiteral("INBOX"))->id;
        QList<MessageRecord> carols;
        for (int i = 1; i <= 300; ++i) {
            MessageRecord message = messageNumber(i);
            // Every third minute, half of them at the same time as one of Bob's.
            message.internalDate = message.internalDate.addSecs(qint64(i) * 120 + (i % 2) * 30);
            message.subject = QStringLiteral("Carol note %1").arg(i);
            message.messageId = QStringLiteral("<carol%1@example.org>").arg(i);
            carols << message;
        }
        QVERIFY2(m_cache->storeMessages(carolInbox, carols, &error), qPrintable(error));

        QList<std::tuple<QDateTime, qint64, quint32>> expected;
        for (int i = 1; i <= kMessages; ++i)
            expected.append({messageNumber(i).internalDate, m_folderId, quint32(i)});
        for (const MessageRecord &message : std::as_const(carols))
            expected.append({message.internalDate, carolInbox, message.uid});
        std::sort(expected.begin(), expected.end());

        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setThreaded(true); // a list over several folders is never threaded
        model.setFolders({m_folderId, carolInbox});
        QCOMPARE(model.folderId(), qint64(0));
        QCOMPARE(model.totalCount(), qint64(kMessages + 300));
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            model.sort(MessageListModel::DateColumn, order);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), kMessages + 300);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                const auto &[date, folder, uid]
                    = expected.at(order == Qt::AscendingOrder ? row : expected.size() - 1 - row);
                QCOMPARE(model.message(index).internalDate, date);
                QCOMPARE(index.data(MessageListModel::FolderIdRole).toLongLong(), folder);
                QCOMPARE(model.folderIdOf(index), folder);
                QCOMPARE(uidAt(model, row), uid);
                QCOMPARE(index.data(MessageListModel::ThreadIdRole).toLongLong(), 0);
            }
        }
        // The same UID in both folders: told apart by the folder.
        const QModelIndex carolsFive = model.indexOfUid(5, carolInbox);
        QCOMPARE(model.message(carolsFive).subject, QStringLiteral("Carol note 5"));
        QCOMPARE(model.message(model.indexOfUid(5, m_folderId)).subject, QStringLiteral("Message 5"));

        // Dragged: one folder's messages go; a mix of two accounts' does not start a drag.
        const QModelIndex bobsFive = model.indexOfUid(5, m_folderId);
        const std::unique_ptr<QMimeData> one(model.mimeData({bobsFive, model.indexOfUid(6, m_folderId)}));
        QVERIFY(one);
        QCOMPARE(heron::ui::MessageDrag::decode(one.get())->folderId, m_folderId);
        QVERIFY(!model.mimeData({bobsFive, carolsFive}));

        // Sorted by subject, the two folders merge by subject (then date), every message once.
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kMessages + 300);
        QSet<std::pair<qint64, quint32>> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            seen.insert({model.folderIdOf(index), model.message(index).uid});
            if (row > 0)
                QVERIFY(store::BaseSubject::of(model.message(model.index(row - 1, 0)).subject)
                        <= store::BaseSubject::of(model.message(index).subject));
        }
        QCOMPARE(seen.size(), kMessages + 300);
        model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);

        // The quick filter looks in both.
        model.setFilter(QStringLiteral("5"));
        QSet<qint64> folders;
        for (int row = 0; row < model.rowCount(); ++row)
            folders.insert(model.index(row, 0).data(MessageListModel::FolderIdRole).toLongLong());
        QCOMPARE(folders, QSet<qint64>({m_folderId, carolInbox}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.message(model.index(row - 1, 0)).internalDate
                    <= model.message(model.index(row, 0)).internalDate); // still oldest first
        QVERIFY2(m_cache->removeFolder(carol, QStringLiteral("INBOX"), &error), qPrintable(error));
    }

    void noFolder()
    {
        MessageListModel model(*m_cache);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        model.setFolder(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestMessageListModel)
#include "tst_message_list_model.moc"
