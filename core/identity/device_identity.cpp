#include "identity/device_identity.h"

#include "identity/client_id_token.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>
#include <array>
#include <tuple>

// Quiet unless asked for (QT_LOGGING_RULES="heron.*=true"); never logs a secret or a token.
Q_LOGGING_CATEGORY(lcIdentity, "heron.identity", QtWarningMsg)

namespace heron::identity {

namespace {

const QString kCreatedSetting = QStringLiteral("clientid/install_secret_created");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Settings keys cannot hold '/' or '\'; addresses may. Percent-encode them.
QString accountKey(const QString &accountEmail)
{
    return QString::fromLatin1(accountEmail.toLower().toUtf8().toPercentEncoding("@+"));
}

QString rotationSetting(const QString &accountEmail)
{
    return QStringLiteral("clientid/rotation/") + accountKey(accountEmail);
}

QString serversSetting(const QString &accountEmail)
{
    return QStringLiteral("clientid/servers/") + accountKey(accountEmail);
}

QString resetHint()
{
    return DeviceIdentity::tr(
        "Heron does not make a new one silently: every account would get a new, unregistered device ID. "
        "If it is lost for good, reset all device IDs (heronctl clientid reset --all --yes, or \"Reset all\" "
        "on the Device page) and register this device with your providers again.");
}

} // namespace

DeviceIdentity::DeviceIdentity(const accounts::Profile &profile, accounts::SecretStore &secrets)
    : m_profile(profile)
    , m_secrets(secrets)
{
}

bool DeviceIdentity::load(QString *error)
{
    using Status = accounts::SecretStore::Status;
    m_secret.clear();
    const accounts::SecretStore::ReadResult stored = m_secrets.read(accounts::SecretStore::installSecretKey());
    const QDateTime created = secretCreatedAt();
    switch (stored.status) {
    case Status::Ok:
        if (stored.value.size() != kSecretSize) {
            setError(error,
                     DeviceIdentity::tr("This profile's device secret in %1 is damaged (%2 bytes instead of %3). %4")
                         .arg(m_secrets.backendDescription())
                         .arg(stored.value.size())
                         .arg(kSecretSize)
                         .arg(resetHint()));
            return false;
        }
        m_secret = stored.value;
        return true;
    case Status::NotFound:
        if (created.isValid()) {
            qCInfo(lcIdentity) << "the install secret is missing from" << m_secrets.backendDescription();
            setError(error,
                     DeviceIdentity::tr("This profile's device secret (created %1) is missing from %2. %3")
                         .arg(created.toString(Qt::ISODate), m_secrets.backendDescription(), resetHint()));
            return false;
        }
        return createSecret(error);
    case Status::Corrupted:
        qCInfo(lcIdentity) << "the install secret is damaged";
        setError(
            error,
            DeviceIdentity::tr("This profile's device secret cannot be read: %1 %2").arg(stored.error, resetHint()));
        return false;
    case Status::Unavailable:
    case Status::Failed:
        break;
    }
    setError(error, DeviceIdentity::tr("This profile's device secret cannot be read: %1").arg(stored.error));
    return false;
}

bool DeviceIdentity::createSecret(QString *error)
{
    std::array<quint32, kSecretSize / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    QByteArray secret(reinterpret_cast<const char *>(words.data()), kSecretSize);
    std::fill(words.begin(), words.end(), 0u);

    QString writeError;
    if (!m_secrets.write(accounts::SecretStore::installSecretKey(), secret, &writeError)) {
        setError(error, DeviceIdentity::tr("Cannot store this profile's new device secret: %1").arg(writeError));
        return false;
    }
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(kCreatedSetting, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        setError(error, DeviceIdentity::tr("Cannot record the new device secret in %1.").arg(settings.fileName()));
        return false;
    }
    qCInfo(lcIdentity) << "created a new install secret in" << m_secrets.backendDescription();
    m_secret = secret;
    return true;
}

QDateTime DeviceIdentity::secretCreatedAt() const
{
    const QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    return QDateTime::fromString(settings.value(kCreatedSetting).toString(), Qt::ISODate);
}

QString DeviceIdentity::token(const QString &accountEmail) const
{
    if (m_secret.isEmpty())
        return {};
    return ClientIdToken::derive(m_secret, accountEmail, rotation(accountEmail));
}

quint32 DeviceIdentity::rotation(const QString &accountEmail) const
{
    const QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    return settings.value(rotationSetting(accountEmail), 0).toUInt();
}

bool DeviceIdentity::resetAccount(const QString &accountEmail, QString *error)
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    const quint32 next = settings.value(rotationSetting(accountEmail), 0).toUInt() + 1;
    settings.setValue(rotationSetting(accountEmail), next);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        setError(error, DeviceIdentity::tr("Cannot save the new device ID in %1.").arg(settings.fileName()));
        return false;
    }
    qCInfo(lcIdentity) << "device ID reset for one account";
    return true;
}

bool DeviceIdentity::resetAll(QString *error)
{
    m_secret.clear();
    return createSecret(error);
}

QList<ClientIdServerStatus> DeviceIdentity::serverStatuses(const QString &accountEmail) const
{
    const QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    const QJsonArray array
        = QJsonDocument::fromJson(settings.value(serversSetting(accountEmail)).toString().toUtf8()).array();
    QList<ClientIdServerStatus> statuses;
    for (const QJsonValue &value : array) {
        if (const auto status = ClientIdServerStatus::fromJson(value.toObject()))
            statuses.append(*status);
    }
    return statuses;
}

bool DeviceIdentity::setServerStatus(const QString &accountEmail, const ClientIdServerStatus &status, QString *error)
{
    ClientIdServerStatus record = status;
    record.host = record.host.toLower();
    if (!record.at.isValid())
        record.at = QDateTime::currentDateTimeUtc();
    QList<ClientIdServerStatus> statuses = serverStatuses(accountEmail);
    statuses.removeIf([&record](const ClientIdServerStatus &existing) {
        return existing.protocol == record.protocol && existing.host == record.host;
    });
    statuses.append(record);
    std::sort(statuses.begin(), statuses.end(), [](const ClientIdServerStatus &a, const ClientIdServerStatus &b) {
        return std::tie(a.protocol, a.host) < std::tie(b.protocol, b.host);
    });
    QJsonArray array;
    for (const ClientIdServerStatus &each : statuses)
        array.append(each.toJson());

    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(serversSetting(accountEmail),
                      QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        setError(error, DeviceIdentity::tr("Cannot save the CLIENTID status in %1.").arg(settings.fileName()));
        return false;
    }
    return true;
}

void DeviceIdentity::forgetServerStatuses(const QString &accountEmail)
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    settings.remove(serversSetting(accountEmail));
}

} // namespace heron::identity
