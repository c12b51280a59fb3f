#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "imap/imap_error.h"
#include "sync/message_action.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDialog;
class QLabel;
class QKeySequence;
class QLineEdit;
class QMessageBox;
class QToolButton;
class QMenu;
class QModelIndex;
class QProgressBar;
class QSplitter;
class QThread;
class QTimer;
class QTreeView;
class QUrl;

namespace heron::store {
class Database;
class MailCache;
} // namespace heron::store

namespace heron::sync {
class MailEngine;
} // namespace heron::sync

namespace heron::ui {

class AccountSettingsDialog;
class AccountWizard;
class ComposerManager;
class DevicePage;
class DeviceRefusalDialog;
class FolderActions;
class FolderTreeModel;
class MailNotifier;
class MessageListModel;
class MessageView;
class OAuthSignInDialog;

// The three-pane main window: folders, message list (with the quick filter),
// message view. It reads the cache through its own connection on the UI
// thread; sync and body downloads run in a MailEngine on its own thread,
// which reports back with signals. The splitters and geometry are kept in the
// profile's heron.ini. Account → Device ID… shows the Device page; a
// server's refusal of this device opens the refusal dialog (one per account);
// an OAuth account whose provider no longer accepts Heron's sign-in shows a
// prompt to sign in again (one per account).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Where the message pane goes (View → Layout), as in the big desktop clients.
    enum class PaneLayout { Classic, Wide, Vertical };

