#include "account_test_page.h"

#include "account_wizard.h"
#include "device_id_field.h"
#include "device_refusal_dialog.h"
#include "oauth/oauth2_sign_in.h"
#include "plain_text_label.h"
#include "sign_in_link_field.h"
#include "sync/account_connector.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heron::ui {

using sync::ConnectionTest;

namespace {

QString stateText(ConnectionTest::State state)
{
    switch (state) {
    case ConnectionTest::State::Running:
        return AccountTestPage::tr("…");
    case ConnectionTest::State::Passed:
        return AccountTestPage::tr("OK");
    case ConnectionTest::State::Failed:
        return AccountTestPage::tr("Problem");
    case ConnectionTest::State::Skipped:
        return AccountTestPage::tr("Skipped");
    }
    return {};
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

AccountTestPage::AccountTestPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Test connection"));
    setSubTitle(tr("Heron connects to the servers the way it will when getting and sending mail."));

    auto *steps = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(steps);
    // OAuth accounts only: the browser sign-in before everything else, with the page's link.
    {
        auto *name = new QLabel(tr("Browser sign-in"));
        m_signInStep.state = new QLabel;
        m_signInStep.state->setObjectName(QStringLiteral("SignInStepState"));
        m_signInStep.detail = new PlainTextLabel(QStringLiteral("SignInStepDetail"));
        m_link = new SignInLinkField;
        steps->addWidget(name, 0, 0, Qt::AlignTop);
        steps->addWidget(m_signInStep.state, 0, 1, Qt::AlignTop);
        steps->addWidget(m_signInStep.detail, 0, 2);
        steps->addWidget(m_link, 1, 2);
        m_signInRow = {name, m_signInStep.state, m_signInStep.detail};
    }
    const auto addRow = [this, steps](ConnectionTest::Step step, const char *prefix) {
        const int row = steps->rowCount();
        auto *name = new QLabel(ConnectionTest::stepName(step));
        auto *state = new QLabel;
        state->setObjectName(QLatin1String(prefix) + QStringLiteral("StepState"));
        auto *detail = new PlainTextLabel(QLatin1String(prefix) + QStringLiteral("StepDetail"));
        steps->addWidget(name, row, 0, Qt::AlignTop);
        steps->addWidget(state, row, 1, Qt::AlignTop);
        steps->addWidget(detail, row, 2);
        m_rows.insert(step, {state, detail});
    };
    addRow(ConnectionTest::Step::Tls, "Tls");
    addRow(ConnectionTest::Step::ClientId, "ClientId");
    addRow(ConnectionTest::Step::Login, "Login");
    addRow(ConnectionTest::Step::Smtp, "Smtp");
    steps->setColumnStretch(2, 1);

    m_fingerprints = new PlainTextLabel(QStringLiteral("CertificateFingerprint"));
    m_trust = new QPushButton(tr("&Trust This Certificate"));
    m_trust->setObjectName(QStringLiteral("TrustCertificateButton"));
    m_trust->setToolTip(tr("Connect to this server despite the problem above, as long as it shows this very "
                           "certificate. Only do this when you know the fingerprint is the server's."));
    connect(m_trust, &QPushButton::clicked, this, &AccountTestPage::trustCertificates);
    layout->addWidget(m_fingerprints);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);

    auto *refusal = new QGroupBox(tr("Register this device"));
    refusal->setObjectName(QStringLiteral("DeviceRefusalBox"));
    auto *refusalLayout = new QVBoxLayout(refusal);
    auto *explanation = new QLabel(
        tr("Your provider lets this account log in only from devices the account owner approved, and it does not "
           "know this one yet. Register this device ID with your provider (usually on its web portal), then press "
           "Test Again. You can also add the account now and register the device later."));
    explanation->setWordWrap(true);
    m_token = new DeviceIdField;
    auto *registerButton = new QPushButton(tr("&Register Device…"));
    registerButton->setObjectName(QStringLiteral("RegisterDeviceButton"));
    connect(registerButton, &QPushButton::clicked, this, &AccountTestPage::showRefusalDialog);
    refusalLayout->addWidget(explanation);
    refusalLayout->addWidget(m_token);
    refusalLayout->addWidget(registerButton, 0, Qt::AlignLeft);
    m_refusalBox = refusal;
    layout->addWidget(refusal);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("TestSummary"));
    m_summary->setWordWrap(true);
    m_testAgain = new QPushButton(tr("Test &Again"));
    m_testAgain->setObjectName(QStringLiteral("TestAgainButton"));
    connect(m_testAgain, &QPushButton::clicked, this, &AccountTestPage::runTest);
    m_saveError = new PlainTextLabel(QStringLiteral("SaveError"));
    m_saveError->setStyleSheet(QStringLiteral("color: palette(link-visited)"));
    layout->addWidget(m_summary);
    layout->addWidget(m_testAgain, 0, Qt::AlignLeft);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
}

