#include "mime/address_parser.h"
#include "mime/content_header.h"
#include "mime/date_parser.h"
#include "mime/envelope.h"
#include "mime/header_decoder.h"
#include "mime/message_parser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace heron::mime;

namespace {

// "number:type/subtype" of every part in document order; the root multipart has no number.
void outline(const MimePart &part, QStringList *out)
{
    *out << QString::fromLatin1(part.partNumber + ':' + part.mimeType());
    for (const MimePart &child : part.children)
        outline(child, out);
}

QString outline(const MimePart &root)
{
    QStringList out;
    outline(root, &out);
    return out.join(QLatin1Char(' '));
}

QByteArray crlf(QByteArray message)
{
    return message.replace('\n', "\r\n");
}

// HERON_FUZZ_ROUNDS=N runs the random tests longer, e.g. before a release.
int fuzzRounds(int normal)
{
    const int requested = qEnvironmentVariableIntValue("HERON_FUZZ_ROUNDS");
    return requested > 0 ? requested : normal;
}

int depth(const MimePart &part)
{
    int deepest = 0;
    const MimePart *current = &part;
    while (!current->children.isEmpty()) {
        current = &current->children.constLast();
        ++deepest;
    }
    return deepest;
}

const QByteArray kAlternativeWithAttachment = "From: a@example.test\n"
                                              "Content-Type: multipart/mixed; boundary=outer\n"
                                              "\n"
                                              "This is the preamble.\n"
                                              "--outer\n"
                                              "Content-Type: multipart/alternative; boundary=\"outer-alt\"\n"
                                              "\n"
                                              "--outer-alt\n"
                                              "Content-Type: text/plain; charset=utf-8\n"
                                              "\n"
                                              "Hello\n"
                                              "--outer-alt\n"
                                              "Content-Type: text/html; charset=utf-8\n"
                                              "\n"
                                              "<p>Hello</p>\n"
                                              "--outer-alt--\n"
                                              "--outer\n"
                                              "Content-Type: application/pdf; name=\"report.pdf\"\n"
                                              "Content-Disposition: attachment\n"
                                              "Content-Transfer-Encoding: base64\n"
                                              "\n"
                                              "JVBERi0xLjQK\n"
                                              "--outer--\n"
                                              "This is the epilogue.\n";

} // namespace

class TestMimeMessageParser : public QObject
{
    Q_OBJECT

private slots:
    void structure_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");

