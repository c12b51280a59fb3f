#include "account_commands.h"
#include "cli_text.h"

#include "account_resolver.h"
#include "accounts/account.h"
#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "command_spec.h"
#include "identity/device_identity.h"
#include "invocation.h"
#include "net/tls_policy.h"
#include "oauth/oauth2_provider_table.h"
#include "oauth/oauth2_sign_in.h"
#include "oauth/oauth2_token_source.h"
#include "sync/account_connector.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace heron::cli {

namespace {

// HOST[:PORT] or [IPv6]:PORT, already checked by the command table.
void splitHostPort(const QString &text, QString *host, std::optional<quint16> *port)
{
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        *host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        *host = text.left(colon);
        portText = text.mid(colon + 1);
    } else {
        *host = text;
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    *port = ok && number >= 1 && number <= 65535 ? std::optional<quint16>(static_cast<quint16>(number)) : std::nullopt;
}

accounts::ServerEndpoint endpointFrom(const Invocation &invocation, const QString &option,
                                      accounts::MailProtocol protocol)
{
    accounts::ServerEndpoint server;
    std::optional<quint16> port;
    splitHostPort(invocation.value(option), &server.host, &port);
    server.host = server.host.toLower();
    server.security = accounts::Account::securityFromName(invocation.value(option + QStringLiteral("-security")))
                          .value_or(accounts::Security::Tls);
    server.port = port.value_or(accounts::Account::defaultPort(protocol, server.security));
    return server;
}

QString describeServer(const accounts::ServerEndpoint &server)
{
    const bool ipv6 = server.host.contains(QLatin1Char(':'));
    return QStringLiteral("%1:%2 (%3)")
        .arg(ipv6 ? QLatin1Char('[') + server.host + QLatin1Char(']') : server.host)
        .arg(server.port)
        .arg(accounts::Account::securityName(server.security));
}

QJsonObject serverToJson(const accounts::ServerEndpoint &server)
{
    return {{QStringLiteral("host"), server.host},
            {QStringLiteral("port"), server.port},
            {QStringLiteral("security"), accounts::Account::securityName(server.security)}};
}

// How long heronctl waits for the browser to come back.
constexpr int kSignInTimeoutMs = 10 * 60 * 1000;

// One browser sign-in: the address to open goes to err; nullopt with *error on failure.
std::optional<oauth::OAuth2Tokens> signInInBrowser(const accounts::Profile &profile, const accounts::Account &account,
                                                   QTextStream &err, QString *error)
{
    net::TlsPolicy tls;
    if (!sync::AccountConnector::buildTlsPolicy(account, &tls, error))
        return std::nullopt;
    const oauth::OAuth2Provider provider = oauth::OAuth2ProviderTable::forAccount(profile, account);
    oauth::OAuth2SignIn signIn(provider, tls);
    std::optional<oauth::OAuth2Tokens> tokens;
    QEventLoop loop;
    QObject::connect(&signIn, &oauth::OAuth2SignIn::openBrowser, &loop, [&](const QUrl &url) {
        err << CliText::tr("To sign in to %1 as %2, open this address in a browser:").arg(provider.name, account.email)
            << '\n'
            << url.toString(QUrl::FullyEncoded) << '\n';
        err.flush();
    });
    QObject::connect(&signIn, &oauth::OAuth2SignIn::signedIn, &loop, [&](const oauth::OAuth2Tokens &received) {
        tokens = received;
        loop.quit();
    });
    QObject::connect(&signIn, &oauth::OAuth2SignIn::failed, &loop, [&](const QString &why) {
        *error = why;
        loop.quit();
    });
    QTimer::singleShot(kSignInTimeoutMs, &loop, [&] {
        *error = CliText::tr("the browser did not come back within %n minute(s).", nullptr, kSignInTimeoutMs / 60000);
        loop.quit();
    });
    signIn.start(account.email);
    loop.exec();
    return tokens;
}

// The provider for a new OAuth account: --oauth-issuer, else the one serving its address or servers.
std::optional<oauth::OAuth2Provider> providerFor(const Invocation &invocation, const accounts::Profile &profile,
                                                 const accounts::Account &account)
{
    const oauth::OAuth2ProviderTable table = oauth::OAuth2ProviderTable::load(profile);
    if (invocation.isSet(QStringLiteral("oauth-issuer")))
        return table.byIssuer(invocation.value(QStringLiteral("oauth-issuer")));
    return table.find(account.email, {account.imap.host, account.smtp.host});
}

// Stores the account, then its secret; without the secret the account is taken back
// (an account that cannot log in would only fail later).
ExitCode storeAccount(const accounts::Profile &profile, const accounts::Account &account, const QString &secretKey,
                      const QByteArray &secret, QString *error)
{
    accounts::AccountStore store(profile);
    if (!store.add(account, error))
        return ExitCode::Failure;
    accounts::SecretStore secrets(profile);
    if (secrets.write(secretKey, secret, error))
        return ExitCode::Done;
    QString ignored;
    store.remove(account.email, &ignored);
    *error = CliText::tr("the password or sign-in could not be stored, so the account was not added: %1").arg(*error);
    return ExitCode::Failure;
}

// The password comes before anything is stored, so a refusal leaves no half-added account.
ExitCode addWithPassword(const Invocation &invocation, const accounts::Profile &profile,
                         const accounts::Account &account, QTextStream &err, QString *error)
{
    std::optional<QString> password;
    if (invocation.isSet(QStringLiteral("password-stdin"))) {
        password = AccountResolver::readStdinLine();
        if (!password || password->isEmpty()) {
            *error = CliText::tr("--password-stdin read no password: standard input was empty.");
            return ExitCode::Usage;
        }
    } else {
        password = AccountResolver::promptPassword(CliText::tr("Password for %1: ").arg(account.loginName()), err);
        if (!password) {
            *error = CliText::tr(
                "standard input is not a terminal, so the password cannot be asked for; pipe it in with "
                "--password-stdin, e.g. printf '%s\\n' \"$PASSWORD\" | heronctl account add ... --password-stdin");
            return ExitCode::Usage;
        }
        if (password->isEmpty()) {
            *error = CliText::tr("no password was entered.");
            return ExitCode::Usage;
        }
    }
    return storeAccount(profile, account, accounts::SecretStore::passwordKey(account.email), password->toUtf8(), error);
}

// The browser sign-in comes before anything is stored, like the password.
ExitCode addSignedIn(const accounts::Profile &profile, const accounts::Account &account, QTextStream &err,
                     QString *error)
{
    const std::optional<oauth::OAuth2Tokens> tokens = signInInBrowser(profile, account, err, error);
    if (!tokens)
        return ExitCode::Authentication;
    return storeAccount(profile, account, accounts::SecretStore::oauth2TokensKey(account.email), tokens->toJson(),
                        error);
}

// The account a command names by its address (account signin, account remove).
struct NamedAccount
{
    std::optional<accounts::Profile> profile;
    std::optional<accounts::Account> account; // nullopt: said on err, exit with exitCode
    ExitCode exitCode = ExitCode::Failure;
};

NamedAccount namedAccount(const Invocation &invocation, QTextStream &err, const QString &prefix)
{
    NamedAccount named;
    const QString address = invocation.positionals().value(0);
    named.profile = AccountResolver::openProfile(invocation, err);
    if (!named.profile)
        return named;
    QString error;
    named.account = accounts::AccountStore(*named.profile).find(address, &error);
    if (!error.isEmpty()) {
        named.account.reset();
        err << prefix << error << '\n';
    } else if (!named.account) {
        err << prefix
            << CliText::tr("the profile %1 has no account %2; `heronctl account list` shows its accounts.")
                   .arg(named.profile->directory(), address)
            << '\n';
        named.exitCode = ExitCode::Usage;
    }
    return named;
}

} // namespace

