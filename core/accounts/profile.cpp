#include "accounts/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace heron::accounts {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

Profile::Profile(QString directory)
    : m_directory(std::move(directory))
{
}

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::resolveDirectory(const QString &explicitDirectory)
{
    if (!explicitDirectory.isEmpty())
        return QDir(explicitDirectory).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("HERON_PROFILE");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return defaultDirectory();
}

std::optional<Profile> Profile::open(const QString &directory, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Profile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (directory.isEmpty())
        return fail(
            Profile::tr("No profile directory is known on this system; pass --profile DIR or set HERON_PROFILE."));

    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return fail(Profile::tr("The profile path %1 is a file, not a directory; choose another path.").arg(directory));
    if (!info.exists()) {
        if (!QDir().mkpath(directory))
            return fail(
                Profile::tr("Cannot create the profile directory %1; check that its parent exists and is writable.")
                    .arg(directory));
        // A new profile holds secrets: nobody but the user may look inside.
        QFile::setPermissions(directory, kOwnerOnly);
    }
    if (!QFileInfo(directory).isWritable())
        return fail(Profile::tr("The profile directory %1 is not writable by you.").arg(directory));
    Profile profile(QDir(directory).absolutePath());
    profile.createPrivateSettingsFile();
    return profile;
}

void Profile::createPrivateSettingsFile() const
{
    // QSettings writes through QSaveFile, which keeps the mode of the file it
    // replaces: an owner-only file made here stays owner-only.
    const QString path = settingsFile();
    if (QFileInfo::exists(path))
        return;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString Profile::settingsFile() const
{
    return settingsFileIn(m_directory);
}

QString Profile::settingsFileIn(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("heron.ini"));
}

QString Profile::cacheDatabaseFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("cache.sqlite"));
}

} // namespace heron::accounts
