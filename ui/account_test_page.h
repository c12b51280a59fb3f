#pragma once

#include "device_refusal_dialog.h"
#include "sync/connection_test.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QUrl;
class QWidget;

namespace heron::oauth {
class OAuth2SignIn;
struct OAuth2Tokens;
} // namespace heron::oauth

namespace heron::ui {

class AccountWizard;
class DeviceIdField;
class SignInLinkField;

// The wizard's last page: "Test connection", each step shown as it happens
// (sync::ConnectionTest). A certificate that cannot be verified is explained
// with its SHA-256 fingerprint and an explicit Trust this certificate, which
// pins it for the account and tests again. A refused device shows its ID and
// opens the refusal dialog (registration link, Try again); the account can be
// added anyway — the provider's approval may come later. Finish stores it.
// An OAuth account signs in first ("Browser sign-in": the provider's page in
// the system browser, the link to open again or copy, Heron waiting for the
// browser to come back), then tests with the access token; a failed sign-in
// is explained and Test Again signs in again. Back and Cancel end a sign-in
// that waits.
class AccountTestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountTestPage(QWidget *parent = nullptr);

    sync::ConnectionTest *connectionTest() const { return m_test; }
    DeviceRefusalDialog *refusalDialog() const { return m_refusalDialog; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void runTest();
    // Ends a browser sign-in that is waiting (Back, Cancel).
    void cancelSignIn();

private:
    struct StepRow
    {
        QLabel *state;
        QLabel *detail;
    };

    AccountWizard *accountWizard() const;
    void onStepChanged(sync::ConnectionTest::Step step, sync::ConnectionTest::State state, const QString &text);
    void onFinished(bool allPassed);
    void startSignIn();
    void onOpenBrowser(const QUrl &url);
    void onSignedIn(const oauth::OAuth2Tokens &tokens);
    void onSignInFailed(const QString &error);
    void startConnectionTest(const QString &secret);
    void showSignInStep(sync::ConnectionTest::State state, const QString &text);
    void trustCertificates();
    void showRefusalDialog();

    sync::ConnectionTest *m_test = nullptr;
    QPointer<oauth::OAuth2SignIn> m_signIn;
    QString m_providerName;
    bool m_loginFailed = false; // the last test's login was refused (with OAuth: the token is no good)
    QHash<sync::ConnectionTest::Step, StepRow> m_rows;
    QList<QWidget *> m_signInRow;
    StepRow m_signInStep {};
    SignInLinkField *m_link = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fingerprints = nullptr;
    QPushButton *m_trust = nullptr;
    QWidget *m_refusalBox = nullptr;
    DeviceIdField *m_token = nullptr;
    QPushButton *m_testAgain = nullptr;
    QLabel *m_saveError = nullptr;
    QPointer<DeviceRefusalDialog> m_refusalDialog;
};

} // namespace heron::ui
