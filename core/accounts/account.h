#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace heron::accounts {

// How a server connection is encrypted. There is no plain-text choice.
enum class Security {
    Tls, // implicit TLS from the first byte (IMAPS 993, submissions 465)
    StartTls, // plain greeting, then STARTTLS before anything else (143, 587)
};

enum class MailProtocol { Imap, Smtp };

// How an account logs in to its servers.
enum class AuthMethod {
    Password, // SASL PLAIN or LOGIN inside TLS, the password from the SecretStore
    OAuth2, // XOAUTH2 / OAUTHBEARER with an access token from the provider's OAuth 2.0 endpoints
};

// Where a provider signs users in with OAuth 2.0 (RFC 6749, with PKCE). The
// issuer names the provider: the client id Heron uses with it is looked up by
// issuer (oauth::OAuth2ProviderTable), never stored with the account.
struct OAuth2Endpoints
{
    QString issuer;
    QStringList scopes;
    QString authorizationUrl;
    QString tokenUrl;
    QString revocationUrl; // RFC 7009; may be empty

    bool isComplete() const { return !issuer.isEmpty() && !authorizationUrl.isEmpty() && !tokenUrl.isEmpty(); }
    bool operator==(const OAuth2Endpoints &) const = default;
};

// One server of an account: where it is and how it is reached.
struct ServerEndpoint
{
    QString host;
    quint16 port = 0;
    Security security = Security::Tls;

    bool operator==(const ServerEndpoint &) const = default;
};

// Another address the user sends from with an account (an alias the
// provider delivers to the same mailbox): the From chooser offers it, and a
// reply to mail sent to it goes out from it.
struct Identity
{
    QString name; // may be empty
    QString email;

    bool operator==(const Identity &) const = default;
};

// One mail account as the user configured it. A plain value: copy it, change
// it, hand it to AccountStore::update() to make the change last.
struct Account
{
    QString email; // the identity; compared case-insensitively
    QString displayName; // a label; may be empty
    QString login; // empty means: log in with the e-mail address
    AuthMethod authMethod = AuthMethod::Password;
    OAuth2Endpoints oauth2; // with AuthMethod::OAuth2: where the access tokens come from
    ServerEndpoint imap;
    ServerEndpoint smtp;
    QString caFile; // extra CA certificates (PEM) this account trusts; may be empty
    bool clientIdEnabled = true; // present this device's CLIENTID token (spec/clientid.md)
    bool serverSavesSent = false; // the SMTP server files sent mail itself: do not APPEND to Sent
    // "Keep mail offline": the GUI's syncs fetch whole messages too, not only their
    // headers (heronctl: sync --bodies), so they can be read without a connection.
    bool keepMailOffline = false;
    // Kept offline for the last N days only; headers always cover every message.
    // 0: bodies of all mail.
    int offlineBodyDays = 0;
    // Plain text put under "-- " at the end of what the user writes (new mail, replies above
    // the quote, forwards); empty: none.
    QString signature;
    // Folders the user chose for a role ("\\Sent", "\\Drafts", "\\Trash", "\\Archive",
    // "\\Junk") -> folder name; roles not chosen come from the server's SPECIAL-USE, else
    // from the folder's name (sync::FolderRoles).
    QHash<QString, QString> folderRoles;
    // The account's other addresses; its own (displayName, email) always comes first.
    QList<Identity> identities;
    // Certificates the user chose to trust for one host despite verification
    // errors: lower-case host name -> SHA-256 digests (raw bytes).
    QHash<QString, QList<QByteArray>> pinnedCertificates;

    bool operator==(const Account &) const = default;

    // The name to authenticate with: login when set, otherwise the address.
    QString loginName() const { return login.isEmpty() ? email : login; }
    // displayName when set, otherwise the address.
    QString label() const { return displayName.isEmpty() ? email : displayName; }

    const ServerEndpoint &server(MailProtocol protocol) const { return protocol == MailProtocol::Imap ? imap : smtp; }

    // Remembers a certificate digest for host (no duplicates).
    void pinCertificate(const QString &host, const QByteArray &sha256);

    // The well-known port: IMAP 993 (tls) / 143 (starttls), SMTP 465 / 587.
    static quint16 defaultPort(MailProtocol protocol, Security security);
    // "tls" / "starttls", as in the settings file and on the command line.
    static QString securityName(Security security);
    static std::optional<Security> securityFromName(QStringView name);
    // "imap" / "smtp".
    static QString protocolName(MailProtocol protocol);
    static std::optional<MailProtocol> protocolFromName(QStringView name);
    // True when a and b name the same mailbox for Heron's purposes (case-insensitive).
    static bool sameAddress(const QString &a, const QString &b);
};

} // namespace heron::accounts
