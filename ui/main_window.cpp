#include "main_window.h"

#include "account_settings_dialog.h"
#include "account_wizard.h"
#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "composer_manager.h"
#include "device_page.h"
#include "device_refusal_dialog.h"
#include "folder_actions.h"
#include "folder_tree_model.h"
#include "heron_version.h"
#include "i18n/translation_loader.h"
#include "identity/device_identity.h"
#include "mail_notifier.h"
#include "message_file_window.h"
#include "message_list_model.h"
#include "message_view.h"
#include "oauth_sign_in_dialog.h"
#include "preferences_dialog.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/mail_engine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace heron::ui {

namespace {

QString folderLabel(const QString &folder)
{
    return folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0 ? MainWindow::tr("Inbox") : folder;
}

} // namespace

MainWindow::MainWindow(accounts::Profile profile, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Heron"));
    openCache();

    m_folderModel = new FolderTreeModel(*m_cache, this);
    m_folderView = new QTreeView;
    m_folderView->setObjectName(QStringLiteral("FolderPane"));
    m_folderView->setHeaderHidden(true);
    m_folderView->setModel(m_folderModel);
    m_folderView->setUniformRowHeights(true);
    m_folderView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_folderActions = new FolderActions(*m_cache, *m_folderModel, *m_folderView, this);
    connect(m_folderView, &QWidget::customContextMenuRequested, m_folderActions, &FolderActions::showMenu);
    connectFolderActions();

    m_messageModel = new MessageListModel(*m_cache, this);
    m_messageList = new QTreeView;
    m_messageList->setObjectName(QStringLiteral("MessageList"));
    m_messageList->setRootIsDecorated(false);
    m_messageList->setUniformRowHeights(true);
    m_messageList->setAllColumnsShowFocus(true);
    m_messageList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messageList->setDragEnabled(true);
    m_messageList->setDragDropMode(QAbstractItemView::DragOnly);
    m_messageList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageList, &QWidget::customContextMenuRequested, this, &MainWindow::showMessageMenu);
    m_messageList->setModel(m_messageModel);
    m_messageList->setSortingEnabled(true);
    m_messageList->header()->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    // Date, subject, correspondent and size sort: a click on another column puts the indicator back.
    connect(m_messageList->header(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        if (!MessageListModel::isSortable(section))
            m_messageList->header()->setSortIndicator(m_messageModel->sortColumn(), m_messageModel->sortOrder());
    });
    m_messageList->header()->setStretchLastSection(false);
    m_messageList->header()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    m_messageList->setColumnWidth(MessageListModel::FlaggedColumn, 28);
    m_messageList->setColumnWidth(MessageListModel::AttachmentColumn, 28);
    m_messageList->setColumnWidth(MessageListModel::ReadColumn, 28);
    connect(m_messageList, &QAbstractItemView::clicked, this, &MainWindow::toggleFromColumn);
    m_messageList->setColumnWidth(MessageListModel::CorrespondentColumn, 200);
    m_messageList->setColumnWidth(MessageListModel::DateColumn, 140);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("QuickFilter"));
    m_filter->setPlaceholderText(tr("Filter these messages <Ctrl+Shift+K>"));
    m_filter->setClearButtonEnabled(true);
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(focusFilter, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(focusFilter);

    m_listPane = new QWidget;
    m_listPane->setObjectName(QStringLiteral("MessageListPane"));
    auto *listLayout = new QVBoxLayout(m_listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(createQuickFilterBar());
    listLayout->addWidget(m_messageList, 1);

    m_messageView = new MessageView;
    m_messageView->setObjectName(QStringLiteral("MessageViewPane"));
    m_messageView->useProfile(m_profile); // remote content allowed per sender
    connect(m_messageView, &MessageView::mailtoRequested, this, &MainWindow::openMailto);
    connect(m_messageView, &MessageView::attachedMessageOpened, this,
            [this](const QByteArray &message, const QString &name) {
                (new MessageFileWindow(message, name, this))->show();
            });

    m_innerSplitter = new QSplitter(Qt::Vertical);
    m_innerSplitter->setObjectName(QStringLiteral("MessageSplitter"));
    m_innerSplitter->addWidget(m_listPane);
    m_innerSplitter->addWidget(m_messageView);

    m_outerSplitter = new QSplitter(Qt::Horizontal);
    m_outerSplitter->setObjectName(QStringLiteral("FolderSplitter"));
    m_outerSplitter->addWidget(m_folderView);
    m_outerSplitter->addWidget(m_innerSplitter);
    m_outerSplitter->setStretchFactor(1, 3);
    setCentralWidget(m_outerSplitter);

    createMenus();
    createToolBar();
    createStatusBar();
    createNotifier();
    restoreLayout();

    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onFolderChosen);
    connect(m_messageList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onMessageChosen);
    connect(m_messageList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateMessageActions);
    // A closed thread dragged onto a folder moves all of its messages.
    connect(m_messageList, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_messageModel->setThreadOpen(index, true); });
    connect(m_messageList, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_messageModel->setThreadOpen(index, false); });
    m_folderView->setAcceptDrops(true);
    m_folderView->setDropIndicatorShown(true);
    m_folderView->setDragDropMode(QAbstractItemView::DropOnly);
    m_folderView->setDefaultDropAction(Qt::MoveAction);
    connect(m_folderModel, &FolderTreeModel::messagesDropped, this,
            [this](const QString &accountEmail, qint64 sourceFolderId, const QList<quint32> &uids,
                   const QString &target, bool copy) {
                const std::optional<MessageGroup> dropped = messagesIn(sourceFolderId, uids);
                if (dropped && dropped->account == accountEmail && m_messageModel->folderIds().contains(sourceFolderId))
                    moveSelection({*dropped}, target, copy);
            });

    m_markReadDelay = PreferencesDialog::markReadDelaySeconds(m_profile);
    m_markReadTimer = new QTimer(this);
    m_markReadTimer->setObjectName(QStringLiteral("MarkReadTimer"));
    m_markReadTimer->setSingleShot(true);
    connect(m_markReadTimer, &QTimer::timeout, this, &MainWindow::markCurrentRead);
    loadAccounts();
    startEngine();
}

MainWindow::~MainWindow()
{
    stopEngine();
}

void MainWindow::openCache()
{
    m_database = std::make_unique<store::Database>();
    QString error;
    if (!m_database->open(m_profile.cacheDatabaseFile(), &error))
        m_openError = error;
    m_cache = std::make_unique<store::MailCache>(*m_database);
}

void MainWindow::loadAccounts()
{
    QString error;
    const QList<accounts::Account> accounts = accounts::AccountStore(m_profile).list(&error);
    QList<FolderTreeModel::Account> entries;
    if (m_database->isOpen()) {
        for (const accounts::Account &account : accounts) {
            const std::optional<qint64> id = m_cache->accountId(account.email, &error);
            if (id)
                entries.append({account.email, account.label(), *id});
        }
    }
    m_folderModel->setAccounts(entries);
    m_folderView->expandAll();
    // What the cache already has shows at once; the Inbox of the first account is chosen.
    if (!entries.isEmpty()) {
        m_quietSelection = true;
        selectFolder(entries.constFirst().email, QStringLiteral("INBOX"));
        m_quietSelection = false;
    }
    if (!error.isEmpty() || !m_openError.isEmpty())
        showError(m_openError.isEmpty() ? error : m_openError);
    else if (entries.isEmpty())
        m_statusText->setText(
            tr("No accounts yet: add one with Account → Add Account… (profile %1).").arg(m_profile.directory()));
    m_getMessages->setEnabled(!entries.isEmpty());
    m_deviceId->setEnabled(!accounts.isEmpty());
    m_accountSettingsAction->setEnabled(!accounts.isEmpty());
    m_write->setEnabled(!accounts.isEmpty());
}

