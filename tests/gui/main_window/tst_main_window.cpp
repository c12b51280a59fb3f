#include "../identity/gui_test_helpers.h"
#include "accounts/account_store.h"
#include "folder_tree_model.h"
#include "main_window.h"
#include "message_list_model.h"
#include "message_view.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <QTreeView>
#include <tuple>

using heron::accounts::Profile;
using heron::ui::MainWindow;

namespace {

const QString kAnn = QStringLiteral("ann@example.test");

// A profile in directory with ann's account on a server that is not there (port 1),
// whose cache holds folders, and messages in its INBOX (one of them).
std::optional<Profile> offlineProfile(const QTemporaryDir &directory, const QList<heron::store::FolderRecord> &folders,
                                      const QList<heron::store::MessageRecord> &messages, QString *error)
{
    qputenv("HERON_SECRET_BACKEND", "file");
    auto profile = Profile::open(directory.filePath(QStringLiteral("profile")), error);
    if (!profile)
        return std::nullopt;
    heron::accounts::Account account;
    account.email = kAnn;
    account.imap = {QStringLiteral("localhost"), 1, heron::accounts::Security::Tls};
    account.smtp = {QStringLiteral("localhost"), 1, heron::accounts::Security::Tls};
    heron::store::Database database;
    if (!heron::accounts::AccountStore(*profile).add(account, error)
        || !database.open(profile->cacheDatabaseFile(), error))
        return std::nullopt;
    heron::store::MailCache cache(database);
    const qint64 id = cache.accountId(account.email, error).value_or(0);
    if (id == 0 || !cache.replaceFolders(id, folders, error)
        || !cache.storeMessages(cache.folder(id, QStringLiteral("INBOX"))->id, messages, error))
        return std::nullopt;
    return profile;
}

// Messages 1..count, subjects "<subject> 1" ..., unread, a second apart.
QList<heron::store::MessageRecord> numberedMessages(const QString &subject, quint32 count)
{
    QList<heron::store::MessageRecord> messages;
    for (quint32 uid = 1; uid <= count; ++uid) {
        heron::store::MessageRecord message;
        message.uid = uid;
        message.subject = QStringLiteral("%1 %2").arg(subject).arg(uid);
        message.internalDate = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).addSecs(uid);
        messages << message;
    }
    return messages;
}