QJsonObject accountToJson(const accounts::Account &account)
{
    QJsonObject pins;
    for (auto it = account.pinnedCertificates.cbegin(); it != account.pinnedCertificates.cend(); ++it) {
        QJsonArray digests;
        for (const QByteArray &digest : it.value())
            digests.append(QString::fromLatin1(digest.toHex()));
        pins.insert(it.key(), digests);
    }
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {
        {QStringLiteral("email"), account.email},
        {QStringLiteral("name"), orNull(account.displayName)},
        {QStringLiteral("login"), account.loginName()},
        {QStringLiteral("auth"),
         account.authMethod == accounts::AuthMethod::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("password")},
        {QStringLiteral("oauth_issuer"), orNull(account.oauth2.issuer)},
        {QStringLiteral("imap"), serverToJson(account.imap)},
        {QStringLiteral("smtp"), serverToJson(account.smtp)},
        {QStringLiteral("ca_file"), orNull(account.caFile)},
        {QStringLiteral("clientid_enabled"), account.clientIdEnabled},
        {QStringLiteral("server_saves_sent"), account.serverSavesSent},
        {QStringLiteral("offline_body_days"), account.offlineBodyDays},
        {QStringLiteral("pinned_certificates"), pins}};
}

ExitCode runAccountAdd(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](ExitCode code, const QString &message) {
        err << "heronctl account add: " << message << '\n';
        return code;
    };

    accounts::Account account;
    account.email = invocation.value(QStringLiteral("email"));
    account.displayName = invocation.value(QStringLiteral("name"));
    account.login = invocation.value(QStringLiteral("login"));
    account.imap = endpointFrom(invocation, QStringLiteral("imap"), accounts::MailProtocol::Imap);
    account.smtp = endpointFrom(invocation, QStringLiteral("smtp"), accounts::MailProtocol::Smtp);
    account.clientIdEnabled = !invocation.isSet(QStringLiteral("no-clientid"));
    account.offlineBodyDays = invocation.value(QStringLiteral("offline-days")).toInt();

    if (invocation.isSet(QStringLiteral("ca-file"))) {
        const QString caFile = invocation.value(QStringLiteral("ca-file"));
        if (!QFileInfo::exists(caFile))
            return fail(ExitCode::Usage, CliText::tr("the CA file %1 does not exist.").arg(caFile));
        net::TlsPolicy check;
        QString error;
        if (!check.addCaFile(caFile, &error))
            return fail(ExitCode::Usage, error);
        account.caFile = QFileInfo(caFile).absoluteFilePath();
    }

    const auto profile = AccountResolver::openProfile(invocation, err);
    if (!profile)
        return ExitCode::Failure;
    accounts::AccountStore store(*profile);
    QString error;
    if (const auto existing = store.find(account.email, &error))
        return fail(ExitCode::Failure,
                    CliText::tr("the profile already has an account for %1; remove it first with "
                                "`heronctl account remove %1`.")
                        .arg(existing->email));
    if (!error.isEmpty())
        return fail(ExitCode::Failure, error);

    if (invocation.isSet(QStringLiteral("oauth"))) {
        const std::optional<oauth::OAuth2Provider> provider = providerFor(invocation, *profile, account);
        if (!provider)
            return fail(ExitCode::Usage,
                        CliText::tr("Heron knows no OAuth provider for %1; name one with --oauth-issuer, or add it to "
                                    "%2.")
                            .arg(account.email, oauth::OAuth2ProviderTable::profileFile(*profile)));
        account.authMethod = accounts::AuthMethod::OAuth2;
        account.oauth2 = provider->endpoints;
    }
    accounts::SecretStore secrets(*profile);
    const ExitCode stored = account.authMethod == accounts::AuthMethod::OAuth2
        ? addSignedIn(*profile, account, err, &error)
        : addWithPassword(invocation, *profile, account, err, &error);
    if (stored != ExitCode::Done)
        return fail(stored, error);

    // Make sure this install has its device secret, so `heronctl clientid` can show the token now.
    QString identityWarning;
    if (account.clientIdEnabled) {
        identity::DeviceIdentity identity(*profile, secrets);
        if (!identity.load(&error))
            identityWarning = error;
    }

    if (invocation.json()) {
        out << QString::fromUtf8(QJsonDocument(accountToJson(account)).toJson(QJsonDocument::Indented));
    } else {
        out << CliText::tr("Added %1: IMAP %2, SMTP %3.")
                   .arg(account.email, describeServer(account.imap), describeServer(account.smtp))
            << '\n'
            << (account.authMethod == accounts::AuthMethod::OAuth2 ? CliText::tr("The sign-in is kept in %1.")
                                                                   : CliText::tr("The password is kept in %1."))
                   .arg(secrets.backendDescription())
            << '\n';
    }
    if (!identityWarning.isEmpty())
        err << "heronctl account add: " << CliText::tr("warning: %1").arg(identityWarning) << '\n';
    return ExitCode::Done;
}