void MainWindow::startEngine()
{
    m_engineThread = new QThread(this);
    m_engineThread->setObjectName(QStringLiteral("MailEngine"));
    m_engine = new sync::MailEngine(m_profile);
    m_engine->moveToThread(m_engineThread);
    connect(m_engine, &sync::MailEngine::syncStarted, this, &MainWindow::onSyncStarted);
    connect(m_engine, &sync::MailEngine::syncProgress, this, &MainWindow::onSyncProgress);
    connect(m_engine, &sync::MailEngine::folderUpdated, this, &MainWindow::onFolderUpdated);
    connect(m_engine, &sync::MailEngine::folderChanged, this, &MainWindow::onFolderChanged);
    connect(m_engine, &sync::MailEngine::syncFinished, this, &MainWindow::onSyncFinished);
    connect(m_engine, &sync::MailEngine::bodyFetched, this, &MainWindow::onBodyFetched);
    connect(m_engine, &sync::MailEngine::failed, this, &MainWindow::onEngineFailed);
    connect(m_engine, &sync::MailEngine::undoAvailable, this, [this](const QString &description) {
        m_undo->setText(description.isEmpty() ? tr("&Undo") : description);
        m_undo->setEnabled(!description.isEmpty());
    });
    connect(m_engine, &sync::MailEngine::actionRefused, this,
            [this](const QString &, const QString &message) { showError(message); });
    connect(m_engine, &sync::MailEngine::started, this, [this](bool ok, const QString &error) {
        if (!ok)
            showError(error);
    });
    connect(m_engine, &sync::MailEngine::watching, this, [this](const QString &, const QString &folder) {
        if (m_syncsRunning == 0)
            m_statusText->setText(tr("%1 is up to date; new mail shows up as it arrives.").arg(folderLabel(folder)));
    });
    // A lost link heals by itself: say so, with why it was lost in the details.
    connect(
        m_engine, &sync::MailEngine::reconnecting, this,
        [this](const QString &accountEmail, int seconds, const QString &reason) {
            showError(
                tr("%1: the connection to the server was lost; reconnecting in %2 s.").arg(accountEmail).arg(seconds),
                reason);
        });
    connect(m_engine, &sync::MailEngine::signInNeeded, this, &MainWindow::showSignInNeeded);
    m_mailCheck = new QTimer(this);
    m_mailCheck->setObjectName(QStringLiteral("MailCheckTimer"));
    connect(m_mailCheck, &QTimer::timeout, this, &MainWindow::checkAllInboxes);
    setCheckInterval(PreferencesDialog::checkIntervalMinutes(m_profile));
    m_composers = new ComposerManager(m_profile, *m_cache, m_engine, this);
    connect(m_composers, &ComposerManager::deviceRefused, this, [this](const QString &account, const QString &reply) {
        showDeviceRefusal(account, accounts::MailProtocol::Smtp, reply);
    });
    connect(m_engine, &sync::MailEngine::messageSendResult, this,
            [this](const QString &account, const QByteArray &, const QString &, sync::MailEngine::SendResult result,
                   const QString &) {
                if (result == sync::MailEngine::SendResult::Delivered)
                    endDeviceRefusal(account, accounts::MailProtocol::Smtp);
            });
    statusBar()->insertWidget(1, m_composers->statusLabel(), 1);
    m_engineThread->start();
    QMetaObject::invokeMethod(m_engine, &sync::MailEngine::start, Qt::QueuedConnection);
    if (m_offline)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine] { engine->setOffline(true); }, Qt::QueuedConnection);
    // The Inbox of each account, once the window is up.
    if (m_folderModel->rowCount() > 0)
        QTimer::singleShot(0, this, &MainWindow::getMessages);
}

void MainWindow::stopEngine()
{
    if (!m_engine)
        return;
    QMetaObject::invokeMethod(m_engine, &sync::MailEngine::shutdown, Qt::BlockingQueuedConnection);
    m_engineThread->quit();
    m_engineThread->wait();
    delete m_engine;
    m_engine = nullptr;
}

void MainWindow::selectUnifiedInbox()
{
    m_folderView->setCurrentIndex(m_folderModel->unifiedInboxIndex());
}

bool MainWindow::selectFolder(const QString &accountEmail, const QString &folderName)
{
    const QModelIndex index = m_folderModel->folderIndex(accountEmail, folderName);
    if (!index.isValid())
        return false;
    m_folderView->setCurrentIndex(index);
    return true;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_profile, this);
    dialog.addChoice(tr("&Layout:"), "PreferencesLayout", m_layoutActions->actions());
    dialog.addChoice(tr("Lan&guage:"), "PreferencesLanguage", m_languageActions->actions());
    connect(&dialog, &PreferencesDialog::checkIntervalChanged, this, &MainWindow::setCheckInterval);
    connect(&dialog, &PreferencesDialog::markReadDelayChanged, this,
            [this](int seconds) { m_markReadDelay = seconds; });
    connect(&dialog, &PreferencesDialog::newMailNotificationsChanged, m_notifier,
            &MailNotifier::setNotificationsEnabled);
    dialog.exec();
}

void MainWindow::setCheckInterval(int minutes)
{
    m_mailCheck->stop();
    if (minutes > 0)
        m_mailCheck->start(minutes * 60'000);
}

// The periodic check: every account's Inbox, whatever folder is on screen.
void MainWindow::checkAllInboxes()
{
    if (!m_engine || m_offline)
        return;
    for (int i = 0; i < m_folderModel->rowCount(); ++i) {
        const QModelIndex account = m_folderModel->index(i, 0);
        if (account.data(FolderTreeModel::IsAccountRole).toBool())
            syncAccountFolder(account.data(FolderTreeModel::AccountEmailRole).toString(), QStringLiteral("INBOX"));
    }
}

void MainWindow::getMessages()
{
    if (!m_engine)
        return;
    if (m_offline) {
        m_statusText->setText(tr("Heron is working offline. Switch off File → Work Offline to get messages."));
        return;
    }
    if (!m_currentAccount.isEmpty() && !m_currentFolder.isEmpty())
        syncAccountFolder(m_currentAccount, m_currentFolder);
    else
        checkAllInboxes();
}

void MainWindow::syncAccountFolder(const QString &accountEmail, const QString &folder)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, accountEmail, folder] { engine->syncFolder(accountEmail, folder); },
        Qt::QueuedConnection);
}

QString MainWindow::syncTarget(const QString &accountEmail) const
{
    return accounts::Account::sameAddress(accountEmail, m_currentAccount) && !m_currentFolder.isEmpty()
        ? m_currentFolder
        : QStringLiteral("INBOX");
}

void MainWindow::reconnectAccount(const QString &accountEmail)
{
    if (!m_engine)
        return;
    m_refusalsDismissed.remove(accountEmail.toLower());
    m_signInsDismissed.remove(accountEmail.toLower());
    // Queued in order on the engine thread: the new session serves the sync.
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, accountEmail] { engine->reconnect(accountEmail); }, Qt::QueuedConnection);
    syncAccountFolder(accountEmail, syncTarget(accountEmail));
}

void MainWindow::showDevicePage(const QString &accountEmail)
{
    if (!m_deviceDialog) {
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("DeviceIdDialog"));
        dialog->setWindowTitle(tr("Device ID"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_devicePage = new DevicePage(m_profile);
        connect(m_devicePage, &DevicePage::clientIdChanged, this, &MainWindow::reconnectAccount);
        connect(m_devicePage, &DevicePage::allDeviceIdsReset, this, [this] {
            for (const accounts::Account &account : accounts::AccountStore(m_profile).list())
                reconnectAccount(account.email);
        });
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(m_devicePage, 1);
        layout->addWidget(buttons);
        m_deviceDialog = dialog;
    } else {
        m_devicePage->refresh();
    }
    const QString account = accountEmail.isEmpty() ? m_currentAccount : accountEmail;
    if (!account.isEmpty())
        m_devicePage->setAccount(account);
    m_deviceDialog->show();
    m_deviceDialog->raise();
    m_deviceDialog->activateWindow();
}

void MainWindow::showDeviceRefusal(const QString &accountEmail, accounts::MailProtocol protocol,
                                   const QString &serverReply)
{
    const QString key = accountEmail.toLower();
    QPointer<DeviceRefusalDialog> dialog = m_refusals.value(key);
    if (!dialog) {
        if (m_refusalsDismissed.contains(key))
            return; // closed by the user: the status bar says it, no dialog storm
        dialog = new DeviceRefusalDialog(m_profile, accountEmail, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DeviceRefusalDialog::tryAgain, this, &MainWindow::reconnectAccount);
        connect(dialog, &QDialog::rejected, this, [this, key] { m_refusalsDismissed.insert(key); });
        m_refusals.insert(key, dialog);
    }
    const std::optional<accounts::Account> account = accounts::AccountStore(m_profile).find(accountEmail);
    dialog->setRefusal(protocol, account ? account->server(protocol).host : QString(), serverReply);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (m_devicePage)
        m_devicePage->refresh();
}

void MainWindow::showSignInNeeded(const QString &accountEmail, const QString &message)
{
    const QString key = accountEmail.toLower();
    showError(tr("%1: %2").arg(accountEmail, message));
    m_signInProblems.insert(key, message);
    if (QMessageBox *box = m_signInPrompts.value(key)) {
        box->setText(message); // shown already: only the newest words
        return;
    }
    if (m_signInsDismissed.contains(key) || m_signIns.value(key))
        return; // put off by the user, or a sign-in runs already
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sign In Needed — %1").arg(accountEmail), message,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("SignInNeededBox"));
    box->setTextFormat(Qt::PlainText); // the provider's words, never HTML
    box->setInformativeText(
        tr("Heron cannot get or send mail for %1 until you sign in again in your browser.").arg(accountEmail));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *signIn = box->addButton(tr("&Sign In…"), QMessageBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("SignInButton"));
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("LaterButton"));
    box->setDefaultButton(signIn);
    // Later, Escape and the window's close button all put it off.
    connect(box, &QDialog::finished, this, [this, key, accountEmail, box, signIn] {
        if (box->clickedButton() == signIn)
            signInAgain(accountEmail);
        else
            m_signInsDismissed.insert(key); // the status bar keeps saying it
    });
    m_signInPrompts.insert(key, box);
    box->show();
    box->raise();
}

