// The main window against the stack, as alice, with what only a real server shows:
// - the folder pane's context menu: New Folder makes the folder on the server and
//   lists it (a name with the server's delimiter is refused before anything is
//   sent); Mark Folder Read reaches the server; Rename keeps the folder shown
//   (with its messages) under its new name; Delete moves it into the Trash, a
//   Delete there removes it for good, each after a question that says which;
// - File → Work Offline: no mail arrives meanwhile (not even through IDLE), a
//   message read stays unread on the server; going online brings the new mail
//   and sends the change; the switch is kept for the next start;
// - new mail at the desktop: the Inbox's mail at start is not news; a message
//   arriving later gives one notice with its sender and subject, the unread
//   count follows, clicking the notice shows the message; switched off, none;
// - All Inboxes, with a second account (bob): both accounts' new mail in one
//   list; a message of bob's shown is marked read on bob's server, and Mark
//   as Unread on a selection of both accounts' messages reaches each server.
#include "../composer/composer_test_helpers.h"
#include "../identity/gui_test_helpers.h"
#include "folder_actions.h"
#include "folder_tree_model.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "imap/status_command.h"
#include "mail_notifier.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QAction>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

using namespace heron;
using heron::ui::FolderActions;
using heron::ui::FolderTreeModel;
using heron::ui::MailNotifier;
using heron::ui::MainWindow;
using heron::ui::MessageListModel;

namespace {

constexpr int kWaitMs = test::kComposerWaitMs;
const char *const kBob = "Bob <bob@example.org>";
const char *const kCarl = "Carl Notice <carl@example.org>";

QByteArray messageFrom(const char *from, const QString &subject)
{
    return "From: " + QByteArray(from) + "\r\nTo: alice@example.test\r\nSubject: " + subject.toUtf8()
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@example.org>\r\nDate: Fri, 04 Dec 2026 10:00:00 +0000\r\n\r\nHello.\r\n";
}

// The folder of alice's account whose name matches, as the folder pane lists it.
QModelIndex findFolder(MainWindow &window, const std::function<bool(const QString &)> &matches)
{
    FolderTreeModel *model = window.folderTreeModel();
    const QModelIndex account = model->accountIndex(QStringLiteral("alice@example.test"));
    for (int row = 0; row < model->rowCount(account); ++row) {
        const QModelIndex folder = model->index(row, 0, account);
        if (matches(folder.data(FolderTreeModel::FolderNameRole).toString()))
            return folder;
    }
    return {};
}

bool listed(MainWindow &window, const QString &subject)
{
    MessageListModel *model = window.messageListModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MessageListModel::SubjectColumn).data().toString() == subject)
            return true;
    }
    return false;
}

} // namespace

class TestMainWindowStack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void folderPaneCreatesMarksReadRenamesAndDeletes();
    void workOfflineHoldsChangesUntilOnline();
    void newMailIsNoticedOnce();
    void allInboxesListsEveryAccount();
    void droppedOnAFolderMovesOnTheServer();

private:
    std::optional<accounts::Profile> newProfile(const QString &name)
    {
        return test::composerProfile(m_stack, m_dir.filePath(name), m_stack.submissionsPort);
    }
    static bool showAndWatch(MainWindow &window)
    {
        window.resize(1000, 640);
        window.show();
        return QTest::qWaitForWindowExposed(&window) && test::waitUntilWatching(window);
    }
    // Into alice's mailbox from the server's side (another client).
    bool append(const QByteArray &message, const QString &mailbox = QStringLiteral("INBOX"))
    {
        return test::appendMessage(m_stack, m_stack.user1, m_stack.pass1, message, mailbox);
    }
    // STATUS UNSEEN of alice's folder (nullopt: the folder is not on the server).
    std::optional<quint32> serverUnseen(const QString &folder);
    // Whether the user's mailbox (alice's INBOX unless said) has the message with that subject
    // unread (nullopt: it is not there once, or IMAP failed).
    std::optional<bool> unreadOnServer(const QString &subject, const QString &user = QString(),
                                       const QString &password = QString(),
                                       const QString &mailbox = QStringLiteral("INBOX"));

    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