ExitCode runAccountSignIn(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("heronctl account signin: ");
    const NamedAccount named = namedAccount(invocation, err, prefix);
    if (!named.account)
        return named.exitCode;
    const accounts::Account &account = *named.account;
    if (account.authMethod != accounts::AuthMethod::OAuth2) {
        err << prefix << CliText::tr("%1 logs in with a password, not in the browser.").arg(account.email) << '\n';
        return ExitCode::Usage;
    }
    QString error;
    const std::optional<oauth::OAuth2Tokens> tokens = signInInBrowser(*named.profile, account, err, &error);
    if (!tokens) {
        err << prefix << error << '\n';
        return ExitCode::Authentication;
    }
    if (!oauth::OAuth2TokenSource::store(*named.profile, account.email, *tokens, &error)) {
        err << prefix << CliText::tr("the new sign-in could not be stored: %1").arg(error) << '\n';
        return ExitCode::Failure;
    }
    out << CliText::tr("Signed in to %1.").arg(account.email) << '\n';
    return ExitCode::Done;
}

ExitCode runAccountList(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const auto profile = AccountResolver::openProfile(invocation, err);
    if (!profile)
        return ExitCode::Failure;
    QString error;
    const QList<accounts::Account> accounts = accounts::AccountStore(*profile).list(&error);
    if (!error.isEmpty()) {
        err << "heronctl account list: " << error << '\n';
        return ExitCode::Failure;
    }
    if (invocation.json()) {
        QJsonArray array;
        for (const accounts::Account &account : accounts)
            array.append(accountToJson(account));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Done;
    }
    if (accounts.isEmpty()) {
        out << CliText::tr("No accounts in %1; add one with `heronctl account add`.").arg(profile->directory()) << '\n';
        return ExitCode::Done;
    }
    for (const accounts::Account &account : accounts) {
        out << account.email;
        if (!account.displayName.isEmpty())
            out << "  (" << account.displayName << ')';
        out << '\n'
            << "  " << CliText::tr("IMAP: %1").arg(describeServer(account.imap)) << '\n'
            << "  " << CliText::tr("SMTP: %1").arg(describeServer(account.smtp)) << '\n'
            << "  " << CliText::tr("login: %1").arg(account.loginName()) << '\n';
        if (account.authMethod == accounts::AuthMethod::OAuth2)
            out << "  " << CliText::tr("signs in with OAuth 2.0 at %1").arg(account.oauth2.issuer) << '\n';
        if (!account.caFile.isEmpty())
            out << "  " << CliText::tr("extra CA file: %1").arg(account.caFile) << '\n';
        out << "  " << (account.clientIdEnabled ? CliText::tr("CLIENTID: on") : CliText::tr("CLIENTID: off")) << '\n';
    }
    return ExitCode::Done;
}

