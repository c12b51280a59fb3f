#include "accounts/secret_store.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <memory>

// Quiet unless asked for (QT_LOGGING_RULES="heron.*=true"): heronctl prints its own messages.
Q_LOGGING_CATEGORY(lcSecrets, "heron.secrets", QtWarningMsg)

namespace heron::accounts {

namespace {

constexpr int kProbeTimeoutMs = 5000;
constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kFormat = QStringLiteral("heron-secrets-1");
const QString kBackendSetting = QStringLiteral("secrets/backend");
const QString kProfileIdSetting = QStringLiteral("secrets/profile_id");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isUnreachable(QKeychain::Error error)
{
    // OtherError is what the Secret Service backend reports when there is no
    // session bus at all; NoBackendAvailable when no keychain is installed.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::NotImplemented;
}

// The parsed secrets file: nullopt when it does not exist.
struct SecretsFile
{
    bool exists = false;
    bool damaged = false;
    QJsonObject secrets;
    QString problem;
};

SecretsFile loadSecretsFile(const QString &path)
{
    SecretsFile result;
    QFile file(path);
    if (!file.exists())
        return result;
    result.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.damaged = true;
        result.problem = SecretStore::tr("The secrets file %1 cannot be read: %2.").arg(path, file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("format")).toString() != kFormat
        || !root.value(QStringLiteral("secrets")).isObject()) {
        result.damaged = true;
        result.problem
            = SecretStore::tr("The secrets file %1 is damaged; Heron will not overwrite it. Move it aside to start "
                              "a new one (the passwords it held must then be entered again).")
                  .arg(path);
        return result;
    }
    result.secrets = root.value(QStringLiteral("secrets")).toObject();
    return result;
}

} // namespace

struct SecretStore::KeychainResult
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

SecretStore::SecretStore(const Profile &profile, Preference preference)
    : m_profile(profile)
    , m_preference(preference)
{
}

QString SecretStore::passwordKey(const QString &accountEmail)
{
    return QStringLiteral("password/") + accountEmail.toLower();
}

QString SecretStore::oauth2TokensKey(const QString &accountEmail)
{
    return QStringLiteral("oauth2/") + accountEmail.toLower();
}

QString SecretStore::installSecretKey()
{
    return QStringLiteral("clientid/install-secret");
}

QString SecretStore::keychainService()
{
    return QStringLiteral("Heron");
}

QString SecretStore::secretsFile() const
{
    return QDir(m_profile.directory()).filePath(QStringLiteral("secrets.json"));
}

SecretStore::Backend SecretStore::backend()
{
    decideBackend();
    return *m_backend;
}

QString SecretStore::fallbackReason()
{
    decideBackend();
    return m_fallbackReason;
}

QString SecretStore::backendDescription()
{
    decideBackend();
    if (*m_backend == Backend::Keychain)
        return SecretStore::tr("the system keychain (service \"%1\")").arg(keychainService());
    QString text = SecretStore::tr("the file %1, readable only by you").arg(secretsFile());
    if (!m_fallbackReason.isEmpty())
        text += SecretStore::tr(" (no system keychain: %1)").arg(m_fallbackReason);
    return text;
}

void SecretStore::resolveBackend()
{
    if (m_backend)
        return;
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    m_profileId = settings.value(kProfileIdSetting).toString();
    if (m_profileId.isEmpty()) {
        // Keychains are shared by all profiles of a user: entries are filed under this id.
        m_profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kProfileIdSetting, m_profileId);
        settings.sync();
    }

    Preference preference = m_preference;
    if (preference == Preference::Automatic) {
        const QString forced = qEnvironmentVariable("HERON_SECRET_BACKEND").toLower();
        if (forced == QStringLiteral("file"))
            preference = Preference::FileOnly;
        else if (forced == QStringLiteral("keychain"))
            preference = Preference::KeychainOnly;
    }
    if (preference == Preference::FileOnly) {
        m_backend = Backend::File;
        return;
    }
    if (preference == Preference::KeychainOnly) {
        m_backend = Backend::Keychain;
        return;
    }

    const QString recorded = settings.value(kBackendSetting).toString();
    if (recorded == QStringLiteral("keychain"))
        m_backend = Backend::Keychain; // if it is unreachable now, operations say so
    else if (recorded == QStringLiteral("file"))
        m_backend = Backend::File;
    // Otherwise nothing was ever stored: the first write decides.
}

