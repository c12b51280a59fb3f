#include "accounts/account_store.h"
#include "accounts/secret_store.h"
#include "identity/device_identity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using heron::accounts::Account;
using heron::accounts::AccountStore;
using heron::accounts::MailProtocol;
using heron::accounts::Profile;
using heron::accounts::SecretStore;
using heron::identity::ClientIdServerStatus;
using heron::identity::DeviceIdentity;

namespace {

const QString kAnn = QStringLiteral("ann@example.test");
const QString kBob = QStringLiteral("bob@example.org");

Profile openProfile(const QTemporaryDir &dir, const QString &name = QStringLiteral("profile"))
{
    QString error;
    const auto profile = Profile::open(dir.filePath(name), &error);
    if (!profile)
        qFatal("cannot open a test profile: %s", qPrintable(error));
    return *profile;
}

// One "run" of Heron on a profile: a fresh store and identity, as after a restart.
struct Run
{
    explicit Run(const Profile &profile)
        : secrets(profile, SecretStore::Preference::FileOnly)
        , identity(profile, secrets)
    {
    }

    SecretStore secrets;
    DeviceIdentity identity;
};

QString tokenAfterRestart(const Profile &profile, const QString &email)
{
    Run run(profile);
    QString error;
    if (!run.identity.load(&error))
        return QStringLiteral("load failed: ") + error;
    return run.identity.token(email);
}

QByteArray storedSecret(const Profile &profile)
{
    SecretStore secrets(profile, SecretStore::Preference::FileOnly);
    return secrets.read(SecretStore::installSecretKey()).value;
}

QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

} // namespace

class TestDeviceIdentity : public QObject
{
    Q_OBJECT

private slots:
    void firstRunCreatesASecretAndAToken()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        Run run(profile);
        QVERIFY(!run.identity.isLoaded());
        QVERIFY(run.identity.token(kAnn).isEmpty());
        QString error;
        QVERIFY2(run.identity.load(&error), qPrintable(error));
        QVERIFY(run.identity.secretCreatedAt().isValid());
        QCOMPARE(storedSecret(profile).size(), DeviceIdentity::kSecretSize);

