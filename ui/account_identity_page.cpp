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
    setSubTitle(tr("Heron looks up the servers for your address. The password is kept in the system keychain."));
    m_name->setObjectName(QStringLiteral("AccountName"));
    m_name->setPlaceholderText(tr("Jo Doe"));
    m_address->setObjectName(QStringLiteral("AccountAddress"));
    m_address->setPlaceholderText(tr("jo@example.org"));
    m_password->setObjectName(QStringLiteral("AccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Your name:"), m_name);
    form->addRow(tr("E-mail &address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    registerField(QStringLiteral("address"), m_address);
    for (QLineEdit *field : {m_address, m_password})
        connect(field, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
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
    return at > 0 && at < email.size() - 1 && !email.contains(QLatin1Char(' ')) && !m_password->text().isEmpty();
}

} // namespace heron::ui