QMessageBox *MainWindow::signInNeededBox(const QString &accountEmail) const
{
    return m_signInPrompts.value(accountEmail.toLower());
}

void MainWindow::signInAgain(const QString &accountEmail)
{
    const QString key = accountEmail.toLower();
    if (OAuthSignInDialog *running = m_signIns.value(key)) {
        running->show();
        running->raise();
        running->activateWindow();
        return;
    }
    QString error;
    const std::optional<accounts::Account> account = accounts::AccountStore(m_profile).find(accountEmail, &error);
    if (!account || account->authMethod != accounts::AuthMethod::OAuth2) {
        showError(error.isEmpty() ? tr("%1 does not sign in in the browser.").arg(accountEmail) : error);
        return;
    }
    if (QMessageBox *box = m_signInPrompts.value(key))
        box->close();
    auto *dialog = new OAuthSignInDialog(m_profile, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OAuthSignInDialog::signedIn, this, [this](const QString &email) {
        m_signInProblems.remove(email.toLower());
        m_statusText->setText(tr("%1: signed in again.").arg(email));
        clearProblem();
        reconnectAccount(email);
    });
    m_signIns.insert(key, dialog);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->start();
}

OAuthSignInDialog *MainWindow::signInDialog(const QString &accountEmail) const
{
    return m_signIns.value(accountEmail.toLower());
}

void MainWindow::showAccountWizard()
{
    if (!m_accountWizard) {
        m_accountWizard = new AccountWizard(m_profile, this);
        m_accountWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_accountWizard, &AccountWizard::accountAdded, this,
                [this](const QString &email) { reloadAccounts(email); });
    }
    m_accountWizard->show();
    m_accountWizard->raise();
    m_accountWizard->activateWindow();
}

AccountWizard *MainWindow::accountWizard() const
{
    return m_accountWizard;
}

void MainWindow::offerAccountSetup()
{
    if (m_openError.isEmpty() && accounts::AccountStore(m_profile).list().isEmpty())
        showAccountWizard();
}

void MainWindow::reloadAccounts(const QString &newAccountEmail)
{
    loadAccounts();
    if (!newAccountEmail.isEmpty() && m_engine)
        syncAccountFolder(newAccountEmail, QStringLiteral("INBOX"));
}

void MainWindow::showAccountSettings()
{
    if (!m_accountSettings) {
        m_accountSettings = new AccountSettingsDialog(m_profile, this);
        m_accountSettings->setAttribute(Qt::WA_DeleteOnClose);
        m_accountSettings->setFolderLister([this](const QString &email) {
            QString error;
            QStringList names;
            if (const std::optional<qint64> id = m_cache->accountId(email, &error)) {
                for (const store::FolderRecord &folder : m_cache->folders(*id))
                    names << folder.name;
            }
            return names;
        });
        connect(m_accountSettings, &AccountSettingsDialog::accountChanged, this, [this](const QString &email) {
            loadAccounts();
            reconnectAccount(email); // new servers or password: a new session
        });
        connect(m_accountSettings, &AccountSettingsDialog::accountRemoved, this, [this](const QString &email) {
            // Nothing to sign in to any more.
            if (QMessageBox *box = m_signInPrompts.value(email.toLower()))
                box->close();
            if (OAuthSignInDialog *dialog = m_signIns.value(email.toLower()))
                dialog->close();
            reloadAccounts();
        });
        connect(m_accountSettings, &AccountSettingsDialog::devicePageRequested, this,
                [this](const QString &email) { showDevicePage(email); });
    }
    if (!m_currentAccount.isEmpty())
        m_accountSettings->setAccount(m_currentAccount);
    m_accountSettings->show();
    m_accountSettings->raise();
    m_accountSettings->activateWindow();
}

AccountSettingsDialog *MainWindow::accountSettingsDialog() const
{
    return m_accountSettings;
}

DevicePage *MainWindow::devicePage() const
{
    return m_devicePage;
}

DeviceRefusalDialog *MainWindow::deviceRefusalDialog(const QString &accountEmail) const
{
    return m_refusals.value(accountEmail.toLower());
}

void MainWindow::onFolderChosen()
{
    m_folderActions->update();
    const QModelIndex index = m_folderView->currentIndex();
    const qint64 folderId = index.data(FolderTreeModel::FolderIdRole).toLongLong();
    const QString account = index.data(FolderTreeModel::AccountEmailRole).toString();
    const QString folder = index.data(FolderTreeModel::FolderNameRole).toString();
    const bool unified = index.data(FolderTreeModel::IsUnifiedRole).toBool();
    if (account == m_currentAccount && folder == m_currentFolder && folderId == m_messageModel->folderId()
        && unified == m_unified)
        return;
    m_currentAccount = account;
    m_currentFolder = folder;
    m_unified = unified;
    m_currentUid = 0;
    m_currentUidFolderId = 0;
    const QString use = index.data(FolderTreeModel::SpecialUseRole).toString();
    m_inDrafts = use.compare(QLatin1String("\\Drafts"), Qt::CaseInsensitive) == 0;
    const bool recipients = use.compare(QLatin1String("\\Sent"), Qt::CaseInsensitive) == 0 || m_inDrafts;
    // A new folder starts unfiltered (the model clears its filter with the folder).
    {
        const QSignalBlocker quiet(m_filter);
        m_filter->clear();
    }
    for (QToolButton *button : {m_onlyUnread, m_onlyStarred, m_onlyAttachments, m_onlyCorrespondents}) {
        const QSignalBlocker quiet(button);
        button->setChecked(false);
    }
    if (unified)
        m_messageModel->setFolders(m_folderModel->inboxFolderIds());
    else
        m_messageModel->setFolder(folderId, recipients);
    updateMessageActions();
    m_messageView->showPlaceholder(folderId || unified ? tr("No message selected") : tr("No folder selected"));
    if ((folderId != 0 || unified) && !m_quietSelection)
        getMessages();
}

void MainWindow::onMessageChosen()
{
    const QModelIndex index = m_messageList->currentIndex();
    if (!index.isValid()) {
        m_currentUid = 0;
        m_currentUidFolderId = 0;
        m_messageView->showPlaceholder(tr("No message selected"));
        return;
    }
    const quint32 uid = index.data(MessageListModel::UidRole).toUInt();
    const qint64 folderId = index.data(MessageListModel::FolderIdRole).toLongLong();
    if (uid == m_currentUid && folderId == m_currentUidFolderId)
        return;
    m_currentUid = uid;
    m_currentUidFolderId = folderId;
    m_markReadTimer->stop();
    if (m_markReadDelay >= 0 && !m_inDrafts && !index.data(MessageListModel::SeenRole).toBool())
        m_markReadTimer->start(m_markReadDelay * 1000);
    showCurrentMessage();
}