void SecretStore::decideBackend()
{
    resolveBackend();
    if (m_backend)
        return;
    // Only to say where secrets would go: use the keychain if it answers a harmless question.
    m_tentative = true;
    const KeychainResult probe = runKeychainRead(QStringLiteral("probe"), std::min(m_timeoutMs, kProbeTimeoutMs));
    if (probe.finished && (probe.error == QKeychain::NoError || probe.error == QKeychain::EntryNotFound)) {
        m_backend = Backend::Keychain;
        return;
    }
    m_backend = Backend::File;
    m_fallbackReason = probe.finished ? probe.errorString : SecretStore::tr("the keychain did not answer in time");
    qCInfo(lcSecrets) << "no usable system keychain, using the profile's secrets file:" << m_fallbackReason;
}

void SecretStore::recordBackend()
{
    m_tentative = false; // the choice is now the profile's
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    const QString name = *m_backend == Backend::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
    if (settings.value(kBackendSetting).toString() != name) {
        settings.setValue(kBackendSetting, name);
        settings.sync();
    }
}

QString SecretStore::keychainKey(const QString &key) const
{
    return m_profileId + QLatin1Char('/') + key;
}

SecretStore::ReadResult SecretStore::read(const QString &key)
{
    resolveBackend();
    if (!m_backend || m_tentative) // nothing of this profile was ever stored
        return {Status::NotFound, {}, SecretStore::tr("This profile has no secrets stored yet.")};
    return *m_backend == Backend::Keychain ? readKeychain(key) : readFile(key);
}

bool SecretStore::write(const QString &key, const QByteArray &value, QString *error)
{
    resolveBackend();
    if (!m_backend) {
        m_backend = Backend::Keychain; // the first secret: try the keychain, with the file behind it
        m_tentative = true;
    }
    if (*m_backend == Backend::File) {
        const bool written = writeFile(key, value, error);
        if (written)
            recordBackend();
        return written;
    }
    QString keychainError;
    if (writeKeychain(key, value, &keychainError)) {
        recordBackend();
        return true;
    }
    if (!m_tentative) {
        setError(error, keychainError);
        return false;
    }
    // No keychain that can store (none reachable, or e.g. a Secret Service with
    // no usable collection and no display to create one on). Nothing of this
    // profile is in it, so the file takes over before anything is lost.
    m_backend = Backend::File;
    m_fallbackReason = keychainError;
    qCInfo(lcSecrets) << "no system keychain can store secrets, using the profile's secrets file:" << keychainError;
    const bool written = writeFile(key, value, error);
    if (written)
        recordBackend();
    return written;
}

bool SecretStore::remove(const QString &key, QString *error)
{
    resolveBackend();
    if (!m_backend || m_tentative)
        return true; // nothing of this profile was ever stored
    return *m_backend == Backend::Keychain ? removeKeychain(key, error) : writeFile(key, std::nullopt, error);
}

// ---- keychain ----

