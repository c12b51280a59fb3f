#include "oauth_sign_in_dialog.h"

#include "oauth/oauth2_provider_table.h"
#include "oauth/oauth2_sign_in.h"
#include "oauth/oauth2_token_source.h"
#include "plain_text_label.h"
#include "sign_in_link_field.h"
#include "sync/account_connector.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heron::ui {

OAuthSignInDialog::OAuthSignInDialog(accounts::Profile profile, accounts::Account account, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
    , m_provider(oauth::OAuth2ProviderTable::forAccount(m_profile, m_account))
{
    setObjectName(QStringLiteral("OAuthSignInDialog"));
    setWindowTitle(tr("Sign In — %1").arg(m_account.email));

    auto *heading = new PlainTextLabel(QStringLiteral("SignInHeading"));
    heading->setText(tr("Sign in to %1 with %2 in your browser.").arg(m_account.email, m_provider.name));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *explanation
        = new QLabel(tr("Heron opens %1's sign-in page in your browser. Sign in there and allow Heron to use your "
                        "mail; then come back here. Heron never sees your password.")
                         .arg(m_provider.name));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    m_status = new PlainTextLabel(QStringLiteral("SignInStatus"));
    m_link = new SignInLinkField;
    m_link->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_tryAgain = buttons->addButton(tr("&Try Again"), QDialogButtonBox::ActionRole);
    m_tryAgain->setObjectName(QStringLiteral("SignInTryAgainButton"));
    m_tryAgain->setVisible(false);
    connect(m_tryAgain, &QPushButton::clicked, this, &OAuthSignInDialog::start);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("CloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_status);
    layout->addWidget(m_link);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

OAuthSignInDialog::~OAuthSignInDialog() = default;

bool OAuthSignInDialog::isRunning() const
{
    return m_signIn && m_signIn->isRunning();
}

void OAuthSignInDialog::start()
{
    if (m_signIn) {
        m_signIn->cancel();
        m_signIn->disconnect(this); // a late word of the last sign-in must not reach this one
        m_signIn->deleteLater();
    }
    m_signedIn = false;
    m_tryAgain->setVisible(false);
    m_link->setUrl(QUrl());
    m_link->setVisible(false);
    m_close->setText(tr("Cancel"));
    net::TlsPolicy tls;
    QString error;
    if (!sync::AccountConnector::buildTlsPolicy(m_account, &tls, &error)) {
        onFailed(tr("The CA file of %1 cannot be used: %2").arg(m_account.email, error));
        return;
    }
    m_signIn = new oauth::OAuth2SignIn(m_provider, tls, this);
    connect(m_signIn, &oauth::OAuth2SignIn::openBrowser, this, &OAuthSignInDialog::onOpenBrowser);
    connect(m_signIn, &oauth::OAuth2SignIn::authorized, this, [this] {
        m_link->setVisible(false);
        setStatus(tr("Back from the browser; getting Heron's access from %1…").arg(m_provider.name));
    });
    connect(m_signIn, &oauth::OAuth2SignIn::signedIn, this, &OAuthSignInDialog::onSignedIn);
    connect(m_signIn, &oauth::OAuth2SignIn::failed, this, &OAuthSignInDialog::onFailed);
    setStatus(tr("Opening the sign-in page of %1 in your browser…").arg(m_provider.name));
    m_signIn->start(m_account.email);
}

void OAuthSignInDialog::onOpenBrowser(const QUrl &url)
{
    m_link->setUrl(url);
    m_link->setVisible(true);
    setStatus(m_link->open() ? tr("Waiting for you to sign in in the browser…")
                             : tr("Heron could not open a browser. Open the link below in one and sign in there."));
}

void OAuthSignInDialog::onSignedIn(const oauth::OAuth2Tokens &tokens)
{
    QString error;
    m_close->setText(tr("Close"));
    if (!oauth::OAuth2TokenSource::store(m_profile, m_account.email, tokens, &error)) {
        onFailed(tr("You signed in, but Heron could not keep the sign-in: %1").arg(error));
        return;
    }
    m_signedIn = true;
    setStatus(tr("Signed in. Heron gets and sends mail for %1 again.").arg(m_account.email));
    m_close->setDefault(true);
    m_close->setFocus();
    emit signedIn(m_account.email);
}

void OAuthSignInDialog::onFailed(const QString &error)
{
    m_link->setVisible(false);
    m_close->setText(tr("Close"));
    m_tryAgain->setVisible(true);
    m_tryAgain->setDefault(true);
    setStatus(error, true);
}

void OAuthSignInDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void OAuthSignInDialog::done(int result)
{
    if (m_signIn)
        m_signIn->cancel(); // the loopback port closes; a late browser finds nobody
    QDialog::done(result);
}

} // namespace heron::ui
