// Secrets hygiene over a whole working profile (issue 11): an account added,
// synchronised and used to send through the CLIENTID gate with heronctl. Then
// no file of the profile holds the password in any form the protocols use
// (plain, base64, the AUTH PLAIN blob) except the 0600 secrets file when the
// profile uses the file fallback; the profile and everything in it is for the
// user alone (0700 folders, 0600 files).
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "heronctl_process.h"
#include "mail_stack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using heron::accounts::Profile;
using heron::accounts::SecretStore;
using heron::test::MailStack;
using namespace heron::test::cli;

class TestSecretsHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
        QVERIFY2(m_stack.hasGate(), "the stack has no CLIENTID gate");
    }

    void profileKeepsNoPasswordAndIsPrivate()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const QString email = m_stack.user2; // unrestricted at the gate: CLIENTID accepted, then login
        const Result added
            = heronctl(profile,
                       {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), email,
                        QStringLiteral("--imap"), QStringLiteral("localhost:%1").arg(m_stack.gateImapsPort),
                        QStringLiteral("--smtp"), QStringLiteral("localhost:%1").arg(m_stack.gateSubmissionsPort),
                        QStringLiteral("--ca-file"), m_stack.caFile, QStringLiteral("--password-stdin")},
                       m_stack.pass2.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        // The gate accepts only approved tokens: approve this profile's, as the provider would.
        const Result clientId = heronctl(
            profile, {QStringLiteral("clientid"), QStringLiteral("--account"), email, QStringLiteral("--json")});
        const QString token = QJsonDocument::fromJson(clientId.out).array().at(0)[QLatin1String("token")].toString();
        QVERIFY2(!token.isEmpty(), clientId.out.constData());
        QProcess approve;
        approve.start(m_stack.gateScript,
                      {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                       QStringLiteral("--account"), email, QStringLiteral("--token"), token});
        QVERIFY(approve.waitForFinished(30000) && approve.exitCode() == 0);

        // A message with an attachment above the inline limit, so the body cache writes files too.
        const QString body = dir.filePath(QStringLiteral("body.txt"));
        const QString attachment = dir.filePath(QStringLiteral("report.bin"));
        QFile bodyFile(body);
        QVERIFY(bodyFile.open(QIODevice::WriteOnly) && bodyFile.write("checking secrets\n") > 0);
        bodyFile.close();
        QFile attachmentFile(attachment);
        QVERIFY(attachmentFile.open(QIODevice::WriteOnly)
                && attachmentFile.write(QByteArray(200 * 1024, 'r')) == 200 * 1024);
        attachmentFile.close();
        const QString subject = QStringLiteral("hygiene %1").arg(QRandomGenerator::global()->generate());
        const Result sent = heronctl(profile,
                                     {QStringLiteral("send"), QStringLiteral("--account"), email,
                                      QStringLiteral("--to"), email, QStringLiteral("--subject"), subject,
                                      QStringLiteral("--body-file"), body, QStringLiteral("--attach"), attachment});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        // Delivery takes a moment: sync with bodies until the message is in the cache.
        bool arrived = false;
        for (int attempt = 0; attempt < 20 && !arrived; ++attempt) {
            const Result synced = heronctl(profile, {QStringLiteral("sync"), QStringLiteral("--bodies")});
            QVERIFY2(synced.exitCode == 0, synced.err.constData());
            arrived = heronctl(profile, {QStringLiteral("search"), subject}).out.contains(subject.toUtf8());
            if (!arrived)
                QTest::qWait(500);
        }
        QVERIFY2(arrived, "the message sent to itself never arrived");
        QVERIFY(QDir(profile).exists(QStringLiteral("parts")));

        const QByteArray password = m_stack.pass2.toUtf8();
        const QList<QByteArray> forms
            = {password, password.toBase64(), ('\0' + email.toUtf8() + '\0' + password).toBase64()};

        std::optional<Profile> opened = Profile::open(profile, nullptr);
        QVERIFY(opened);
        SecretStore secrets(*opened);
        const bool fileBackend = secrets.backend() == SecretStore::Backend::File;
        if (qEnvironmentVariableIsSet("HERON_REQUIRE_KEYCHAIN"))
            QVERIFY2(!fileBackend, "the keychain was required but the profile uses the secrets file");
        const QString secretsFile = QFileInfo(secrets.secretsFile()).absoluteFilePath();

        QVERIFY(permissionsPrivate(profile));
        QDirIterator it(profile, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(permissionsPrivate(path), qPrintable(path + QStringLiteral(" is open to others")));
            if (!it.fileInfo().isFile())
                continue;
            ++files;
            if (fileBackend && QFileInfo(path).absoluteFilePath() == secretsFile)
                continue; // the fallback's whole purpose; 0600, checked above
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &form : forms)
                QVERIFY2(!bytes.contains(form), qPrintable(path + QStringLiteral(" holds the password")));
        }
        QVERIFY2(files >= 3, "the profile should hold settings, a cache and accounts");
    }

private:
    // Nobody but the owner may read, write or enter it.
    static bool permissionsPrivate(const QString &path)
    {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (QFile::permissions(path) & others) == 0;
    }

    MailStack m_stack;
};

QTEST_GUILESS_MAIN(TestSecretsHygiene)
#include "tst_secrets_hygiene.moc"
