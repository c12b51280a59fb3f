#include "account_wizard.h"

#include "account_identity_page.h"
#include "account_servers_page.h"
#include "account_test_page.h"
#include "accounts/account_store.h"
#include "accounts/secret_store.h"

#include <QAbstractButton>

namespace heron::ui {

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
    resize(720, 660);
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
    accounts::SecretStore secrets(m_profile);
    if (!secrets.write(accounts::SecretStore::passwordKey(draft.email), password().toUtf8(), error)) {
        QString ignored;
        store.remove(draft.email, &ignored); // an account without its password would only fail later
        return false;
    }
    emit accountAdded(draft.email);
    return true;
}

} // namespace heron::ui
