#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace heron::ui {

class FolderRolesBox;
class OAuthSignInDialog;
class ServerSettingsBox;

// Account → Account Settings…: one account's name, servers and security,
// user name and password (left empty: unchanged), saved through AccountStore
// and SecretStore; Remove Account (confirmed) takes it out of the profile with
// its password. An OAuth account has no password here: it says which
// provider signs it in in the browser, and Sign In Again… runs that sign-in
// (OAuthSignInDialog) and keeps the new tokens; removing it also forgets them
// and asks the provider to revoke Heron's access (sync::AccountConnector::removeSignIn).
// The CLIENTID switch and the device ID live on the Device page, which Device
// ID… opens. The main window reconnects a changed account (accountChanged(),
// also after a new sign-in).
//
// Object names: AccountSettingsDialog, AccountSettingsChooser,
// SettingsAccountName, ImapHost/Port/Security, SmtpHost/Port/Security,
// SettingsUserName, SettingsPassword, SettingsSignIn, SignInAgainButton, the
// Folders box (FolderRolesBox), SettingsStatus, OpenDevicePageButton,
// RemoveAccountButton (confirmation: ConfirmAccountRemoval),
// SaveAccountButton.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountSettingsDialog(accounts::Profile profile, QWidget *parent = nullptr);

    // Shows this account (address, case-insensitive); false when the profile has none such.
    bool setAccount(const QString &email);
    QString account() const;

    bool save();
    void removeAccount();
    // Sign In Again… (an OAuth account): the browser sign-in, in a dialog of its own.
    void signInAgain();
    OAuthSignInDialog *signInDialog() const;
    // Where the Folders box gets an account's folder names (the main window's cache).
    void setFolderLister(std::function<QStringList(const QString &email)> lister);

signals:
    void accountChanged(const QString &email);
    void accountRemoved(const QString &email);
    void devicePageRequested(const QString &email);

private:
    void loadAccounts();
    void showAccount();
    void showFolderRoles(const accounts::Account &account);
    void showError(const QString &message);
    void showSignIn(const accounts::Account &account);

    accounts::Profile m_profile;
    QList<accounts::Account> m_accounts;
    QComboBox *m_chooser;
    QLineEdit *m_name;
    ServerSettingsBox *m_imap;
    ServerSettingsBox *m_smtp;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QWidget *m_signIn;
    QLabel *m_signInText;
    QFormLayout *m_login = nullptr;
    QPointer<OAuthSignInDialog> m_signInDialog;
    QPlainTextEdit *m_signature;
    QPlainTextEdit *m_identities;
    QCheckBox *m_keepOffline;
    QSpinBox *m_offlineDays;
    FolderRolesBox *m_folderRoles;
    std::function<QStringList(const QString &email)> m_folderLister;
    QLabel *m_error;
};

} // namespace heron::ui