        const QString token = run.identity.token(kAnn);
        static const QRegularExpression uuidV8(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuidV8.match(token).hasMatch(), qPrintable(token));
        QCOMPARE(run.identity.token(QStringLiteral("ANN@Example.TEST")), token);
        QCOMPARE(run.identity.rotation(kAnn), 0u);
    }

    void secretsOfTwoProfilesDiffer()
    {
        QTemporaryDir dir;
        const Profile one = openProfile(dir, QStringLiteral("one"));
        const Profile two = openProfile(dir, QStringLiteral("two"));
        const QString first = tokenAfterRestart(one, kAnn);
        const QString second = tokenAfterRestart(two, kAnn);
        QVERIFY(!first.startsWith(QStringLiteral("load failed")));
        QVERIFY(!second.startsWith(QStringLiteral("load failed")));
        QVERIFY(first != second);
        QVERIFY(storedSecret(one) != storedSecret(two));
    }

    void tokenIsStableAcrossRestarts()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        const QString first = tokenAfterRestart(profile, kAnn);
        const QByteArray secret = storedSecret(profile);
        QCOMPARE(tokenAfterRestart(profile, kAnn), first);
        QCOMPARE(tokenAfterRestart(profile, kAnn), first);
        QCOMPARE(storedSecret(profile), secret);
    }

    void tokenIsStableAcrossReAddingTheAccount()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        Account account;
        account.email = kAnn;
        account.imap = {QStringLiteral("imap.example.test"), 993, heron::accounts::Security::Tls};
        account.smtp = {QStringLiteral("smtp.example.test"), 465, heron::accounts::Security::Tls};
        QString error;
        QVERIFY(AccountStore(profile).add(account, &error));
        Run run(profile);
        QVERIFY(run.identity.load(&error));
        QVERIFY(run.identity.resetAccount(kAnn, &error)); // a counter that is not 0 must survive too
        const QString before = run.identity.token(kAnn);
        QVERIFY(run.identity.setServerStatus(
            kAnn, {MailProtocol::Imap, QStringLiteral("imap.example.test"), true, QStringLiteral("OK"), QDateTime()}));

        // Removing the account (as `heronctl account remove` does) and adding it again.
        QVERIFY(AccountStore(profile).remove(kAnn, &error));
        run.identity.forgetServerStatuses(kAnn);
        QVERIFY(run.identity.serverStatuses(kAnn).isEmpty());
        account.email = QStringLiteral("Ann@Example.Test");
        QVERIFY(AccountStore(profile).add(account, &error));
        QCOMPARE(tokenAfterRestart(profile, account.email), before);
    }

    void accountsGetUnrelatedTokens()
    {
        QTemporaryDir dir;
        Run run(openProfile(dir));
        QString error;
        QVERIFY(run.identity.load(&error));
        QStringList tokens;
        for (const QString &email :
             {kAnn, kBob, QStringLiteral("ann@example.org"), QStringLiteral("ann2@example.test")})
            tokens << run.identity.token(email);
        tokens.removeDuplicates();
        QCOMPARE(tokens.size(), 4);
    }

    void resetAccountChangesOnlyThatAccount()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        Run run(profile);
        QString error;
        QVERIFY(run.identity.load(&error));
        const QString ann = run.identity.token(kAnn);
        const QString bob = run.identity.token(kBob);
        const QByteArray secret = storedSecret(profile);

        QVERIFY2(run.identity.resetAccount(QStringLiteral("ANN@example.test"), &error), qPrintable(error));
        QCOMPARE(run.identity.rotation(kAnn), 1u);
        QCOMPARE(run.identity.rotation(kBob), 0u);
        const QString newAnn = run.identity.token(kAnn);
        QVERIFY(newAnn != ann);
        QCOMPARE(run.identity.token(kBob), bob);
        QCOMPARE(storedSecret(profile), secret);
        // And it lasts.
        QCOMPARE(tokenAfterRestart(profile, kAnn), newAnn);
        QCOMPARE(tokenAfterRestart(profile, kBob), bob);

        QVERIFY(run.identity.resetAccount(kAnn, &error));
        QVERIFY(run.identity.token(kAnn) != newAnn);
        QVERIFY(run.identity.token(kAnn) != ann);
    }

    void resetAllChangesEveryTokenAndOnlyTheSecret()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        Run run(profile);
        QString error;
        QVERIFY(run.identity.load(&error));
        QVERIFY(run.identity.resetAccount(kBob, &error));
        const QString ann = run.identity.token(kAnn);
        const QString bob = run.identity.token(kBob);
        const QByteArray secret = storedSecret(profile);
        QVERIFY(run.identity.setServerStatus(
            kAnn, {MailProtocol::Smtp, QStringLiteral("smtp.example.test"), false, std::nullopt, QDateTime()}));

        QVERIFY2(run.identity.resetAll(&error), qPrintable(error));
        QVERIFY(storedSecret(profile) != secret);
        QCOMPARE(storedSecret(profile).size(), DeviceIdentity::kSecretSize);
        QVERIFY(run.identity.token(kAnn) != ann);
        QVERIFY(run.identity.token(kBob) != bob);
        QCOMPARE(run.identity.rotation(kBob), 1u); // counters are not the secret
        QCOMPARE(run.identity.serverStatuses(kAnn).size(), 1);
        QCOMPARE(tokenAfterRestart(profile, kAnn), run.identity.token(kAnn));
    }

    void missingSecretIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        const QString before = tokenAfterRestart(profile, kAnn);
        QString error;
        QVERIFY(
            SecretStore(profile, SecretStore::Preference::FileOnly).remove(SecretStore::installSecretKey(), &error));

        Run run(profile);
        QVERIFY(!run.identity.load(&error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("clientid reset --all")), qPrintable(error));
        QVERIFY(run.identity.token(kAnn).isEmpty());
        QCOMPARE(SecretStore(profile, SecretStore::Preference::FileOnly).read(SecretStore::installSecretKey()).status,
                 SecretStore::Status::NotFound);

        // The way out is explicit.
        QVERIFY2(run.identity.resetAll(&error), qPrintable(error));
        const QString after = run.identity.token(kAnn);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QCOMPARE(tokenAfterRestart(profile, kAnn), after);
    }

    void damagedSecretIsReported()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        QVERIFY(!tokenAfterRestart(profile, kAnn).isEmpty());
        QString error;
        QVERIFY(SecretStore(profile, SecretStore::Preference::FileOnly)
                    .write(SecretStore::installSecretKey(), "too short", &error));
        Run shortSecret(profile);
        QVERIFY(!shortSecret.identity.load(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));

        QFile file(SecretStore(profile, SecretStore::Preference::FileOnly).secretsFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
        file.close();
        Run garbage(profile);
        QVERIFY(!garbage.identity.load(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("garbage"));
    }

    void serverStatusesArePersistedAndReplaced()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        Run run(profile);
        QVERIFY(run.identity.serverStatuses(kAnn).isEmpty());
        const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(10, 20, 30), Qt::UTC);
        QVERIFY(run.identity.setServerStatus(
            kAnn, {MailProtocol::Smtp, QStringLiteral("SMTP.example.test"), true, QStringLiteral("250 2.0.0 OK"), at}));
        QVERIFY(run.identity.setServerStatus(
            kAnn, {MailProtocol::Imap, QStringLiteral("imap.example.test"), std::nullopt, std::nullopt, at}));
        QVERIFY(run.identity.setServerStatus(
            kAnn, {MailProtocol::Imap, QStringLiteral("imap.example.test"), false, std::nullopt, at.addSecs(60)}));
        QVERIFY(run.identity.setServerStatus(kBob,
                                             {MailProtocol::Imap, QStringLiteral("imap.example.org"), true,
                                              QStringLiteral("NO device not registered"), QDateTime()}));

        Run later(profile);
        const QList<ClientIdServerStatus> ann = later.identity.serverStatuses(QStringLiteral("Ann@example.test"));
        QCOMPARE(ann.size(), 2);
        QCOMPARE(ann.at(0).protocol, MailProtocol::Imap);
        QCOMPARE(ann.at(0).advertised, std::optional<bool>(false));
        QCOMPARE(ann.at(0).lastReply, std::optional<QString>());
        QCOMPARE(ann.at(0).at, at.addSecs(60));
        QCOMPARE(ann.at(1).host, QStringLiteral("smtp.example.test"));
        QCOMPARE(ann.at(1).lastReply, std::optional<QString>(QStringLiteral("250 2.0.0 OK")));
        const QList<ClientIdServerStatus> bob = later.identity.serverStatuses(kBob);
        QCOMPARE(bob.size(), 1);
        QVERIFY(bob.at(0).at.isValid()); // stamped when not given

        const QJsonObject json = ann.at(1).toJson();
        QCOMPARE(json.value(QStringLiteral("protocol")).toString(), QStringLiteral("smtp"));
        QCOMPARE(json.value(QStringLiteral("advertised")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-01T10:20:30Z"));
        QVERIFY(ann.at(0).toJson().value(QStringLiteral("last_reply")).isNull());
        QVERIFY(ClientIdServerStatus {}.toJson().value(QStringLiteral("advertised")).isNull());
        QVERIFY(ClientIdServerStatus {}.toJson().value(QStringLiteral("at")).isNull());

        later.identity.forgetServerStatuses(kAnn);
        QVERIFY(Run(profile).identity.serverStatuses(kAnn).isEmpty());
        QCOMPARE(Run(profile).identity.serverStatuses(kBob).size(), 1);
    }

    void addressesWithSlashesAreKeptApart()
    {
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        Run run(profile);
        QString error;
        QVERIFY(run.identity.load(&error));
        const QString odd = QStringLiteral("a/b\\c@example.test");
        QVERIFY(run.identity.resetAccount(odd, &error));
        QCOMPARE(run.identity.rotation(odd), 1u);
        QCOMPARE(run.identity.rotation(QStringLiteral("a@example.test")), 0u);
        QCOMPARE(Run(profile).identity.rotation(odd), 1u);
    }

    void keychainBackedSecretIsStable()
    {
        const bool required = qEnvironmentVariableIntValue("HERON_REQUIRE_KEYCHAIN") == 1;
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !required)
            QSKIP("no D-Bus session bus, so no Secret Service to test against (./dev test provides one)");
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        QString token;
        {
            SecretStore secrets(profile, SecretStore::Preference::KeychainOnly);
            secrets.setKeychainTimeout(10000);
            DeviceIdentity identity(profile, secrets);
            QString error;
            if (!identity.load(&error)) {
                if (!required)
                    QSKIP(qPrintable(QStringLiteral("no usable Secret Service: ") + error));
                QFAIL(qPrintable(error));
            }
            token = identity.token(kAnn);
        }
        SecretStore secrets(profile); // what the profile recorded: the keychain
        DeviceIdentity again(profile, secrets);
        QString error;
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(secrets.backend(), SecretStore::Backend::Keychain);
        QCOMPARE(again.token(kAnn), token);
        QVERIFY(!QFile::exists(secrets.secretsFile()));
        QVERIFY2(again.secretLocation().contains(QStringLiteral("keychain")), qPrintable(again.secretLocation()));
        QVERIFY(secrets.remove(SecretStore::installSecretKey(), &error)); // leave the keyring as found
    }

    void secretsAndTokensNeverReachTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        {
            const QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QTemporaryDir dir;
        const Profile profile = openProfile(dir);
        QStringList tokens;
        QList<QByteArray> secrets;
        {
            Run run(profile);
            QString error;
            QVERIFY(run.identity.load(&error));
            secrets << storedSecret(profile);
            tokens << run.identity.token(kAnn);
            QVERIFY(run.identity.resetAccount(kAnn, &error));
            tokens << run.identity.token(kAnn);
            QVERIFY(run.identity.resetAll(&error));
            secrets << storedSecret(profile);
            tokens << run.identity.token(kAnn) << run.identity.token(kBob);
            QVERIFY(run.identity.setServerStatus(
                kAnn, {MailProtocol::Imap, QStringLiteral("h"), true, QStringLiteral("OK"), QDateTime()}));
            // A missing secret's error path logs too.
            QVERIFY(SecretStore(profile, SecretStore::Preference::FileOnly)
                        .remove(SecretStore::installSecretKey(), &error));
            QVERIFY(!Run(profile).identity.load(&error));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        const QMutexLocker lock(&logMutex);
        QVERIFY2(!capturedLog.isEmpty(), "the identity is expected to log what it does (without values)");
        const QString log = capturedLog.join(QLatin1Char('\n'));
        for (const QString &token : tokens) {
            QVERIFY(!token.isEmpty());
            QVERIFY2(!log.contains(token, Qt::CaseInsensitive), qPrintable(log));
            QVERIFY2(!log.contains(QString(token).remove(QLatin1Char('-')), Qt::CaseInsensitive), qPrintable(log));
        }
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!log.contains(QString::fromLatin1(secret.toHex()), Qt::CaseInsensitive), qPrintable(log));
            QVERIFY2(!log.contains(QString::fromLatin1(secret.toBase64())), qPrintable(log));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_device_identity.moc"
