#pragma once

#include "accounts/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace heron::accounts {

// Where a profile keeps its secrets (account passwords, the CLIENTID install
// secret): the system keychain through QtKeychain (Secret Service, macOS
// Keychain, Windows Credential Manager), or, when no keychain service is
// reachable, the file secrets.json in the profile, readable by the user only
// (0600). The choice is made once per profile, on the first write, and
// recorded in its settings, so later runs look where the secrets are instead
// of quietly starting over somewhere else: the first secret goes to the
// keychain if it can store it (within the timeout), else to the file.
//
// Keychain jobs are asynchronous; SecretStore runs each one in a local event
// loop with a timeout, so it works on any thread that has an event dispatcher
// and never hangs on a keyring that cannot answer (or a prompt nobody sees).
//
// Secret values are never logged. Reads report a missing or damaged secret
// as such; nothing here invents a replacement.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Backend { Keychain, File };

    enum class Preference {
        Automatic, // what the profile recorded; else the keychain when reachable, else the file
        KeychainOnly, // never fall back (tests of the keychain path)
        FileOnly, // never touch the keychain
    };

    enum class Status {
        Ok,
        NotFound, // no secret under this key
        Corrupted, // something is stored but unreadable (damaged file, bad encoding)
        Unavailable, // the backend that holds the profile's secrets cannot be reached
        Failed, // any other error (access denied, I/O error)
    };

    struct ReadResult
    {
        Status status = Status::Failed;
        QByteArray value; // only with Status::Ok
        QString error; // a sentence for the user when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };

    // Automatic also honours HERON_SECRET_BACKEND=file|keychain in the environment,
    // which wins over the profile's record (for scripts and tests).
    explicit SecretStore(const Profile &profile, Preference preference = Preference::Automatic);

    ReadResult read(const QString &key);
    bool write(const QString &key, const QByteArray &value, QString *error);
    // Removing a secret that does not exist succeeds.
    bool remove(const QString &key, QString *error);

    // The backend in use; before the profile's first secret, where it would go
    // (asks the keychain a harmless question to find out).
    Backend backend();
    // For the Device page and heronctl: where secrets are and, for the file, why.
    QString backendDescription();
    // Why the keychain is not used (empty when it is, or when the file was chosen explicitly).
    QString fallbackReason();
    QString secretsFile() const;

    // How long one keychain job may take before it counts as unreachable.
    void setKeychainTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Keys of the secrets Heron keeps.
    static QString passwordKey(const QString &accountEmail);
    static QString installSecretKey();
    // An OAuth account's tokens (oauth::OAuth2Tokens as JSON).
    static QString oauth2TokensKey(const QString &accountEmail);
    // The QtKeychain service name entries are filed under.
    static QString keychainService();

private:
    struct KeychainResult;

    void resolveBackend();
    void decideBackend();
    void recordBackend();
    QString keychainKey(const QString &key) const;
    KeychainResult runKeychainRead(const QString &key, int timeoutMs);
    ReadResult readKeychain(const QString &key);
    bool writeKeychain(const QString &key, const QByteArray &value, QString *error);
    bool removeKeychain(const QString &key, QString *error);
    ReadResult readFile(const QString &key) const;
    bool writeFile(const QString &key, const std::optional<QByteArray> &value, QString *error) const;

    Profile m_profile;
    Preference m_preference;
    std::optional<Backend> m_backend;
    QString m_fallbackReason;
    bool m_tentative = false; // m_backend is this run's guess; nothing of the profile is stored yet
    QString m_profileId;
    int m_timeoutMs = 20000;
};

} // namespace heron::accounts