std::optional<quint32> TestMainWindowStack::serverUnseen(const QString &folder)
{
    const std::unique_ptr<imap::ImapSession> session
        = test::MailStack::openImap(m_stack.imapSettings(m_stack.user1, m_stack.pass1));
    if (!session)
        return std::nullopt;
    auto *status = new imap::StatusCommand(folder, {"UNSEEN"});
    status->setParent(session.get());
    session->run(status);
    const bool answered = QTest::qWaitFor([status] { return status->isFinished(); }, kWaitMs);
    const std::optional<quint32> unseen = answered && status->succeeded() ? status->status().unseen : std::nullopt;
    session->logout();
    return unseen;
}

std::optional<bool> TestMainWindowStack::unreadOnServer(const QString &subject, const QString &user,
                                                        const QString &password, const QString &mailbox)
{
    const std::unique_ptr<imap::ImapSession> session = test::MailStack::openImap(
        m_stack.imapSettings(user.isEmpty() ? m_stack.user1 : user, user.isEmpty() ? m_stack.pass1 : password));
    if (!session)
        return std::nullopt;
    auto *select = new imap::SelectCommand(mailbox);
    select->setParent(session.get());
    session->run(select);
    imap::SearchCommand *unseen = imap::SearchCommand::unseen();
    imap::SearchCommand *named = imap::SearchCommand::header(QByteArrayLiteral("Subject"), subject);
    for (imap::SearchCommand *search : {unseen, named}) {
        search->setParent(session.get());
        session->run(search);
    }
    const bool answered = QTest::qWaitFor([named] { return named->isFinished(); }, kWaitMs);
    std::optional<bool> unread;
    if (answered && unseen->succeeded() && named->succeeded() && named->uids().size() == 1)
        unread = unseen->uids().contains(named->uids().constFirst());
    session->logout();
    return unread;
}

