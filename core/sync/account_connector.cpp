#include "account_connector.h"

#include "accounts/secret_store.h"
#include "identity/client_id_token.h"
#include "identity/device_identity.h"
#include "net/tls_policy.h"
#include "oauth/oauth2_token_source.h"
#include "sync/session_settings.h"

#include <QCoreApplication>

namespace heron::sync {

AccountConnector::AccountConnector(accounts::Profile profile, accounts::Account account)
    : m_profile(std::move(profile))
    , m_account(std::move(account))
{
}

std::optional<AccountConnector::Credentials> AccountConnector::credentials(QString *error)
{
    m_signInNeeded = false;
    Credentials credentials;
    QString caError;
    if (!buildTlsPolicy(m_account, &credentials.tls, &caError)) {
        *error = AccountConnector::tr("The CA file of %1 cannot be used: %2").arg(m_account.email, caError);
        return std::nullopt;
    }

    if (m_account.authMethod == accounts::AuthMethod::OAuth2) {
        const oauth::OAuth2TokenSource::Result token
            = oauth::OAuth2TokenSource(m_profile, m_account, credentials.tls).accessToken();
        if (token.status != oauth::OAuth2TokenSource::Status::Ok) {
            m_signInNeeded = token.status == oauth::OAuth2TokenSource::Status::SignInNeeded;
            *error = token.error;
            return std::nullopt;
        }
        credentials.password = token.accessToken;
    } else {
        accounts::SecretStore secrets(m_profile);
        const accounts::SecretStore::ReadResult stored
            = secrets.read(accounts::SecretStore::passwordKey(m_account.email));
        if (!stored.ok()) {
            *error = stored.status == accounts::SecretStore::Status::NotFound
                ? AccountConnector::tr("No password is stored for %1.").arg(m_account.email)
                : AccountConnector::tr("Cannot read the password of %1: %2").arg(m_account.email, stored.error);
            return std::nullopt;
        }
        credentials.password = QString::fromUtf8(stored.value);
    }

    if (!loadClientIdToken(m_profile, m_account, &m_token, error))
        return std::nullopt; // no token means no CLIENTID, and a provider that requires it would refuse the login
    credentials.token = m_token;
    return credentials;
}

bool AccountConnector::renewAccessToken()
{
    if (m_account.authMethod != accounts::AuthMethod::OAuth2)
        return false;
    oauth::OAuth2TokenSource::invalidate(m_profile, m_account.email);
    return true;
}

std::optional<imap::ImapSettings> AccountConnector::imapSettings(QString *error)
{
    const std::optional<Credentials> found = credentials(error);
    if (!found)
        return std::nullopt;
    return SessionSettings::imap(m_account, found->password, found->tls, found->token);
}

void AccountConnector::recordClientIdStatus(const imap::ImapSession &session)
{
    recordClientIdStatus(m_profile, m_account, session);
}

bool AccountConnector::buildTlsPolicy(const accounts::Account &account, net::TlsPolicy *policy, QString *caFileError)
{
    *policy = net::TlsPolicy();
    if (!account.caFile.isEmpty() && !policy->addCaFile(account.caFile, caFileError))
        return false;
    for (auto it = account.pinnedCertificates.cbegin(); it != account.pinnedCertificates.cend(); ++it) {
        for (const QByteArray &digest : it.value())
            policy->pinCertificate(it.key(), digest);
    }
    return true;
}

bool AccountConnector::removeSignIn(const accounts::Profile &profile, const accounts::Account &account, QString *error)
{
    net::TlsPolicy tls;
    QString caError;
    buildTlsPolicy(account, &tls, &caError);
    return oauth::OAuth2TokenSource(profile, account, tls).remove(error);
}

bool AccountConnector::loadClientIdToken(const accounts::Profile &profile, const accounts::Account &account,
                                         QString *token, QString *error)
{
    token->clear();
    if (!account.clientIdEnabled)
        return true;
    accounts::SecretStore secrets(profile);
    identity::DeviceIdentity identity(profile, secrets);
    if (!identity.load(error))
        return false;
    *token = identity.token(account.email);
    return true;
}

std::optional<identity::ClientIdServerStatus> AccountConnector::imapClientIdStatus(const accounts::Account &account,
                                                                                   const imap::ImapSession &session)
{
    if (session.capabilities().isEmpty() && !session.clientIdReply())
        return std::nullopt; // never got far enough to learn anything
    identity::ClientIdServerStatus status;
    status.protocol = accounts::MailProtocol::Imap;
    status.host = account.imap.host.toLower();
    status.advertised = session.clientIdAdvertised();
    if (const auto &reply = session.clientIdReply())
        status.lastReply = QString::fromLatin1(imap::statusKeyword(reply->status)) + QLatin1Char(' ') + reply->text;
    status.at = QDateTime::currentDateTimeUtc();
    return status;
}

void AccountConnector::recordClientIdStatus(const accounts::Profile &profile, const accounts::Account &account,
                                            const imap::ImapSession &session)
{
    if (const std::optional<identity::ClientIdServerStatus> status = imapClientIdStatus(account, session))
        recordClientIdStatus(profile, account, *status);
}

void AccountConnector::recordClientIdStatus(const accounts::Profile &profile, const accounts::Account &account,
                                            const identity::ClientIdServerStatus &status)
{
    accounts::SecretStore secrets(profile);
    identity::DeviceIdentity(profile, secrets).setServerStatus(account.email, status);
}

QString AccountConnector::explain(const imap::ImapError &error) const
{
    if (error.kind != imap::ImapError::Kind::DeviceRefused)
        return error.message;
    return error.message + QLatin1Char(' ')
        + AccountConnector::tr(
              "This device's ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new "
              "device), then get messages again.")
              .arg(m_account.email, QString::fromLatin1(identity::ClientIdToken::kType), m_token);
}

} // namespace heron::sync
