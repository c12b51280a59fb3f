#include "accounts/secret_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using heron::accounts::Profile;
using heron::accounts::SecretStore;

namespace {

Profile openProfile(const QTemporaryDir &dir, const QString &name = QStringLiteral("profile"))
{
    QString error;
    const auto profile = Profile::open(dir.filePath(name), &error);
    if (!profile)
        qFatal("cannot open a test profile: %s", qPrintable(error));
    return *profile;
}

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

// ./dev test starts an unlocked gnome-keyring and sets this: there, a missing
// keychain is a failure, not a reason to skip.
bool keychainRequired()
{
    return qEnvironmentVariableIntValue("HERON_REQUIRE_KEYCHAIN") == 1;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("HERON_SECRET_BACKEND"); }

    void fileRoundTripIsOwnerOnly()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        SecretStore store(profile, SecretStore::Preference::FileOnly);
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        QVERIFY(store.backendDescription().contains(store.secretsFile()));

        const QByteArray binary("\x00\x01\xffpass word\n", 13);
        QString error;
        QVERIFY2(store.write(QStringLiteral("k1"), binary, &error), qPrintable(error));
        QVERIFY2(store.write(SecretStore::passwordKey(QStringLiteral("A@Example.test")), "hunter2", &error),
                 qPrintable(error));

        SecretStore again(profile, SecretStore::Preference::FileOnly);
        const auto first = again.read(QStringLiteral("k1"));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.value, binary);
        QCOMPARE(again.read(SecretStore::passwordKey(QStringLiteral("a@example.test"))).value, QByteArray("hunter2"));

