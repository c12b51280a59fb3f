#include "account_connector.h"

#include "accounts/secret_store.h"
#include "identity/client_id_token.h"
#include "identity/device_identity.h"
#include "net/tls_policy.h"
#include "sync/session_settings.h"

#include <QCoreApplication>

namespace heron::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("heron::sync::AccountConnector", text);
}

} // namespace

AccountConnector::AccountConnector(accounts::Profile profile, accounts::Account account)
    : m_profile(std::move(profile))
    , m_account(std::move(account))
{
}

std::optional<imap::ImapSettings> AccountConnector::imapSettings(QString *error)
{
    accounts::SecretStore secrets(m_profile);
    const accounts::SecretStore::ReadResult stored = secrets.read(accounts::SecretStore::passwordKey(m_account.email));
    if (!stored.ok()) {
        *error = stored.status == accounts::SecretStore::Status::NotFound
            ? tr("No password is stored for %1.").arg(m_account.email)
            : tr("Cannot read the password of %1: %2").arg(m_account.email, stored.error);
        return std::nullopt;
    }
    const QString password = QString::fromUtf8(stored.value);

    net::TlsPolicy tls;
    if (!m_account.caFile.isEmpty()) {
        QString caError;
        if (!tls.addCaFile(m_account.caFile, &caError)) {
            *error = tr("The CA file of %1 cannot be used: %2").arg(m_account.email, caError);
            return std::nullopt;
        }
    }
    for (auto it = m_account.pinnedCertificates.cbegin(); it != m_account.pinnedCertificates.cend(); ++it) {
        for (const QByteArray &digest : it.value())
            tls.pinCertificate(it.key(), digest);
    }

    m_token.clear();
    if (m_account.clientIdEnabled) {
        identity::DeviceIdentity identity(m_profile, secrets);
        QString identityError;
        if (!identity.load(&identityError)) {
            // No token means no CLIENTID, and a provider that requires it would refuse the login.
            *error = identityError;
            return std::nullopt;
        }
        m_token = identity.token(m_account.email);
    }
    return SessionSettings::imap(m_account, password, tls, m_token);
}

void AccountConnector::recordClientIdStatus(const imap::ImapSession &session)
{
    if (session.capabilities().isEmpty() && !session.clientIdReply())
        return; // never got far enough to learn anything
    identity::ClientIdServerStatus status;
    status.protocol = accounts::MailProtocol::Imap;
    status.host = m_account.imap.host.toLower();
    status.advertised = session.clientIdAdvertised();
    if (const auto &reply = session.clientIdReply())
        status.lastReply = QString::fromLatin1(imap::statusKeyword(reply->status)) + QLatin1Char(' ') + reply->text;
    status.at = QDateTime::currentDateTimeUtc();
    accounts::SecretStore secrets(m_profile);
    identity::DeviceIdentity(m_profile, secrets).setServerStatus(m_account.email, status);
}

QString AccountConnector::explain(const imap::ImapError &error) const
{
    if (error.kind != imap::ImapError::Kind::DeviceRefused)
        return error.message;
    return error.message + QLatin1Char(' ')
        + tr("This device's ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new "
             "device), then get messages again.")
              .arg(m_account.email, QString::fromLatin1(identity::ClientIdToken::kType), m_token);
}

} // namespace heron::sync