heron::store::FolderRecord folderRecord(const QString &name, const QString &specialUse = {})
{
    heron::store::FolderRecord folder;
    folder.name = name;
    folder.specialUse = specialUse;
    return folder;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    Profile openProfile()
    {
        QString error;
        const auto profile = Profile::open(m_directory.filePath(QStringLiteral("profile")), &error);
        if (!profile)
            qFatal("cannot open test profile: %s", qPrintable(error));
        return *profile;
    }

private slots:
    void opensWithThreePanes()
    {
        MainWindow window(openProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Heron"));
        for (const char *pane : {"FolderPane", "MessageListPane", "MessageViewPane"}) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(pane));
            QVERIFY2(widget && widget->isVisible(), pane);
        }
        QVERIFY(window.findChild<QAction *>(QStringLiteral("QuitAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("AboutAction")));
        // Message actions exist and wait for a selection.
        for (const char *name : {"MarkReadAction", "MarkUnreadAction", "StarAction", "ArchiveAction", "DeleteAction"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->isEnabled(), name);
        }
        heron::test::saveScreenshot(&window, QStringLiteral("main_window_empty"));
    }

    void showsTheCacheAndExplainsSyncErrors()
    {
        QTemporaryDir directory;
        QString error;
        const auto profile = offlineProfile(
            directory,
            {folderRecord(QStringLiteral("Trash"), QStringLiteral("\\Trash")), folderRecord(QStringLiteral("INBOX"))},
            numberedMessages(QStringLiteral("Cached"), 3), &error);
        QVERIFY2(profile, qPrintable(error));
        {
            heron::store::Database database;
            QVERIFY2(database.open(profile->cacheDatabaseFile(), &error), qPrintable(error));
            heron::store::MailCache cache(database);
            const qint64 folderId
                = cache.folder(cache.accountId(kAnn, &error).value_or(0), QStringLiteral("INBOX"))->id;
            QVERIFY2(
                cache.storeBodies(folderId, {{3, "Subject: Cached 3\r\n\r\nHello from the cache\r\n", {}}}, &error),
                qPrintable(error));
        }

        MainWindow window(*profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *folders = window.findChild<QTreeView *>(QStringLiteral("FolderPane"));
        QVERIFY(folders);
        QCOMPARE(folders->currentIndex().data(heron::ui::FolderTreeModel::FolderNameRole).toString(),
                 QStringLiteral("INBOX"));
        QCOMPARE(window.folderTreeModel()->rowCount(window.folderTreeModel()->index(0, 0)), 2);
        QCOMPARE(window.messageListModel()->rowCount(), 3);
        auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));
        list->setCurrentIndex(window.messageListModel()->index(0, heron::ui::MessageListModel::SubjectColumn));
        auto *view = window.findChild<heron::ui::MessageView *>(QStringLiteral("MessageViewPane"));
        QVERIFY(view->bodyText().contains(QStringLiteral("Hello from the cache")));
        // No password stored: the engine says so in the status bar, in words.
        auto *status = window.findChild<QLabel *>(QStringLiteral("StatusText"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("No password")), 10000);
        QVERIFY(status->text().contains(kAnn));
    }

    // View → Threaded groups a reply under the message it answers, and is kept
    // for the next start; N goes to the next unread message, into a thread.
    void threadedViewAndNextUnread()
    {
        // 1 "Plans" (read) ← 2 "Re: Plans" (unread); 3 alone (read); 4 alone (unread); by UID in time.
        const auto make = [](quint32 uid, const QString &subject, const QString &inReplyTo, bool seen) {
            heron::store::MessageRecord message;
            message.uid = uid;
            message.subject = subject;
            message.messageId = QStringLiteral("<plan%1@example.test>").arg(uid);
            message.inReplyTo = inReplyTo;
            message.internalDate = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).addSecs(60 * uid);
            if (seen)
                message.flags << QStringLiteral("\\Seen");
            return message;
        };
        QTemporaryDir directory;
        QString error;
        const auto profile
            = offlineProfile(directory, {folderRecord(QStringLiteral("INBOX"))},
                             {make(1, QStringLiteral("Plans"), {}, true), make(3, QStringLiteral("Other"), {}, true),
                              make(2, QStringLiteral("Re: Plans"), QStringLiteral("<plan1@example.test>"), false),
                              make(4, QStringLiteral("Lunch"), {}, false)},
                             &error);
        QVERIFY2(profile, qPrintable(error));
        const auto subjectAt = [](const QModelIndex &index) {
            return index.siblingAtColumn(heron::ui::MessageListModel::SubjectColumn).data().toString();
        };
        {
            MainWindow window(*profile);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            heron::ui::MessageListModel *model = window.messageListModel();
            QCOMPARE(model->rowCount(), 4);
            auto *threaded = window.findChild<QAction *>(QStringLiteral("ThreadedViewAction"));
            QVERIFY(threaded && threaded->isCheckable() && !threaded->isChecked());
            threaded->trigger();
            QVERIFY(model->threaded());
            QCOMPARE(model->rowCount(), 3);
            QCOMPARE(subjectAt(model->index(0, 0)), QStringLiteral("Lunch"));
            QCOMPARE(subjectAt(model->index(1, 0)), QStringLiteral("Other"));
            QCOMPARE(subjectAt(model->index(2, 0)), QStringLiteral("Plans")); // its newest (2) is older than 3

            auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));
            list->setFocus();
            list->setCurrentIndex(model->index(0, heron::ui::MessageListModel::SubjectColumn));
            QTest::keyClick(list, Qt::Key_N);
            const QModelIndex reply = list->currentIndex();
            QCOMPARE(subjectAt(reply), QStringLiteral("Re: Plans"));
            QCOMPARE(subjectAt(reply.parent()), QStringLiteral("Plans"));
            QVERIFY(list->isExpanded(reply.parent()));
            QVERIFY(list->selectionModel()->isRowSelected(reply.row(), reply.parent()));
            heron::test::saveScreenshot(&window, QStringLiteral("main_window_threaded"));
            // Nothing unread after it: the current message stays, the status bar says so.
            QTest::keyClick(list, Qt::Key_N);
            QCOMPARE(subjectAt(list->currentIndex()), QStringLiteral("Re: Plans"));
            auto *status = window.findChild<QLabel *>(QStringLiteral("StatusText"));
            QTRY_VERIFY(status->text().contains(QStringLiteral("No unread messages after this one")));
            window.close();
        }
        MainWindow reopened(*profile);
        QVERIFY(reopened.messageListModel()->threaded());
        QVERIFY(reopened.findChild<QAction *>(QStringLiteral("ThreadedViewAction"))->isChecked());
        QCOMPARE(reopened.messageListModel()->rowCount(), 3);
    }

    // A message shown is marked read (at once by default; never when the
    // preference says so); Delete moves it to the Trash and Edit → Undo brings
    // it back, all in the cache while the server is out of reach.
    void markReadOnShowDeleteAndUndo()
    {
        QTemporaryDir directory;
        QString error;
        const auto profile = offlineProfile(
            directory,
            {folderRecord(QStringLiteral("INBOX")), folderRecord(QStringLiteral("Trash"), QStringLiteral("\\Trash"))},
            numberedMessages(QStringLiteral("Unread"), 3), &error);
        QVERIFY2(profile, qPrintable(error));
        const auto seen = [](MainWindow &window, int row) {
            return window.messageListModel()->index(row, 0).data(heron::ui::MessageListModel::SeenRole).toBool();
        };
        {
            MainWindow window(*profile);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));
            QCOMPARE(window.messageListModel()->rowCount(), 3);
            list->setCurrentIndex(window.messageListModel()->index(1, 0));
            QTRY_VERIFY(seen(window, 1));
            QVERIFY(!seen(window, 0) && !seen(window, 2));

            auto *undo = window.findChild<QAction *>(QStringLiteral("UndoAction"));
            QVERIFY(undo && !undo->isEnabled());
            list->setFocus();
            list->selectionModel()->select(window.messageListModel()->index(1, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QTest::keyClick(list, Qt::Key_Delete);
            QTRY_COMPARE(window.messageListModel()->rowCount(), 2);
            QTRY_VERIFY(undo->isEnabled());
            QCOMPARE(undo->text(), QStringLiteral("Undo Move to Trash"));
            undo->trigger();
            QTRY_COMPARE(window.messageListModel()->rowCount(), 3);
            QCOMPARE(window.messageListModel()->index(1, heron::ui::MessageListModel::SubjectColumn).data().toString(),
                     QStringLiteral("Unread 2"));
            QTRY_VERIFY(!undo->isEnabled());
            window.close();
        }
        QSettings(profile->settingsFile(), QSettings::IniFormat)
            .setValue(QStringLiteral("reading/markReadSeconds"), -1);
        MainWindow window(*profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));
        list->setCurrentIndex(window.messageListModel()->index(0, 0));
        QTest::qWait(200);
        QVERIFY(!seen(window, 0));
    }

    // The quick filter's switches narrow the list together, with its words too; another folder starts afresh.
    void quickFilterSwitches()
    {
        QTemporaryDir directory;
        QString error;
        QList<heron::store::MessageRecord> messages = numberedMessages(QStringLiteral("Note"), 12);
        for (heron::store::MessageRecord &message : messages) {
            if (message.uid % 2 == 0)
                message.flags << QStringLiteral("\\Seen");
            if (message.uid % 3 == 0)
                message.flags << QStringLiteral("\\Flagged");
            message.hasAttachments = message.uid % 4 == 0;
        }
        const auto profile = offlineProfile(directory,
                                            {folderRecord(QStringLiteral("Archive"), QStringLiteral("\\Archive")),
                                             folderRecord(QStringLiteral("INBOX"))},
                                            messages, &error);
        QVERIFY2(profile, qPrintable(error));
        MainWindow window(*profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        heron::ui::MessageListModel *model = window.messageListModel();
        QCOMPARE(model->rowCount(), 12);
        const auto subjects = [model] {
            QStringList shown;
            for (int row = 0; row < model->rowCount(); ++row)
                shown << model->index(row, heron::ui::MessageListModel::SubjectColumn).data().toString();
            return shown;
        };
        auto *unread = window.findChild<QToolButton *>(QStringLiteral("QuickFilterUnread"));
        auto *starred = window.findChild<QToolButton *>(QStringLiteral("QuickFilterStarred"));
        auto *attachments = window.findChild<QToolButton *>(QStringLiteral("QuickFilterAttachments"));
        QVERIFY(unread && starred && attachments);
        unread->click();
        QCOMPARE(model->rowCount(), 6);
        starred->click();
        QCOMPARE(subjects(), QStringList({QStringLiteral("Note 9"), QStringLiteral("Note 3")}));
        auto *status = window.findChild<QLabel *>(QStringLiteral("StatusText"));
        QCOMPARE(status->text(), QStringLiteral("2 messages match"));
        heron::test::saveScreenshot(&window, QStringLiteral("main_window_quick_filter"));
        unread->click();
        attachments->click();
        QCOMPARE(subjects(), QStringList({QStringLiteral("Note 12")}));
        attachments->click();
        auto *words = window.findChild<QLineEdit *>(QStringLiteral("QuickFilter"));
        words->setText(QStringLiteral("6"));
        QTRY_COMPARE(subjects(), QStringList({QStringLiteral("Note 6")}));

        // Another folder: everything shown again, the switches off.
        window.selectFolder(kAnn, QStringLiteral("Archive"));
        QVERIFY(!starred->isChecked());
        QVERIFY(words->text().isEmpty());
        window.selectFolder(kAnn, QStringLiteral("INBOX"));
        QCOMPARE(model->rowCount(), 12);
    }

    // A click in the star column stars a message (and again unstars it); in the read column,
    // marks it read or unread. The cache has it at once (the server is out of reach here).
    void starAndReadColumnsSwitch()
    {
        QTemporaryDir directory;
        QString error;
        const auto profile = offlineProfile(directory, {folderRecord(QStringLiteral("INBOX"))},
                                            numberedMessages(QStringLiteral("Click"), 3), &error);
        QVERIFY2(profile, qPrintable(error));
        MainWindow window(*profile);
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        heron::ui::MessageListModel *model = window.messageListModel();
        QCOMPARE(model->rowCount(), 3);
        auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));
        const auto click = [&](int column) {
            const QModelIndex index = model->indexOfUid(2).siblingAtColumn(column);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        };
        QCOMPARE(model->indexOfUid(2).siblingAtColumn(heron::ui::MessageListModel::ReadColumn).data().toString(),
                 QStringLiteral("\u25CF"));
        click(heron::ui::MessageListModel::FlaggedColumn);
        QTRY_VERIFY(model->indexOfUid(2).data(heron::ui::MessageListModel::FlaggedRole).toBool());
        QVERIFY(!model->indexOfUid(1).data(heron::ui::MessageListModel::FlaggedRole).toBool());
        click(heron::ui::MessageListModel::FlaggedColumn);
        QTRY_VERIFY(!model->indexOfUid(2).data(heron::ui::MessageListModel::FlaggedRole).toBool());
        // The click also shows the message, which marks it read; the read column then marks it unread.
        QTRY_VERIFY(model->indexOfUid(2).data(heron::ui::MessageListModel::SeenRole).toBool());
        click(heron::ui::MessageListModel::ReadColumn);
        QTRY_VERIFY(!model->indexOfUid(2).data(heron::ui::MessageListModel::SeenRole).toBool());
        QVERIFY(!model->indexOfUid(3).data(heron::ui::MessageListModel::SeenRole).toBool());
    }

    void layoutIsRememberedInTheProfile()
    {
        QList<int> saved;
        {
            MainWindow window(openProfile());
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("FolderSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({250, 650});
            saved = splitter->sizes();
            window.close();
        }
        const Profile profile = openProfile();
        QVERIFY(QFileInfo::exists(profile.settingsFile()));
        QVERIFY(
            QSettings(profile.settingsFile(), QSettings::IniFormat).contains(QStringLiteral("mainWindow/geometry")));

        MainWindow reopened(openProfile());
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.findChild<QSplitter *>(QStringLiteral("FolderSplitter"))->sizes(), saved);
    }

    // View → Language keeps the choice in the profile, and the next start of heron
    // speaks it (checked on the real binary's --help).
    void languageIsChosenForTheNextStart()
    {
        {
            MainWindow window(openProfile());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *system = window.findChild<QAction *>(QStringLiteral("LanguageAction_system"));
            QVERIFY(system && system->isChecked());
            auto *french = window.findChild<QAction *>(QStringLiteral("LanguageAction_fr"));
            QVERIFY(french);
            QCOMPARE(french->text(), QStringLiteral("Français"));
            QVERIFY(window.findChild<QAction *>(QStringLiteral("LanguageAction_de")));
            QTimer::singleShot(0, [] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->accept();
            });
            french->trigger();
            window.close();
        }
        const Profile profile = openProfile();
        QCOMPARE(QSettings(profile.settingsFile(), QSettings::IniFormat).value(Profile::languageKey()).toString(),
                 QStringLiteral("fr"));
        QProcess heron;
        heron.start(QStringLiteral(HERON_BINARY_DIR "/bin/heron"),
                    {QStringLiteral("--profile"), profile.directory(), QStringLiteral("--help")});
        QVERIFY(heron.waitForFinished(30000));
        const QString help = QString::fromUtf8(heron.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("Client de messagerie Heron")), qPrintable(help));
        {
            MainWindow reopened(openProfile());
            QVERIFY(reopened.findChild<QAction *>(QStringLiteral("LanguageAction_fr"))->isChecked());
        }
        QSettings(profile.settingsFile(), QSettings::IniFormat).remove(Profile::languageKey());
    }

    // View → Layout moves the panes; the choice lasts across restarts.
    void paneLayouts()
    {
        const auto panes = [](MainWindow &window) {
            auto *outer = window.findChild<QSplitter *>(QStringLiteral("FolderSplitter"));
            auto *inner = window.findChild<QSplitter *>(QStringLiteral("MessageSplitter"));
            auto *view = window.findChild<QWidget *>(QStringLiteral("MessageViewPane"));
            auto *folders = window.findChild<QWidget *>(QStringLiteral("FolderPane"));
            return std::tuple(outer, inner, view, folders);
        };
        {
            MainWindow window(openProfile());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const auto [outer, inner, view, folders] = panes(window);
            QCOMPARE(window.paneLayout(), MainWindow::PaneLayout::Classic);
            QCOMPARE(view->parentWidget(), inner);
            QCOMPARE(inner->orientation(), Qt::Vertical);

            window.findChild<QAction *>(QStringLiteral("VerticalLayoutAction"))->trigger();
            QCOMPARE(view->parentWidget(), inner);
            QCOMPARE(inner->orientation(), Qt::Horizontal);
            QCOMPARE(outer->orientation(), Qt::Horizontal);

            window.findChild<QAction *>(QStringLiteral("WideLayoutAction"))->trigger();
            QCOMPARE(view->parentWidget(), outer); // under folders and list, window-wide
            QCOMPARE(folders->parentWidget(), inner);
            QCOMPARE(outer->orientation(), Qt::Vertical);
            QVERIFY(view->isVisible() && folders->isVisible());
            window.close();
        }
        MainWindow reopened(openProfile());
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.paneLayout(), MainWindow::PaneLayout::Wide);
        QVERIFY(reopened.findChild<QAction *>(QStringLiteral("WideLayoutAction"))->isChecked());
        reopened.setPaneLayout(MainWindow::PaneLayout::Classic);
        const auto [outer, inner, view, folders] = panes(reopened);
        QCOMPARE(view->parentWidget(), inner);
        QCOMPARE(folders->parentWidget(), outer);
        reopened.close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
