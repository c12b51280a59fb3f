#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace heron::accounts {

// A profile is the directory that holds all of one user's Heron state:
// settings, the cache database, and the file-fallback secrets. The GUI and
// heronctl share its format, so an account added by one appears in the other.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // The platform's default (QStandardPaths::AppDataLocation). Needs the
    // application name to be set first.
    static QString defaultDirectory();

    // --profile wins, then the HERON_PROFILE environment variable, then the default.
    static QString resolveDirectory(const QString &explicitDirectory);

    // Opens (creating if needed, readable by the user only) the profile in
    // directory. Returns nullopt and sets *error to an actionable sentence when
    // the directory cannot be used.
    static std::optional<Profile> open(const QString &directory, QString *error);

    QString directory() const { return m_directory; }
    QString settingsFile() const;
    // The settings file of the profile in directory, for what must be read before the
    // profile is opened (the language, chosen before any window exists).
    static QString settingsFileIn(const QString &directory);
    // The key of the user's language choice in the settings file ("" or absent: the system's).
    static QString languageKey() { return QStringLiteral("interface/language"); }
    QString cacheDatabaseFile() const;

private:
    explicit Profile(QString directory);
    void createPrivateSettingsFile() const;

    QString m_directory;
};

} // namespace heron::accounts
