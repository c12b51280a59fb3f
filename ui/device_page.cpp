#include "device_page.h"

#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "device_id_field.h"
#include "identity/device_identity.h"
#include "identity/registration_link.h"
#include "plain_text_label.h"
#include "qr_code_widget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace heron::ui {

namespace {

enum ServerColumn { ProtocolColumn, HostColumn, AdvertisedColumn, ReplyColumn, WhenColumn, ColumnCount };

QString protocolLabel(accounts::MailProtocol protocol)
{
    return protocol == accounts::MailProtocol::Imap ? QStringLiteral("IMAP") : QStringLiteral("SMTP");
}

} // namespace

DevicePage::DevicePage(accounts::Profile profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secrets(std::make_unique<accounts::SecretStore>(m_profile))
    , m_identity(std::make_unique<identity::DeviceIdentity>(m_profile, *m_secrets))
{
    setObjectName(QStringLiteral("DevicePage"));

    m_error = new PlainTextLabel(QStringLiteral("DeviceIdentityError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    m_accounts = new QComboBox;
    m_accounts->setObjectName(QStringLiteral("DeviceAccountChooser"));
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &DevicePage::showAccount);

    // The spec names no device label of its own; the host name is what the
    // user recognises in a provider's list of devices.
    m_deviceName = new PlainTextLabel(QStringLiteral("DeviceName"));
    m_deviceName->setText(QSysInfo::machineHostName());

    m_enabled = new QCheckBox(tr("Present this device's ID to the servers (CLIENTID)"));
    m_enabled->setObjectName(QStringLiteral("ClientIdEnabled"));
    m_enabled->setToolTip(tr("Providers that allow an account only on approved devices need it; "
                             "servers that do not ask for it never see it."));
    connect(m_enabled, &QCheckBox::clicked, this, &DevicePage::setClientIdEnabled);

    m_token = new DeviceIdField;
    m_tokenNote = new PlainTextLabel(QStringLiteral("DeviceTokenNote"));
    m_qrCode = new QrCodeWidget;
    m_qrCode->setObjectName(QStringLiteral("DeviceQrCode"));
    m_qrCode->setToolTip(tr("Scan it with a phone to register this device on the provider's web page."));

    m_registration = new PlainTextLabel(QStringLiteral("RegistrationLink"));
    m_registration->setTextFormat(Qt::RichText); // the link, built from escaped parts below
    m_registration->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_registration->setOpenExternalLinks(false);
    connect(m_registration, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    m_servers = new QTreeWidget;
    m_servers->setObjectName(QStringLiteral("ClientIdServerStatus"));
    m_servers->setRootIsDecorated(false);
    m_servers->setColumnCount(ColumnCount);
    m_servers->setHeaderLabels({tr("Protocol"), tr("Server"), tr("Asks for device ID"), tr("Last reply"), tr("When")});
    m_servers->header()->setSectionResizeMode(ReplyColumn, QHeaderView::Stretch);
    m_servers->header()->setStretchLastSection(false);
    m_servers->setMinimumHeight(90);

    m_secretLocation = new PlainTextLabel(QStringLiteral("DeviceSecretLocation"));

    m_resetAccount = new QPushButton(tr("Reset This Account's Device ID…"));
    m_resetAccount->setObjectName(QStringLiteral("ResetDeviceIdButton"));
    connect(m_resetAccount, &QPushButton::clicked, this, &DevicePage::resetAccount);
    m_resetAll = new QPushButton(tr("Reset All Device IDs…"));
    m_resetAll->setObjectName(QStringLiteral("ResetAllDeviceIdsButton"));
    connect(m_resetAll, &QPushButton::clicked, this, &DevicePage::resetAll);

    auto *tokenColumn = new QVBoxLayout;
    tokenColumn->addWidget(m_token);
    tokenColumn->addWidget(m_tokenNote);
    tokenColumn->addStretch(1);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addLayout(tokenColumn, 1);
    tokenRow->addWidget(m_qrCode, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), m_accounts);
    form->addRow(tr("This device:"), m_deviceName);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Device ID:"), tokenRow);
    form->addRow(tr("Registration:"), m_registration);
    form->addRow(tr("Servers:"), m_servers);
    form->addRow(tr("Secret kept in:"), m_secretLocation);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resetAccount);
    buttons->addStretch(1);
    buttons->addWidget(m_resetAll);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    refresh();
}

DevicePage::~DevicePage() = default;

bool DevicePage::setAccount(const QString &accountEmail)
{
    for (int i = 0; i < m_accounts->count(); ++i) {
        if (accounts::Account::sameAddress(m_accounts->itemData(i).toString(), accountEmail)) {
            m_accounts->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString DevicePage::account() const
{
    return m_accounts->currentData().toString();
}

void DevicePage::refresh()
{
    m_loadError.clear();
    if (!m_identity->load(&m_loadError) && m_loadError.isEmpty())
        m_loadError = tr("This device's identity cannot be read.");
    m_secretLocation->setText(m_identity->secretLocation());
    reloadAccounts();
}

void DevicePage::reloadAccounts()
{
    const QString current = account();
    QString error;
    const QList<accounts::Account> accounts = accounts::AccountStore(m_profile).list(&error);
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    for (const accounts::Account &account : accounts)
        m_accounts->addItem(account.label() == account.email
                                ? account.email
                                : QStringLiteral("%1 <%2>").arg(account.label(), account.email),
                            account.email);
    if (!current.isEmpty())
        setAccount(current);
    if (!error.isEmpty())
        m_loadError = error;
    showAccount();
}

void DevicePage::showAccount()
{
    const QString email = account();
    const std::optional<accounts::Account> stored
        = email.isEmpty() ? std::nullopt : accounts::AccountStore(m_profile).find(email);
    const bool loaded = m_identity->isLoaded();

    if (!m_loadError.isEmpty())
        showError(m_identity->isLoaded() ? m_loadError
                                         : m_loadError + QLatin1Char(' ')
                          + tr("Until then Heron presents no device ID, and providers that "
                               "allow only approved devices refuse this one."));
    else
        m_error->setVisible(false);

    m_accounts->setEnabled(m_accounts->count() > 1);
    m_enabled->setEnabled(stored.has_value());
    m_enabled->setChecked(stored && stored->clientIdEnabled);
    m_resetAccount->setEnabled(stored && loaded);

    const QString token = stored && loaded ? m_identity->token(stored->email) : QString();
    m_token->setToken(token);
    m_qrCode->setText(token.toLatin1());
    m_qrCode->setVisible(!token.isEmpty());
    if (!stored)
        m_tokenNote->setText(tr("No account yet: add one with Account → Add Account…."));
    else if (!loaded)
        m_tokenNote->setText(tr("No device ID: the install secret cannot be read (see above)."));
    else if (!stored->clientIdEnabled)
        m_tokenNote->setText(tr("Not presented: the device ID is switched off for this account."));
    else
        m_tokenNote->setText(tr("Register this ID with your provider as a new device (paste it, or scan the QR "
                                "code on the provider's page). Only this account's servers see it."));

    showServerStatuses();
}

void DevicePage::showServerStatuses()
{
    m_servers->clear();
    const QString email = account();
    const QList<identity::ClientIdServerStatus> statuses
        = email.isEmpty() ? QList<identity::ClientIdServerStatus>() : m_identity->serverStatuses(email);
    for (const identity::ClientIdServerStatus &status : statuses) {
        auto *item = new QTreeWidgetItem(m_servers);
        item->setText(ProtocolColumn, protocolLabel(status.protocol));
        item->setText(HostColumn, status.host);
        item->setText(AdvertisedColumn,
                      !status.advertised       ? tr("Not known yet")
                          : *status.advertised ? tr("Yes")
                                               : tr("No"));
        item->setText(ReplyColumn, status.lastReply ? *status.lastReply : tr("Never sent"));
        item->setToolTip(ReplyColumn, item->text(ReplyColumn));
        item->setText(WhenColumn,
                      status.at.isValid() ? QLocale().toString(status.at.toLocalTime(), QLocale::ShortFormat)
                                          : QString());
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != ReplyColumn)
            m_servers->resizeColumnToContents(column);
    }

    const QUrl link = identity::RegistrationLink::fromStatuses(statuses);
    if (link.isValid()) {
        // The host is spelled out: the user sees where the link goes before following it.
        m_registration->setText(
            tr("<a href=\"%1\">Open %2's registration page</a> (in your browser)")
                .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.host().toHtmlEscaped()));
        m_registration->setToolTip(link.toString());
    } else {
        m_registration->setText(tr("Your provider has not named a registration page. It usually has one among the "
                                   "security or device settings of its web portal."));
        m_registration->setToolTip(QString());
    }
}

void DevicePage::setClientIdEnabled(bool enabled)
{
    accounts::AccountStore store(m_profile);
    QString error;
    std::optional<accounts::Account> stored = store.find(account(), &error);
    if (stored) {
        stored->clientIdEnabled = enabled;
        if (store.update(*stored, &error)) {
            showAccount();
            emit clientIdChanged(stored->email);
            return;
        }
    }
    showError(tr("The setting could not be saved: %1").arg(error));
    m_enabled->setChecked(!enabled);
}

void DevicePage::resetAccount()
{
    const QString email = account();
    if (email.isEmpty()
        || !confirm(tr("Reset Device ID"),
                    tr("Heron will present a new device ID to the servers of %1. Your provider will see a new, "
                       "unregistered device: if it allows this account only on approved devices, Heron cannot get "
                       "or send this account's mail until the new ID is approved. The old ID stops being used "
                       "here; other accounts keep theirs.")
                        .arg(email),
                    tr("Reset Device ID")))
        return;
    QString error;
    if (!m_identity->resetAccount(email, &error)) {
        showError(tr("The device ID was not reset: %1").arg(error));
        return;
    }
    refresh();
    emit clientIdChanged(email);
}

void DevicePage::resetAll()
{
    if (!confirm(tr("Reset All Device IDs"),
                 tr("Heron will replace this installation's secret, so every account gets a new device ID. Every "
                    "provider will see a new, unregistered device: those that allow an account only on approved "
                    "devices refuse it until the new ID is approved."),
                 tr("Reset All")))
        return;
    QString error;
    if (!m_identity->resetAll(&error)) {
        showError(tr("The device IDs were not reset: %1").arg(error));
        return;
    }
    refresh();
    emit allDeviceIdsReset();
}

bool DevicePage::confirm(const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("ConfirmDeviceIdReset"));
    QPushButton *reset = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == reset;
}

void DevicePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
}

} // namespace heron::ui
