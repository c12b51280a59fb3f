#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"
#include "oauth/oauth2_provider.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace heron::oauth {
class OAuth2SignIn;
struct OAuth2Tokens;
} // namespace heron::oauth

namespace heron::ui {

class SignInLinkField;

// Signing an OAuth account in again in the browser (Account Settings → Sign In
// Again…, the main window's "sign in needed" prompt): start() opens the
// provider's page in the system browser and waits for it to come back, shows
// how far it got, keeps the new tokens (OAuth2TokenSource::store) and says
// signedIn(); a failure is explained with Try Again. Closing it cancels a
// sign-in still waiting.
//
// Object names: OAuthSignInDialog, SignInHeading, SignInStatus, the link
// (SignInLink, OpenSignInPageButton, CopySignInLinkButton),
// SignInTryAgainButton, CloseButton.
class OAuthSignInDialog : public QDialog
{
    Q_OBJECT

public:
    OAuthSignInDialog(accounts::Profile profile, accounts::Account account, QWidget *parent = nullptr);
    ~OAuthSignInDialog() override;

    const accounts::Account &account() const { return m_account; }
    void start();
    bool isRunning() const;
    bool isSignedIn() const { return m_signedIn; }

    void done(int result) override;

signals:
    // The new tokens are stored: the account's sessions can connect again.
    void signedIn(const QString &accountEmail);

private:
    void onOpenBrowser(const QUrl &url);
    void onSignedIn(const oauth::OAuth2Tokens &tokens);
    void onFailed(const QString &error);
    void setStatus(const QString &text, bool problem = false);

    accounts::Profile m_profile;
    accounts::Account m_account;
    oauth::OAuth2Provider m_provider; // read once: its name shows, and every try signs in with it
    QPointer<oauth::OAuth2SignIn> m_signIn;
    bool m_signedIn = false;
    QLabel *m_status = nullptr;
    SignInLinkField *m_link = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace heron::ui
