#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace heron::ui {

class DeviceIdField;
class QrCodeWidget;

// What the user sees when a server refuses this device (CLIENTID: IMAP NO,
// SMTP 550; spec/clientid.md): what happened in plain words, the server's
// own reply, this account's device ID with Copy and a QR code, the
// provider's registration page when the reply named one (or an earlier
// refusal did), and Try again, which asks for a new connection (tryAgain())
// once the provider has approved the device. The same dialog serves IMAP and
// SMTP refusals: the caller passes the protocol and the server's reply text.
// Child object names: DeviceRefusalExplanation, DeviceRefusalServerReply,
// DeviceToken, CopyDeviceIdButton, ShowQrCodeButton, DeviceRefusalQrCode,
// OpenRegistrationPageButton, TryAgainButton.
class DeviceRefusalDialog : public QDialog
{
    Q_OBJECT

public:
    DeviceRefusalDialog(accounts::Profile profile, QString accountEmail, QWidget *parent = nullptr);

    // Shows (or updates with) a refusal; a later one replaces the earlier text.
    void setRefusal(accounts::MailProtocol protocol, const QString &host, const QString &serverReply);

    const QString &accountEmail() const { return m_accountEmail; }
    // Whose refusal the dialog shows now (the latest one's).
    accounts::MailProtocol protocol() const { return m_protocol; }
    QString token() const;
    const QUrl &registrationLink() const { return m_link; }

    void openRegistrationPage();

signals:
    // The user says the device is approved now: connect again.
    void tryAgain(const QString &accountEmail);

private:
    void loadToken();
    void toggleQrCode();

    accounts::Profile m_profile;
    QString m_accountEmail;
    accounts::MailProtocol m_protocol = accounts::MailProtocol::Imap;
    QUrl m_link;

    QLabel *m_explanation = nullptr;
    QLabel *m_reply = nullptr;
    QLabel *m_steps = nullptr;
    DeviceIdField *m_token = nullptr;
    QrCodeWidget *m_qrCode = nullptr;
    QPushButton *m_showQr = nullptr;
    QPushButton *m_openPage = nullptr;
    QPushButton *m_tryAgain = nullptr;
};

} // namespace heron::ui