#ifdef Q_OS_UNIX
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(store.secretsFile()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
#endif
        // The secret itself is not written in clear.
        QFile file(store.secretsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));
    }

    void widenedPermissionsAreRestricted()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        SecretStore store(profile, SecretStore::Preference::FileOnly);
        QString error;
        QVERIFY(store.write(QStringLiteral("k"), "v", &error));
        QVERIFY(::chmod(QFile::encodeName(store.secretsFile()).constData(), 0644) == 0);
        QVERIFY(store.read(QStringLiteral("k")).ok());
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(store.secretsFile()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
#endif
    }

    void missingSecretIsReported()
    {
        QTemporaryDir dir;
        SecretStore store(openProfile(dir), SecretStore::Preference::FileOnly);
        QCOMPARE(store.read(QStringLiteral("nothing")).status, SecretStore::Status::NotFound);
        QString error;
        QVERIFY(store.write(QStringLiteral("other"), "x", &error));
        const auto result = store.read(QStringLiteral("nothing"));
        QCOMPARE(result.status, SecretStore::Status::NotFound);
        QVERIFY(result.value.isEmpty());
        QVERIFY(!result.error.isEmpty());
    }

    void removeDeletesAndToleratesAbsence()
    {
        QTemporaryDir dir;
        SecretStore store(openProfile(dir), SecretStore::Preference::FileOnly);
        QString error;
        QVERIFY(store.remove(QStringLiteral("never"), &error));
        QVERIFY(store.write(QStringLiteral("a"), "1", &error));
        QVERIFY(store.write(QStringLiteral("b"), "2", &error));
        QVERIFY(store.remove(QStringLiteral("a"), &error));
        QCOMPARE(store.read(QStringLiteral("a")).status, SecretStore::Status::NotFound);
        QCOMPARE(store.read(QStringLiteral("b")).value, QByteArray("2"));
    }

    void damagedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        SecretStore store(openProfile(dir), SecretStore::Preference::FileOnly);
        QFile file(store.secretsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"heron-secrets-1\", \"secrets\": {\"a\": ");
        file.close();

        const auto result = store.read(QStringLiteral("a"));
        QCOMPARE(result.status, SecretStore::Status::Corrupted);
        QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
        // Writing would lose whatever the file held: refused, file untouched.
        QString error;
        QVERIFY(!store.write(QStringLiteral("b"), "2", &error));
        QVERIFY2(error.contains(store.secretsFile()), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("\"a\": "));
    }

    void damagedValueIsReported()
    {
        QTemporaryDir dir;
        SecretStore store(openProfile(dir), SecretStore::Preference::FileOnly);
        QFile file(store.secretsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "heron-secrets-1", "secrets": {"a": "@@not base64@@", "b": "Mg=="}})");
        file.close();
        QCOMPARE(store.read(QStringLiteral("a")).status, SecretStore::Status::Corrupted);
        QCOMPARE(store.read(QStringLiteral("b")).value, QByteArray("2"));
    }

    void environmentAndProfileRecordChooseTheFile()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        qputenv("HERON_SECRET_BACKEND", "file");
        SecretStore forced(profile);
        QCOMPARE(forced.backend(), SecretStore::Backend::File);
        QString error;
        QVERIFY(forced.write(QStringLiteral("k"), "v", &error));
        qunsetenv("HERON_SECRET_BACKEND");

        // The first write recorded where secrets live; later runs look there.
        const QSettings settings(profile.settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("secrets/backend")).toString(), QStringLiteral("file"));
        SecretStore later(profile);
        QCOMPARE(later.backend(), SecretStore::Backend::File);
        QCOMPARE(later.read(QStringLiteral("k")).value, QByteArray("v"));
    }

    void freshProfileReadsNothingAndRecordsNothing()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        SecretStore store(profile);
        QCOMPARE(store.read(SecretStore::installSecretKey()).status, SecretStore::Status::NotFound);
        QString error;
        QVERIFY(store.remove(QStringLiteral("k"), &error));
        const QSettings settings(profile.settingsFile(), QSettings::IniFormat);
        QVERIFY(!settings.contains(QStringLiteral("secrets/backend")));
        QVERIFY(!QFileInfo::exists(store.secretsFile()));
    }

    void noKeychainFallsBackToTheFileQuickly()
    {
        if (haveSessionBus())
            QSKIP("a D-Bus session bus is present; this checks the fallback when there is none");
        QTemporaryDir dir;
        SecretStore store(openProfile(dir));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        QVERIFY2(timer.elapsed() < 10000, "the keychain probe must give up quickly");
        QVERIFY(!store.fallbackReason().isEmpty());
        QVERIFY2(store.backendDescription().contains(QStringLiteral("no system keychain")),
                 qPrintable(store.backendDescription()));
        QString error;
        QVERIFY2(store.write(QStringLiteral("k"), "v", &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(store.secretsFile()));

        // Without asking first, the first write finds out by itself.
        QTemporaryDir other;
        SecretStore direct(openProfile(other));
        timer.restart();
        QVERIFY2(direct.write(QStringLiteral("k"), "v", &error), qPrintable(error));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(direct.backend(), SecretStore::Backend::File);
        QVERIFY(!direct.fallbackReason().isEmpty());
        QCOMPARE(SecretStore(openProfile(other)).read(QStringLiteral("k")).value, QByteArray("v"));
    }

    void keychainRoundTrip()
    {
        if (!haveSessionBus() && !keychainRequired())
            QSKIP("no D-Bus session bus, so no Secret Service to test against (./dev test provides one)");
        QTemporaryDir dir;
        const Profile first = openProfile(dir, QStringLiteral("one"));
        const Profile second = openProfile(dir, QStringLiteral("two"));
        SecretStore store(first, SecretStore::Preference::KeychainOnly);
        store.setKeychainTimeout(10000);
        QString error;
        if (!store.write(QStringLiteral("k"), QByteArray("\x00secret one", 11), &error)) {
            if (!keychainRequired())
                QSKIP(qPrintable(QStringLiteral("no usable Secret Service on the session bus: ") + error));
            QFAIL(qPrintable(error));
        }
        QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
        SecretStore other(second, SecretStore::Preference::KeychainOnly);
        QVERIFY2(other.write(QStringLiteral("k"), "secret two", &error), qPrintable(error));

        // A new instance (a restart) finds the secret; profiles do not see each other's.
        SecretStore reopened(first);
        QCOMPARE(reopened.backend(), SecretStore::Backend::Keychain);
        const auto read = reopened.read(QStringLiteral("k"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value, QByteArray("\x00secret one", 11));
        QCOMPARE(other.read(QStringLiteral("k")).value, QByteArray("secret two"));
        QVERIFY(!QFileInfo::exists(store.secretsFile()));

        QVERIFY2(reopened.remove(QStringLiteral("k"), &error), qPrintable(error));
        QCOMPARE(reopened.read(QStringLiteral("k")).status, SecretStore::Status::NotFound);
        QVERIFY(other.remove(QStringLiteral("k"), &error));
        QVERIFY(other.remove(QStringLiteral("k"), &error)); // gone already: fine
    }

    void automaticPrefersAReachableKeychain()
    {
        if (!haveSessionBus() && !keychainRequired())
            QSKIP("no D-Bus session bus, so no Secret Service to test against (./dev test provides one)");
        QTemporaryDir dir;
        SecretStore store(openProfile(dir));
        if (store.backend() != SecretStore::Backend::Keychain) {
            if (!keychainRequired())
                QSKIP(qPrintable(QStringLiteral("no usable Secret Service: ") + store.fallbackReason()));
            QFAIL(qPrintable(store.fallbackReason()));
        }
        QString error;
        QVERIFY2(store.write(SecretStore::installSecretKey(), "s", &error), qPrintable(error));
        QVERIFY(store.remove(SecretStore::installSecretKey(), &error));
        QVERIFY(store.backendDescription().contains(QStringLiteral("keychain")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