ExitCode runAccountRemove(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](ExitCode code, const QString &message) {
        err << "heronctl account remove: " << message << '\n';
        return code;
    };
    const NamedAccount named = namedAccount(invocation, err, QStringLiteral("heronctl account remove: "));
    if (!named.account)
        return named.exitCode;
    const std::optional<accounts::Profile> &profile = named.profile;
    const std::optional<accounts::Account> &account = named.account;
    accounts::AccountStore store(*profile);
    QString error;
    accounts::SecretStore secrets(*profile);
    const bool forgotten = account->authMethod == accounts::AuthMethod::OAuth2
        ? sync::AccountConnector::removeSignIn(*profile, *account, &error)
        : secrets.remove(accounts::SecretStore::passwordKey(account->email), &error);
    if (!forgotten)
        return fail(ExitCode::Failure,
                    CliText::tr("the password or sign-in of %1 could not be deleted, so the account was kept: %2")
                        .arg(account->email, error));
    if (!store.remove(account->email, &error))
        return fail(ExitCode::Failure, error);
    identity::DeviceIdentity(*profile, secrets).forgetServerStatuses(account->email);

    if (invocation.json())
        out << QString::fromUtf8(QJsonDocument(accountToJson(*account)).toJson(QJsonDocument::Indented));
    else
        out << (account->authMethod == accounts::AuthMethod::OAuth2 ? CliText::tr("Removed %1 and its sign-in.")
                                                                    : CliText::tr("Removed %1 and its password."))
                   .arg(account->email)
            << '\n';
    return ExitCode::Done;
}

} // namespace heron::cli
