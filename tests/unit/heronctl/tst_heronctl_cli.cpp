// Runs the real heronctl binary: its names, options and exit codes are a
// contract with outside tests (shared/CLI.md).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "test_certificates.h"

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// stdin is a pipe that carries input and then ends. Secrets go to the profile's
// file (HERON_SECRET_BACKEND=file): these tests must never touch a real keychain.
Result runHeronctl(const QStringList &arguments, const QString &profile, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HERON_PROFILE"), profile);
    environment.insert(QStringLiteral("HERON_SECRET_BACKEND"), QStringLiteral("file"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HERON_BINARY_DIR "/bin/heronctl"), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestHeronctlCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;

private slots:
    void version()
    {
        const Result result = runHeronctl({QStringLiteral("--version")}, m_profile.path());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("heronctl " HERON_EXPECTED_VERSION));
    }

    void helpListsEveryCommand()
    {
        const Result result = runHeronctl({QStringLiteral("--help")}, m_profile.path());
        QCOMPARE(result.exitCode, 0);
        for (const char *command :
             {"account add", "account list", "account remove", "folders", "sync", "list", "show", "search", "send",
              "outbox", "outbox flush", "clientid", "clientid reset", "parse"}) {
            QVERIFY2(result.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
        }
    }

    void commandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");

        const auto args = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };

        QTest::newRow("no command") << QStringList {} << 2 << QStringLiteral("Commands:");
        QTest::newRow("unknown command") << args("frobnicate") << 2 << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("account without subcommand")
            << args("account") << 2 << QStringLiteral("add, list, signin, remove");
        QTest::newRow("unknown option") << args("list --bogus") << 2 << QStringLiteral("bogus");
        QTest::newRow("missing required option")
            << args("account add --email a@example.test --imap h") << 2 << QStringLiteral("--smtp");
        QTest::newRow("bad address") << args("account add --email nobody --imap h --smtp h") << 2
                                     << QStringLiteral("not an e-mail address");
        QTest::newRow("bad port") << args("account add --email a@example.test --imap h:70000 --smtp h") << 2
                                  << QStringLiteral("HOST:PORT");
        QTest::newRow("bad security") << args(
            "account add --email a@example.test --imap h --smtp h --imap-security ssl")
                                      << 2 << QStringLiteral("tls or starttls");
        QTest::newRow("bad limit") << args("list --limit many") << 2 << QStringLiteral("whole number");
        QTest::newRow("repeated single option") << args("list --limit 1 --limit 2") << 2 << QStringLiteral("only once");
        QTest::newRow("show without uid") << args("show") << 2 << QStringLiteral("usage: heronctl show UID");
        QTest::newRow("show with bad uid") << args("show x1") << 2 << QStringLiteral("whole number");
        QTest::newRow("send needs to or eml") << args("send --account a@example.test") << 2 << QStringLiteral("--eml");
        QTest::newRow("send eml with subject")
            << args("send --account a@example.test --eml m.eml --subject hi") << 2 << QStringLiteral("--subject");
        QTest::newRow("send bad recipient")
            << args("send --account a@example.test --to a@example.test,,oops") << 2 << QStringLiteral("oops");
        QTest::newRow("reset needs consent") << args("clientid reset --all") << 2 << QStringLiteral("--yes");
        QTest::newRow("reset of one account needs consent")
            << args("clientid reset --account a@example.test") << 2 << QStringLiteral("unregistered device");
        QTest::newRow("add without a password off a terminal")
            << args("account add --email a@example.test --imap h --smtp h") << 2 << QStringLiteral("--password-stdin");
        QTest::newRow("add with a missing CA file")
            << args("account add --email a@example.test --imap h --smtp h --password-stdin --ca-file /nonexistent.pem")
            << 2 << QStringLiteral("/nonexistent.pem");
        QTest::newRow("remove an unknown account")
            << args("account remove nobody@example.test") << 2 << QStringLiteral("no account nobody@example.test");
        QTest::newRow("clientid for an unknown account")
            << args("clientid --account nobody@example.test") << 2 << QStringLiteral("no account");
        QTest::newRow("reset needs one scope")
            << args("clientid reset --all --account a@example.test --yes") << 2 << QStringLiteral("exactly one");
        QTest::newRow("profile needs a value") << args("list --profile") << 2 << QStringLiteral("--profile");
        QTest::newRow("help for one command") << args("help send") << 0 << QString();
        QTest::newRow("sync without an account")
            << args("sync --folder INBOX") << 2 << QStringLiteral("no account yet");
        QTest::newRow("global options after the command")
            << args("clientid reset --json --profile /tmp/heron-cli-test --all") << 2 << QStringLiteral("--yes");
    }

    void commandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        const Result result = runHeronctl(arguments, m_profile.path());
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(result.exitCode).arg(result.err)));
        QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
    }

    void accountRoundTrip()
    {
        QTemporaryDir profile;
        const QString dir = profile.path();
        Result added = runHeronctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
                                    QStringLiteral("Ann@Example.test"), QStringLiteral("--imap"),
                                    QStringLiteral("imap.example.test"), QStringLiteral("--smtp"),
                                    QStringLiteral("smtp.example.test:2525"), QStringLiteral("--smtp-security"),
                                    QStringLiteral("starttls"), QStringLiteral("--password-stdin"),
                                    QStringLiteral("--name"), QStringLiteral("Work")},
                                   dir, "s3cret pass\nignored second line\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Ann@Example.test")), qPrintable(added.out));
        QVERIFY2(!added.out.contains(QStringLiteral("s3cret")) && !added.err.contains(QStringLiteral("s3cret")),
                 "the password is never printed");

        added
            = runHeronctl({QStringLiteral("--profile"), dir, QStringLiteral("account"), QStringLiteral("add"),
                           QStringLiteral("--email"), QStringLiteral("bob@example.org"), QStringLiteral("--imap"),
                           QStringLiteral("[::1]:1143"), QStringLiteral("--imap-security"), QStringLiteral("starttls"),
                           QStringLiteral("--smtp"), QStringLiteral("mail.example.org"), QStringLiteral("--login"),
                           QStringLiteral("bob"), QStringLiteral("--no-clientid"), QStringLiteral("--password-stdin")},
                          QStringLiteral("/nonexistent-profile-from-env"), "pw2\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        const Result duplicate
            = runHeronctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
                           QStringLiteral("ann@example.TEST"), QStringLiteral("--imap"), QStringLiteral("h"),
                           QStringLiteral("--smtp"), QStringLiteral("h"), QStringLiteral("--password-stdin")},
                          dir, "x\n");
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY2(duplicate.err.contains(QStringLiteral("already")), qPrintable(duplicate.err));

        const Result listed
            = runHeronctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}, dir);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 2);
        const QJsonObject ann = accounts.at(0).toObject();
        QCOMPARE(ann.value(QStringLiteral("email")).toString(), QStringLiteral("Ann@Example.test"));
        QCOMPARE(ann.value(QStringLiteral("name")).toString(), QStringLiteral("Work"));
        QCOMPARE(ann.value(QStringLiteral("clientid_enabled")).toBool(), true);
        const QJsonObject annImap = ann.value(QStringLiteral("imap")).toObject();
        QCOMPARE(annImap.value(QStringLiteral("host")).toString(), QStringLiteral("imap.example.test"));
        QCOMPARE(annImap.value(QStringLiteral("port")).toInt(), 993);
        QCOMPARE(annImap.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
        const QJsonObject annSmtp = ann.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(annSmtp.value(QStringLiteral("port")).toInt(), 2525);
        QCOMPARE(annSmtp.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        const QJsonObject bob = accounts.at(1).toObject();
        QCOMPARE(bob.value(QStringLiteral("clientid_enabled")).toBool(), false);
        QCOMPARE(bob.value(QStringLiteral("login")).toString(), QStringLiteral("bob"));
        QCOMPARE(bob.value(QStringLiteral("imap")).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("::1"));
        QCOMPARE(bob.value(QStringLiteral("imap")).toObject().value(QStringLiteral("port")).toInt(), 1143);
        QCOMPARE(bob.value(QStringLiteral("smtp")).toObject().value(QStringLiteral("port")).toInt(), 465);

        // The password went to the profile's secrets file (owner-only), not into the settings.
        QFile settings(QDir(dir).filePath(QStringLiteral("heron.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("s3cret"));
        const QString secretsFile = QDir(dir).filePath(QStringLiteral("secrets.json"));
        QCOMPARE(QFileInfo(secretsFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile secrets(secretsFile);
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        const QByteArray secretsBefore = secrets.readAll();
        QVERIFY(secretsBefore.contains(QByteArray("s3cret pass").toBase64()));
        secrets.close();

        const Result text = runHeronctl({QStringLiteral("account"), QStringLiteral("list")}, dir);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("smtp.example.test:2525 (starttls)")), qPrintable(text.out));

        const Result removed = runHeronctl(
            {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("ANN@example.test")}, dir);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(!secrets.readAll().contains(QByteArray("s3cret pass").toBase64()));
        const Result after
            = runHeronctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}, dir);
        const QJsonArray left = QJsonDocument::fromJson(after.out.toUtf8()).array();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.org"));
    }

    void caFileMustBePem()
    {
        QTemporaryDir profile;
        QFile notPem(profile.filePath(QStringLiteral("ca.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("this is not a certificate\n");
        notPem.close();
        const Result result = runHeronctl(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
             QStringLiteral("a@example.test"), QStringLiteral("--imap"), QStringLiteral("h"), QStringLiteral("--smtp"),
             QStringLiteral("h"), QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), notPem.fileName()},
            profile.path(), "pw\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(notPem.fileName()), qPrintable(result.err));
        const Result listed = runHeronctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")},
                                          profile.path());
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
    }

    void caFileIsKeptAbsolute()
    {
        const auto &certificates = heron::test::TestCertificates::instance();
        QVERIFY(certificates.isValid());
        QTemporaryDir profile;
        const Result added = runHeronctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
                                          QStringLiteral("a@example.test"), QStringLiteral("--imap"),
                                          QStringLiteral("localhost:10993"), QStringLiteral("--smtp"),
                                          QStringLiteral("localhost:10465"), QStringLiteral("--password-stdin"),
                                          QStringLiteral("--ca-file"), certificates.caFile()},
                                         profile.path(), "pw\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Result listed = runHeronctl({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")},
                                          profile.path());
        const QJsonObject account = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(account.value(QStringLiteral("ca_file")).toString(),
                 QFileInfo(certificates.caFile()).absoluteFilePath());
    }

    void emptyStdinIsNoPassword()
    {
        QTemporaryDir profile;
        const Result result
            = runHeronctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
                           QStringLiteral("a@example.test"), QStringLiteral("--imap"), QStringLiteral("h"),
                           QStringLiteral("--smtp"), QStringLiteral("h"), QStringLiteral("--password-stdin")},
                          profile.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no password")), qPrintable(result.err));
    }

    void clientIdJsonShape()
    {
        QTemporaryDir profile;
        const QString dir = profile.path();
        Result none = runHeronctl({QStringLiteral("clientid"), QStringLiteral("--json")}, dir);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(none.out.toUtf8()).isArray());
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);

        for (const char *email : {"ann@example.test", "bob@example.org"}) {
            const Result added = runHeronctl({QStringLiteral("account"), QStringLiteral("add"),
                                              QStringLiteral("--email"), QLatin1String(email), QStringLiteral("--imap"),
                                              QStringLiteral("imap.example.test"), QStringLiteral("--smtp"),
                                              QStringLiteral("smtp.example.test"), QStringLiteral("--password-stdin")},
                                             dir, "pw\n");
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }

        const Result shown = runHeronctl({QStringLiteral("clientid"), QStringLiteral("--json")}, dir);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonArray list = QJsonDocument::fromJson(shown.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QStringList tokens;
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            QVERIFY(entry.value(QStringLiteral("account")).isString());
            QCOMPARE(entry.value(QStringLiteral("type")).toString(), QStringLiteral("UUID"));
            QVERIFY2(uuid.match(entry.value(QStringLiteral("token")).toString()).hasMatch(),
                     qPrintable(entry.value(QStringLiteral("token")).toString()));
            QCOMPARE(entry.value(QStringLiteral("enabled")).toBool(), true);
            QVERIFY(entry.value(QStringLiteral("servers")).isArray());
            QCOMPARE(entry.value(QStringLiteral("servers")).toArray().size(), 0);
            tokens << entry.value(QStringLiteral("token")).toString();
        }
        QVERIFY(tokens.at(0) != tokens.at(1));

        // Stable across runs; one account on request; text output names the token.
        const Result one = runHeronctl({QStringLiteral("clientid"), QStringLiteral("--json"),
                                        QStringLiteral("--account"), QStringLiteral("BOB@example.org")},
                                       dir);
        QCOMPARE(one.exitCode, 0);
        const QJsonArray single = QJsonDocument::fromJson(one.out.toUtf8()).array();
        QCOMPARE(single.size(), 1);
        QCOMPARE(single.at(0).toObject().value(QStringLiteral("token")).toString(), tokens.at(1));
        const Result text = runHeronctl({QStringLiteral("clientid")}, dir);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(tokens.at(0)) && text.out.contains(tokens.at(1)), qPrintable(text.out));

        // Reset one account: only its token changes.
        const Result reset
            = runHeronctl({QStringLiteral("clientid"), QStringLiteral("reset"), QStringLiteral("--account"),
                           QStringLiteral("ann@example.test"), QStringLiteral("--yes")},
                          dir);
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        QVERIFY2(reset.out.contains(QStringLiteral("unregistered")), qPrintable(reset.out));
        const QJsonArray afterReset
            = QJsonDocument::fromJson(
                  runHeronctl({QStringLiteral("clientid"), QStringLiteral("--json")}, dir).out.toUtf8())
                  .array();
        QVERIFY(afterReset.at(0).toObject().value(QStringLiteral("token")).toString() != tokens.at(0));
        QCOMPARE(afterReset.at(1).toObject().value(QStringLiteral("token")).toString(), tokens.at(1));

        // Reset all: every token changes.
        const Result all = runHeronctl(
            {QStringLiteral("clientid"), QStringLiteral("reset"), QStringLiteral("--all"), QStringLiteral("--yes")},
            dir);
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray afterAll
            = QJsonDocument::fromJson(
                  runHeronctl({QStringLiteral("clientid"), QStringLiteral("--json")}, dir).out.toUtf8())
                  .array();
        QVERIFY(afterAll.at(0).toObject().value(QStringLiteral("token")).toString()
                != afterReset.at(0).toObject().value(QStringLiteral("token")).toString());
        QVERIFY(afterAll.at(1).toObject().value(QStringLiteral("token")).toString() != tokens.at(1));
    }

    void clientIdReportsALostSecret()
    {
        QTemporaryDir profile;
        const QString dir = profile.path();
        const Result added
            = runHeronctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"),
                           QStringLiteral("ann@example.test"), QStringLiteral("--imap"), QStringLiteral("h"),
                           QStringLiteral("--smtp"), QStringLiteral("h"), QStringLiteral("--password-stdin")},
                          dir, "pw\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("secrets.json"))));
        const Result shown = runHeronctl({QStringLiteral("clientid")}, dir);
        QCOMPARE(shown.exitCode, 1);
        QVERIFY2(shown.err.contains(QStringLiteral("missing")), qPrintable(shown.err));
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("secrets.json"))));
    }

    void commandHelpShowsSynopsis()
    {
        const Result result = runHeronctl({QStringLiteral("help"), QStringLiteral("clientid"), QStringLiteral("reset")},
                                          m_profile.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.out.startsWith(QStringLiteral("usage: heronctl clientid reset [--account ADDR] [--all] [--yes]")),
            qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestHeronctlCli)
#include "tst_heronctl_cli.moc"
