#include "account_servers_page.h"

#include "plain_text_label.h"
#include "server_settings_box.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace heron::ui {

using accounts::Account;
using accounts::MailProtocol;

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
    m_imap = new ServerSettingsBox(MailProtocol::Imap, tr("Incoming mail (IMAP)"));
    m_smtp = new ServerSettingsBox(MailProtocol::Smtp, tr("Outgoing mail (SMTP)"));
    for (ServerSettingsBox *box : {m_imap, m_smtp}) {
        layout->addWidget(box);
        connect(box, &ServerSettingsBox::edited, this, [this] { m_edited = true; });
        connect(box, &ServerSettingsBox::hostChanged, this, &QWizardPage::completeChanged);
    }
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

void AccountServersPage::initializePage()
{
    const QString address = field(QStringLiteral("address")).toString().trimmed();
    if (Account::sameAddress(address, m_lookedUp) && !m_lookedUp.isEmpty())
        return; // back and forth: keep what is there
    m_lookedUp = address;
    m_edited = false;
    m_steps->clear();
    m_source->clear();
    m_imap->clear();
    m_smtp->clear();
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
    if (!m_steps->findItems(text, Qt::MatchExactly).isEmpty())
        return; // a missing host fails alike on every port it is tried on
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
    m_imap->setServer(config.imap.constFirst().endpoint);
    m_smtp->setServer(config.smtp.constFirst().endpoint);
    if (!config.imap.constFirst().username.isEmpty())
        m_userName->setText(config.imap.constFirst().username);
}

void AccountServersPage::fill(Account *account) const
{
    account->imap = m_imap->server();
    account->smtp = m_smtp->server();
    const QString user = m_userName->text().trimmed();
    account->login = Account::sameAddress(user, account->email) ? QString() : user;
}

bool AccountServersPage::isComplete() const
{
    return m_imap->isFilled() && m_smtp->isFilled();
}

bool AccountServersPage::validatePage()
{
    m_discovery->cancel(); // the user chose these settings; a late answer must not change them
    return true;
}

} // namespace heron::ui
