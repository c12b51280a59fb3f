#pragma once

#include "accounts/account.h"
#include "accounts/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace heron::accounts {

// The profile's accounts, kept in its settings file (Profile::settingsFile(),
// INI, group "accounts"). Every call reads or writes the file afresh, so the
// GUI and heronctl see each other's changes, and instances are cheap.
// Passwords are not here: they live in SecretStore.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(const Profile &profile);
    explicit AccountStore(QString settingsFile);

    // All accounts in the order they were added. On a damaged settings file
    // returns an empty list and sets *error.
    QList<Account> list(QString *error = nullptr) const;

    // The account with this address (case-insensitive), if any.
    std::optional<Account> find(const QString &email, QString *error = nullptr) const;

    // Adds a new account. Fails (false, *error set) when an account with the
    // same address exists or the account lacks an address or a server.
    bool add(const Account &account, QString *error);

    // Replaces the stored account with the same address (case-insensitive).
    bool update(const Account &account, QString *error);

    // Removes the account with this address; false with *error when there is none.
    bool remove(const QString &email, QString *error);

    QString settingsFile() const { return m_settingsFile; }

private:
    bool save(const QList<Account> &accounts, QString *error);

    QString m_settingsFile;
};

} // namespace heron::accounts
