#include "accounts/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using heron::accounts::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("HERON_PROFILE"); }

    void explicitDirectoryWinsOverEnvironment()
    {
        qputenv("HERON_PROFILE", "/tmp/from-env");
        QCOMPARE(Profile::resolveDirectory(QStringLiteral("/tmp/explicit")), QStringLiteral("/tmp/explicit"));
    }

    void environmentWinsOverDefault()
    {
        qputenv("HERON_PROFILE", "/tmp/from-env");
        QCOMPARE(Profile::resolveDirectory(QString()), QStringLiteral("/tmp/from-env"));
    }

    void relativeDirectoryIsMadeAbsolute()
    {
        QCOMPARE(Profile::resolveDirectory(QStringLiteral("rel/prof")),
                 QDir::current().absoluteFilePath(QStringLiteral("rel/prof")));
    }

    void defaultIsThePlatformDataLocation()
    {
        QCoreApplication::setApplicationName(QStringLiteral("HeronProfileTest"));
        const QString resolved = Profile::resolveDirectory(QString());
        QVERIFY(!resolved.isEmpty());
        QVERIFY2(resolved.contains(QStringLiteral("HeronProfileTest")), qPrintable(resolved));
    }

    void newProfileIsCreatedOwnerOnly()
    {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString directory = parent.filePath(QStringLiteral("a/b/profile"));
        QString error;
        const auto profile = Profile::open(directory, &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(QFileInfo(directory).isDir());
        const QFileDevice::Permissions permissions = QFileInfo(directory).permissions();
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!permissions.testFlag(QFileDevice::ReadGroup));
        QVERIFY(!permissions.testFlag(QFileDevice::ReadOther));
        QCOMPARE(profile->settingsFile(), QDir(directory).filePath(QStringLiteral("heron.ini")));
        QCOMPARE(profile->cacheDatabaseFile(), QDir(directory).filePath(QStringLiteral("cache.sqlite")));
    }

    void existingProfileKeepsItsContents()
    {
        QTemporaryDir directory;
        QFile marker(directory.filePath(QStringLiteral("heron.ini")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("[x]\n");
        marker.close();
        QString error;
        QVERIFY(Profile::open(directory.path(), &error));
        QVERIFY(QFileInfo::exists(marker.fileName()));
    }

    void aFileIsNotAProfile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("plain-file"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QVERIFY(!Profile::open(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("not a directory")), qPrintable(error));
    }

    void emptyPathIsExplained()
    {
        QString error;
        QVERIFY(!Profile::open(QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("--profile")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
