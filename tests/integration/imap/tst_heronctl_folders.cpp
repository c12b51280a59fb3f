// `heronctl folders` against the stack's Dovecot, as a user runs it: the
// account added with `account add`, the folder list in text and JSON, the
// CLIENTID status recorded, and the exit codes of CLI.md for a wrong
// password (4) and an untrusted server (3).
#include "mail_stack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using heron::test::MailStack;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result heronctl(const QString &profile, QStringList arguments, const QByteArray &input = {})
{
    QProcess process;
    arguments.prepend(profile);
    arguments.prepend(QStringLiteral("--profile"));
    process.start(QStringLiteral(HERON_BINARY_DIR "/bin/heronctl"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace

class TestHeronctlFolders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheFolders();
    void wrongPasswordExitsWithFour();
    void untrustedServerExitsWithThree();

private:
    bool addAccount(const QString &profile, const QString &password, bool withCa, bool startTls = false);

    MailStack m_stack;
};

void TestHeronctlFolders::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
}

bool TestHeronctlFolders::addAccount(const QString &profile, const QString &password, bool withCa, bool startTls)
{
    QStringList arguments = {
        QStringLiteral("account"),
        QStringLiteral("add"),
        QStringLiteral("--email"),
        m_stack.user2,
        QStringLiteral("--imap"),
        QStringLiteral("localhost:%1").arg(startTls ? m_stack.imapPort : m_stack.imapsPort),
        QStringLiteral("--imap-security"),
        startTls ? QStringLiteral("starttls") : QStringLiteral("tls"),
        QStringLiteral("--smtp"),
        QStringLiteral("localhost:%1").arg(m_stack.submissionsPort),
        QStringLiteral("--password-stdin"),
    };
    if (withCa)
        arguments << QStringLiteral("--ca-file") << m_stack.caFile;
    const Result result = heronctl(profile, arguments, password.toUtf8() + '\n');
    if (result.exitCode != 0)
        qWarning("account add failed: %s", result.err.constData());
    return result.exitCode == 0;
}

void TestHeronctlFolders::listsTheFolders()
{
    for (const bool startTls : {false, true}) {
        QTemporaryDir profile;
        QVERIFY(addAccount(profile.path(), m_stack.pass2, true, startTls));
        const Result text = heronctl(profile.path(), {QStringLiteral("folders")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QByteArrayList lines = text.out.split('\n');
        QVERIFY(lines.first().startsWith("INBOX"));
        QVERIFY(text.out.contains("Sent [sent]"));

        const Result json = heronctl(profile.path(), {QStringLiteral("folders"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray folders = QJsonDocument::fromJson(json.out).array();
        QVERIFY(folders.size() >= 6);
        QStringList uses;
        for (const QJsonValue &folder : folders) {
            QVERIFY(folder.toObject().contains(QStringLiteral("name")));
            QVERIFY(folder.toObject().value(QStringLiteral("messages")).isDouble());
            uses.append(folder.toObject().value(QStringLiteral("special_use")).toString());
        }
        QCOMPARE(uses.mid(0, 6),
                 (QStringList {QStringLiteral("inbox"), QStringLiteral("drafts"), QStringLiteral("sent"),
                               QStringLiteral("archive"), QStringLiteral("junk"), QStringLiteral("trash")}));

        // What the server showed of CLIENTID is on record (Dovecot does not offer it).
        const Result clientId = heronctl(profile.path(), {QStringLiteral("clientid"), QStringLiteral("--json")});
        QCOMPARE(clientId.exitCode, 0);
        const QJsonArray servers
            = QJsonDocument::fromJson(clientId.out).array().at(0).toObject().value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("imap"));
        QCOMPARE(servers.at(0).toObject().value(QStringLiteral("advertised")).toBool(true), false);
    }
}

void TestHeronctlFolders::wrongPasswordExitsWithFour()
{
    QTemporaryDir profile;
    QVERIFY(addAccount(profile.path(), QStringLiteral("not-the-password"), true));
    const Result result = heronctl(profile.path(), {QStringLiteral("folders")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("did not accept the login"));
    QVERIFY(!result.err.contains("not-the-password"));
}

void TestHeronctlFolders::untrustedServerExitsWithThree()
{
    QTemporaryDir profile;
    QVERIFY(addAccount(profile.path(), m_stack.pass2, false));
    const Result result = heronctl(profile.path(), {QStringLiteral("folders")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("fingerprint"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestHeronctlFolders)
#include "tst_heronctl_folders.moc"
