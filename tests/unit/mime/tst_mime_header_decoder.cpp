#include "mime/header_decoder.h"
#include "mime/header_fields.h"

#include <QElapsedTimer>
#include <QTest>

using heron::mime::HeaderDecoder;
using heron::mime::HeaderFields;

// Encoded vectors made with Python's base64 and codecs modules.
class TestMimeHeaderDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodeText_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("fallback");
        QTest::addColumn<QString>("expected");

        const QByteArray none;
        QTest::newRow("plain ascii") << QByteArray("Hello world") << none << QStringLiteral("Hello world");
        QTest::newRow("Q") << QByteArray("=?utf-8?q?caf=C3=A9?=") << none << QStringLiteral("café");
        QTest::newRow("B") << QByteArray("=?UTF-8?B?Y2Fmw6k=?=") << none << QStringLiteral("café");
        QTest::newRow("B without padding") << QByteArray("=?UTF-8?B?Y2Fmw6k?=") << none << QStringLiteral("café");
        QTest::newRow("underscore is space")
            << QByteArray("=?utf-8?q?hello_world?=") << none << QStringLiteral("hello world");
        QTest::newRow("adjacent words joined")
            << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << none << QStringLiteral("ab");
        QTest::newRow("folded adjacent words")
            << QByteArray("=?utf-8?q?a?=\r\n\t=?utf-8?q?b?=") << none << QStringLiteral("ab");
        QTest::newRow("word then text") << QByteArray("=?utf-8?q?a?= b") << none << QStringLiteral("a b");
        QTest::newRow("text then word") << QByteArray("Re: =?utf-8?q?a?=") << none << QStringLiteral("Re: a");
        QTest::newRow("mixed") << QByteArray("a =?utf-8?q?b?=  =?utf-8?q?c?= d") << none << QStringLiteral("a bc d");
        QTest::newRow("split UTF-8 sequence, B")
            << QByteArray("=?utf-8?B?4pw=?= =?utf-8?B?kw==?=") << none << QStringLiteral("✓");
        QTest::newRow("split UTF-8 sequence, Q")
            << QByteArray("=?utf-8?q?=E2=9C?= =?UTF-8?Q?=93?=") << none << QStringLiteral("✓");
        QTest::newRow("different charsets")
            << QByteArray("=?iso-8859-1?q?caf=E9?= =?utf-8?q?=E2=9C=93?=") << none << QStringLiteral("café✓");
        QTest::newRow("iso-2022-jp") << QByteArray("=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=") << none
                                     << QStringLiteral("こんにちは");
        QTest::newRow("gb2312") << QByteArray("=?gb2312?B?1tDOxA==?=") << none << QStringLiteral("中文");
        QTest::newRow("language suffix") << QByteArray("=?utf-8*en?q?hi?=") << none << QStringLiteral("hi");
        QTest::newRow("glued to text") << QByteArray("Re:=?utf-8?q?caf=C3=A9?=!") << none << QStringLiteral("Re:café!");
        QTest::newRow("glued words") << QByteArray("=?utf-8?q?a?==?utf-8?q?b?=") << none << QStringLiteral("ab");
        QTest::newRow("space inside Q word")
            << QByteArray("=?utf-8?q?hello world?=") << none << QStringLiteral("hello world");
        QTest::newRow("unknown charset, UTF-8 bytes")
            << QByteArray("=?x-unknown?q?caf=C3=A9?=") << none << QStringLiteral("café");
        QTest::newRow("empty word") << QByteArray("a =?utf-8?q?"
                                                  "?= b")
                                    << none << QStringLiteral("a  b");
        QTest::newRow("malformed: encoding letter")
            << QByteArray("=?utf-8?x?abc?=") << none << QStringLiteral("=?utf-8?x?abc?=");
        QTest::newRow("malformed: unterminated")
            << QByteArray("=?utf-8?q?abc") << none << QStringLiteral("=?utf-8?q?abc");
        QTest::newRow("malformed: bad base64")
            << QByteArray("=?utf-8?b?Y2F$mw6k?=") << none << QStringLiteral("=?utf-8?b?Y2F$mw6k?=");
        QTest::newRow("malformed: no charset") << QByteArray("=??q?abc?=") << none << QStringLiteral("=??q?abc?=");
        QTest::newRow("malformed then good")
            << QByteArray("=?utf-8?x?a?= =?utf-8?q?b?=") << none << QStringLiteral("=?utf-8?x?a?= b");
        QTest::newRow("not a word") << QByteArray("1+1=? maybe ?= yes") << none << QStringLiteral("1+1=? maybe ?= yes");
        QTest::newRow("raw UTF-8 (EAI)") << QByteArray("caf\xc3\xa9") << none << QStringLiteral("café");
        QTest::newRow("raw 8-bit, no hint") << QByteArray("caf\xe9") << none << QStringLiteral("café");
        QTest::newRow("raw 8-bit, body charset hint")
            << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r") << QStringLiteral("Привет");
        QTest::newRow("raw UTF-8 beats the hint")
            << QByteArray("caf\xc3\xa9") << QByteArray("koi8-r") << QStringLiteral("café");
        QTest::newRow("long CJK subject") << QByteArray("=?UTF-8?B?5pel5pys6Kqe?=\r\n =?UTF-8?B?44Gu44OG44Kt44K544OI?=")
                                          << none << QStringLiteral("日本語のテキスト");
    }

    void decodeText()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, fallback);
        QFETCH(QString, expected);
        QCOMPARE(HeaderDecoder::decodeText(raw, fallback), expected);
    }

    // Hostile shapes must stay linear: 100 kB of each decodes quickly.
    void hostileInputIsLinear_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("open markers") << QByteArray("=?");
        QTest::newRow("unterminated words") << QByteArray("=?a?q?");
        QTest::newRow("words") << QByteArray("=?utf-8?q?=C3=A9?= ");
        QTest::newRow("question marks") << QByteArray("?=?");
    }

    void hostileInputIsLinear()
    {
        QFETCH(QByteArray, unit);
        const QByteArray raw = unit.repeated(100 * 1024 / unit.size());
        QElapsedTimer timer;
        timer.start();
        const QString text = HeaderDecoder::decodeText(raw);
        QVERIFY(!text.isEmpty());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void headerFields_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArrayList>("expected"); // name, value, name, value...
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("CRLF") << QByteArray("Subject: hi\r\nTo: a@b\r\n\r\nbody\r\n")
                              << QByteArrayList {"Subject", "hi", "To", "a@b"} << QByteArray("body\r\n");
        QTest::newRow("LF") << QByteArray("Subject: hi\nTo: a@b\n\nbody")
                            << QByteArrayList {"Subject", "hi", "To", "a@b"} << QByteArray("body");
        QTest::newRow("folded") << QByteArray("Subject: one\r\n two\r\n\tthree\r\n\r\n")
                                << QByteArrayList {"Subject", "one two\tthree"} << QByteArray();
        QTest::newRow("no space after colon")
            << QByteArray("Subject:hi\n\n") << QByteArrayList {"Subject", "hi"} << QByteArray();
        QTest::newRow("space before colon")
            << QByteArray("Subject : hi\n\n") << QByteArrayList {"Subject", "hi"} << QByteArray();
        QTest::newRow("empty value") << QByteArray("Subject:\n\n") << QByteArrayList {"Subject", ""} << QByteArray();
        QTest::newRow("mbox From line") << QByteArray("From a@b Mon Jan  1 00:00:00 2020\nTo: x\n\nb")
                                        << QByteArrayList {"To", "x"} << QByteArray("b");
        QTest::newRow("non-header line starts the body")
            << QByteArray("To: x\nthis is text\nmore\n") << QByteArrayList {"To", "x"}
            << QByteArray("this is text\nmore\n");
        QTest::newRow("no header at all") << QByteArray("\nbody") << QByteArrayList {} << QByteArray("body");
        QTest::newRow("no body") << QByteArray("To: x") << QByteArrayList {"To", "x"} << QByteArray();
        QTest::newRow("UTF-8 value") << QByteArray("Subject: caf\xc3\xa9\n\n")
                                     << QByteArrayList {"Subject", "caf\xc3\xa9"} << QByteArray();
    }

    void headerFields()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArrayList, expected);
        QFETCH(QByteArray, body);
        qsizetype bodyStart = -1;
        const HeaderFields headers = HeaderFields::parse(data, &bodyStart);
        QByteArrayList actual;
        for (const HeaderFields::Field &field : headers.fields())
            actual << field.name << field.value;
        QCOMPARE(actual, expected);
        QCOMPARE(data.sliced(bodyStart), body);
    }

    void lookupIgnoresCase()
    {
        const HeaderFields headers = HeaderFields::parse("To: a\nCC: b\ncc: c\n\n");
        QCOMPARE(headers.value("to"), QByteArray("a"));
        QCOMPARE(headers.values("Cc"), (QByteArrayList {"b", "c"}));
        QVERIFY(!headers.contains("From"));
        QVERIFY(headers.value("From").isEmpty());
    }

    void hugeHeaderIsLinear()
    {
        // A 100 kB folded Received-like header plus 5000 small fields.
        QByteArray data = "X-Long: start";
        for (int i = 0; i < 10000; ++i)
            data += "\r\n\tword" + QByteArray::number(i);
        data += "\r\n";
        for (int i = 0; i < 5000; ++i)
            data += "X-Field-" + QByteArray::number(i) + ": value\r\n";
        data += "Subject: =?utf-8?q?end?=\r\n\r\nbody";
        QElapsedTimer timer;
        timer.start();
        const HeaderFields headers = HeaderFields::parse(data);
        QCOMPARE(headers.fields().size(), 5002);
        QVERIFY(headers.value("X-Long").endsWith("\tword9999"));
        QCOMPARE(HeaderDecoder::decodeText(headers.value("Subject")), QStringLiteral("end"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMimeHeaderDecoder)
#include "tst_mime_header_decoder.moc"
