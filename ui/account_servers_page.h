#pragma once

#include "accounts/account.h"
#include "oauth/oauth2_provider.h"
#include "oauth/oauth2_provider_table.h"
#include "sync/account_discovery.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace heron::ui {

class AccountWizard;
class ServerSettingsBox;

// The wizard's second page: "Looking up settings…" with each source tried as
// it happens, then the servers found in fields the user can change (manual
// setup): IMAP and SMTP host, port and security, and the user name. Then how
// to sign in (SignInMethod): Password, or "Browser sign-in with <Provider>
// (OAuth 2.0)" when Heron has a client ID for the provider — chosen by itself
// when OAuth2ProviderTable knows the address's provider or servers, or when the
// provider's configuration publishes OAuth 2.0 endpoints and its servers take
// nothing else. A provider Heron has no client ID for is named in SignInNote.
// The password (SignInPassword, the first page's field again) is needed only
// with Password.
class AccountServersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountServersPage(QWidget *parent = nullptr);

    sync::AccountDiscovery *discovery() const { return m_discovery; }
    // Writes the servers, the login and the sign-in method (with the provider's endpoints) into the account.
    void fill(accounts::Account *account) const;
    accounts::AuthMethod authMethod() const;
    // The provider of browser sign-in, when that is the method chosen.
    std::optional<oauth::OAuth2Provider> signInProvider() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    AccountWizard *accountWizard() const;
    void addStep(const QString &text);
    void onFinished(bool found);
    // Offers the methods the address, the servers and the provider's configuration allow.
    void updateSignInMethods();
    void onMethodChosen();

    sync::AccountDiscovery *m_discovery;
    QString m_lookedUp; // the address the fields were filled for
    bool m_edited = false; // the user typed into the fields: the lookup must not overwrite them
    bool m_methodChosen = false; // the user picked the sign-in method: later updates keep it when they can
    bool m_configured = false; // the discovery's configuration is this address's
    oauth::OAuth2ProviderTable m_providers; // loaded for each lookup
    std::optional<oauth::OAuth2Provider> m_oauthProvider; // offered, with a client id
    QListWidget *m_steps = nullptr;
    QLabel *m_source = nullptr;
    ServerSettingsBox *m_imap = nullptr;
    ServerSettingsBox *m_smtp = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_methodNote = nullptr;
    QFormLayout *m_login = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace heron::ui