AccountWizard *AccountTestPage::accountWizard() const
{
    return qobject_cast<AccountWizard *>(wizard());
}

void AccountTestPage::initializePage()
{
    if (!m_test) {
        m_test = new ConnectionTest(accountWizard()->profile(), this);
        connect(m_test, &ConnectionTest::stepChanged, this, &AccountTestPage::onStepChanged);
        connect(m_test, &ConnectionTest::finished, this, &AccountTestPage::onFinished);
    }
    runTest();
}

void AccountTestPage::cleanupPage()
{
    cancelSignIn();
    if (m_refusalDialog)
        m_refusalDialog->close();
}

void AccountTestPage::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel();
    m_link->hide();
}

void AccountTestPage::runTest()
{
    m_fingerprints->hide();
    m_trust->hide();
    m_refusalBox->hide();
    m_saveError->clear();
    const accounts::Account account = accountWizard()->account();
    const bool oauth = account.authMethod == accounts::AuthMethod::OAuth2;
    for (QWidget *widget : std::as_const(m_signInRow))
        widget->setVisible(oauth);
    m_link->hide();
    if (!oauth) {
        startConnectionTest(accountWizard()->password());
        return;
    }
    // Signed in already (a certificate trusted since, a device approved): the same access serves.
    const std::optional<oauth::OAuth2Tokens> tokens = accountWizard()->oauthTokens();
    if (tokens && tokens->isFresh(QDateTime::currentDateTimeUtc()) && !m_loginFailed) {
        startConnectionTest(tokens->accessToken);
        return;
    }
    accountWizard()->setOAuthTokens(std::nullopt);
    startSignIn();
}

void AccountTestPage::startConnectionTest(const QString &secret)
{
    m_testAgain->setEnabled(false);
    m_loginFailed = false;
    m_summary->setText(tr("Testing…"));
    m_test->start(accountWizard()->account(), secret);
    emit completeChanged();
}

void AccountTestPage::startSignIn()
{
    cancelSignIn();
    if (m_signIn) {
        m_signIn->disconnect(this); // a late word of the last sign-in must not reach this one
        m_signIn->deleteLater();
    }
    for (const StepRow &row : std::as_const(m_rows)) {
        row.state->clear();
        row.detail->clear();
    }
    const accounts::Account account = accountWizard()->account();
    const std::optional<oauth::OAuth2Provider> provider = accountWizard()->signInProvider();
    m_providerName = provider ? provider->name : QString();
    net::TlsPolicy tls;
    QString error;
    if (!provider) {
        onSignInFailed(tr("No provider to sign in with was chosen."));
        return;
    }
    if (!sync::AccountConnector::buildTlsPolicy(account, &tls, &error)) {
        onSignInFailed(error);
        return;
    }
    m_signIn = new oauth::OAuth2SignIn(*provider, tls, this);
    connect(m_signIn, &oauth::OAuth2SignIn::openBrowser, this, &AccountTestPage::onOpenBrowser);
    connect(m_signIn, &oauth::OAuth2SignIn::authorized, this, [this] {
        m_link->hide();
        showSignInStep(ConnectionTest::State::Running,
                       tr("Back from the browser; getting Heron's access from %1…").arg(m_providerName));
    });
    connect(m_signIn, &oauth::OAuth2SignIn::signedIn, this, &AccountTestPage::onSignedIn);
    connect(m_signIn, &oauth::OAuth2SignIn::failed, this, &AccountTestPage::onSignInFailed);
    showSignInStep(ConnectionTest::State::Running,
                   tr("Opening the sign-in page of %1 in your browser…").arg(m_providerName));
    m_summary->setText(tr("Sign in in your browser to go on. Test Again starts a new sign-in."));
    m_testAgain->setEnabled(true);
    m_signIn->start(account.email);
    emit completeChanged();
}

