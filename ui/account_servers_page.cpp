#include "account_servers_page.h"

#include "account_wizard.h"
#include "plain_text_label.h"
#include "server_settings_box.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace heron::ui {

using accounts::Account;
using accounts::AuthMethod;
using accounts::MailProtocol;

namespace {

// The provider's configuration names OAuth 2.0 as the only way into its servers.
bool onlyOAuth(const accounts::ProviderConfig &config)
{
    const auto oauthOnly = [](const QList<accounts::ServerCandidate> &candidates) {
        return !candidates.isEmpty() && candidates.constFirst().authMethods.contains(AuthMethod::OAuth2)
            && !candidates.constFirst().authMethods.contains(AuthMethod::Password);
    };
    return oauthOnly(config.imap) && oauthOnly(config.smtp);
}

} // namespace

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
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("SignInMethod"));
    m_methodNote = new PlainTextLabel(QStringLiteral("SignInNote"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("SignInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_source);
    m_imap = new ServerSettingsBox(MailProtocol::Imap, tr("Incoming mail (IMAP)"));
    m_smtp = new ServerSettingsBox(MailProtocol::Smtp, tr("Outgoing mail (SMTP)"));
    for (ServerSettingsBox *box : {m_imap, m_smtp}) {
        layout->addWidget(box);
        connect(box, &ServerSettingsBox::edited, this, [this] { m_edited = true; });
        connect(box, &ServerSettingsBox::hostChanged, this, &QWizardPage::completeChanged);
        connect(box, &ServerSettingsBox::hostChanged, this, &AccountServersPage::updateSignInMethods);
    }
    m_login = new QFormLayout;
    m_login->addRow(tr("&User name:"), m_userName);
    m_login->addRow(tr("&Sign in with:"), m_method);
    m_login->addRow(m_methodNote);
    m_login->addRow(tr("&Password:"), m_password);
    layout->addLayout(m_login);
    connect(m_userName, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_method, &QComboBox::activated, this, [this] {
        m_methodChosen = true;
        onMethodChosen();
    });
    connect(m_password, &QLineEdit::textEdited, this, [this](const QString &text) {
        setField(QStringLiteral("password"), text); // one password, whichever page it was typed on
        emit completeChanged();
    });

    connect(m_discovery, &sync::AccountDiscovery::stepStarted, this,
            [this](sync::AccountDiscovery::Source, const QString &text) { addStep(text); });
    connect(m_discovery, &sync::AccountDiscovery::stepProgress, this,
            [this](sync::AccountDiscovery::Source, const QString &text) { addStep(QStringLiteral("  ") + text); });
    connect(m_discovery, &sync::AccountDiscovery::stepFinished, this,
            [this](sync::AccountDiscovery::Source step, bool, const QString &summary) {
                addStep(tr("%1: %2").arg(sync::AccountDiscovery::stepName(step), summary));
            });
    connect(m_discovery, &sync::AccountDiscovery::finished, this, &AccountServersPage::onFinished);
    updateSignInMethods();
}

AccountWizard *AccountServersPage::accountWizard() const
{
    return qobject_cast<AccountWizard *>(wizard());
}

void AccountServersPage::initializePage()
{
    m_password->setText(field(QStringLiteral("password")).toString());
    const QString address = field(QStringLiteral("address")).toString().trimmed();
    if (Account::sameAddress(address, m_lookedUp) && !m_lookedUp.isEmpty()) {
        emit completeChanged();
        return; // back and forth: keep what is there
    }
    m_lookedUp = address;
    m_edited = false;
    m_methodChosen = false;
    m_configured = false; // the last lookup's configuration is not this address's
    m_providers = oauth::OAuth2ProviderTable::load(accountWizard()->profile());
    m_steps->clear();
    m_source->clear();
    m_imap->clear();
    m_smtp->clear();
    m_userName->setText(address);
    setSubTitle(tr("Looking up settings…"));
    updateSignInMethods(); // the address alone may name the provider
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
    m_configured = found;
    if (!found) {
        setSubTitle(tr("No settings found. Enter the servers your provider gives (manual setup)."));
        m_source->setText(
            tr("Heron could not find the servers of %1. Your provider's help pages name them.").arg(m_lookedUp));
        updateSignInMethods();
        return;
    }
    setSubTitle(tr("Settings found. Check them, or change them (manual setup)."));
    m_source->setText(tr("Found in %1.").arg(m_discovery->sourceDescription()));
    if (!m_edited) {
        const accounts::ProviderConfig &config = m_discovery->config();
        m_imap->setServer(config.imap.constFirst().endpoint);
        m_smtp->setServer(config.smtp.constFirst().endpoint);
        if (!config.imap.constFirst().username.isEmpty())
            m_userName->setText(config.imap.constFirst().username);
    }
    updateSignInMethods();
}

void AccountServersPage::updateSignInMethods()
{
    const QStringList hosts {m_imap->server().host, m_smtp->server().host};
    const std::optional<oauth::OAuth2Provider> known = m_providers.find(m_lookedUp, hosts);
    const bool configured = m_configured && m_discovery->found();
    std::optional<oauth::OAuth2Provider> offer;
    bool preselect = false;
    QStringList notes;
    const auto noClient = [](const QString &name) {
        return tr("%1 offers browser sign-in (OAuth 2.0), but Heron has no client ID for %1, so it cannot sign in "
                  "there that way. Use a password if %1 still accepts one (some providers call it an app "
                  "password); a client ID can be added in the profile's oauth2-providers.json.")
            .arg(name);
    };
    if (known && known->hasClient()) {
        offer = known;
        preselect = true;
    } else {
        if (configured && m_discovery->config().oauth2 && m_discovery->config().oauth2->isComplete()) {
            const oauth::OAuth2Provider published = m_providers.forEndpoints(*m_discovery->config().oauth2);
            if (published.hasClient()) {
                offer = published;
                preselect = onlyOAuth(m_discovery->config());
            } else {
                notes << noClient(published.name);
            }
        }
        if (!offer && known && notes.isEmpty())
            notes << noClient(known->name);
        if (!offer && configured && onlyOAuth(m_discovery->config()))
            notes << tr("The provider's settings say its servers accept browser sign-in only, so a password will "
                        "probably be refused.");
    }
    if (offer)
        notes << tr("With browser sign-in you sign in on %1's own page in your browser; Heron never sees your "
                    "password and needs none here.")
                     .arg(offer->name);
    notes << m_providers.problems();

    const AuthMethod previous = authMethod();
    {
        const QSignalBlocker blocker(m_method);
        m_method->clear();
        m_method->addItem(tr("Password"), int(AuthMethod::Password));
        if (offer)
            m_method->addItem(tr("Browser sign-in with %1 (OAuth 2.0)").arg(offer->name), int(AuthMethod::OAuth2));
        AuthMethod wanted = m_methodChosen ? previous : (preselect ? AuthMethod::OAuth2 : AuthMethod::Password);
        if (!offer)
            wanted = AuthMethod::Password;
        m_method->setCurrentIndex(m_method->findData(int(wanted)));
    }
    m_oauthProvider = offer;
    m_methodNote->setText(notes.join(QLatin1Char(' ')));
    m_methodNote->setVisible(!notes.isEmpty());
    onMethodChosen();
}

void AccountServersPage::onMethodChosen()
{
    m_login->setRowVisible(m_password, authMethod() == AuthMethod::Password);
    emit completeChanged();
}

AuthMethod AccountServersPage::authMethod() const
{
    return m_method->currentData().toInt() == int(AuthMethod::OAuth2) && m_oauthProvider ? AuthMethod::OAuth2
                                                                                         : AuthMethod::Password;
}

std::optional<oauth::OAuth2Provider> AccountServersPage::signInProvider() const
{
    return authMethod() == AuthMethod::OAuth2 ? m_oauthProvider : std::nullopt;
}

void AccountServersPage::fill(Account *account) const
{
    account->imap = m_imap->server();
    account->smtp = m_smtp->server();
    const QString user = m_userName->text().trimmed();
    account->login = Account::sameAddress(user, account->email) ? QString() : user;
    account->authMethod = authMethod();
    account->oauth2
        = account->authMethod == AuthMethod::OAuth2 ? m_oauthProvider->endpoints : accounts::OAuth2Endpoints();
}

bool AccountServersPage::isComplete() const
{
    return m_imap->isFilled() && m_smtp->isFilled()
        && (authMethod() == AuthMethod::OAuth2 || !m_password->text().isEmpty());
}

bool AccountServersPage::validatePage()
{
    m_discovery->cancel(); // the user chose these settings; a late answer must not change them
    return true;
}

} // namespace heron::ui