void MainWindow::showCurrentMessage()
{
    const QModelIndex index = m_messageModel->indexOfUid(m_currentUid, m_currentUidFolderId);
    const std::optional<MessageGroup> current = currentMessage();
    if (!index.isValid() || !current)
        return;
    const store::MessageRecord &message = m_messageModel->message(index);
    const std::optional<QByteArray> bytes = m_cache->body(m_currentUidFolderId, message.uid);
    m_messageView->showMessage(message, bytes);
    if (!bytes && m_offline) {
        m_messageView->showError(tr("The text of this message is not on this computer yet. It is downloaded "
                                    "when Heron is online again (File → Work Offline)."));
        return;
    }
    if (!bytes && m_engine) {
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine, account = current->account, folder = current->folder, uid = message.uid] {
                engine->fetchBody(account, folder, uid);
            },
            Qt::QueuedConnection);
    }
}

// The quick filter: switches for unread, starred, with attachments and from correspondents,
// beside the words (Ctrl+Shift+K); all of them together narrow the list.
QWidget *MainWindow::createQuickFilterBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addSwitch
        = [&](const char *objectName, const QString &icon, const QString &text, const QString &toolTip) {
              auto *button = new QToolButton;
              button->setObjectName(QLatin1String(objectName));
              button->setCheckable(true);
              button->setAutoRaise(true);
              button->setIcon(QIcon::fromTheme(icon));
              button->setText(text);
              button->setToolTip(toolTip);
              button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
              connect(button, &QToolButton::toggled, this, &MainWindow::applyFilter);
              layout->addWidget(button);
              return button;
          };
    m_onlyUnread
        = addSwitch("QuickFilterUnread", QStringLiteral("mail-unread"), tr("Unread"), tr("Only unread messages"));
    m_onlyStarred = addSwitch("QuickFilterStarred", QStringLiteral("mail-mark-important"), tr("Starred"),
                              tr("Only starred messages"));
    m_onlyAttachments = addSwitch("QuickFilterAttachments", QStringLiteral("mail-attachment"), tr("Attachments"),
                                  tr("Only messages with attachments"));
    m_onlyCorrespondents = addSwitch("QuickFilterCorrespondents", QStringLiteral("x-office-address-book"),
                                     tr("Correspondents"), tr("Only messages from people you have written to"));
    m_filter->setMinimumWidth(140); // the words stay visible beside the switches
    layout->addWidget(m_filter, 1);
    return bar;
}

void MainWindow::applyFilter()
{
    store::MessageConditions conditions;
    conditions.unread = m_onlyUnread->isChecked();
    conditions.starred = m_onlyStarred->isChecked();
    conditions.withAttachments = m_onlyAttachments->isChecked();
    conditions.fromCorrespondents = m_onlyCorrespondents->isChecked();
    m_messageModel->setConditions(conditions);
    m_messageModel->setFilter(m_filter->text());
    if (!m_messageModel->filterError().isEmpty())
        showError(tr("The filter cannot be used: %1").arg(m_messageModel->filterError()));
    else if (!m_filter->text().trimmed().isEmpty() || conditions.any())
        m_statusText->setText(tr("%n messages match", nullptr, int(m_messageModel->totalCount())));
}

void MainWindow::onSyncStarted(const QString &accountEmail, const QString &folder)
{
    ++m_syncsRunning;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    clearProblem();
    m_statusText->setText(tr("Getting messages of %1 in %2…").arg(accountEmail, folderLabel(folder)));
}

void MainWindow::onSyncProgress(const QString &accountEmail, const QString &folder, quint32 done, quint32 total)
{
    Q_UNUSED(accountEmail);
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
    m_statusText->setText(tr("%1: %2 of %3 messages").arg(folderLabel(folder)).arg(done).arg(total));
    // The newest mail is listed as soon as its first batch is stored.
    if (m_messageModel->rowCount() == 0 && showsFolder(accountEmail, folder))
        refreshMessageList();
}

void MainWindow::connectFolderActions()
{
    const auto toEngine = [this](std::function<void(sync::MailEngine *)> call) {
        if (m_engine)
            QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, call] { call(engine); }, Qt::QueuedConnection);
    };
    connect(m_folderActions, &FolderActions::createRequested, this,
            [toEngine](const QString &account, const QString &parent, const QString &leaf) {
                toEngine([=](sync::MailEngine *engine) { engine->createFolder(account, parent, leaf); });
            });
    connect(m_folderActions, &FolderActions::renameRequested, this,
            [toEngine](const QString &account, const QString &folder, const QString &leaf) {
                toEngine([=](sync::MailEngine *engine) { engine->renameFolder(account, folder, leaf); });
            });
    connect(m_folderActions, &FolderActions::deleteRequested, this,
            [toEngine](const QString &account, const QString &folder) {
                toEngine([=](sync::MailEngine *engine) { engine->deleteFolder(account, folder); });
            });
    connect(m_folderActions, &FolderActions::markReadRequested, this,
            [toEngine](const QString &account, const QString &folder, const QList<quint32> &uids) {
                toEngine([=](sync::MailEngine *engine) {
                    engine->applyAction(account, folder, uids, sync::MessageAction::MarkRead);
                });
            });
    connect(m_folderActions, &FolderActions::refused, this, [this](const QString &reason) { showError(reason); });
}

void MainWindow::onFolderChanged(const QString &accountEmail, const QString &from, const QString &to)
{
    m_folderModel->reload();
    m_folderView->expandAll();
    if (from.isEmpty())
        statusBar()->showMessage(tr("Folder \"%1\" created.").arg(to), 5000);
    else if (to.isEmpty())
        statusBar()->showMessage(tr("Folder \"%1\" deleted.").arg(from), 5000);
    else
        statusBar()->showMessage(tr("Folder \"%1\" is now \"%2\".").arg(from, to), 5000);
    // The folder shown was renamed or moved (or deleted): show it under its new name (or the Inbox).
    if (from.isEmpty() || accountEmail != m_currentAccount
        || m_folderModel->folderIndex(accountEmail, m_currentFolder).isValid())
        return;
    const QString folder = !to.isEmpty() && m_currentFolder.startsWith(from) ? to + m_currentFolder.mid(from.size())
                                                                             : QStringLiteral("INBOX");
    m_quietSelection = true;
    selectFolder(accountEmail, folder);
    m_quietSelection = false;
}

void MainWindow::createNotifier()
{
    const QIcon icon = QApplication::windowIcon().isNull() ? QIcon::fromTheme(QStringLiteral("mail-unread"))
                                                           : QApplication::windowIcon();
    m_notifier = new MailNotifier(*m_cache, icon, this);
    m_notifier->setNotificationsEnabled(PreferencesDialog::newMailNotifications(m_profile));
    auto *menu = new QMenu(this);
    menu->addAction(tr("&Show Heron"), this, [this] { bringUp(QString(), QString(), 0); });
    menu->addAction(m_getMessages);
    menu->addAction(m_write);
    menu->addSeparator();
    menu->addAction(findChild<QAction *>(QStringLiteral("QuitAction")));
    m_notifier->setMenu(menu);
    connect(m_notifier, &MailNotifier::activated, this, &MainWindow::bringUp);
}

void MainWindow::bringUp(const QString &accountEmail, const QString &folder, quint32 uid)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (uid == 0 || !selectFolder(accountEmail, folder))
        return;
    const QModelIndex index = m_messageModel->indexOfUid(uid);
    if (index.isValid())
        showInList(index);
}

void MainWindow::updateNotifier(const QString &accountEmail, const QString &folder)
{
    const QModelIndex index = m_folderModel->folderIndex(accountEmail, folder);
    m_notifier->folderUpdated(accountEmail, folder, index.data(FolderTreeModel::FolderIdRole).toLongLong());
    qint64 unread = 0;
    for (int row = 0; row < m_folderModel->rowCount(); ++row) {
        const QString account = m_folderModel->index(row, 0).data(FolderTreeModel::AccountEmailRole).toString();
        unread += m_folderModel->folderIndex(account, QStringLiteral("INBOX"))
                      .data(FolderTreeModel::UnreadCountRole)
                      .toLongLong();
    }
    m_notifier->setUnreadCount(unread);
}

