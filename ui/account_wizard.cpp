#include "account_wizard.h"

#include "account_identity_page.h"
#include "account_servers_page.h"
#include "account_test_page.h"
#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "oauth/oauth2_token_source.h"

#include <QAbstractButton>

namespace heron::ui {

namespace {

// Tokens belong to the address and the provider they were given for.
QString tokensKey(const accounts::Account &account)
{
    return account.email.toLower() + QLatin1Char('\n') + account.oauth2.issuer;
}

} // namespace

AccountWizard::AccountWizard(accounts::Profile profile, QWidget *parent)
    : QWizard(parent)
    , m_profile(std::move(profile))
    , m_identity(new AccountIdentityPage)
    , m_servers(new AccountServersPage)
    , m_test(new AccountTestPage)
{
    setObjectName(QStringLiteral("AccountWizard"));
    setWindowTitle(tr("Add Account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(IdentityPageId, m_identity);
    setPage(ServersPageId, m_servers);
    setPage(TestPageId, m_test);
    button(QWizard::BackButton)->setObjectName(QStringLiteral("BackButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("NextButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("FinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("CancelButton"));
    // Cancel ends a sign-in that waits for the browser (the loopback port closes).
    connect(this, &QDialog::rejected, m_test, &AccountTestPage::cancelSignIn);
    resize(720, 720);
}

sync::AccountDiscovery *AccountWizard::discovery() const
{
    return m_servers->discovery();
}

accounts::Account AccountWizard::account() const
{
    accounts::Account account;
    account.email = m_identity->address();
    account.displayName = m_identity->name();
    m_servers->fill(&account);
    account.pinnedCertificates = m_pins;
    return account;
}

QString AccountWizard::password() const
{
    return m_identity->password();
}

std::optional<oauth::OAuth2Provider> AccountWizard::signInProvider() const
{
    return m_servers->signInProvider();
}

void AccountWizard::setOAuthTokens(const std::optional<oauth::OAuth2Tokens> &tokens)
{
    m_tokens = tokens;
    m_tokensFor = tokens ? tokensKey(account()) : QString();
}

std::optional<oauth::OAuth2Tokens> AccountWizard::oauthTokens() const
{
    const accounts::Account current = account();
    if (current.authMethod != accounts::AuthMethod::OAuth2 || m_tokensFor != tokensKey(current))
        return std::nullopt;
    return m_tokens;
}

void AccountWizard::pinCertificate(const QString &host, const QByteArray &sha256)
{
    QList<QByteArray> &pins = m_pins[host.toLower()];
    if (!pins.contains(sha256))
        pins.append(sha256);
}

bool AccountWizard::save(QString *error)
{
    const accounts::Account draft = account();
    accounts::AccountStore store(m_profile);
    if (!store.add(draft, error))
        return false;
    bool kept = true;
    if (draft.authMethod == accounts::AuthMethod::OAuth2) {
        if (const std::optional<oauth::OAuth2Tokens> tokens = oauthTokens())
            kept = oauth::OAuth2TokenSource::store(m_profile, draft.email, *tokens, error);
    } else {
        accounts::SecretStore secrets(m_profile);
        kept = secrets.write(accounts::SecretStore::passwordKey(draft.email), password().toUtf8(), error);
    }
    if (!kept) {
        QString ignored;
        store.remove(draft.email, &ignored); // an account without its password would only fail later
        return false;
    }
    emit accountAdded(draft.email);
    return true;
}

} // namespace heron::ui
