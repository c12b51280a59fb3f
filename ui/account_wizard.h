#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "oauth/oauth2_provider.h"
#include "oauth/oauth2_tokens.h"

#include <QWizard>

#include <optional>

namespace heron::sync {
class AccountDiscovery;
} // namespace heron::sync

namespace heron::ui {

class AccountIdentityPage;
class AccountServersPage;
class AccountTestPage;

// Account → Add Account…: name, address and (unless the provider signs in in
// the browser) password; the servers looked up (provider configuration, DNS
// SRV, common names) and editable, with the sign-in method (password or
// OAuth 2.0 browser sign-in); a connection test step by step (the browser
// sign-in first for OAuth, then TLS with "trust this certificate", CLIENTID
// with the refusal explained, login, SMTP). Finish stores the account in the
// profile and the password, or the sign-in's tokens (OAuth2TokenSource), in
// the SecretStore, then says accountAdded(). Not modal: the main window shows
// it and goes on.
//
// Object names for the tests: AccountWizard; AccountName, AccountAddress,
// AccountPassword; DiscoverySteps, DiscoverySource, ImapHost, ImapPort,
// ImapSecurity, SmtpHost, SmtpPort, SmtpSecurity, UserName, SignInMethod,
// SignInNote, SignInPassword; SignInStepState, TlsStepState,
// ClientIdStepState, LoginStepState, SmtpStepState (and …StepDetail),
// SignInLink, OpenSignInPageButton, CopySignInLinkButton, TestAgainButton,
// CertificateFingerprint, TrustCertificateButton, DeviceRefusalBox,
// DeviceToken, RegisterDeviceButton, SaveError; the wizard's buttons
// BackButton, NextButton, FinishButton, CancelButton.
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
    // The provider to sign in with, when the method chosen is OAuth 2.0.
    std::optional<oauth::OAuth2Provider> signInProvider() const;
    // The browser sign-in's tokens, kept until Finish; only while the address and provider are the same.
    void setOAuthTokens(const std::optional<oauth::OAuth2Tokens> &tokens);
    std::optional<oauth::OAuth2Tokens> oauthTokens() const;
    // The user chose to trust this certificate for this host.
    void pinCertificate(const QString &host, const QByteArray &sha256);

    // Stores the account and its password or tokens; false with *error (a sentence). An
    // OAuth account stored without a sign-in asks for one when Heron first connects.
    bool save(QString *error);

signals:
    void accountAdded(const QString &email);

private:
    accounts::Profile m_profile;
    AccountIdentityPage *m_identity;
    AccountServersPage *m_servers;
    AccountTestPage *m_test;
    QHash<QString, QList<QByteArray>> m_pins;
    std::optional<oauth::OAuth2Tokens> m_tokens;
    QString m_tokensFor; // the address and issuer they were given for
};

} // namespace heron::ui