void TestMainWindowStack::folderPaneCreatesMarksReadRenamesAndDeletes()
{
    const auto profile = newProfile(QStringLiteral("folders"));
    QVERIFY(profile);
    MainWindow window(*profile);
    QVERIFY(showAndWatch(window));
    FolderActions *actions = window.folderActions();
    auto *pane = test::child<QTreeView>(&window, "FolderPane");

    QStringList answers; // what the name prompt answers, in turn
    QStringList questions; // what the confirmation was asked
    bool confirm = true;
    actions->setNamePrompt([&](const QString &, const QString &, const QString &) -> std::optional<QString> {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    });
    actions->setConfirmation([&](const QString &, const QString &text) {
        questions << text;
        return confirm;
    });
    QStringList refusals;
    connect(actions, &FolderActions::refused, this, [&](const QString &reason) { refusals << reason; });

    // New Folder on the account row: at the top level. A delimiter in the name is refused first.
    const QString name = QStringLiteral("Projects-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    pane->setCurrentIndex(window.folderTreeModel()->accountIndex(m_stack.user1));
    QVERIFY(actions->newFolderAction()->isEnabled());
    QVERIFY(!actions->renameAction()->isEnabled());
    QString error;
    store::Database database;
    QVERIFY2(database.open(profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const QChar delimiter
        = cache.folder(cache.accountId(m_stack.user1, &error).value_or(0), QStringLiteral("INBOX"))->delimiter;
    QVERIFY(!delimiter.isNull());
    answers = {QStringLiteral("a") + delimiter + QStringLiteral("b"), name};
    actions->newFolderAction()->trigger();
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(questions.size(), 1); // "Choose another name?"
    questions.clear();
    QVERIFY2(refusals.constFirst().contains(QStringLiteral("cannot contain")), qPrintable(refusals.constFirst()));
    QTRY_VERIFY_WITH_TIMEOUT(findFolder(window, [&](const QString &folder) { return folder == name; }).isValid(),
                             kWaitMs);
    QCOMPARE(serverUnseen(name), std::optional<quint32>(0));

    // Two unread messages in it, then Mark Folder Read.
    for (int i = 0; i < 2; ++i)
        QVERIFY(append(messageFrom(kBob, test::unique(QStringLiteral("unread"))), name));
    QVERIFY(window.selectFolder(m_stack.user1, name));
    QTRY_COMPARE_WITH_TIMEOUT(window.messageListModel()->rowCount(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(actions->markReadAction()->isEnabled(), kWaitMs);
    QVERIFY(actions->renameAction()->isEnabled());
    actions->markReadAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serverUnseen(name), std::optional<quint32>(0), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!actions->markReadAction()->isEnabled(), kWaitMs);
    test::saveScreenshot(&window, QStringLiteral("folder_pane_created"));

    // Rename: the folder stays shown, with its messages, under the new name.
    const QString renamed = name + QStringLiteral(" renamed");
    answers = {renamed};
    actions->renameAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(findFolder(window, [&](const QString &folder) { return folder == renamed; }).isValid(),
                             kWaitMs);
    QVERIFY(!findFolder(window, [&](const QString &folder) { return folder == name; }).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(pane->currentIndex().data(FolderTreeModel::FolderNameRole).toString(), renamed, kWaitMs);
    QCOMPARE(window.messageListModel()->rowCount(), 2);
    QCOMPARE(serverUnseen(renamed), std::optional<quint32>(0));
    QVERIFY(!serverUnseen(name));

    // Cancelled: nothing happens. Then Delete into the Trash.
    confirm = false;
    actions->deleteAction()->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.constLast().contains(QStringLiteral("to the Trash")), qPrintable(questions.constLast()));
    QVERIFY2(questions.constLast().contains(QStringLiteral("2 message")), qPrintable(questions.constLast()));
    confirm = true;
    actions->deleteAction()->trigger();
    const auto inTrash
        = [&](const QString &folder) { return folder.startsWith(QStringLiteral("Trash")) && folder.endsWith(renamed); };
    QTRY_VERIFY_WITH_TIMEOUT(findFolder(window, inTrash).isValid(), kWaitMs);
    QVERIFY(!findFolder(window, [&](const QString &folder) { return folder == renamed; }).isValid());
    const QString trashed = findFolder(window, inTrash).data(FolderTreeModel::FolderNameRole).toString();
    QCOMPARE(serverUnseen(trashed), std::optional<quint32>(0));

    // From the Trash: for good.
    pane->setCurrentIndex(findFolder(window, inTrash));
    actions->deleteAction()->trigger();
    QVERIFY2(questions.constLast().contains(QStringLiteral("for good")), qPrintable(questions.constLast()));
    QTRY_VERIFY_WITH_TIMEOUT(!findFolder(window, inTrash).isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!serverUnseen(trashed), kWaitMs);

    // The Inbox: neither renamed nor deleted.
    pane->setCurrentIndex(window.folderTreeModel()->folderIndex(m_stack.user1, QStringLiteral("INBOX")));
    QVERIFY(!actions->renameAction()->isEnabled());
    QVERIFY(!actions->deleteAction()->isEnabled());
}

void TestMainWindowStack::workOfflineHoldsChangesUntilOnline()
{
    const QString read = test::unique(QStringLiteral("read offline"));
    QVERIFY(append(messageFrom(kBob, read)));
    const auto profile = newProfile(QStringLiteral("offline"));
    QVERIFY(profile);
    {
        MainWindow window(*profile);
        QVERIFY(showAndWatch(window));
        QTRY_VERIFY_WITH_TIMEOUT(listed(window, read), kWaitMs);
        auto *button = test::child<QToolButton>(&window, "OfflineButton");
        QCOMPARE(button->text(), QStringLiteral("Online"));

        window.findChild<QAction *>(QStringLiteral("WorkOfflineAction"))->trigger();
        QVERIFY(window.isOffline());
        QCOMPARE(button->text(), QStringLiteral("Offline"));
        // Shown offline: marked read here at once, on the server only later.
        QVERIFY(test::selectMessage(window, read));
        const QString arrived = test::unique(QStringLiteral("arrived offline"));
        QVERIFY(append(messageFrom(kBob, arrived)));
        window.getMessages();
        auto *status = test::child<QLabel>(&window, "StatusText");
        QVERIFY2(status->text().contains(QStringLiteral("offline")), qPrintable(status->text()));
        QTest::qWait(1500); // IDLE would have brought it by now (the stack pushes within a second)
        QVERIFY(!listed(window, arrived));
        QCOMPARE(unreadOnServer(read), std::optional<bool>(true));
        test::saveScreenshot(&window, QStringLiteral("main_window_offline"));

        button->click();
        QVERIFY(!window.isOffline());
        QTRY_VERIFY_WITH_TIMEOUT(listed(window, arrived), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(unreadOnServer(read), std::optional<bool>(false), kWaitMs);
        window.setOffline(true); // kept for the next start
    }
    MainWindow again(*profile);
    QVERIFY(again.isOffline());
    QVERIFY(again.findChild<QAction *>(QStringLiteral("WorkOfflineAction"))->isChecked());
    again.setOffline(false);
}

void TestMainWindowStack::newMailIsNoticedOnce()
{
    // Unread mail before the start: known, not news.
    QVERIFY(append(messageFrom(kCarl, test::unique(QStringLiteral("old news")))));
    const auto profile = newProfile(QStringLiteral("notice"));
    QVERIFY(profile);
    MainWindow window(*profile);
    QVERIFY(showAndWatch(window));
    MailNotifier *notifier = window.mailNotifier();
    QSignalSpy notices(notifier, &MailNotifier::noticeShown);
    QCOMPARE(notifier->lastNotice().uid, 0u);
    QVERIFY(notifier->unreadCount() > 0);
    const qint64 unreadBefore = notifier->unreadCount();

    const QString subject = test::unique(QStringLiteral("fresh news"));
    QVERIFY(append(messageFrom(kCarl, subject)));
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, kWaitMs);
    QCOMPARE(notifier->lastNotice().title, QStringLiteral("New mail from Carl Notice"));
    QCOMPARE(notifier->lastNotice().text, subject);
    QCOMPARE(notifier->unreadCount(), unreadBefore + 1);
    QVERIFY(!MailNotifier::badgedIcon(QIcon(QPixmap(32, 32)), 3).isNull());

    // A click on the notice: the Inbox with that message shown.
    emit notifier->activated(notifier->lastNotice().accountEmail, notifier->lastNotice().folder,
                             notifier->lastNotice().uid);
    auto *list = test::child<QTreeView>(&window, "MessageList");
    QTRY_COMPARE_WITH_TIMEOUT(list->currentIndex().data(MessageListModel::UidRole).toUInt(), notifier->lastNotice().uid,
                              kWaitMs);
    QCOMPARE(list->currentIndex().siblingAtColumn(MessageListModel::SubjectColumn).data().toString(), subject);

    // Switched off: new mail comes, no notice.
    notifier->setNotificationsEnabled(false);
    const QString quiet = test::unique(QStringLiteral("quiet news"));
    QVERIFY(append(messageFrom(kCarl, quiet)));
    QVERIFY(test::selectMessage(window, quiet));
    QCOMPARE(notices.size(), 1);
}

void TestMainWindowStack::allInboxesListsEveryAccount()
{
    const auto profile = newProfile(QStringLiteral("unified"));
    QVERIFY(profile);
    accounts::Account bob = *accounts::AccountStore(*profile).find(m_stack.user1);
    bob.email = m_stack.user2;
    bob.displayName = QStringLiteral("Bob");
    QString error;
    QVERIFY2(accounts::AccountStore(*profile).add(bob, &error), qPrintable(error));
    QVERIFY2(accounts::SecretStore(*profile).write(accounts::SecretStore::passwordKey(bob.email),
                                                   m_stack.pass2.toUtf8(), &error),
             qPrintable(error));
    const QString forAlice = test::unique(QStringLiteral("for alice"));
    const QString forBob = test::unique(QStringLiteral("for bob"));
    QVERIFY(append(messageFrom(kCarl, forAlice)));
    QVERIFY(test::appendMessage(m_stack, m_stack.user2, m_stack.pass2, messageFrom(kCarl, forBob)));

    MainWindow window(*profile);
    QVERIFY(showAndWatch(window));
    auto *pane = test::child<QTreeView>(&window, "FolderPane");
    QTRY_VERIFY_WITH_TIMEOUT(window.folderTreeModel()->inboxFolderIds().size() == 2, kWaitMs);
    const QModelIndex unified = window.folderTreeModel()->unifiedInboxIndex();
    QVERIFY(unified.isValid());
    pane->setCurrentIndex(unified);
    QTRY_VERIFY_WITH_TIMEOUT(listed(window, forAlice) && listed(window, forBob), kWaitMs);
    test::saveScreenshot(&window, QStringLiteral("main_window_all_inboxes"));

    // Bob's message shown: read on bob's server (the body came from his account).
    MessageListModel *model = window.messageListModel();
    const auto rowOf = [model](const QString &subject) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, MessageListModel::SubjectColumn).data().toString() == subject)
                return model->index(row, MessageListModel::SubjectColumn);
        }
        return QModelIndex();
    };
    auto *list = test::child<QTreeView>(&window, "MessageList");
    QVERIFY(rowOf(forAlice).data(MessageListModel::FolderIdRole) != rowOf(forBob).data(MessageListModel::FolderIdRole));
    list->setCurrentIndex(rowOf(forBob));
    QTRY_COMPARE_WITH_TIMEOUT(unreadOnServer(forBob, m_stack.user2, m_stack.pass2), std::optional<bool>(false),
                              kWaitMs);
    QCOMPARE(unreadOnServer(forAlice), std::optional<bool>(true));

    // One action on a selection of both accounts' messages: each server gets its part.
    list->selectionModel()->select(rowOf(forAlice), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
    test::child<QAction>(&window, "MarkReadAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(unreadOnServer(forAlice), std::optional<bool>(false), kWaitMs);
    // The list was read again (the flags changed): select both once more.
    QTRY_VERIFY(rowOf(forAlice).isValid() && rowOf(forBob).isValid());
    list->setCurrentIndex(rowOf(forBob));
    list->selectionModel()->select(rowOf(forAlice), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
    test::child<QAction>(&window, "MarkUnreadAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(unreadOnServer(forAlice), std::optional<bool>(true), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(unreadOnServer(forBob, m_stack.user2, m_stack.pass2), std::optional<bool>(true), kWaitMs);
}

// A drag from the list onto a folder (the list's drag data dropped on the folder pane's
// model, as a mouse drag does): the message moves on the server; Ctrl held copies.
void TestMainWindowStack::droppedOnAFolderMovesOnTheServer()
{
    const auto profile = newProfile(QStringLiteral("drop"));
    QVERIFY(profile);
    const QString moved = test::unique(QStringLiteral("drop me"));
    QVERIFY(append(messageFrom(kCarl, moved)));
    MainWindow window(*profile);
    QVERIFY(showAndWatch(window));
    QTRY_VERIFY_WITH_TIMEOUT(listed(window, moved), kWaitMs);
    MessageListModel *model = window.messageListModel();
    QModelIndex row;
    for (int i = 0; i < model->rowCount() && !row.isValid(); ++i) {
        if (model->index(i, MessageListModel::SubjectColumn).data().toString() == moved)
            row = model->index(i, 0);
    }
    const std::unique_ptr<QMimeData> data(model->mimeData({row}));
    FolderTreeModel *folders = window.folderTreeModel();
    const QModelIndex archive = folders->folderIndex(m_stack.user1, QStringLiteral("Archive"));
    QVERIFY(archive.isValid());
    QVERIFY(folders->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, archive));
    folders->dropMimeData(data.get(), Qt::MoveAction, -1, -1, archive);
    QTRY_VERIFY_WITH_TIMEOUT(!listed(window, moved), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(unreadOnServer(moved, {}, {}, QStringLiteral("Archive")).has_value(), kWaitMs);
    QVERIFY(!unreadOnServer(moved).has_value()); // not in INBOX any more
}

QTEST_MAIN(TestMainWindowStack)
#include "tst_main_window_stack.moc"
