#include "device_refusal_dialog.h"

#include "accounts/secret_store.h"
#include "device_id_field.h"
#include "identity/device_identity.h"
#include "identity/registration_link.h"
#include "plain_text_label.h"
#include "qr_code_widget.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heron::ui {

DeviceRefusalDialog::DeviceRefusalDialog(accounts::Profile profile, QString accountEmail, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_accountEmail(std::move(accountEmail))
{
    setObjectName(QStringLiteral("DeviceRefusalDialog"));
    setWindowTitle(tr("This Device Is Not Approved — %1").arg(m_accountEmail));

    auto *heading = new QLabel(tr("<b>%1 cannot be used on this device yet</b>").arg(m_accountEmail.toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("DeviceRefusalHeading"));
    heading->setTextFormat(Qt::RichText);
    m_explanation = new PlainTextLabel(QStringLiteral("DeviceRefusalExplanation"));
    m_reply = new PlainTextLabel(QStringLiteral("DeviceRefusalServerReply"));
    m_steps = new PlainTextLabel(QStringLiteral("DeviceRefusalSteps"));

    m_token = new DeviceIdField;
    m_qrCode = new QrCodeWidget;
    m_qrCode->setObjectName(QStringLiteral("DeviceRefusalQrCode"));
    m_qrCode->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_showQr = buttons->addButton(tr("Show &QR Code"), QDialogButtonBox::ActionRole);
    m_showQr->setObjectName(QStringLiteral("ShowQrCodeButton"));
    m_showQr->setCheckable(true);
    connect(m_showQr, &QPushButton::toggled, this, &DeviceRefusalDialog::toggleQrCode);
    m_openPage = buttons->addButton(tr("&Open Registration Page"), QDialogButtonBox::ActionRole);
    m_openPage->setObjectName(QStringLiteral("OpenRegistrationPageButton"));
    connect(m_openPage, &QPushButton::clicked, this, &DeviceRefusalDialog::openRegistrationPage);
    m_tryAgain = buttons->addButton(tr("&Try Again"), QDialogButtonBox::AcceptRole);
    m_tryAgain->setObjectName(QStringLiteral("TryAgainButton"));
    m_tryAgain->setToolTip(tr("Connect again once the provider has approved this device"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("CloseButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit tryAgain(m_accountEmail);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reply);
    layout->addSpacing(6);
    auto *tokenLabel = new QLabel(tr("This device's ID for %1:").arg(m_accountEmail));
    tokenLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(tokenLabel);
    layout->addWidget(m_token);
    layout->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    layout->addWidget(m_steps);
    layout->addWidget(buttons);

    loadToken();
}

void DeviceRefusalDialog::setRefusal(accounts::MailProtocol protocol, const QString &host, const QString &serverReply)
{
    m_protocol = protocol;
    const QString server = (protocol == accounts::MailProtocol::Imap ? tr("the incoming mail server (IMAP) %1")
                                                                     : tr("the outgoing mail server (SMTP) %1"))
                               .arg(host);
    m_reply->setText(serverReply.isEmpty() ? tr("Refused by %1.").arg(server)
                                           : tr("The reply of %1: “%2”").arg(server, serverReply));
    loadToken(); // a reset since the last refusal means a new ID to register
    // The link from this reply, else one an earlier refusal named.
    m_link = identity::RegistrationLink::fromReply(serverReply);
    if (!m_link.isValid()) {
        accounts::SecretStore secrets(m_profile);
        m_link = identity::RegistrationLink::fromStatuses(
            identity::DeviceIdentity(m_profile, secrets).serverStatuses(m_accountEmail));
    }
    m_openPage->setVisible(m_link.isValid());
    m_openPage->setToolTip(m_link.isValid() ? tr("Opens %1 in your browser").arg(m_link.toString()) : QString());
    m_steps->setText(
        m_link.isValid()
            ? tr("Register this device on your provider's page (%1): open it, or copy the device ID or scan the QR "
                 "code there. Once the device is approved, press Try Again.")
                  .arg(m_link.host())
            : tr("Register this device with your provider, usually as a new device in its web portal, with the "
                 "device ID above (copy it, or scan the QR code). Once the device is approved, press Try Again."));
}

QString DeviceRefusalDialog::token() const
{
    return m_token->token();
}

void DeviceRefusalDialog::openRegistrationPage()
{
    if (m_link.isValid())
        QDesktopServices::openUrl(m_link);
}

void DeviceRefusalDialog::loadToken()
{
    const QString explanation = tr("Your provider allows this account only on devices the account owner has "
                                   "approved. This device is not approved yet. Heron did not send the password.");
    accounts::SecretStore secrets(m_profile);
    identity::DeviceIdentity identity(m_profile, secrets);
    QString error;
    const bool loaded = identity.load(&error);
    const QString token = loaded ? identity.token(m_accountEmail) : QString();
    m_explanation->setText(loaded ? explanation : explanation + QLatin1Char(' ') + error);
    m_token->setToken(token);
    m_qrCode->setText(token.toLatin1());
    m_showQr->setEnabled(!token.isEmpty());
}

void DeviceRefusalDialog::toggleQrCode()
{
    m_qrCode->setVisible(m_showQr->isChecked());
    m_showQr->setText(m_showQr->isChecked() ? tr("Hide &QR Code") : tr("Show &QR Code"));
    adjustSize();
}

} // namespace heron::ui