void MainWindow::onFolderUpdated(const QString &accountEmail, const QString &folder)
{
    m_folderModel->reload();
    m_folderView->expandAll();
    m_folderActions->update();
    updateNotifier(accountEmail, folder);
    // A new folder list resets the folder pane: select again what was selected
    // (or the Inbox the first time), without starting another sync.
    m_quietSelection = true;
    if (m_unified) {
        if (m_folderView->currentIndex() != m_folderModel->unifiedInboxIndex())
            selectUnifiedInbox();
    } else if (m_currentFolder.isEmpty()) {
        if (folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
            selectFolder(accountEmail, folder);
    } else if (m_folderView->currentIndex() != m_folderModel->folderIndex(m_currentAccount, m_currentFolder)) {
        selectFolder(m_currentAccount, m_currentFolder);
    }
    m_quietSelection = false;
    // An account's Inbox that came with its first sync joins All Inboxes.
    if (m_unified && m_messageModel->folderIds() != m_folderModel->inboxFolderIds()) {
        m_messageModel->setFolders(m_folderModel->inboxFolderIds());
        showCurrentInList();
    } else if (showsFolder(accountEmail, folder)) {
        refreshMessageList();
    }
}

bool MainWindow::showsFolder(const QString &accountEmail, const QString &folder) const
{
    if (!m_unified)
        return accountEmail == m_currentAccount && folder == m_currentFolder;
    const QModelIndex index = m_folderModel->folderIndex(accountEmail, folder);
    return index.isValid()
        && m_messageModel->folderIds().contains(index.data(FolderTreeModel::FolderIdRole).toLongLong());
}

std::optional<MainWindow::MessageGroup> MainWindow::messagesIn(qint64 folderId, const QList<quint32> &uids) const
{
    const std::optional<FolderTreeModel::Location> location = m_folderModel->locate(folderId);
    if (!location)
        return std::nullopt;
    return MessageGroup {location->accountEmail, location->folder, uids};
}

std::optional<MainWindow::MessageGroup> MainWindow::currentMessage() const
{
    return m_currentUid ? messagesIn(m_currentUidFolderId, {m_currentUid}) : std::nullopt;
}

void MainWindow::refreshMessageList()
{
    // A reset collapses the view: the threads open before are opened again (the model keeps their rows).
    QSet<qint64> openThreads;
    for (int row = 0; row < m_messageModel->rowCount(); ++row) {
        const QModelIndex index = m_messageModel->index(row, 0);
        if (m_messageList->isExpanded(index))
            openThreads.insert(index.data(MessageListModel::ThreadIdRole).toLongLong());
    }
    m_messageModel->refresh();
    for (int row = 0; !openThreads.isEmpty() && row < m_messageModel->rowCount(); ++row) {
        const QModelIndex index = m_messageModel->index(row, 0);
        if (openThreads.remove(index.data(MessageListModel::ThreadIdRole).toLongLong()))
            m_messageList->expand(index);
    }
    showCurrentInList();
}

// After the list was read again: the same message current (onMessageChosen leaves the view as it is).
void MainWindow::showCurrentInList()
{
    const QModelIndex current
        = m_currentUid ? m_messageModel->indexOfUid(m_currentUid, m_currentUidFolderId) : QModelIndex();
    if (current.isValid())
        showInList(current);
}

void MainWindow::showInList(const QModelIndex &index)
{
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_messageList->expand(parent);
    m_messageList->setCurrentIndex(index.siblingAtColumn(MessageListModel::SubjectColumn));
    m_messageList->scrollTo(index);
}

void MainWindow::setThreaded(bool threaded)
{
    m_threaded->setChecked(threaded);
    m_messageList->setRootIsDecorated(threaded);
    if (threaded == m_messageModel->threaded())
        return;
    m_messageModel->setThreaded(threaded);
    showCurrentInList();
}

// The next unread message after the current one, in the list's order: into
// threads with unread mail, and on through pages not loaded yet while the
// folder has unread mail at all.
void MainWindow::selectNextUnread()
{
    if (m_messageModel->folderId() == 0 || m_cache->unseenCount(m_messageModel->folderId()) == 0) {
        m_statusText->setText(tr("There are no unread messages in this folder."));
        return;
    }
    const auto next = [this](const QModelIndex &index) -> QModelIndex {
        // Pre-order: a thread's messages (loaded only when some are unread), then the next row up the tree.
        const qint64 unseenBelow = index.data(MessageListModel::ThreadUnseenRole).toLongLong()
            - (index.data(MessageListModel::SeenRole).toBool() ? 0 : 1);
        if (index.isValid() && (m_messageModel->rowCount(index) > 0 || unseenBelow > 0)) {
            if (m_messageModel->canFetchMore(index))
                m_messageModel->fetchMore(index);
            if (m_messageModel->rowCount(index) > 0)
                return m_messageModel->index(0, 0, index);
        }
        for (QModelIndex at = index; at.isValid(); at = at.parent()) {
            const QModelIndex parent = at.parent();
            if (at.row() + 1 < m_messageModel->rowCount(parent))
                return m_messageModel->index(at.row() + 1, 0, parent);
            if (!parent.isValid() && m_messageModel->canFetchMore({})) {
                m_messageModel->fetchMore({});
                if (at.row() + 1 < m_messageModel->rowCount())
                    return m_messageModel->index(at.row() + 1, 0);
            }
        }
        return index.isValid() || m_messageModel->rowCount() == 0 ? QModelIndex() : m_messageModel->index(0, 0);
    };
    const QModelIndex current = m_messageList->currentIndex().siblingAtColumn(0);
    for (QModelIndex index = next(current); index.isValid(); index = next(index)) {
        if (!index.data(MessageListModel::SeenRole).toBool()) {
            showInList(index);
            m_messageList->selectionModel()->select(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    m_statusText->setText(tr("No unread messages after this one."));
}

void MainWindow::endDeviceRefusal(const QString &accountEmail, accounts::MailProtocol protocol)
{
    const QString key = accountEmail.toLower();
    if (DeviceRefusalDialog *dialog = m_refusals.value(key); dialog && dialog->protocol() == protocol)
        dialog->accept();
    m_refusalsDismissed.remove(key);
    if (m_devicePage)
        m_devicePage->refresh();
}

void MainWindow::onSyncFinished(const QString &accountEmail, const QString &folder, bool ok)
{
    m_syncsRunning = qMax(0, m_syncsRunning - 1);
    if (m_syncsRunning == 0)
        m_progress->setVisible(false);
    if (ok) {
        endDeviceRefusal(accountEmail, accounts::MailProtocol::Imap);
        // Connected: a sign-in prompt of the account is over (signed in elsewhere, or the provider relented).
        if (QMessageBox *box = m_signInPrompts.value(accountEmail.toLower()))
            box->close();
        m_signInsDismissed.remove(accountEmail.toLower());
        m_signInProblems.remove(accountEmail.toLower());
        clearProblem();
        m_statusText->setText(
            tr("%1 is up to date (%2).")
                .arg(folderLabel(folder), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    }
}

void MainWindow::onBodyFetched(const QString &accountEmail, const QString &folder, quint32 uid)
{
    m_composers->onBodyFetched(accountEmail, folder, uid); // a reply waiting for its original
    const std::optional<MessageGroup> current = currentMessage();
    if (current && current->account == accountEmail && current->folder == folder && uid == m_currentUid)
        showCurrentMessage();
}

void MainWindow::onEngineFailed(const QString &accountEmail, imap::ImapError::Kind kind, const QString &message)
{
    QString text;
    switch (kind) {
    case imap::ImapError::Kind::DeviceRefused:
        text = tr("%1: your provider does not know this device yet. %2").arg(accountEmail, message);
        break;
    case imap::ImapError::Kind::Authentication:
        text = tr("%1: the server refused the password. %2").arg(accountEmail, message);
        break;
    case imap::ImapError::Kind::Connection:
    case imap::ImapError::Kind::Closed:
        text = tr("%1: cannot reach the server. %2").arg(accountEmail, message);
        break;
    default:
        text = tr("%1: %2").arg(accountEmail, message);
        break;
    }
    // A sign-in problem is in the status bar already (showSignInNeeded), with the same words.
    const auto signInProblem = m_signInProblems.constFind(accountEmail.toLower());
    if (kind != imap::ImapError::Kind::None || signInProblem == m_signInProblems.cend() || *signInProblem != message)
        showError(text);
    if (kind == imap::ImapError::Kind::DeviceRefused) {
        // The server's own words carry the registration link, if any; the engine
        // recorded them in the device identity's status of the IMAP server.
        QString reply = message;
        if (const std::optional<accounts::Account> account = accounts::AccountStore(m_profile).find(accountEmail)) {
            accounts::SecretStore secrets(m_profile);
            for (const auto &status : identity::DeviceIdentity(m_profile, secrets).serverStatuses(account->email)) {
                if (status.protocol == accounts::MailProtocol::Imap && status.lastReply
                    && status.host.compare(account->imap.host, Qt::CaseInsensitive) == 0)
                    reply = *status.lastReply;
            }
        }
        showDeviceRefusal(accountEmail, accounts::MailProtocol::Imap, reply);
    }
    if (m_currentUid && m_messageModel->indexOfUid(m_currentUid, m_currentUidFolderId).isValid()
        && !m_cache->body(m_currentUidFolderId, m_currentUid))
        m_messageView->showError(tr("The message could not be loaded: %1").arg(message));
}

void MainWindow::setReconnectDelay(int ms)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, ms] { engine->setReconnectDelay(ms); }, Qt::QueuedConnection);
}

void MainWindow::showError(const QString &message, const QString &details)
{
    constexpr qsizetype kProblemsKept = 20;
    const QString time = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    m_problems.prepend(details.isEmpty() ? QStringLiteral("%1  %2").arg(time, message)
                                         : QStringLiteral("%1  %2\n%3").arg(time, message, details));
    if (m_problems.size() > kProblemsKept)
        m_problems.removeLast();
    m_statusText->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_statusText->setText(message);
    m_statusText->setToolTip(tr("%1\nClick for details.").arg(details.isEmpty() ? message : details));
    m_statusText->setCursor(Qt::PointingHandCursor);
}

// The status bar is back to news (the problems stay listed for the next one's details).
void MainWindow::clearProblem()
{
    m_statusText->setStyleSheet(QString());
    m_statusText->setToolTip(QString());
    m_statusText->unsetCursor();
}

// A click on a problem in the status bar: it in full, and the ones before it.
void MainWindow::showProblems()
{
    if (m_problems.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Problems"), m_statusText->text(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("ProblemsBox"));
    box.setTextFormat(Qt::PlainText); // the servers' words, never HTML
    box.setInformativeText(
        tr("The last %n problem(s), newest first, are under Show Details.", nullptr, int(m_problems.size())));
    box.setDetailedText(m_problems.join(QStringLiteral("\n\n")));
    box.exec();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_statusText && event->type() == QEvent::MouseButtonRelease && !m_statusText->styleSheet().isEmpty())
        showProblems();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_getMessages = new QAction(QIcon::fromTheme(QStringLiteral("mail-receive")), tr("&Get Messages"), this);
    m_getMessages->setObjectName(QStringLiteral("GetMessagesAction"));
    m_getMessages->setShortcut(QKeySequence::Refresh);
    m_getMessages->setToolTip(tr("Get new messages of the selected folder"));
    connect(m_getMessages, &QAction::triggered, this, [this] {
        m_refusalsDismissed.clear(); // asked for explicitly: a refusal may show its dialog again
        m_signInsDismissed.clear(); // and a sign-in needed its prompt
        getMessages();
    });
    fileMenu->addAction(m_getMessages);
    fileMenu->addAction(m_folderActions->newFolderAction());
    fileMenu->addSeparator();
    m_workOffline = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("network-offline")), tr("Work &Offline"));
    m_workOffline->setObjectName(QStringLiteral("WorkOfflineAction"));
    m_workOffline->setCheckable(true);
    m_workOffline->setToolTip(tr("Work offline: no connection to any server until this is switched off again"));
    connect(m_workOffline, &QAction::toggled, this, &MainWindow::setOffline);
    // Messages the outbox keeps because the server refused them: opened again to edit.
    QMenu *unsent = fileMenu->addMenu(tr("&Unsent Messages"));
    unsent->setObjectName(QStringLiteral("UnsentMessagesMenu"));
    connect(unsent, &QMenu::aboutToShow, this, [this, unsent] {
        if (m_composers)
            m_composers->fillUnsentMenu(unsent);
    });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("QuitAction"));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("EditMenu"));
    // Undo takes the last move back (delete to the Trash, archive, move); the engine says what that is.
    m_undo = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("UndoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        m_undo->setEnabled(false);
        if (m_engine)
            QMetaObject::invokeMethod(m_engine, &sync::MailEngine::undoLastMove, Qt::QueuedConnection);
    });
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                               tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("PreferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *messageMenu = menuBar()->addMenu(tr("&Message"));
    createComposeActions(messageMenu);
    createMessageActions(messageMenu);

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *addAccount = accountMenu->addAction(tr("&Add Account…"), this, &MainWindow::showAccountWizard);
    addAccount->setObjectName(QStringLiteral("AddAccountAction"));
    m_accountSettingsAction = accountMenu->addAction(tr("Account &Settings…"), this, &MainWindow::showAccountSettings);
    m_accountSettingsAction->setObjectName(QStringLiteral("AccountSettingsAction"));
    m_deviceId = accountMenu->addAction(tr("&Device ID…"), this, [this] { showDevicePage(); });
    m_deviceId->setObjectName(QStringLiteral("DeviceIdAction"));
    m_deviceId->setToolTip(tr("This device's ID for the account, its registration with the provider, and resets"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    createLayoutActions(viewMenu->addMenu(tr("&Layout")));
    createLanguageActions(viewMenu->addMenu(tr("Lan&guage")));
    m_threaded = viewMenu->addAction(tr("&Threaded"));
    m_threaded->setObjectName(QStringLiteral("ThreadedViewAction"));
    m_threaded->setCheckable(true);
    m_threaded->setToolTip(tr("Group replies with the messages they answer"));
    connect(m_threaded, &QAction::toggled, this, &MainWindow::setThreaded);
    QAction *source = viewMenu->addAction(tr("Message &Source"), QKeySequence(Qt::CTRL | Qt::Key_U), m_messageView,
                                          &MessageView::showSource);
    source->setObjectName(QStringLiteral("MessageSourceAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Heron"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("AboutAction"));
}

// Actions on the selected messages. Each goes into the cache at once (the list shows
// it) and to the server with the next sync, which the engine starts right away; offline
// it waits in the queue.
void MainWindow::createMessageActions(QMenu *menu)
{
    m_markRead = messageAction(menu, tr("Mark as &Read"), "MarkReadAction", QStringLiteral("mail-mark-read"),
                               QKeySequence(Qt::Key_R));
    connect(m_markRead, &QAction::triggered, this, [this] { applyToSelection(sync::MessageAction::MarkRead); });
    m_markUnread = messageAction(menu, tr("Mark as &Unread"), "MarkUnreadAction", QStringLiteral("mail-mark-unread"),
                                 QKeySequence(Qt::Key_U));
    connect(m_markUnread, &QAction::triggered, this, [this] { applyToSelection(sync::MessageAction::MarkUnread); });
    m_star = messageAction(menu, tr("&Star"), "StarAction", QStringLiteral("mail-mark-important"),
                           QKeySequence(Qt::Key_S));
    m_star->setToolTip(tr("Star the selected messages, or take the star away when they all have one"));
    connect(m_star, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_messageList->selectionModel()->selectedRows();
        const bool allStarred = std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &row) {
            return row.data(MessageListModel::FlaggedRole).toBool();
        });
        applyToSelection(allStarred ? sync::MessageAction::Unstar : sync::MessageAction::Star);
    });
    menu->addSeparator();
    m_archive
        = messageAction(menu, tr("&Archive"), "ArchiveAction", QStringLiteral("mail-archive"), QKeySequence(Qt::Key_A));
    connect(m_archive, &QAction::triggered, this, [this] { applyToSelection(sync::MessageAction::Archive); });
    m_junk = messageAction(menu, tr("Jun&k"), "JunkAction", QStringLiteral("mail-mark-junk"), QKeySequence(Qt::Key_J));
    m_junk->setToolTip(tr("Move the selected messages to the Junk folder (in the Junk folder: back to the Inbox)"));
    connect(m_junk, &QAction::triggered, this, [this] { applyToSelection(sync::MessageAction::Junk); });
    m_delete = messageAction(menu, tr("&Delete"), "DeleteAction", QStringLiteral("edit-delete"), QKeySequence::Delete);
    m_delete->setToolTip(tr("Move the selected messages to the Trash (in the Trash: delete them for good)"));
    connect(m_delete, &QAction::triggered, this, [this] { applyToSelection(sync::MessageAction::Delete); });
    menu->addSeparator();
    m_nextUnread = messageAction(menu, tr("&Next Unread Message"), "NextUnreadAction", QStringLiteral("go-next"),
                                 QKeySequence(Qt::Key_N));
    connect(m_nextUnread, &QAction::triggered, this, &MainWindow::selectNextUnread);
    updateMessageActions();
}

