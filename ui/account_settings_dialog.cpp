#include "account_settings_dialog.h"

#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "folder_roles_box.h"
#include "mime/address_input.h"
#include "oauth/oauth2_provider_table.h"
#include "oauth/oauth2_token_source.h"
#include "oauth_sign_in_dialog.h"
#include "plain_text_label.h"
#include "server_settings_box.h"
#include "sync/account_connector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace heron::ui {

using accounts::Account;
using accounts::MailProtocol;

AccountSettingsDialog::AccountSettingsDialog(accounts::Profile profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_chooser(new QComboBox)
    , m_name(new QLineEdit)
    , m_imap(new ServerSettingsBox(MailProtocol::Imap, tr("Incoming mail (IMAP)")))
    , m_smtp(new ServerSettingsBox(MailProtocol::Smtp, tr("Outgoing mail (SMTP)")))
    , m_userName(new QLineEdit)
    , m_password(new QLineEdit)
    , m_signIn(new QWidget)
    , m_signInText(new PlainTextLabel(QStringLiteral("SettingsSignIn")))
    , m_signature(new QPlainTextEdit)
    , m_identities(new QPlainTextEdit)
    , m_keepOffline(new QCheckBox(tr("&Keep this account's messages on this computer to read offline")))
    , m_offlineDays(new QSpinBox)
    , m_folderRoles(new FolderRolesBox)
    , m_error(new PlainTextLabel(QStringLiteral("SettingsStatus")))
{
    setObjectName(QStringLiteral("AccountSettingsDialog"));
    setWindowTitle(tr("Account Settings"));
    m_chooser->setObjectName(QStringLiteral("AccountSettingsChooser"));
    m_name->setObjectName(QStringLiteral("SettingsAccountName"));
    m_userName->setObjectName(QStringLiteral("SettingsUserName"));
    m_password->setObjectName(QStringLiteral("SettingsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    m_signInText->setWordWrap(false); // short lines; a wrapped label in the form would be cut off
    auto *signInAgain = new QPushButton(tr("Sign &In Again…"));
    signInAgain->setObjectName(QStringLiteral("SignInAgainButton"));
    signInAgain->setToolTip(tr("Sign in at the provider in your browser again, for example after changing your "
                               "password there or withdrawing Heron's access"));
    connect(signInAgain, &QPushButton::clicked, this, &AccountSettingsDialog::signInAgain);
    auto *signInLayout = new QVBoxLayout(m_signIn);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addWidget(m_signInText);
    signInLayout->addWidget(signInAgain, 0, Qt::AlignLeft);
    m_signature->setObjectName(QStringLiteral("SettingsSignature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setPlaceholderText(tr("Put under your messages, after a \"-- \" line"));
    m_signature->setMaximumHeight(m_signature->fontMetrics().lineSpacing() * 6);
    m_identities->setObjectName(QStringLiteral("SettingsIdentities"));
    m_identities->setTabChangesFocus(true);
    m_identities->setPlaceholderText(tr("Other addresses you send from with this account, one per line: "
                                        "Name <name@example.org>"));
    m_identities->setMaximumHeight(m_identities->fontMetrics().lineSpacing() * 5);
    m_keepOffline->setObjectName(QStringLiteral("SettingsKeepOffline"));
    m_offlineDays->setObjectName(QStringLiteral("SettingsOfflineDays"));
    m_offlineDays->setRange(0, 36500);
    m_offlineDays->setSpecialValueText(tr("all messages"));
    m_offlineDays->setPrefix(tr("of the last "));
    m_offlineDays->setSuffix(tr(" days"));
    m_offlineDays->setToolTip(tr("Older messages are listed too, and downloaded when opened"));
    connect(m_keepOffline, &QCheckBox::toggled, m_offlineDays, &QWidget::setEnabled);

    auto *top = new QFormLayout;
    top->addRow(tr("&Account:"), m_chooser);
    top->addRow(tr("&Name:"), m_name);
    m_login = new QFormLayout;
    m_login->addRow(tr("&User name:"), m_userName);
    m_login->addRow(tr("&Password:"), m_password);
    m_login->addRow(tr("Sign-in:"), m_signIn);
    m_login->addRow(tr("Si&gnature:"), m_signature);
    m_login->addRow(tr("Other &addresses:"), m_identities);
    m_login->addRow(m_keepOffline);
    m_login->addRow(tr("&Offline:"), m_offlineDays);

    auto *device = new QPushButton(tr("&Device ID…"));
    device->setObjectName(QStringLiteral("OpenDevicePageButton"));
    device->setToolTip(tr("This device's ID for the account, its registration, and the CLIENTID switch"));
    connect(device, &QPushButton::clicked, this, [this] { emit devicePageRequested(account()); });
    auto *remove = new QPushButton(tr("&Remove Account…"));
    remove->setObjectName(QStringLiteral("RemoveAccountButton"));
    connect(remove, &QPushButton::clicked, this, &AccountSettingsDialog::removeAccount);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("SaveAccountButton"));
    buttons->addButton(device, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_imap);
    layout->addWidget(m_smtp);
    layout->addLayout(m_login);
    layout->addWidget(m_folderRoles);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &AccountSettingsDialog::showAccount);
    loadAccounts();
}

void AccountSettingsDialog::loadAccounts()
{
    QString error;
    m_accounts = accounts::AccountStore(m_profile).list(&error);
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const Account &account : std::as_const(m_accounts))
        m_chooser->addItem(account.label() == account.email ? account.email
                                                            : tr("%1 <%2>").arg(account.label(), account.email),
                           account.email);
    showAccount();
    if (!error.isEmpty())
        showError(error);
}

