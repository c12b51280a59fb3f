#include "account_servers_page.h"

#include "plain_text_label.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace heron::ui {

using accounts::Account;
using accounts::MailProtocol;
using accounts::Security;

AccountServersPage::AccountServersPage(QWidget *parent)
    : QWizardPage(parent)
    , m_discovery(new sync::AccountDiscovery({}, this))
{
    setTitle(tr("Server settings"));
    setSubTitle(tr("Looking up settings…"));

    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("DiscoverySteps"));
    m_steps->setWordWrap(true);
    m_steps->setMaximumHeight(140);
    m_source = new PlainTextLabel(QStringLiteral("DiscoverySource"));

    m_userName = new QLineEdit;
    m_userName->setObjectName(QStringLiteral("UserName"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_source);
    m_imap = addServerFields(MailProtocol::Imap, tr("Incoming mail (IMAP)"), "Imap");
    m_smtp = addServerFields(MailProtocol::Smtp, tr("Outgoing mail (SMTP)"), "Smtp");
    auto *login = new QFormLayout;
    login->addRow(tr("&User name:"), m_userName);
    layout->addLayout(login);
    connect(m_userName, &QLineEdit::textEdited, this, [this] { m_edited = true; });

    connect(m_discovery, &sync::AccountDiscovery::stepStarted, this,
            [this](sync::AccountDiscovery::Source, const QString &text) { addStep(text); });
    connect(m_discovery, &sync::AccountDiscovery::stepProgress, this,
            [this](sync::AccountDiscovery::Source, const QString &text) { addStep(QStringLiteral("  ") + text); });
    connect(m_discovery, &sync::AccountDiscovery::stepFinished, this,
            [this](sync::AccountDiscovery::Source step, bool, const QString &summary) {
                addStep(tr("%1: %2").arg(sync::AccountDiscovery::stepName(step), summary));
            });
    connect(m_discovery, &sync::AccountDiscovery::finished, this, &AccountServersPage::onFinished);
}

AccountServersPage::ServerFields AccountServersPage::addServerFields(MailProtocol protocol, const QString &title,
                                                                     const char *prefix)
{
    ServerFields fields {new QLineEdit, new QSpinBox, new QComboBox};
    const QString name = QLatin1String(prefix);
    fields.host->setObjectName(name + QStringLiteral("Host"));
    fields.port->setObjectName(name + QStringLiteral("Port"));
    fields.port->setRange(1, 65535);
    fields.port->setValue(Account::defaultPort(protocol, Security::Tls));
    fields.security->setObjectName(name + QStringLiteral("Security"));
    fields.security->addItem(tr("SSL/TLS"), QVariant::fromValue(int(Security::Tls)));
    fields.security->addItem(tr("STARTTLS"), QVariant::fromValue(int(Security::StartTls)));
    // The well-known port follows the security choice unless the user picked another one.
    connect(fields.security, &QComboBox::activated, this, [fields, protocol] {
        const auto chosen = Security(fields.security->currentData().toInt());
        const auto other = chosen == Security::Tls ? Security::StartTls : Security::Tls;
        if (fields.port->value() == Account::defaultPort(protocol, other))
            fields.port->setValue(Account::defaultPort(protocol, chosen));
    });
    connect(fields.host, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(fields.host, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(fields.port, &QSpinBox::valueChanged, this, [this] { m_edited = true; });
    connect(fields.security, &QComboBox::activated, this, [this] { m_edited = true; });

    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Server:"), fields.host);
    form->addRow(tr("Port:"), fields.port);
    form->addRow(tr("Security:"), fields.security);
    static_cast<QVBoxLayout *>(layout())->addWidget(box);
    return fields;
}

void AccountServersPage::initializePage()
{
    const QString address = field(QStringLiteral("address")).toString().trimmed();
    if (Account::sameAddress(address, m_lookedUp) && !m_lookedUp.isEmpty())
        return; // back and forth: keep what is there
    m_lookedUp = address;
    m_edited = false;
    m_steps->clear();
    m_source->clear();
    m_imap.host->clear();
    m_smtp.host->clear();
    m_userName->setText(address);
    setSubTitle(tr("Looking up settings…"));
    m_discovery->start(address);
}

void AccountServersPage::cleanupPage()
{
    m_discovery->cancel();
    m_lookedUp.clear(); // coming back looks up again (the address may have changed)
}

void AccountServersPage::addStep(const QString &text)
{
    m_steps->addItem(text);
    m_steps->scrollToBottom();
}

void AccountServersPage::onFinished(bool found)
{
    if (!found) {
        setSubTitle(tr("No settings found. Enter the servers your provider gives (manual setup)."));
        m_source->setText(
            tr("Heron could not find the servers of %1. Your provider's help pages name them.").arg(m_lookedUp));
        return;
    }
    setSubTitle(tr("Settings found. Check them, or change them (manual setup)."));
    m_source->setText(tr("Found in %1.").arg(m_discovery->sourceDescription()));
    if (m_edited)
        return;
    const accounts::ProviderConfig &config = m_discovery->config();
    showServer(m_imap, config.imap.constFirst().endpoint);
    showServer(m_smtp, config.smtp.constFirst().endpoint);
    if (!config.imap.constFirst().username.isEmpty())
        m_userName->setText(config.imap.constFirst().username);
    m_edited = false; // filling the fields is not the user's edit
}

void AccountServersPage::showServer(const ServerFields &fields, const accounts::ServerEndpoint &server)
{
    fields.host->setText(server.host);
    fields.port->setValue(server.port);
    fields.security->setCurrentIndex(fields.security->findData(int(server.security)));
}

accounts::ServerEndpoint AccountServersPage::server(const ServerFields &fields) const
{
    return {fields.host->text().trimmed(), quint16(fields.port->value()),
            Security(fields.security->currentData().toInt())};
}

void AccountServersPage::fill(Account *account) const
{
    account->imap = server(m_imap);
    account->smtp = server(m_smtp);
    const QString user = m_userName->text().trimmed();
    account->login = Account::sameAddress(user, account->email) ? QString() : user;
}

bool AccountServersPage::isComplete() const
{
    return !m_imap.host->text().trimmed().isEmpty() && !m_smtp.host->text().trimmed().isEmpty();
}

bool AccountServersPage::validatePage()
{
    m_discovery->cancel(); // the user chose these settings; a late answer must not change them
    return true;
}

} // namespace heron::ui
