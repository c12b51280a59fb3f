#pragma once

#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "identity/client_id_server_status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace heron::identity {

// This installation's CLIENTID identity (spec/clientid.md, "The token"):
// the 256-bit install secret, kept in the profile's SecretStore and created
// from the system CSPRNG on first run; a rotation counter per account; the
// per-account token derived from both; and the last CLIENTID status seen from
// each server. Counters and statuses live in the profile's settings file
// (group "clientid"); the secret never leaves SecretStore and this object.
//
// Once created, the secret is never replaced behind the user's back: when the
// settings say it exists but the store has none (or a damaged one), load()
// fails with an explanation, and only resetAll() makes a new one.
//
// Not thread-safe: give each thread its own instance (they share the profile's
// files; every call re-reads the settings).
class DeviceIdentity
{
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)

public:
    static constexpr qsizetype kSecretSize = 32; // bytes

    DeviceIdentity(const accounts::Profile &profile, accounts::SecretStore &secrets);

    // Reads the install secret, creating it if this profile never had one.
    // Returns false with *error set when an existing secret is missing, damaged
    // or unreachable; tokens stay empty then.
    bool load(QString *error);
    bool isLoaded() const { return !m_secret.isEmpty(); }

    // The token to present for this account (case-insensitive address);
    // empty when load() has not succeeded.
    QString token(const QString &accountEmail) const;
    quint32 rotation(const QString &accountEmail) const;
    // When the current install secret was created (invalid if never).
    QDateTime secretCreatedAt() const;

    // "Reset device ID" for one account: bumps its rotation counter, so this
    // account's token changes and every other one stays.
    bool resetAccount(const QString &accountEmail, QString *error);
    // "Reset all device IDs": a new install secret; every token changes. Works
    // also when the old secret is missing or damaged (the way out of that state).
    bool resetAll(QString *error);

    // The CLIENTID statuses recorded for this account's servers.
    QList<ClientIdServerStatus> serverStatuses(const QString &accountEmail) const;
    // Records (or replaces, matched by protocol and host) one server's status.
    // The engines call this after CAPABILITY/EHLO and after the CLIENTID reply.
    bool setServerStatus(const QString &accountEmail, const ClientIdServerStatus &status, QString *error = nullptr);
    // Drops the statuses of an account (when it is removed). The rotation
    // counter is kept: re-adding the account gives the same token.
    void forgetServerStatuses(const QString &accountEmail);

    // Where the install secret is kept, for the Device page.
    QString secretLocation() { return m_secrets.backendDescription(); }

private:
    bool createSecret(QString *error);

    accounts::Profile m_profile;
    accounts::SecretStore &m_secrets;
    QByteArray m_secret;
};

} // namespace heron::identity
