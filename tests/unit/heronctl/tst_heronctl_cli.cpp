// Runs the real heronctl binary: its names, options and exit codes are a
// contract with outside tests (shared/CLI.md).
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runHeronctl(const QStringList &arguments, const QString &profile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HERON_PROFILE"), profile);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HERON_BINARY_DIR "/bin/heronctl"), arguments);
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
        QTest::newRow("account without subcommand") << args("account") << 2 << QStringLiteral("add, list, remove");
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
        QTest::newRow("reset needs one scope")
            << args("clientid reset --all --account a@example.test --yes") << 2 << QStringLiteral("exactly one");
        QTest::newRow("profile needs a value") << args("list --profile") << 2 << QStringLiteral("--profile");
        QTest::newRow("help for one command") << args("help send") << 0 << QString();
        QTest::newRow("pending engine") << args("sync --folder INBOX") << 1 << QStringLiteral("not implemented yet");
        QTest::newRow("global options after the command")
            << args("folders --json --profile /tmp/heron-cli-test") << 1 << QStringLiteral("not implemented yet");
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
