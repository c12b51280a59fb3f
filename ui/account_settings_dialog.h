#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace heron::ui {

class ServerSettingsBox;

// Account → Account Settings…: one account's name, servers and security,
// user name and password (left empty: unchanged), saved through AccountStore
// and SecretStore; Remove Account (confirmed) takes it out of the profile with
// its password. The CLIENTID switch and the device ID live on the Device page,
// which Device ID… opens. The main window reconnects a changed account.
//
// Object names: AccountSettingsDialog, AccountSettingsChooser,
// SettingsAccountName, ImapHost/Port/Security, SmtpHost/Port/Security,
// SettingsUserName, SettingsPassword, SettingsStatus, OpenDevicePageButton,
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

signals:
    void accountChanged(const QString &email);
    void accountRemoved(const QString &email);
    void devicePageRequested(const QString &email);

private:
    void loadAccounts();
    void showAccount();
    void showError(const QString &message);

    accounts::Profile m_profile;
    QList<accounts::Account> m_accounts;
    QComboBox *m_chooser;
    QLineEdit *m_name;
    ServerSettingsBox *m_imap;
    ServerSettingsBox *m_smtp;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QPlainTextEdit *m_signature;
    QPlainTextEdit *m_identities;
    QCheckBox *m_keepOffline;
    QSpinBox *m_offlineDays;
    QLabel *m_error;
};

} // namespace heron::ui
