#include "accounts/account_store.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace heron::accounts {

namespace {

const QString kArray = QStringLiteral("accounts");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString statusMessage(const QSettings &settings)
{
    switch (settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return AccountStore::tr("The settings file %1 cannot be read or written; check its permissions.")
            .arg(settings.fileName());
    case QSettings::FormatError:
        return AccountStore::tr("The settings file %1 is damaged; fix or move it aside.").arg(settings.fileName());
    }
    return {};
}

void writeServer(QSettings &settings, const QString &prefix, const ServerEndpoint &server)
{
    settings.setValue(prefix + QStringLiteral("_host"), server.host);
    settings.setValue(prefix + QStringLiteral("_port"), server.port);
    settings.setValue(prefix + QStringLiteral("_security"), Account::securityName(server.security));
}

ServerEndpoint readServer(const QSettings &settings, const QString &prefix, MailProtocol protocol)
{
    ServerEndpoint server;
    server.host = settings.value(prefix + QStringLiteral("_host")).toString();
    server.security = Account::securityFromName(settings.value(prefix + QStringLiteral("_security")).toString())
                          .value_or(Security::Tls);
    bool ok = false;
    const uint port = settings.value(prefix + QStringLiteral("_port")).toUInt(&ok);
    server.port = ok && port >= 1 && port <= 65535 ? static_cast<quint16>(port)
                                                   : Account::defaultPort(protocol, server.security);
    return server;
}

// "oauth2" marks an OAuth account; anything else (or nothing) is a password account.
const QString kOAuth2 = QStringLiteral("oauth2");

void writeAuth(QSettings &settings, const Account &account)
{
    const bool oauth = account.authMethod == AuthMethod::OAuth2;
    settings.setValue(QStringLiteral("auth"), oauth ? kOAuth2 : QStringLiteral("password"));
    const QStringList keys {QStringLiteral("oauth2_issuer"), QStringLiteral("oauth2_authorization_url"),
                            QStringLiteral("oauth2_token_url"), QStringLiteral("oauth2_revocation_url"),
                            QStringLiteral("oauth2_scopes")};
    if (!oauth) {
        for (const QString &key : keys)
            settings.remove(key);
        return;
    }
    const OAuth2Endpoints &endpoints = account.oauth2;
    settings.setValue(keys[0], endpoints.issuer);
    settings.setValue(keys[1], endpoints.authorizationUrl);
    settings.setValue(keys[2], endpoints.tokenUrl);
    settings.setValue(keys[3], endpoints.revocationUrl);
    settings.setValue(keys[4], endpoints.scopes.join(QLatin1Char(' ')));
}

void readAuth(const QSettings &settings, Account *account)
{
    if (settings.value(QStringLiteral("auth")).toString() != kOAuth2)
        return;
    account->authMethod = AuthMethod::OAuth2;
    OAuth2Endpoints &endpoints = account->oauth2;
    endpoints.issuer = settings.value(QStringLiteral("oauth2_issuer")).toString();
    endpoints.authorizationUrl = settings.value(QStringLiteral("oauth2_authorization_url")).toString();
    endpoints.tokenUrl = settings.value(QStringLiteral("oauth2_token_url")).toString();
    endpoints.revocationUrl = settings.value(QStringLiteral("oauth2_revocation_url")).toString();
    endpoints.scopes
        = settings.value(QStringLiteral("oauth2_scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Pins are stored as "host sha256-hex" strings: readable and easy to edit by hand.
// "address<TAB>name" per identity: a tab is in neither an address nor a name the dialog accepts.
QStringList identitiesToStrings(const QList<Identity> &identities)
{
    QStringList lines;
    for (const Identity &identity : identities)
        lines << identity.email + QLatin1Char('\t') + identity.name;
    return lines;
}

QList<Identity> identitiesFromStrings(const QStringList &lines)
{
    QList<Identity> identities;
    for (const QString &line : lines) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        Identity identity {tab < 0 ? QString() : line.mid(tab + 1), tab < 0 ? line : line.left(tab)};
        if (!identity.email.trimmed().isEmpty())
            identities.append(identity);
    }
    return identities;
}

// "\\Sent<TAB>folder name" per role, sorted so the file does not change from run to run.
QStringList rolesToStrings(const QHash<QString, QString> &roles)
{
    QStringList lines;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        lines << it.key() + QLatin1Char('\t') + it.value();
    lines.sort();
    return lines;
}

QHash<QString, QString> rolesFromStrings(const QStringList &lines)
{
    QHash<QString, QString> roles;
    for (const QString &line : lines) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0 && tab + 1 < line.size())
            roles.insert(line.left(tab), line.mid(tab + 1));
    }
    return roles;
}

QStringList pinsToStrings(const QHash<QString, QList<QByteArray>> &pins)
{
    QStringList lines;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        for (const QByteArray &digest : it.value())
            lines << it.key() + QLatin1Char(' ') + QString::fromLatin1(digest.toHex());
    }
    lines.sort();
    return lines;
}

