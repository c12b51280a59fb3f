// LocalMessage (an .eml opened from the desktop) against the hand-checked MIME
// corpus: every message's record carries the envelope the corpus's JSON states.
#include "sync/local_message.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using heron::store::AddressRecord;
using heron::sync::LocalMessage;

namespace {

const QString kCorpus = QStringLiteral(HERON_SOURCE_DIR "/tests/data/mime");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList addresses(const QList<AddressRecord> &list)
{
    QStringList out;
    for (const AddressRecord &address : list)
        out << address.name + QLatin1Char('|') + address.address;
    return out;
}

QStringList addresses(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &value : list)
        out << value[QLatin1String("name")].toString() + QLatin1Char('|') + value[QLatin1String("address")].toString();
    return out;
}

} // namespace

class TestLocalMessage : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(kCorpus).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            if (QFile::exists(kCorpus + QLatin1Char('/')
                              + QString(file).replace(QLatin1String(".eml"), QLatin1String(".json"))))
                QTest::newRow(qPrintable(file)) << file.chopped(4);
        }
    }

    void corpus()
    {
        QFETCH(QString, name);
        const QByteArray message = readFile(kCorpus + QLatin1Char('/') + name + QLatin1String(".eml"));
        const QJsonObject expected
            = QJsonDocument::fromJson(readFile(kCorpus + QLatin1Char('/') + name + QLatin1String(".json"))).object();
        const heron::store::MessageRecord record = LocalMessage::record(message);

        QCOMPARE(record.subject, expected[QLatin1String("subject")].toString());
        QCOMPARE(addresses(record.from), addresses(expected[QLatin1String("from")].toArray()));
        QCOMPARE(addresses(record.to), addresses(expected[QLatin1String("to")].toArray()));
        QCOMPARE(addresses(record.cc), addresses(expected[QLatin1String("cc")].toArray()));
        QCOMPARE(record.messageId, expected[QLatin1String("message_id")].toString());
        const QString date = expected[QLatin1String("date")].toString();
        if (date.isEmpty())
            QVERIFY(!record.date.isValid());
        else
            QCOMPARE(record.date, QDateTime::fromString(date, Qt::ISODate));
        QCOMPARE(record.size, message.size());
        QVERIFY(!record.bodyStructure.isEmpty());
    }

    void attachmentsAndThreadHeaders()
    {
        const QByteArray message = "From: Ann <ann@example.org>\r\nTo: bob@example.org\r\nSubject: Re: plan\r\n"
                                   "Message-ID: <b@x>\r\nIn-Reply-To: <a@x>\r\nReferences: <r@x> <a@x>\r\n"
                                   "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
                                   "--z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
                                   "--z\r\nContent-Type: application/pdf; name=plan.pdf\r\n"
                                   "Content-Disposition: attachment; filename=plan.pdf\r\n\r\n%PDF\r\n--z--\r\n";
        const heron::store::MessageRecord record = LocalMessage::record(message);
        QVERIFY(record.hasAttachments);
        QCOMPARE(record.inReplyTo, QStringLiteral("<a@x>"));
        QCOMPARE(record.references, QStringList({QStringLiteral("<r@x>"), QStringLiteral("<a@x>")}));
        QCOMPARE(record.uid, 0u);
        QVERIFY(record.flags.isEmpty());
    }

    void notAMessageGivesAnEmptyRecordNotACrash()
    {
        const heron::store::MessageRecord record = LocalMessage::record(QByteArray("\x00\xff\x01 binary", 10));
        QVERIFY(record.subject.isEmpty());
        QVERIFY(record.from.isEmpty());
        QVERIFY(!record.hasAttachments);
    }
};

QTEST_GUILESS_MAIN(TestLocalMessage)
#include "tst_local_message.moc"