bool AccountSettingsDialog::setAccount(const QString &email)
{
    for (int i = 0; i < m_chooser->count(); ++i) {
        if (Account::sameAddress(m_chooser->itemData(i).toString(), email)) {
            m_chooser->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString AccountSettingsDialog::account() const
{
    return m_chooser->currentData().toString();
}

void AccountSettingsDialog::showAccount()
{
    m_error->clear();
    m_password->clear();
    const int index = m_chooser->currentIndex();
    const bool any = index >= 0 && index < m_accounts.size();
    for (QWidget *widget : std::initializer_list<QWidget *> {m_name, m_imap, m_smtp, m_userName, m_password, m_signIn,
                                                             m_signature, m_identities, m_keepOffline, m_folderRoles})
        widget->setEnabled(any);
    if (!any) {
        m_login->setRowVisible(m_signIn, false);
        return;
    }
    const Account &account = m_accounts.at(index);
    showSignIn(account);
    m_name->setText(account.displayName);
    m_imap->setServer(account.imap);
    m_smtp->setServer(account.smtp);
    m_userName->setText(account.loginName());
    m_signature->setPlainText(account.signature);
    QStringList identities;
    for (const accounts::Identity &identity : account.identities)
        identities << mime::AddressInput::format({identity.name, identity.email});
    m_identities->setPlainText(identities.join(QLatin1Char('\n')));
    m_keepOffline->setChecked(account.keepMailOffline);
    m_offlineDays->setValue(account.offlineBodyDays);
    m_offlineDays->setEnabled(account.keepMailOffline);
    showFolderRoles(account);
}

// An OAuth account: which provider signs it in, and whether Heron holds a sign-in now; no password.
void AccountSettingsDialog::showSignIn(const Account &account)
{
    const bool oauth = account.authMethod == accounts::AuthMethod::OAuth2;
    m_login->setRowVisible(m_password, !oauth);
    m_login->setRowVisible(m_signIn, oauth);
    if (!oauth)
        return;
    const QString provider = oauth::OAuth2ProviderTable::forAccount(m_profile, account).name;
    QString text = tr("Signs in with %1 in the browser.").arg(provider);
    if (!oauth::OAuth2TokenSource::stored(m_profile, account.email))
        text += QLatin1Char('\n') + tr("Not signed in at the moment.");
    m_signInText->setText(text);
}

void AccountSettingsDialog::signInAgain()
{
    const int index = m_chooser->currentIndex();
    if (index < 0 || index >= m_accounts.size() || m_accounts.at(index).authMethod != accounts::AuthMethod::OAuth2)
        return;
    if (m_signInDialog)
        m_signInDialog->close();
    m_signInDialog = new OAuthSignInDialog(m_profile, m_accounts.at(index), this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signInDialog, &OAuthSignInDialog::signedIn, this, [this](const QString &email) {
        if (Account::sameAddress(email, account())) {
            showSignIn(m_accounts.at(m_chooser->currentIndex()));
            showError(tr("Signed in again."));
        }
        emit accountChanged(email); // the main window connects with the new sign-in
    });
    m_signInDialog->open(); // window-modal: one sign-in at a time
    m_signInDialog->start();
}

OAuthSignInDialog *AccountSettingsDialog::signInDialog() const
{
    return m_signInDialog;
}

void AccountSettingsDialog::showFolderRoles(const Account &account)
{
    m_folderRoles->setAccount(m_folderLister ? m_folderLister(account.email) : QStringList(), account.folderRoles);
}

void AccountSettingsDialog::setFolderLister(std::function<QStringList(const QString &email)> lister)
{
    m_folderLister = std::move(lister);
    const int index = m_chooser->currentIndex();
    if (index >= 0 && index < m_accounts.size()) // only the Folders box: edits elsewhere stay
        showFolderRoles(m_accounts.at(index));
}

void AccountSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
}

bool AccountSettingsDialog::save()
{
    const int index = m_chooser->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return false;
    Account account = m_accounts.at(index);
    account.displayName = m_name->text().trimmed();
    account.imap = m_imap->server();
    account.smtp = m_smtp->server();
    const QString user = m_userName->text().trimmed();
    account.login = Account::sameAddress(user, account.email) ? QString() : user;
    // Trailing blank lines would only push the signature apart from what follows it.
    account.signature = m_signature->toPlainText().remove(QRegularExpression(QStringLiteral("\\s+$")));
    account.keepMailOffline = m_keepOffline->isChecked();
    account.offlineBodyDays = m_offlineDays->value();
    account.folderRoles = m_folderRoles->roles();
    QStringList invalid;
    account.identities.clear();
    for (const QString &line : m_identities->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        for (const mime::Mailbox &mailbox : mime::AddressInput::parse(line, &invalid)) {
            if (!Account::sameAddress(mailbox.address, account.email))
                account.identities.append({mailbox.name, mailbox.address});
        }
    }
    if (!invalid.isEmpty()) {
        showError(tr("Not saved: these other addresses are not valid: %1").arg(invalid.join(QLatin1String(", "))));
        return false;
    }
    QString error;
    if (!accounts::AccountStore(m_profile).update(account, &error)) {
        showError(tr("Not saved: %1").arg(error));
        return false;
    }
    if (!m_password->text().isEmpty() && account.authMethod == accounts::AuthMethod::Password) {
        accounts::SecretStore secrets(m_profile);
        if (!secrets.write(accounts::SecretStore::passwordKey(account.email), m_password->text().toUtf8(), &error)) {
            showError(tr("The settings were saved, the password was not: %1").arg(error));
            return false;
        }
        m_password->clear();
    }
    m_accounts[index] = account;
    showError(tr("Saved."));
    emit accountChanged(account.email);
    return true;
}

void AccountSettingsDialog::removeAccount()
{
    const int index = m_chooser->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return;
    const Account removed = m_accounts.at(index);
    const QString email = removed.email;
    const bool oauth = removed.authMethod == accounts::AuthMethod::OAuth2;
    QMessageBox confirm(
        QMessageBox::Warning, tr("Remove Account"),
        oauth ? tr("Remove %1 from Heron? Its settings and sign-in are deleted from this computer, and %2 is asked "
                   "to withdraw Heron's access; the mail on the server stays.")
                    .arg(email, oauth::OAuth2ProviderTable::forAccount(m_profile, removed).name)
              : tr("Remove %1 from Heron? Its settings and password are deleted from this computer; the mail "
                   "on the server stays.")
                    .arg(email),
        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("ConfirmAccountRemoval"));
    QPushButton *removeButton = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm.exec();
    if (confirm.clickedButton() != removeButton)
        return;
    QString error;
    if (!accounts::AccountStore(m_profile).remove(email, &error)) {
        showError(error);
        return;
    }
    if (oauth) {
        // Forgets the tokens and revokes them at the provider (best effort: an unreachable provider is not told).
        if (!sync::AccountConnector::removeSignIn(m_profile, removed, &error))
            showError(tr("The account was removed, its sign-in could not be deleted: %1").arg(error));
    } else {
        accounts::SecretStore secrets(m_profile);
        if (!secrets.remove(accounts::SecretStore::passwordKey(email), &error))
            showError(tr("The account was removed, its password could not be deleted: %1").arg(error));
    }
    emit accountRemoved(email);
    loadAccounts();
}

} // namespace heron::ui