QHash<QString, QList<QByteArray>> pinsFromStrings(const QStringList &lines)
{
    QHash<QString, QList<QByteArray>> pins;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2)
            continue;
        const QByteArray digest = QByteArray::fromHex(parts.at(1).toLatin1());
        if (digest.size() != 32)
            continue;
        QList<QByteArray> &list = pins[parts.at(0).toLower()];
        if (!list.contains(digest))
            list.append(digest);
    }
    return pins;
}

QString validate(const Account &account)
{
    if (account.email.trimmed().isEmpty() || !account.email.contains(QLatin1Char('@')))
        return AccountStore::tr("An account needs an e-mail address.");
    if (account.imap.host.isEmpty() || account.imap.port == 0)
        return AccountStore::tr("The account %1 needs an IMAP server and port.").arg(account.email);
    if (account.smtp.host.isEmpty() || account.smtp.port == 0)
        return AccountStore::tr("The account %1 needs an SMTP server and port.").arg(account.email);
    if (account.authMethod == AuthMethod::OAuth2) {
        const OAuth2Endpoints &endpoints = account.oauth2;
        if (!endpoints.isComplete())
            return AccountStore::tr("The account %1 signs in with OAuth but lacks its provider's addresses.")
                .arg(account.email);
        for (const QString &url : {endpoints.authorizationUrl, endpoints.tokenUrl, endpoints.revocationUrl}) {
            if (!url.isEmpty() && !url.startsWith(QLatin1String("https://")))
                return AccountStore::tr("The OAuth address %1 of %2 is not https; Heron signs in over TLS only.")
                    .arg(url, account.email);
        }
    }
    return {};
}

} // namespace

AccountStore::AccountStore(const Profile &profile)
    : AccountStore(profile.settingsFile())
{
}

AccountStore::AccountStore(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{
}

QList<Account> AccountStore::list(QString *error) const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    if (const QString problem = statusMessage(settings); !problem.isEmpty()) {
        setError(error, problem);
        return {};
    }
    QList<Account> accounts;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.email = settings.value(QStringLiteral("email")).toString();
        if (account.email.isEmpty())
            continue;
        account.displayName = settings.value(QStringLiteral("name")).toString();
        account.login = settings.value(QStringLiteral("login")).toString();
        readAuth(settings, &account);
        account.imap = readServer(settings, QStringLiteral("imap"), MailProtocol::Imap);
        account.smtp = readServer(settings, QStringLiteral("smtp"), MailProtocol::Smtp);
        account.caFile = settings.value(QStringLiteral("ca_file")).toString();
        account.clientIdEnabled = settings.value(QStringLiteral("clientid_enabled"), true).toBool();
        account.serverSavesSent = settings.value(QStringLiteral("server_saves_sent"), false).toBool();
        account.offlineBodyDays = qMax(0, settings.value(QStringLiteral("offline_body_days"), 0).toInt());
        account.signature = settings.value(QStringLiteral("signature")).toString();
        account.keepMailOffline = settings.value(QStringLiteral("keep_mail_offline"), false).toBool();
        account.folderRoles = rolesFromStrings(settings.value(QStringLiteral("folder_roles")).toStringList());
        account.identities = identitiesFromStrings(settings.value(QStringLiteral("identities")).toStringList());
        account.pinnedCertificates
            = pinsFromStrings(settings.value(QStringLiteral("pinned_certificates")).toStringList());
        accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

std::optional<Account> AccountStore::find(const QString &email, QString *error) const
{
    const QList<Account> accounts = list(error);
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(), [&email](const Account &account) {
        return Account::sameAddress(account.email, email);
    });
    if (it == accounts.cend())
        return std::nullopt;
    return *it;
}