    explicit MainWindow(accounts::Profile profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    const accounts::Profile &profile() const { return m_profile; }
    MessageListModel *messageListModel() const { return m_messageModel; }
    FolderTreeModel *folderTreeModel() const { return m_folderModel; }
    FolderActions *folderActions() const { return m_folderActions; }
    MailNotifier *mailNotifier() const { return m_notifier; }
    // Raised from the tray or a notification; with a uid, that message of the folder is shown.
    void bringUp(const QString &accountEmail, const QString &folder, quint32 uid);

    void setPaneLayout(PaneLayout layout);
    // View → Threaded: replies grouped under the messages they answer (kept in heron.ini).
    void setThreaded(bool threaded);
    // Message → Next Unread (N): the next unread message in the list, opening threads on the way.
    void selectNextUnread();
    PaneLayout paneLayout() const { return m_paneLayout; }

    // Selects a folder of an account (as a click in the folder pane would).
    bool selectFolder(const QString &accountEmail, const QString &folderName);
    // Syncs the selected folder, or every account's Inbox when none is selected.
    void getMessages();
    // File → Work Offline (kept in heron.ini): no server is contacted; going online gets mail again.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    // The Device page (in a dialog of its own for now), on this account or the current one.
    void showDevicePage(const QString &accountEmail = QString());
    DevicePage *devicePage() const;
    // A server refused this device: the refusal dialog for the account, opened
    // once (a later refusal updates it) and not again after the user closed it
    // until Get Messages is pressed or a sync of the account succeeds. IMAP
    // refusals come from the engine; the outbox calls this for SMTP 550. Only
    // the refusing protocol's success closes it: an IMAP sync says nothing
    // about an SMTP refusal (the two servers decide on their own).
    void showDeviceRefusal(const QString &accountEmail, accounts::MailProtocol protocol, const QString &serverReply);
    DeviceRefusalDialog *deviceRefusalDialog(const QString &accountEmail) const;
    // New sessions for the account (new token or CLIENTID switch), then its folder synced again.
    void reconnectAccount(const QString &accountEmail);
    // An OAuth account's provider refused Heron's sign-in (MailEngine::signInNeeded): the
    // problem in the status bar and a prompt that is not modal (SignInNeededBox: the
    // message, Sign In… and Later), one per account while it is shown; after Later only
    // the status bar says it until Get Messages is pressed or the account connects.
    void showSignInNeeded(const QString &accountEmail, const QString &message);
    QMessageBox *signInNeededBox(const QString &accountEmail) const;
    // The browser sign-in for an OAuth account (OAuthSignInDialog); once it is
    // done, new sessions for the account (reconnectAccount).
    void signInAgain(const QString &accountEmail);
    OAuthSignInDialog *signInDialog(const QString &accountEmail) const;
    // How soon the engine first tries again after losing a server (MailEngine::setReconnectDelay).
    void setReconnectDelay(int ms);

    // A composer filled from a mailto: link (RFC 6068), From the current account.
    void openMailto(const QUrl &url);
    // Opens composers and sends what they hand on (Write, Reply, Forward).
    ComposerManager *composerManager() const { return m_composers; }

    // Account → Add Account…: the setup wizard (not modal; one at a time).
    void showAccountWizard();
    AccountWizard *accountWizard() const;
    // At startup (heron's main): opens the wizard when the profile has no accounts.
    void offerAccountSetup();
    // The account list again after one was added elsewhere (the wizard), and the new one's Inbox synced.
    void reloadAccounts(const QString &newAccountEmail = QString());
    // Account → Account Settings…: edit or remove an account (the current one first).
    void showAccountSettings();
    // Edit → Preferences (PreferencesDialog).
    void showPreferences();
    void setCheckInterval(int minutes);
    void checkAllInboxes();
    AccountSettingsDialog *accountSettingsDialog() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void createMessageActions(QMenu *menu);
    void createComposeActions(QMenu *menu);
    void createLayoutActions(QMenu *menu);
    void createLanguageActions(QMenu *menu);
    void chooseLanguage(const QString &code, const QString &name);
    QAction *messageAction(QMenu *menu, const QString &text, const char *objectName, const QString &icon,
                           const QKeySequence &shortcut);
    // Messages of one folder, for the engine.
    struct MessageGroup
    {
        QString account;
        QString folder;
        QList<quint32> uids;
    };
    // The selected messages by folder (several in All Inboxes); a collapsed thread stands for all of
    // its messages in the folder.
    QList<MessageGroup> selectedGroups() const;
    void applyToSelection(sync::MessageAction action);
    void toggleFromColumn(const QModelIndex &index);
    void applyTo(const QList<MessageGroup> &groups, sync::MessageAction action);
    // The shown message, once it was shown long enough (PreferencesDialog::markReadDelaySeconds).
    void markCurrentRead();
    // To another folder of their account; copy: UID COPY instead (Ctrl+drag, Copy To).
    void moveSelection(const QList<MessageGroup> &groups, const QString &target, bool copy = false);
    // Those messages of that folder, with its account and name (nullopt: not a folder of the pane).
    std::optional<MessageGroup> messagesIn(qint64 folderId, const QList<quint32> &uids) const;
    // The shown message's account and folder (in All Inboxes, the Inbox it is in).
    std::optional<MessageGroup> currentMessage() const;
    // Whether the list shows that folder (alone, or among All Inboxes).
    bool showsFolder(const QString &accountEmail, const QString &folder) const;
    void selectUnifiedInbox();
    void showMessageMenu(const QPoint &position);
    void updateMessageActions();
    void createToolBar();
    void createStatusBar();
    QWidget *createQuickFilterBar();
    void updateOfflineButton();
    void createNotifier();
    void updateNotifier(const QString &accountEmail, const QString &folder);
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    void openCache();
    void startEngine();
    void stopEngine();
    void loadAccounts();

    void onFolderChosen();
    void onMessageChosen();
    void showCurrentMessage();
    void applyFilter();
    // The list read again after the cache changed, with its open threads and the current message kept.
    void refreshMessageList();
    void showInList(const QModelIndex &index);
    void showCurrentInList();

    void onSyncStarted(const QString &accountEmail, const QString &folder);
    void onSyncProgress(const QString &accountEmail, const QString &folder, quint32 done, quint32 total);
    void onFolderUpdated(const QString &accountEmail, const QString &folder);
    void connectFolderActions();
    void onFolderChanged(const QString &accountEmail, const QString &from, const QString &to);
    void onSyncFinished(const QString &accountEmail, const QString &folder, bool ok);
    // A server of this protocol accepted the device: a refusal dialog for that protocol is over.
    void endDeviceRefusal(const QString &accountEmail, accounts::MailProtocol protocol);
    void onBodyFetched(const QString &accountEmail, const QString &folder, quint32 uid);
    void onEngineFailed(const QString &accountEmail, heron::imap::ImapError::Kind kind, const QString &message);
    // The status bar shows the problem (details: more about it, e.g. the server's reason); a click
    // on it opens the recent problems with their times (showProblems).
    void showError(const QString &message, const QString &details = QString());
    void showProblems();
    void clearProblem();
    QString syncTarget(const QString &accountEmail) const;
    void syncAccountFolder(const QString &accountEmail, const QString &folder);

    accounts::Profile m_profile;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::MailCache> m_cache;
    QThread *m_engineThread = nullptr;
    sync::MailEngine *m_engine = nullptr;
    int m_syncsRunning = 0;
    QString m_openError;
    bool m_quietSelection = false;

    QSplitter *m_outerSplitter = nullptr;
    QWidget *m_listPane = nullptr;
    QActionGroup *m_layoutActions = nullptr;
    QActionGroup *m_languageActions = nullptr;
    QTimer *m_mailCheck = nullptr;
    QTimer *m_markReadTimer = nullptr;
    int m_markReadDelay = 0; // seconds; -1: never // every account's Inbox, every few minutes (PreferencesDialog)
    PaneLayout m_paneLayout = PaneLayout::Classic;
    QSplitter *m_innerSplitter = nullptr;
    QTreeView *m_folderView = nullptr;
    QTreeView *m_messageList = nullptr;
    // The quick filter's switches beside its words (MessageConditions).
    QToolButton *m_onlyUnread = nullptr;
    QToolButton *m_onlyStarred = nullptr;
    QToolButton *m_onlyAttachments = nullptr;
    QToolButton *m_onlyCorrespondents = nullptr;
    QLineEdit *m_filter = nullptr;
    MessageView *m_messageView = nullptr;
    FolderTreeModel *m_folderModel = nullptr;
    FolderActions *m_folderActions = nullptr;
    MailNotifier *m_notifier = nullptr;
    MessageListModel *m_messageModel = nullptr;
    QAction *m_getMessages = nullptr;
    QAction *m_deviceId = nullptr;
    ComposerManager *m_composers = nullptr;
    QAction *m_write = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_replyAll = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_forwardAsAttachment = nullptr;
    QAction *m_editDraft = nullptr;
    bool m_inDrafts = false; // the list shows a Drafts folder
    QPointer<AccountWizard> m_accountWizard;
    QPointer<AccountSettingsDialog> m_accountSettings;
    QAction *m_accountSettingsAction = nullptr;
    QAction *m_markRead = nullptr;
    QAction *m_markUnread = nullptr;
    QAction *m_star = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_junk = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_nextUnread = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_threaded = nullptr;
    QAction *m_workOffline = nullptr;
    bool m_offline = false;
    QPointer<QDialog> m_deviceDialog;
    QPointer<DevicePage> m_devicePage;
    QHash<QString, QPointer<DeviceRefusalDialog>> m_refusals; // by lower-case address
    QSet<QString> m_refusalsDismissed; // lower-case addresses
    QHash<QString, QPointer<QMessageBox>> m_signInPrompts; // by lower-case address
    QHash<QString, QPointer<OAuthSignInDialog>> m_signIns; // by lower-case address
    QSet<QString> m_signInsDismissed; // lower-case addresses whose prompt the user put off (Later)
    // The sign-in problem already put in the status bar, by lower-case address: the engine's
    // failed() that follows signInNeeded() says it again.
    QHash<QString, QString> m_signInProblems;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_progress = nullptr;

    // The folder shown (both empty for All Inboxes) and the message shown, with the folder that holds it.
    QString m_currentAccount;
    QString m_currentFolder;
    bool m_unified = false; // All Inboxes shown
    QStringList m_problems; // the recent ones, newest first, each with its time
    quint32 m_currentUid = 0;
    qint64 m_currentUidFolderId = 0;
};

} // namespace heron::ui
