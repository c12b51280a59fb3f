#include "clientid_commands.h"
#include "cli_text.h"

#include "account_resolver.h"
#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "command_spec.h"
#include "identity/client_id_token.h"
#include "identity/device_identity.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace heron::cli {

namespace {

// The accounts a clientid command covers: --account ADDR, or all of them.
// Returns false (after explaining on err) with *code set.
bool selectAccounts(const Invocation &invocation, const accounts::Profile &profile, QList<accounts::Account> *selected,
                    QTextStream &err, ExitCode *code)
{
    const QString prefix = QStringLiteral("heronctl ") + invocation.command().name() + QStringLiteral(": ");
    QString error;
    const QList<accounts::Account> all = accounts::AccountStore(profile).list(&error);
    if (!error.isEmpty()) {
        err << prefix << error << '\n';
        *code = ExitCode::Failure;
        return false;
    }
    if (!invocation.isSet(QStringLiteral("account"))) {
        *selected = all;
        return true;
    }
    const QString wanted = invocation.value(QStringLiteral("account"));
    for (const accounts::Account &account : all) {
        if (accounts::Account::sameAddress(account.email, wanted)) {
            *selected = {account};
            return true;
        }
    }
    err << prefix
        << CliText::tr("the profile %1 has no account %2; `heronctl account list` shows its accounts.")
               .arg(profile.directory(), wanted)
        << '\n';
    *code = ExitCode::Usage;
    return false;
}

QString describeStatus(const identity::ClientIdServerStatus &status)
{
    QString advertised = CliText::tr("not known yet");
    if (status.advertised)
        advertised = *status.advertised ? CliText::tr("advertised") : CliText::tr("not advertised");
    QString line = QStringLiteral("%1 %2: %3")
                       .arg(accounts::Account::protocolName(status.protocol).toUpper(), status.host, advertised);
    if (status.lastReply)
        line += CliText::tr(", last reply \"%1\"").arg(*status.lastReply);
    if (status.at.isValid())
        line += CliText::tr(" (%1)").arg(status.at.toUTC().toString(Qt::ISODate));
    return line;
}

} // namespace

ExitCode runClientId(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const auto profile = AccountResolver::openProfile(invocation, err);
    if (!profile)
        return ExitCode::Failure;
    QList<accounts::Account> selected;
    ExitCode code = ExitCode::Done;
    if (!selectAccounts(invocation, *profile, &selected, err, &code))
        return code;

    accounts::SecretStore secrets(*profile);
    identity::DeviceIdentity identity(*profile, secrets);
    if (!selected.isEmpty()) {
        QString error;
        if (!identity.load(&error)) {
            err << "heronctl clientid: " << error << '\n';
            return ExitCode::Failure;
        }
    }

    if (invocation.json()) {
        QJsonArray array;
        for (const accounts::Account &account : selected) {
            QJsonArray servers;
            for (const identity::ClientIdServerStatus &status : identity.serverStatuses(account.email))
                servers.append(status.toJson());
            array.append(QJsonObject {
                {QStringLiteral("account"), account.email},
                {QStringLiteral("type"), QString::fromLatin1(identity::ClientIdToken::kType)},
                {QStringLiteral("token"), identity.token(account.email)},
                {QStringLiteral("enabled"), account.clientIdEnabled},
                {QStringLiteral("rotation"), static_cast<qint64>(identity.rotation(account.email))},
                {QStringLiteral("servers"), servers},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Done;
    }

    if (selected.isEmpty()) {
        out << CliText::tr("No accounts in %1; add one with `heronctl account add`.").arg(profile->directory()) << '\n';
        return ExitCode::Done;
    }
    for (const accounts::Account &account : selected) {
        out << account.email << '\n'
            << "  "
            << CliText::tr("device ID (CLIENTID %1): %2")
                   .arg(QString::fromLatin1(identity::ClientIdToken::kType), identity.token(account.email))
            << '\n'
            << "  "
            << (account.clientIdEnabled ? CliText::tr("presented to servers that advertise CLIENTID")
                                        : CliText::tr("not presented: CLIENTID is off for this account"))
            << '\n';
        const QList<identity::ClientIdServerStatus> statuses = identity.serverStatuses(account.email);
        if (statuses.isEmpty())
            out << "  " << CliText::tr("no server contacted yet") << '\n';
        for (const identity::ClientIdServerStatus &status : statuses)
            out << "  " << describeStatus(status) << '\n';
    }
    out << CliText::tr("The device secret is kept in %1.").arg(identity.secretLocation()) << '\n';
    return ExitCode::Done;
}

ExitCode runClientIdReset(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    // The command table already insists on --yes and on exactly one of --account / --all.
    const auto profile = AccountResolver::openProfile(invocation, err);
    if (!profile)
        return ExitCode::Failure;
    QList<accounts::Account> selected;
    ExitCode code = ExitCode::Done;
    if (!selectAccounts(invocation, *profile, &selected, err, &code))
        return code;

    accounts::SecretStore secrets(*profile);
    identity::DeviceIdentity identity(*profile, secrets);
    QString error;
    const bool all = invocation.isSet(QStringLiteral("all"));
    const bool reset = all ? identity.resetAll(&error) : identity.resetAccount(selected.constFirst().email, &error);
    if (!reset || (!all && !identity.load(&error))) {
        err << "heronctl clientid reset: " << error << '\n';
        return ExitCode::Failure;
    }

    if (invocation.json()) {
        QJsonArray array;
        for (const accounts::Account &account : selected) {
            array.append(QJsonObject {{QStringLiteral("account"), account.email},
                                      {QStringLiteral("type"), QString::fromLatin1(identity::ClientIdToken::kType)},
                                      {QStringLiteral("token"), identity.token(account.email)},
                                      {QStringLiteral("enabled"), account.clientIdEnabled}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitCode::Done;
    }
    out << (all ? CliText::tr("Every account of this profile has a new device ID.") : CliText::tr("New device ID:"))
        << '\n';
    for (const accounts::Account &account : selected)
        out << "  " << account.email << "  " << identity.token(account.email) << '\n';
    out << CliText::tr(
        "Providers that check CLIENTID will see a new, unregistered device: register it again (the Device "
        "page, or the provider's portal with the ID above).")
        << '\n';
    return ExitCode::Done;
}

} // namespace heron::cli
