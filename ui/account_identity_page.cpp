#include "account_identity_page.h"

#include <QFormLayout>
#include <QLineEdit>

namespace heron::ui {

AccountIdentityPage::AccountIdentityPage(QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit)
    , m_address(new QLineEdit)
    , m_password(new QLineEdit)
{
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Heron looks up the servers for your address and how to sign in there. A password is kept in "
                   "the system keychain."));
    m_name->setObjectName(QStringLiteral("AccountName"));
    m_name->setPlaceholderText(tr("Jo Doe"));
    m_address->setObjectName(QStringLiteral("AccountAddress"));
    m_address->setPlaceholderText(tr("jo@example.org"));
    m_password->setObjectName(QStringLiteral("AccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not needed for providers with browser sign-in"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Your name:"), m_name);
    form->addRow(tr("E-mail &address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    registerField(QStringLiteral("address"), m_address);
    // The servers page shows it again next to the sign-in method, where it may become required.
    registerField(QStringLiteral("password"), m_password);
    connect(m_address, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString AccountIdentityPage::name() const
{
    return m_name->text().trimmed();
}

QString AccountIdentityPage::address() const
{
    return m_address->text().trimmed();
}

QString AccountIdentityPage::password() const
{
    return m_password->text();
}

bool AccountIdentityPage::isComplete() const
{
    const QString email = address();
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    // The password is checked on the servers page, once the sign-in method is known.
    return at > 0 && at < email.size() - 1 && !email.contains(QLatin1Char(' '));
}

} // namespace heron::ui
