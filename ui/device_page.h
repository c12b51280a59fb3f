#pragma once

#include "accounts/profile.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace heron::accounts {
class SecretStore;
} // namespace heron::accounts

namespace heron::identity {
class DeviceIdentity;
} // namespace heron::identity

namespace heron::ui {

class DeviceIdField;
class QrCodeWidget;

// The Device page of an account (spec/clientid.md, "Registering the device"):
// this device's name, the account's device ID (Copy, QR code), the CLIENTID
// status of each server, the provider's registration page when a refusal
// named one, where the install secret is kept, the account's CLIENTID
// switch, and the two resets (each confirmed first). When the install secret
// is missing or damaged it says so and offers "Reset all device IDs".
// Reads the profile afresh on refresh(); writes through AccountStore and
// DeviceIdentity. Made to sit in the account settings; MainWindow shows it
// in a dialog for now.
class DevicePage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicePage(accounts::Profile profile, QWidget *parent = nullptr);
    ~DevicePage() override;

    // Shows this account (case-insensitive); false when the profile has none such.
    bool setAccount(const QString &accountEmail);
    QString account() const;
    // Reads the accounts, the install secret and the statuses again.
    void refresh();

signals:
    // The account's device ID or CLIENTID switch changed: its sessions should reconnect.
    void clientIdChanged(const QString &accountEmail);
    // "Reset all": every account has a new device ID.
    void allDeviceIdsReset();

private:
    void reloadAccounts();
    void showAccount();
    void showServerStatuses();
    void setClientIdEnabled(bool enabled);
    void resetAccount();
    void resetAll();
    bool confirm(const QString &title, const QString &text, const QString &action);
    void showError(const QString &message);

    accounts::Profile m_profile;
    std::unique_ptr<accounts::SecretStore> m_secrets;
    std::unique_ptr<identity::DeviceIdentity> m_identity;
    QString m_loadError;

    QLabel *m_error = nullptr;
    QComboBox *m_accounts = nullptr;
    QLabel *m_deviceName = nullptr;
    QCheckBox *m_enabled = nullptr;
    DeviceIdField *m_token = nullptr;
    QLabel *m_tokenNote = nullptr;
    QrCodeWidget *m_qrCode = nullptr;
    QLabel *m_registration = nullptr;
    QTreeWidget *m_servers = nullptr;
    QLabel *m_secretLocation = nullptr;
    QPushButton *m_resetAccount = nullptr;
    QPushButton *m_resetAll = nullptr;
};

} // namespace heron::ui