namespace {

// Runs one QtKeychain job to completion or until the timeout. The job deletes
// itself when it finishes, even after a timeout (the connections below end
// with the local event loop, so a late answer touches nothing of ours).
template<typename Job, typename OnFinished>
bool runJob(Job *job, int timeoutMs, OnFinished onFinished)
{
    job->setAutoDelete(true);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        onFinished(job);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

} // namespace

SecretStore::KeychainResult SecretStore::runKeychainRead(const QString &key, int timeoutMs)
{
    KeychainResult result;
    auto *job = new QKeychain::ReadPasswordJob(keychainService());
    job->setInsecureFallback(false);
    job->setKey(keychainKey(key));
    result.finished = runJob(job, timeoutMs, [&result](QKeychain::ReadPasswordJob *done) {
        result.error = done->error();
        result.errorString = done->errorString();
        if (done->error() == QKeychain::NoError)
            result.data = done->binaryData();
    });
    return result;
}

SecretStore::ReadResult SecretStore::readKeychain(const QString &key)
{
    const KeychainResult done = runKeychainRead(key, m_timeoutMs);
    if (!done.finished)
        return {Status::Unavailable,
                {},
                SecretStore::tr("The system keychain did not answer within %1 seconds; unlock it and try again.")
                    .arg(m_timeoutMs / 1000)};
    switch (done.error) {
    case QKeychain::NoError:
        return {Status::Ok, done.data, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound,
                {},
                SecretStore::tr("The system keychain holds no secret \"%1\" for this profile.").arg(key)};
    default:
        break;
    }
    if (isUnreachable(done.error))
        return {
            Status::Unavailable,
            {},
            SecretStore::tr("The system keychain that holds this profile's secrets cannot be reached (%1); start the "
                            "desktop's keyring service and try again.")
                .arg(done.errorString)};
    return {
        Status::Failed, {}, SecretStore::tr("The system keychain refused to read a secret: %1").arg(done.errorString)};
}

bool SecretStore::writeKeychain(const QString &key, const QByteArray &value, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService());
    job->setInsecureFallback(false);
    job->setKey(keychainKey(key));
    job->setBinaryData(value);
    QKeychain::Error code = QKeychain::NoError;
    QString message;
    const bool finished = runJob(job, m_timeoutMs, [&](QKeychain::WritePasswordJob *done) {
        code = done->error();
        message = done->errorString();
    });
    if (!finished) {
        setError(error,
                 SecretStore::tr("The system keychain did not answer within %1 seconds; unlock it and try again.")
                     .arg(m_timeoutMs / 1000));
        return false;
    }
    if (code != QKeychain::NoError) {
        setError(error,
                 isUnreachable(code)
                     ? SecretStore::tr("the system keychain cannot be reached (%1)").arg(message)
                     : SecretStore::tr("the system keychain refused to store a secret (%1)").arg(message));
        return false;
    }
    return true;
}

bool SecretStore::removeKeychain(const QString &key, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService());
    job->setInsecureFallback(false);
    job->setKey(keychainKey(key));
    QKeychain::Error code = QKeychain::NoError;
    QString message;
    const bool finished = runJob(job, m_timeoutMs, [&](QKeychain::DeletePasswordJob *done) {
        code = done->error();
        message = done->errorString();
    });
    if (!finished) {
        setError(error,
                 SecretStore::tr("The system keychain did not answer within %1 seconds; unlock it and try again.")
                     .arg(m_timeoutMs / 1000));
        return false;
    }
    if (code != QKeychain::NoError && code != QKeychain::EntryNotFound) {
        setError(error, SecretStore::tr("The system keychain refused to delete a secret: %1").arg(message));
        return false;
    }
    return true;
}

// ---- file ----

SecretStore::ReadResult SecretStore::readFile(const QString &key) const
{
    const QString path = secretsFile();
    const SecretsFile file = loadSecretsFile(path);
    if (file.damaged)
        return {Status::Corrupted, {}, file.problem};
    if (!file.exists || !file.secrets.contains(key))
        return {Status::NotFound, {}, SecretStore::tr("The secrets file %1 holds no secret \"%2\".").arg(path, key)};
    // Someone widened the permissions: put them back before anything is read from it.
    if (QFileInfo(path).permissions() & ~(kOwnerReadWrite | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
        qCWarning(lcSecrets) << "the secrets file was readable by others; restricting it to the owner";
        QFile::setPermissions(path, kOwnerReadWrite);
    }
    const QJsonValue stored = file.secrets.value(key);
    const auto decoded
        = QByteArray::fromBase64Encoding(stored.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!stored.isString() || !decoded)
        return {Status::Corrupted, {}, SecretStore::tr("The secret \"%1\" in %2 is damaged.").arg(key, path)};
    return {Status::Ok, *decoded, {}};
}

bool SecretStore::writeFile(const QString &key, const std::optional<QByteArray> &value, QString *error) const
{
    const QString path = secretsFile();
    SecretsFile file = loadSecretsFile(path);
    if (file.damaged) {
        setError(error, file.problem);
        return false;
    }
    if (!value) {
        if (!file.secrets.contains(key))
            return true;
        file.secrets.remove(key);
    } else {
        file.secrets.insert(key, QString::fromLatin1(value->toBase64()));
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("secrets"), file.secrets);

    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly)) {
        setError(error, SecretStore::tr("Cannot write the secrets file %1: %2.").arg(path, save.errorString()));
        return false;
    }
    // Restrict the new file before a single secret byte goes into it.
    save.setPermissions(kOwnerReadWrite);
    save.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!save.commit()) {
        setError(error, SecretStore::tr("Cannot write the secrets file %1: %2.").arg(path, save.errorString()));
        return false;
    }
    return true;
}

} // namespace heron::accounts
