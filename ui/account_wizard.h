#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"

#include <QWizard>

namespace heron::sync {
class AccountDiscovery;
} // namespace heron::sync

namespace heron::ui {

class AccountIdentityPage;
class AccountServersPage;
class AccountTestPage;

// Account → Add Account…: name, address and password; the servers looked up
// (provider configuration, DNS SRV, common names) and editable; a connection
// test step by step (TLS with "trust this certificate", CLIENTID with the
// refusal explained, login, SMTP). Finish stores the account in the profile
// and the password in the SecretStore, then says accountAdded(). Not modal:
// the main window shows it and goes on.
//
// Object names for the tests: AccountWizard; AccountName, AccountAddress,
// AccountPassword; DiscoverySteps, DiscoverySource, ImapHost, ImapPort,
// ImapSecurity, SmtpHost, SmtpPort, SmtpSecurity, UserName; TlsStepState,
// ClientIdStepState, LoginStepState, SmtpStepState (and …StepDetail),
// TestAgainButton, CertificateFingerprint, TrustCertificateButton,
// DeviceRefusalBox, DeviceToken, RegisterDeviceButton, SaveError; the
// wizard's buttons BackButton, NextButton, FinishButton, CancelButton.
class AccountWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IdentityPageId, ServersPageId, TestPageId };

    explicit AccountWizard(accounts::Profile profile, QWidget *parent = nullptr);

    const accounts::Profile &profile() const { return m_profile; }
    // Where the servers are looked up; tests point its steps at local servers.
    sync::AccountDiscovery *discovery() const;

    // The account as the pages describe it now (with the certificates trusted so far).
    accounts::Account account() const;
    QString password() const;
    // The user chose to trust this certificate for this host.
    void pinCertificate(const QString &host, const QByteArray &sha256);

    // Stores the account and its password; false with *error (a sentence).
    bool save(QString *error);

signals:
    void accountAdded(const QString &email);

private:
    accounts::Profile m_profile;
    AccountIdentityPage *m_identity;
    AccountServersPage *m_servers;
    AccountTestPage *m_test;
    QHash<QString, QList<QByteArray>> m_pins;
};

} // namespace heron::ui