// Write, Reply, Reply All, Forward: composers through the ComposerManager, which
// fetches the original's body first when the cache has none.
void MainWindow::createComposeActions(QMenu *menu)
{
    const auto add = [&](const QString &text, const char *objectName, const QString &icon, const QKeySequence &key) {
        QAction *action = menu->addAction(QIcon::fromTheme(icon), text);
        action->setObjectName(QLatin1String(objectName));
        action->setShortcut(key);
        return action;
    };
    const auto start = [this](ComposerManager::Start how) {
        if (const std::optional<MessageGroup> current = currentMessage(); current && m_composers)
            m_composers->start(how, current->account, current->folder, m_currentUidFolderId, m_currentUid);
    };
    m_write = add(tr("&Write"), "WriteAction", QStringLiteral("mail-message-new"), QKeySequence(Qt::CTRL | Qt::Key_N));
    m_write->setToolTip(tr("Write a new message"));
    connect(m_write, &QAction::triggered, this, [this] {
        const std::optional<MessageGroup> current = currentMessage();
        m_composers->compose(current ? current->account : m_currentAccount);
    });
    m_reply = add(tr("Re&ply"), "ReplyAction", QStringLiteral("mail-reply-sender"), QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reply, &QAction::triggered, this, [start] { start(ComposerManager::Start::Reply); });
    m_replyAll = add(tr("Reply &All"), "ReplyAllAction", QStringLiteral("mail-reply-all"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_replyAll, &QAction::triggered, this, [start] { start(ComposerManager::Start::ReplyAll); });
    m_forward
        = add(tr("&Forward"), "ForwardAction", QStringLiteral("mail-forward"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_forward, &QAction::triggered, this, [start] { start(ComposerManager::Start::Forward); });
    m_forwardAsAttachment = add(tr("Forward as A&ttachment"), "ForwardAsAttachmentAction",
                                QStringLiteral("mail-forward"), QKeySequence());
    connect(m_forwardAsAttachment, &QAction::triggered, this,
            [start] { start(ComposerManager::Start::ForwardAsAttachment); });
    // A draft goes on in a composer; so does a double-click on one (onMessageActivated).
    m_editDraft = add(tr("&Edit Draft"), "EditDraftAction", QStringLiteral("document-edit"),
                      QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editDraft->setToolTip(tr("Go on writing the selected draft"));
    connect(m_editDraft, &QAction::triggered, this, [start] { start(ComposerManager::Start::EditDraft); });
    connect(m_messageList, &QAbstractItemView::activated, this, [this, start] {
        if (m_inDrafts)
            start(ComposerManager::Start::EditDraft);
    });
    menu->addSeparator();
}

void MainWindow::openMailto(const QUrl &url)
{
    if (m_composers)
        m_composers->openMailto(url, m_currentAccount);
}

QAction *MainWindow::messageAction(QMenu *menu, const QString &text, const char *objectName, const QString &icon,
                                   const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(QIcon::fromTheme(icon), text);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    // Single-key shortcuts act on the list only, so typing in the filter stays typing.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_messageList->addAction(action);
    return action;
}

QList<MainWindow::MessageGroup> MainWindow::selectedGroups() const
{
    QList<MessageGroup> groups;
    QHash<qint64, qsizetype> groupOfFolder;
    for (const QModelIndex &row : m_messageList->selectionModel()->selectedRows()) {
        const qint64 folderId = row.data(MessageListModel::FolderIdRole).toLongLong();
        if (!groupOfFolder.contains(folderId)) {
            const std::optional<MessageGroup> group = messagesIn(folderId, {});
            if (!group)
                continue;
            groupOfFolder.insert(folderId, groups.size());
            groups.append(*group);
        }
        QList<quint32> &uids = groups[groupOfFolder.value(folderId)].uids;
        const qint64 thread = row.data(MessageListModel::ThreadIdRole).toLongLong();
        QList<quint32> rowUids {row.data(MessageListModel::UidRole).value<quint32>()};
        if (thread && row.data(MessageListModel::ThreadSizeRole).toLongLong() > 1 && !m_messageList->isExpanded(row))
            rowUids = m_cache->threadUids(folderId, thread);
        for (const quint32 uid : std::as_const(rowUids)) {
            if (!uids.contains(uid))
                uids << uid;
        }
    }
    return groups;
}

// A click in the star or the read column switches that message's star or read state.
void MainWindow::toggleFromColumn(const QModelIndex &index)
{
    const bool star = index.column() == MessageListModel::FlaggedColumn;
    if (!star && index.column() != MessageListModel::ReadColumn)
        return;
    const std::optional<MessageGroup> message
        = messagesIn(m_messageModel->folderIdOf(index), {index.data(MessageListModel::UidRole).value<quint32>()});
    if (!message)
        return;
    if (star)
        applyTo({*message},
                index.data(MessageListModel::FlaggedRole).toBool() ? sync::MessageAction::Unstar
                                                                   : sync::MessageAction::Star);
    else
        applyTo({*message},
                index.data(MessageListModel::SeenRole).toBool() ? sync::MessageAction::MarkUnread
                                                                : sync::MessageAction::MarkRead);
}

void MainWindow::applyToSelection(sync::MessageAction action)
{
    applyTo(selectedGroups(), action);
}

void MainWindow::markCurrentRead()
{
    const QModelIndex current = m_messageModel->indexOfUid(m_currentUid, m_currentUidFolderId);
    const std::optional<MessageGroup> message = currentMessage();
    if (current.isValid() && message && !current.data(MessageListModel::SeenRole).toBool())
        applyTo({*message}, sync::MessageAction::MarkRead);
}

void MainWindow::applyTo(const QList<MessageGroup> &groups, sync::MessageAction action)
{
    if (!m_engine)
        return;
    for (const MessageGroup &group : groups) {
        if (group.uids.isEmpty())
            continue;
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine, group, action] {
                engine->applyAction(group.account, group.folder, group.uids, action);
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::moveSelection(const QList<MessageGroup> &groups, const QString &target, bool copy)
{
    if (!m_engine)
        return;
    for (const MessageGroup &group : groups) {
        if (group.uids.isEmpty() || target == group.folder)
            continue;
        if (copy && m_offline)
            statusBar()->showMessage(tr("The copy is made when Heron is online again."), 5000);
        QMetaObject::invokeMethod(
            m_engine,
            [engine = m_engine, group, target, copy] {
                if (copy)
                    engine->copyMessages(group.account, group.folder, group.uids, target);
                else
                    engine->moveMessages(group.account, group.folder, group.uids, target);
            },
            Qt::QueuedConnection);
    }
}

// The list's context menu: the Message menu's actions and "Move To" with the
// account's other folders, in the folder pane's order.
void MainWindow::showMessageMenu(const QPoint &position)
{
    if (!m_messageList->selectionModel()->hasSelection())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("MessageContextMenu"));
    menu.addActions({m_markRead, m_markUnread, m_star});
    menu.addSeparator();
    menu.addActions({m_archive, m_junk, m_delete});
    // The folders of the selection's account (none when All Inboxes mixes accounts).
    const QList<MessageGroup> groups = selectedGroups();
    const bool oneAccount = std::all_of(groups.cbegin(), groups.cend(), [&](const MessageGroup &group) {
        return accounts::Account::sameAddress(group.account, groups.constFirst().account);
    });
    const QModelIndex account
        = oneAccount && !groups.isEmpty() ? m_folderModel->accountIndex(groups.constFirst().account) : QModelIndex();
    for (const bool copy : {false, true}) {
        QMenu *targets = menu.addMenu(copy ? tr("&Copy To") : tr("&Move To"));
        targets->setObjectName(copy ? QStringLiteral("CopyToMenu") : QStringLiteral("MoveToMenu"));
        for (int row = 0; account.isValid() && row < m_folderModel->rowCount(account); ++row) {
            const QModelIndex folder = m_folderModel->index(row, 0, account);
            const QString name = folder.data(FolderTreeModel::FolderNameRole).toString();
            if (groups.size() == 1 && name == groups.constFirst().folder)
                continue;
            QAction *action = targets->addAction(folder.data(Qt::DecorationRole).value<QIcon>(),
                                                 folder.data(Qt::DisplayRole).toString());
            action->setData(name);
            connect(action, &QAction::triggered, this,
                    [this, name, copy] { moveSelection(selectedGroups(), name, copy); });
        }
        targets->setEnabled(!targets->isEmpty());
    }
    menu.exec(m_messageList->viewport()->mapToGlobal(position));
}

void MainWindow::updateMessageActions()
{
    const bool any = m_messageList->selectionModel() && m_messageList->selectionModel()->hasSelection();
    for (QAction *action : {m_markRead, m_markUnread, m_star, m_archive, m_junk, m_delete})
        action->setEnabled(any);
    // A reply or forward starts from one message.
    const bool one = any && m_messageList->selectionModel()->selectedRows().size() == 1;
    for (QAction *action : {m_reply, m_replyAll, m_forward, m_forwardAsAttachment})
        action->setEnabled(one);
    m_editDraft->setEnabled(one && m_inDrafts);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("MainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_getMessages);
    toolBar->addAction(m_write);
    toolBar->addSeparator();
    toolBar->addAction(m_reply);
    toolBar->addAction(m_replyAll);
    toolBar->addAction(m_forward);
    toolBar->addSeparator();
    toolBar->addAction(m_archive);
    toolBar->addAction(m_junk);
    toolBar->addAction(m_delete);
    toolBar->addAction(m_star);
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("StatusText"));
    m_statusText->setTextFormat(Qt::PlainText); // errors carry the server's words, never HTML
    m_statusText->setText(tr("Profile: %1").arg(m_profile.directory()));
    m_statusText->installEventFilter(this); // a click on a problem shows its details
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("SyncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    // Online / offline at a glance, and a click switches (the File menu's Work Offline).
    auto *offline = new QToolButton;
    offline->setObjectName(QStringLiteral("OfflineButton"));
    offline->setDefaultAction(m_workOffline);
    offline->setAutoRaise(true);
    offline->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar()->addPermanentWidget(offline);
    updateOfflineButton();
}

void MainWindow::updateOfflineButton()
{
    auto *button = statusBar()->findChild<QToolButton *>(QStringLiteral("OfflineButton"));
    if (!button)
        return;
    button->setText(m_offline ? tr("Offline") : tr("Online"));
    button->setIcon(QIcon::fromTheme(m_offline ? QStringLiteral("network-offline") : QStringLiteral("network-idle")));
    button->setAccessibleName(m_offline ? tr("Offline: click to connect") : tr("Online: click to work offline"));
}

void MainWindow::setOffline(bool offline)
{
    if (m_workOffline->isChecked() != offline) {
        m_workOffline->setChecked(offline); // comes back here through toggled
        return;
    }
    if (m_offline == offline)
        return;
    m_offline = offline;
    updateOfflineButton();
    QSettings(m_profile.settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("mainWindow/offline"), offline);
    if (m_engine) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, offline] { engine->setOffline(offline); }, Qt::QueuedConnection);
    }
    if (offline) {
        m_statusText->setText(tr("Working offline: changes wait on this computer until Heron is online again."));
        return;
    }
    m_statusText->setText(tr("Online again."));
    getMessages();
    if (m_currentUid != 0)
        showCurrentMessage(); // its text, if it was not here
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Heron"),
                       tr("<h3>Heron %1</h3><p>A desktop mail client with built-in device "
                          "registration (CLIENTID).</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

// Classic: folders | (list over message). Vertical: folders | list | message.
// Wide: (folders | list) over a message as wide as the window. The two splitters
// stay; the panes move between them.
void MainWindow::createLayoutActions(QMenu *menu)
{
    auto *group = new QActionGroup(this);
    const auto add = [&](const QString &text, const char *objectName, PaneLayout layout) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(objectName));
        action->setCheckable(true);
        action->setData(int(layout));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, layout] { setPaneLayout(layout); });
    };
    add(tr("&Classic"), "ClassicLayoutAction", PaneLayout::Classic);
    add(tr("&Wide"), "WideLayoutAction", PaneLayout::Wide);
    add(tr("&Vertical"), "VerticalLayoutAction", PaneLayout::Vertical);
    m_layoutActions = group;
    setPaneLayout(PaneLayout::Classic);
}

