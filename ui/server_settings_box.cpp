#include "server_settings_box.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace heron::ui {

using accounts::Account;
using accounts::Security;

ServerSettingsBox::ServerSettingsBox(accounts::MailProtocol protocol, const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_protocol(protocol)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_security(new QComboBox)
{
    const QString prefix = protocol == accounts::MailProtocol::Imap ? QStringLiteral("Imap") : QStringLiteral("Smtp");
    m_host->setObjectName(prefix + QStringLiteral("Host"));
    m_port->setObjectName(prefix + QStringLiteral("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(Account::defaultPort(protocol, Security::Tls));
    m_security->setObjectName(prefix + QStringLiteral("Security"));
    m_security->addItem(tr("SSL/TLS"), QVariant::fromValue(int(Security::Tls)));
    m_security->addItem(tr("STARTTLS"), QVariant::fromValue(int(Security::StartTls)));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);

    // The well-known port follows the security choice unless the user picked another one.
    connect(m_security, &QComboBox::activated, this, [this] {
        const Security chosen = server().security;
        const Security other = chosen == Security::Tls ? Security::StartTls : Security::Tls;
        if (m_port->value() == Account::defaultPort(m_protocol, other))
            m_port->setValue(Account::defaultPort(m_protocol, chosen));
        emit edited();
    });
    connect(m_host, &QLineEdit::textEdited, this, &ServerSettingsBox::edited);
    connect(m_host, &QLineEdit::textChanged, this, &ServerSettingsBox::hostChanged);
    // editingFinished: typing in the spin box, not setValue() from the program.
    connect(m_port, &QSpinBox::editingFinished, this, &ServerSettingsBox::edited);
}

void ServerSettingsBox::setServer(const accounts::ServerEndpoint &server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_security->setCurrentIndex(m_security->findData(int(server.security)));
}

accounts::ServerEndpoint ServerSettingsBox::server() const
{
    return {m_host->text().trimmed(), quint16(m_port->value()), Security(m_security->currentData().toInt())};
}

bool ServerSettingsBox::isFilled() const
{
    return !m_host->text().trimmed().isEmpty();
}

void ServerSettingsBox::clear()
{
    m_host->clear();
}

} // namespace heron::ui
