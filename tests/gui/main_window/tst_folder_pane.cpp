// The folder pane's context menu against the stack, as alice: New Folder makes
// the folder on the server and lists it; Mark Folder Read reaches the server;
// Rename keeps the folder shown (with its messages) under its new name; Delete
// moves it into the Trash, a Delete there removes it for good, each after a
// question that says which; a name with the server's delimiter is refused
// before anything is sent.
#include "../composer/composer_test_helpers.h"
#include "../identity/gui_test_helpers.h"
#include "folder_actions.h"
#include "folder_tree_model.h"
#include "imap/status_command.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QAction>
#include <QTemporaryDir>

using namespace heron;
using heron::ui::FolderActions;
using heron::ui::FolderTreeModel;
using heron::ui::MainWindow;

namespace {

constexpr int kWaitMs = test::kComposerWaitMs;

QByteArray unreadMessage(const QString &subject)
{
    return "From: Bob <bob@example.org>\r\nTo: alice@example.test\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: <"
        + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
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

} // namespace

class TestFolderPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void createMarkReadRenameAndDelete();

private:
    // STATUS UNSEEN of alice's folder (nullopt: the folder is not on the server).
    std::optional<quint32> serverUnseen(const QString &folder);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

std::optional<quint32> TestFolderPane::serverUnseen(const QString &folder)
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

void TestFolderPane::createMarkReadRenameAndDelete()
{
    const auto profile
        = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("folders")), m_stack.submissionsPort);
    QVERIFY(profile);
    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::waitUntilWatching(window));
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
        QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1,
                                    unreadMessage(test::unique(QStringLiteral("unread"))), name));
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

QTEST_MAIN(TestFolderPane)
#include "tst_folder_pane.moc"