// The language Heron starts in: the system's, or one with a catalogue, each named in
// its own language. Kept in the profile; it applies from the next start, since every
// window's text is made when the window is.
void MainWindow::createLanguageActions(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("LanguageMenu"));
    auto *group = new QActionGroup(this);
    m_languageActions = group;
    const QString chosen
        = QSettings(m_profile.settingsFile(), QSettings::IniFormat).value(accounts::Profile::languageKey()).toString();
    const auto add = [&](const QString &text, const QString &code) {
        QAction *action = menu->addAction(text);
        action->setObjectName(
            QStringLiteral("LanguageAction_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, text] { chooseLanguage(code, text); });
    };
    add(tr("&System Language"), QString());
    menu->addSeparator();
    for (const QString &code : i18n::TranslationLoader::available()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        add(name, code);
    }
}

void MainWindow::chooseLanguage(const QString &code, const QString &name)
{
    QSettings(m_profile.settingsFile(), QSettings::IniFormat).setValue(accounts::Profile::languageKey(), code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("Heron will be in %1 the next time it starts.").arg(QString(name).remove(QLatin1Char('&'))),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("LanguageChangedBox"));
    box.exec();
}

void MainWindow::setPaneLayout(PaneLayout layout)
{
    if (layout == PaneLayout::Wide) {
        m_innerSplitter->insertWidget(0, m_folderView);
        m_innerSplitter->insertWidget(1, m_listPane);
        m_outerSplitter->insertWidget(0, m_innerSplitter);
        m_outerSplitter->insertWidget(1, m_messageView);
    } else {
        m_outerSplitter->insertWidget(0, m_folderView);
        m_outerSplitter->insertWidget(1, m_innerSplitter);
        m_innerSplitter->insertWidget(0, m_listPane);
        m_innerSplitter->insertWidget(1, m_messageView);
    }
    m_outerSplitter->setOrientation(layout == PaneLayout::Wide ? Qt::Vertical : Qt::Horizontal);
    m_innerSplitter->setOrientation(layout == PaneLayout::Classic ? Qt::Vertical : Qt::Horizontal);
    m_paneLayout = layout;
    for (QAction *action : m_layoutActions->actions())
        action->setChecked(action->data().toInt() == int(layout));
}

void MainWindow::restoreLayout()
{
    const QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int layout = settings.value(QStringLiteral("mainWindow/layout"), int(PaneLayout::Classic)).toInt();
    if (layout >= int(PaneLayout::Classic) && layout <= int(PaneLayout::Vertical))
        setPaneLayout(PaneLayout(layout));
    m_outerSplitter->restoreState(settings.value(QStringLiteral("mainWindow/folderSplitter")).toByteArray());
    m_innerSplitter->restoreState(settings.value(QStringLiteral("mainWindow/messageSplitter")).toByteArray());
    m_messageList->header()->restoreState(settings.value(QStringLiteral("mainWindow/messageColumns")).toByteArray());
    setThreaded(settings.value(QStringLiteral("mainWindow/threaded"), false).toBool());
    m_offline = settings.value(QStringLiteral("mainWindow/offline"), false).toBool();
    m_workOffline->setChecked(m_offline);
    updateOfflineButton();
}

void MainWindow::saveLayout() const
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/layout"), int(m_paneLayout));
    settings.setValue(QStringLiteral("mainWindow/folderSplitter"), m_outerSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/messageSplitter"), m_innerSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/messageColumns"), m_messageList->header()->saveState());
    settings.setValue(QStringLiteral("mainWindow/threaded"), m_messageModel->threaded());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Composers go with the window: each asks about unsaved work first, and Cancel keeps both.
    if (m_composers && !m_composers->closeAll()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace heron::ui
