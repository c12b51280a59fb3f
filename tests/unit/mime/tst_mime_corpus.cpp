#include "mime/message_json.h"
#include "mime/message_parser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using heron::mime::MessageJson;
using heron::mime::MessageParser;

// Every tests/data/mime/NAME.eml is parsed and compared with NAME.json, which
// was written by hand from the message, not produced by this code.
class TestMimeCorpus : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("emlPath");
        const QDir directory(QStringLiteral(HERON_SOURCE_DIR "/tests/data/mime"));
        const QStringList files = directory.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, "the corpus is missing");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << directory.filePath(file);
    }

    void corpus()
    {
        QFETCH(QString, emlPath);
        const QString jsonPath = emlPath.chopped(4) + QStringLiteral(".json");
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(readAll(jsonPath), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(jsonPath + QLatin1String(": ") + error.errorString()));

        const QJsonDocument actual(MessageJson::message(MessageParser::parse(readAll(emlPath))));
        if (actual != expected) {
            qWarning().noquote() << "actual:\n" << QString::fromUtf8(actual.toJson());
            qWarning().noquote() << "expected:\n" << QString::fromUtf8(expected.toJson());
        }
        QVERIFY(actual == expected);
    }
};

QTEST_GUILESS_MAIN(TestMimeCorpus)
#include "tst_mime_corpus.moc"