        QTest::newRow("single part") << QByteArray("Subject: x\n\nbody\n") << QStringLiteral("1:text/plain");
        QTest::newRow("no header") << QByteArray("\nbody\n") << QStringLiteral("1:text/plain");
        QTest::newRow("alternative and attachment")
            << kAlternativeWithAttachment
            << QStringLiteral(
                   ":multipart/mixed 1:multipart/alternative 1.1:text/plain 1.2:text/html 2:application/pdf");
        QTest::newRow("same, CRLF")
            << crlf(kAlternativeWithAttachment)
            << QStringLiteral(
                   ":multipart/mixed 1:multipart/alternative 1.1:text/plain 1.2:text/html 2:application/pdf");
        QTest::newRow("forwarded multipart message")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n"
                          "--b\n\nSee below.\n"
                          "--b\nContent-Type: message/rfc822\n\n"
                          "Subject: inner\nContent-Type: multipart/mixed; boundary=c\n\n"
                          "--c\n\ninner text\n--c\nContent-Type: image/jpeg\n\nxx\n--c--\n"
                          "--b--\n")
            << QStringLiteral(":multipart/mixed 1:text/plain 2:message/rfc822 2:multipart/mixed 2.1:text/plain "
                              "2.2:image/jpeg");
        QTest::newRow("forwarded single-part message")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n"
                          "--b\n\nSee below.\n"
                          "--b\nContent-Type: message/rfc822\n\nSubject: inner\n\ninner text\n"
                          "--b--\n")
            << QStringLiteral(":multipart/mixed 1:text/plain 2:message/rfc822 2.1:text/plain");
        QTest::newRow("message as the whole body")
            << QByteArray("Content-Type: message/rfc822\n\nSubject: inner\n\ntext\n")
            << QStringLiteral("1:message/rfc822 1.1:text/plain");
        QTest::newRow("base64 encoded message")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n"
                          "--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
                          "U3ViamVjdDogaW5uZXIKCnRleHQK\n"
                          "--b--\n")
            << QStringLiteral(":multipart/mixed 1:message/rfc822 1.1:text/plain");
        QTest::newRow("boundary that prefixes another")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n"
                          "--b\nContent-Type: multipart/alternative; boundary=b1\n\n"
                          "--b1\n\none\n--b1\n\ntwo\n--b1--\n"
                          "--b\n\nthree\n--b--\n")
            << QStringLiteral(":multipart/mixed 1:multipart/alternative 1.1:text/plain 1.2:text/plain 2:text/plain");
        QTest::newRow("delimiter with trailing blanks")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b  \n\none\n--b--  \n")
            << QStringLiteral(":multipart/mixed 1:text/plain");
        QTest::newRow("missing closing delimiter")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n\ntwo")
            << QStringLiteral(":multipart/mixed 1:text/plain 2:text/plain");
        QTest::newRow("boundary never appears")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\njust text\n")
            << QStringLiteral("1:multipart/mixed");
        QTest::newRow("no boundary parameter")
            << QByteArray("Content-Type: multipart/mixed\n\n--b\n\nx\n--b--\n") << QStringLiteral("1:multipart/mixed");
        QTest::newRow("digest defaults")
            << QByteArray("Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\n1\n--d\n\n"
                          "Subject: two\n\n2\n--d--\n")
            << QStringLiteral(":multipart/digest 1:message/rfc822 1.1:text/plain 2:message/rfc822 2.1:text/plain");
        QTest::newRow("type without subtype")
            << QByteArray("Content-Type: text\n\nx") << QStringLiteral("1:text/plain");
        QTest::newRow("uppercase type") << QByteArray("Content-Type: TEXT/HTML\n\nx") << QStringLiteral("1:text/html");
    }

    void structure()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        QCOMPARE(outline(MessageParser::parse(message)), expected);
    }

    void leafContents()
    {
        const MimePart root = MessageParser::parse(crlf(kAlternativeWithAttachment));
        const QList<const MimePart *> leaves = root.leaves();
        QCOMPARE(leaves.size(), 3);
        QCOMPARE(leaves.at(0)->body, QByteArray("Hello")); // the CRLF before a delimiter belongs to it
        QCOMPARE(leaves.at(0)->charset, QByteArray("utf-8"));
        QCOMPARE(leaves.at(1)->text(), QStringLiteral("<p>Hello</p>"));
        QCOMPARE(leaves.at(2)->body, QByteArray("%PDF-1.4\n"));
        QCOMPARE(leaves.at(2)->size, 9);
        QCOMPARE(leaves.at(2)->filename, QStringLiteral("report.pdf"));
        QCOMPARE(leaves.at(2)->disposition, QByteArray("attachment"));
        QCOMPARE(leaves.at(2)->encoding, QByteArray("base64"));
        QCOMPARE(root.headers.value("From"), QByteArray("a@example.test"));
    }

    void quotedPrintableBody()
    {
        const MimePart root = MessageParser::parse("Content-Type: text/plain; charset=ISO-8859-1\n"
                                                   "Content-Transfer-Encoding: quoted-printable\n\n"
                                                   "caf=E9 au lait, tr=\nes bon\n");
        QCOMPARE(root.charset, QByteArray("iso-8859-1"));
        QCOMPARE(root.text(), QStringLiteral("café au lait, tres bon\n"));
        QCOMPARE(root.size, 23);
    }

    void bodyToDisplay_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<bool>("preferHtml");
        QTest::addColumn<QByteArray>("expected"); // part number, empty for none

        QTest::newRow("alternative, html") << kAlternativeWithAttachment << true << QByteArray("1.2");
        QTest::newRow("alternative, plain") << kAlternativeWithAttachment << false << QByteArray("1.1");
        const QByteArray related = "Content-Type: multipart/alternative; boundary=a\n\n"
                                   "--a\nContent-Type: text/plain\n\nplain\n"
                                   "--a\nContent-Type: multipart/related; boundary=r; start=\"<root@x>\"\n\n"
                                   "--r\nContent-Type: image/png\nContent-ID: <logo@x>\n\npng\n"
                                   "--r\nContent-Type: text/html\nContent-ID: <root@x>\n\n<img src=cid:logo@x>\n"
                                   "--r--\n--a--\n";
        QTest::newRow("related root by start") << related << true << QByteArray("2.2");
        QTest::newRow("related, plain wanted") << related << false << QByteArray("1");
        QTest::newRow("attachment first")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n"
                          "--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\nfile\n"
                          "--b\nContent-Type: text/plain\n\nbody\n--b--\n")
            << true << QByteArray("2");
        QTest::newRow("html only, plain wanted")
            << QByteArray("Content-Type: text/html\n\n<p>x</p>") << false << QByteArray("1");
        QTest::newRow("nothing to show") << QByteArray("Content-Type: image/png\n\npng") << true << QByteArray();
        QTest::newRow("forwarded message is not the body")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n"
                          "--b\nContent-Type: message/rfc822\n\nSubject: inner\n\ntext\n--b--\n")
            << true << QByteArray();
    }

    void bodyToDisplay()
    {
        QFETCH(QByteArray, message);
        QFETCH(bool, preferHtml);
        QFETCH(QByteArray, expected);
        const MimePart root = MessageParser::parse(message);
        const MimePart *body
            = root.bodyToDisplay(preferHtml ? MimePart::Preference::Html : MimePart::Preference::PlainText);
        QCOMPARE(body ? body->partNumber : QByteArray(), expected);
    }

    void attachments()
    {
        const MimePart root = MessageParser::parse(
            "Content-Type: multipart/mixed; boundary=b\n\n"
            "--b\nContent-Type: multipart/related; boundary=r\n\n"
            "--r\nContent-Type: text/html\n\n<img src=cid:logo@x>\n"
            "--r\nContent-Type: image/png; name=logo.png\nContent-ID: <logo@x>\n\npng\n"
            "--r--\n"
            "--b\nContent-Type: image/jpeg\n\njpeg without a name\n"
            "--b\nContent-Type: text/plain; name=notes.txt\n\nnotes\n"
            "--b\nContent-Type: message/rfc822\n\nSubject: fwd\nContent-Type: multipart/mixed; boundary=c\n\n"
            "--c\n\ninner\n--c\nContent-Type: application/zip\n\nzip\n--c--\n"
            "--b--\n");
        QByteArrayList numbers;
        for (const MimePart *part : root.attachments())
            numbers << part->partNumber;
        QCOMPARE(numbers, (QByteArrayList {"2", "3", "4"}));
        const MimePart *logo = root.findByContentId("logo@x");
        QVERIFY(logo);
        QCOMPARE(logo->partNumber, QByteArray("1.2"));
        QCOMPARE(root.findByPartNumber("4.2")->mimeType(), QByteArray("application/zip"));
    }

    void deepNestingIsBounded()
    {
        // 1000 nested multiparts; below the depth limit they become opaque leaves.
        QByteArray message;
        for (int i = 0; i < 1000; ++i)
            message += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b"
                + QByteArray::number(i) + "\n";
        message += "\ninnermost\n";
        for (int i = 999; i >= 0; --i)
            message += "--b" + QByteArray::number(i) + "--\n";
        QElapsedTimer timer;
        timer.start();
        const MimePart root = MessageParser::parse(message);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(depth(root), MessageParser::kMaxDepth);
        QCOMPARE(root.leaves().size(), 1);
    }

    void deepMessageNestingIsBounded()
    {
        QByteArray message = "Subject: bottom\n\ntext\n";
        for (int i = 0; i < 1000; ++i)
            message = "Content-Type: message/rfc822\n\n" + message;
        const MimePart root = MessageParser::parse(message);
        QCOMPARE(depth(root), MessageParser::kMaxDepth);
    }

    void manyPartsAreLinear()
    {
        QByteArray message = "Content-Type: multipart/mixed; boundary=b\n\n";
        for (int i = 0; i < 20000; ++i)
            message += "--b\nContent-Type: text/plain\n\npart " + QByteArray::number(i) + "\n";
        message += "--b--\n";
        QElapsedTimer timer;
        timer.start();
        const MimePart root = MessageParser::parse(message);
        QCOMPARE(root.children.size(), 20000);
        QCOMPARE(root.children.constLast().partNumber, QByteArray("20000"));
        QCOMPARE(root.children.constLast().body, QByteArray("part 19999"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void hugeHeader()
    {
        QByteArray message = "Subject: ";
        for (int i = 0; i < 10000; ++i)
            message += "=?utf-8?q?w=C3=A9?=\r\n ";
        message += "end\r\nReceived: " + QByteArray(100 * 1024, 'x') + "\r\n\r\nbody";
        QElapsedTimer timer;
        timer.start();
        const MimePart root = MessageParser::parse(message);
        QCOMPARE(root.body, QByteArray("body"));
        QCOMPARE(root.headers.value("Received").size(), 100 * 1024);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // A small in-process fuzz: mutated real messages (the corpus and one above)
    // must never crash or hang.
    void mutatedInputNeverCrashes()
    {
        QByteArrayList seeds {crlf(kAlternativeWithAttachment)};
        const QDir corpus(QStringLiteral(HERON_SOURCE_DIR "/tests/data/mime"));
        for (const QString &name : corpus.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            seeds << file.readAll();
        }
        QRandomGenerator random(7);
        for (int round = 0, rounds = fuzzRounds(3000); round < rounds; ++round) {
            QByteArray data = seeds.at(round % seeds.size());
            const int edits = random.bounded(1, 12);
            for (int e = 0; e < edits && !data.isEmpty(); ++e) {
                const auto at = random.bounded(data.size());
                switch (random.bounded(3)) {
                case 0:
                    data[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    data.remove(at, random.bounded(1, 20));
                    break;
                default:
                    data.insert(at, data.mid(random.bounded(data.size()), random.bounded(1, 40)));
                }
            }
            const MimePart root = MessageParser::parse(data);
            for (const MimePart *leaf : root.leaves()) {
                QVERIFY(leaf->size == leaf->body.size());
                leaf->text();
            }
            Envelope::fromHeaders(root.headers, root.charset);
            root.bodyToDisplay();
            root.attachments();
        }
    }

    // Random bytes biased towards the characters the header grammars care about.
    void randomHeaderValuesNeverCrash()
    {
        static const QByteArray alphabet = "=?\"\\()<>@,;:*'%_ \t\r\nQqBbu8tf-0123456789ABCDEFabc\x80\xc3\xa9\xff";
        QRandomGenerator random(11);
        for (int round = 0, rounds = fuzzRounds(20000); round < rounds; ++round) {
            QByteArray value(random.bounded(0, 80), Qt::Uninitialized);
            for (char &c : value)
                c = alphabet.at(random.bounded(int(alphabet.size())));
            HeaderDecoder::decodeText(value, "koi8-r");
            AddressParser::parse(value);
            DateParser::parse(value);
            ContentHeader::parse(value);
            Envelope::messageIds(value);
        }
    }
};

QTEST_GUILESS_MAIN(TestMimeMessageParser)
#include "tst_mime_message_parser.moc"