void AccountTestPage::onOpenBrowser(const QUrl &url)
{
    m_link->setUrl(url);
    m_link->show();
    showSignInStep(ConnectionTest::State::Running,
                   QDesktopServices::openUrl(url)
                       ? tr("Waiting for you to sign in in the browser…")
                       : tr("Heron could not open a browser. Open the link below in one and sign in there."));
}

void AccountTestPage::onSignedIn(const oauth::OAuth2Tokens &tokens)
{
    accountWizard()->setOAuthTokens(tokens);
    showSignInStep(ConnectionTest::State::Passed, tr("Signed in at %1.").arg(m_providerName));
    startConnectionTest(tokens.accessToken);
}

void AccountTestPage::onSignInFailed(const QString &error)
{
    m_link->hide();
    showSignInStep(ConnectionTest::State::Failed, error);
    m_summary->setText(tr("The browser sign-in did not work (see above). Press Test Again to sign in again, choose "
                          "a password instead (Back), or press Finish to add the account and sign in later."));
    m_testAgain->setEnabled(true);
    emit completeChanged();
}

void AccountTestPage::showSignInStep(ConnectionTest::State state, const QString &text)
{
    m_signInStep.state->setText(stateText(state));
    m_signInStep.detail->setText(text);
}

void AccountTestPage::onStepChanged(ConnectionTest::Step step, ConnectionTest::State state, const QString &text)
{
    const StepRow row = m_rows.value(step);
    if (step == ConnectionTest::Step::Login && state == ConnectionTest::State::Failed)
        m_loginFailed = true; // with OAuth, Test Again gets a new sign-in rather than the same token
    row.state->setText(stateText(state));
    row.detail->setText(text);
}

void AccountTestPage::onFinished(bool allPassed)
{
    m_testAgain->setEnabled(true);
    QStringList fingerprints;
    for (const ConnectionTest::RejectedCertificate &certificate : m_test->rejectedCertificates())
        fingerprints << tr("%1: SHA-256 %2").arg(certificate.host, colonHex(certificate.sha256));
    fingerprints.removeDuplicates();
    m_fingerprints->setText(fingerprints.join(QLatin1Char('\n')));
    m_fingerprints->setVisible(!fingerprints.isEmpty());
    m_trust->setVisible(!fingerprints.isEmpty());
    if (m_test->deviceRefused()) {
        m_token->setToken(m_test->token());
        m_refusalBox->show();
        if (m_refusalDialog)
            m_refusalDialog->setRefusal(m_test->refusedBy(),
                                        accountWizard()->account().server(m_test->refusedBy()).host,
                                        m_test->refusalReply());
    } else if (m_refusalDialog) {
        m_refusalDialog->accept(); // approved meanwhile
    }
    m_summary->setText(allPassed ? tr("Everything works. Press Finish to add the account.")
                                 : tr("Some steps did not work (see above). Change the settings (Back), test again, "
                                      "or press Finish to add the account as it is."));
    emit completeChanged();
}

void AccountTestPage::trustCertificates()
{
    for (const ConnectionTest::RejectedCertificate &certificate : m_test->rejectedCertificates())
        accountWizard()->pinCertificate(certificate.host, certificate.sha256);
    runTest();
}

void AccountTestPage::showRefusalDialog()
{
    if (!m_refusalDialog) {
        m_refusalDialog = new DeviceRefusalDialog(accountWizard()->profile(), accountWizard()->account().email, this);
        m_refusalDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_refusalDialog, &DeviceRefusalDialog::tryAgain, this, &AccountTestPage::runTest);
    }
    m_refusalDialog->setRefusal(m_test->refusedBy(), accountWizard()->account().server(m_test->refusedBy()).host,
                                m_test->refusalReply());
    m_refusalDialog->show();
    m_refusalDialog->raise();
}

bool AccountTestPage::isComplete() const
{
    return m_test && !m_test->isRunning() && !(m_signIn && m_signIn->isRunning());
}

bool AccountTestPage::validatePage()
{
    QString error;
    if (!accountWizard()->save(&error)) {
        m_saveError->setText(tr("The account was not added: %1").arg(error));
        return false;
    }
    if (m_refusalDialog)
        m_refusalDialog->close();
    return true;
}

} // namespace heron::ui