bool AccountStore::add(const Account &account, QString *error)
{
    if (const QString problem = validate(account); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QString readError;
    QList<Account> accounts = list(&readError);
    if (!readError.isEmpty()) {
        setError(error, readError);
        return false;
    }
    for (const Account &existing : accounts) {
        if (Account::sameAddress(existing.email, account.email)) {
            setError(error, AccountStore::tr("The profile already has an account for %1.").arg(existing.email));
            return false;
        }
    }
    accounts.append(account);
    return save(accounts, error);
}

bool AccountStore::update(const Account &account, QString *error)
{
    if (const QString problem = validate(account); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    QString readError;
    QList<Account> accounts = list(&readError);
    if (!readError.isEmpty()) {
        setError(error, readError);
        return false;
    }
    for (Account &existing : accounts) {
        if (Account::sameAddress(existing.email, account.email)) {
            existing = account;
            return save(accounts, error);
        }
    }
    setError(error, AccountStore::tr("The profile has no account for %1.").arg(account.email));
    return false;
}

bool AccountStore::remove(const QString &email, QString *error)
{
    QString readError;
    QList<Account> accounts = list(&readError);
    if (!readError.isEmpty()) {
        setError(error, readError);
        return false;
    }
    const auto removed
        = accounts.removeIf([&email](const Account &account) { return Account::sameAddress(account.email, email); });
    if (removed == 0) {
        setError(error, AccountStore::tr("The profile has no account for %1.").arg(email));
        return false;
    }
    return save(accounts, error);
}

bool AccountStore::save(const QList<Account> &accounts, QString *error)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.remove(kArray); // drop indices beyond the new size
    settings.beginWriteArray(kArray, static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("email"), account.email);
        settings.setValue(QStringLiteral("name"), account.displayName);
        settings.setValue(QStringLiteral("login"), account.login);
        writeAuth(settings, account);
        writeServer(settings, QStringLiteral("imap"), account.imap);
        writeServer(settings, QStringLiteral("smtp"), account.smtp);
        settings.setValue(QStringLiteral("ca_file"), account.caFile);
        settings.setValue(QStringLiteral("clientid_enabled"), account.clientIdEnabled);
        settings.setValue(QStringLiteral("server_saves_sent"), account.serverSavesSent);
        settings.setValue(QStringLiteral("offline_body_days"), account.offlineBodyDays);
        settings.setValue(QStringLiteral("signature"), account.signature);
        settings.setValue(QStringLiteral("keep_mail_offline"), account.keepMailOffline);
        if (account.folderRoles.isEmpty())
            settings.remove(QStringLiteral("folder_roles"));
        else
            settings.setValue(QStringLiteral("folder_roles"), rolesToStrings(account.folderRoles));
        if (account.identities.isEmpty())
            settings.remove(QStringLiteral("identities"));
        else
            settings.setValue(QStringLiteral("identities"), identitiesToStrings(account.identities));
        if (account.pinnedCertificates.isEmpty())
            settings.remove(QStringLiteral("pinned_certificates"));
        else
            settings.setValue(QStringLiteral("pinned_certificates"), pinsToStrings(account.pinnedCertificates));
    }
    settings.endArray();
    settings.sync();
    if (const QString problem = statusMessage(settings); !problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    return true;
}

} // namespace heron::accounts
