#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built heronctl on corpus files: the contract of shared/CLI.md
// (`parse FILE --json`, exit codes) as an outside script sees it.
class TestMimeParseCommand : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HERON_PROFILE"), m_profile.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HERON_BINARY_DIR "/bin/heronctl"), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    static QString corpusFile(const char *name)
    {
        return QStringLiteral(HERON_SOURCE_DIR "/tests/data/mime/") + QLatin1String(name);
    }

    QTemporaryDir m_profile;

private slots:
    void json_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("outlook") << QStringLiteral("outlook_html_attachment");
        QTest::newRow("forward") << QStringLiteral("nested_forward");
        QTest::newRow("legacy charset") << QStringLiteral("koi8r_mailing_list");
    }

    void json()
    {
        QFETCH(QString, name);
        const QString base = QStringLiteral(HERON_SOURCE_DIR "/tests/data/mime/") + name;
        const Result result = run({QStringLiteral("parse"), base + QStringLiteral(".eml"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QFile expectedFile(base + QStringLiteral(".json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument actual = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
        QCOMPARE(actual, QJsonDocument::fromJson(expectedFile.readAll()));
    }

    void jsonFlagMayComeFirst()
    {
        const Result result = run({QStringLiteral("--json"), QStringLiteral("parse"), corpusFile("plain_ascii.eml")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Lunch on Friday?"));
    }

    void readableSummary()
    {
        const Result result = run({QStringLiteral("parse"), corpusFile("outlook_html_attachment.eml")});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("Subject:")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Q3 Überblick")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("application/pdf")), qPrintable(out));
        QVERIFY2(!out.trimmed().startsWith(QLatin1Char('{')), qPrintable(out));
    }

    void summaryNamesCharsetFallback()
    {
        const Result result = run({QStringLiteral("parse"), corpusFile("broken_encodings.eml")});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("charset=x-bogus-charset  52 bytes  (unknown charset, read as utf-8)")),
                 qPrintable(out));
    }

    void unreadableFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << m_profile.filePath(QStringLiteral("no-such.eml"));
        QTest::newRow("directory") << m_profile.path();
    }

    void unreadableFile()
    {
        QFETCH(QString, path);
        const Result result = run({QStringLiteral("parse"), path, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("cannot read")), qPrintable(result.err));
    }

    void missingArgumentIsUsageError() { QCOMPARE(run({QStringLiteral("parse")}).exitCode, 2); }
};

QTEST_GUILESS_MAIN(TestMimeParseCommand)
#include "tst_mime_parse_command.moc"
