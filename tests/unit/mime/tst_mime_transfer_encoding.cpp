#include "mime/transfer_encoding.h"

#include <QRandomGenerator>
#include <QTest>

using heron::mime::TransferEncoding;

class TestMimeTransferEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodeBase64_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");

        QTest::newRow("plain") << QByteArray("SGVsbG8sIFdvcmxkIQ==") << QByteArray("Hello, World!");
        QTest::newRow("line breaks and tabs")
            << QByteArray("SGVs\r\nbG8s IFdv\tcmxk\nIQ==") << QByteArray("Hello, World!");
        QTest::newRow("missing padding") << QByteArray("SGVsbG8sIFdvcmxkIQ") << QByteArray("Hello, World!");
        QTest::newRow("one pad missing") << QByteArray("SGVsbG8sIFdvcmxkIQ=") << QByteArray("Hello, World!");
        QTest::newRow("garbage characters") << QByteArray("SGVs!bG8*sIFdv cmxk~IQ==") << QByteArray("Hello, World!");
        QTest::newRow("concatenated encodings") << QByteArray("SGk=SGk=") << QByteArray("HiHi");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("single stray character") << QByteArray("S") << QByteArray();
        QTest::newRow("binary") << QByteArray("AP+A") << QByteArray("\x00\xff\x80", 3);
        QTest::newRow("url-safe characters are foreign") << QByteArray("SG-k_") << QByteArray("Hi");
        // Groups of four are decoded in a fast path; these leave it in the middle of a group.
        QTest::newRow("line break inside a group")
            << QByteArray("SGVs\nbG8s\r\nIFdv\ncm\nxkIQ==") << QByteArray("Hello, World!");
        QTest::newRow("pad then more groups") << QByteArray("SGk=SGVsbG8=") << QByteArray("HiHello");
        QTest::newRow("garbage after whole groups")
            << QByteArray("SGVsbG8s!!!!IFdvcmxkIQ") << QByteArray("Hello, World!");
    }

    // The decoder agrees with Qt's on clean input of every length, wrapped at several widths.
    void decodeBase64MatchesQt()
    {
        QByteArray data;
        for (int length = 0; length < 300; ++length) {
            const QByteArray flat = data.toBase64();
            for (const qsizetype width : {qsizetype(76), qsizetype(5), qsizetype(3)}) {
                QByteArray wrapped;
                for (qsizetype i = 0; i < flat.size(); i += width)
                    wrapped += flat.mid(i, width) + "\r\n";
                QCOMPARE(TransferEncoding::decodeBase64(wrapped), data);
            }
            data.append(static_cast<char>((length * 37 + 11) & 0xff));
        }
    }

    void decodeBase64()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QCOMPARE(TransferEncoding::decodeBase64(encoded), decoded);
    }

    void encodeBase64WrapsAt76()
    {
        const QByteArray data(200, 'a');
        const QByteArray encoded = TransferEncoding::encodeBase64(data);
        const QList<QByteArray> lines = encoded.split('\n');
        QCOMPARE(lines.size(), 4); // 200 bytes -> 268 characters -> 76+76+76+40
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QCOMPARE(lines.at(i), QByteArray(lines.at(i).left(76)) + '\r');
        QCOMPARE(lines.last().size(), 40);
        QCOMPARE(TransferEncoding::decodeBase64(encoded), data);
    }

    void decodeQuotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");

        QTest::newRow("utf-8 escapes") << QByteArray("caf=C3=A9") << QByteArray("caf\xc3\xa9");
        QTest::newRow("lowercase hex") << QByteArray("caf=c3=a9") << QByteArray("caf\xc3\xa9");
        QTest::newRow("equals sign") << QByteArray("a=3Db") << QByteArray("a=b");
        QTest::newRow("soft break CRLF") << QByteArray("long=\r\nline") << QByteArray("longline");
        QTest::newRow("soft break LF") << QByteArray("long=\nline") << QByteArray("longline");
        QTest::newRow("soft break with trailing blanks") << QByteArray("long= \t\r\nline") << QByteArray("longline");
        QTest::newRow("hard breaks kept") << QByteArray("one\r\ntwo\nthree") << QByteArray("one\r\ntwo\nthree");
        QTest::newRow("transport whitespace dropped")
            << QByteArray("hello   \r\nworld\t\n!") << QByteArray("hello\r\nworld\n!");
        QTest::newRow("encoded trailing space kept") << QByteArray("hello=20\r\n") << QByteArray("hello \r\n");
        QTest::newRow("bad escape kept") << QByteArray("100% =ZZ sure") << QByteArray("100% =ZZ sure");
        QTest::newRow("half escape kept") << QByteArray("a=4g") << QByteArray("a=4g");
        QTest::newRow("escape cut by the end") << QByteArray("a=4") << QByteArray("a=4");
        QTest::newRow("final soft break") << QByteArray("end=\r\n") << QByteArray("end");
        QTest::newRow("encoded line break") << QByteArray("a=0D=0Ab") << QByteArray("a\r\nb");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        // Runs between '=' are copied in one piece.
        QTest::newRow("escapes at both ends") << QByteArray("=41bc=44\r\n=45") << QByteArray("AbcD\r\nE");
        QTest::newRow("only escapes") << QByteArray("=41=42=43") << QByteArray("ABC");
        QTest::newRow("broken escape then good one") << QByteArray("=G=41") << QByteArray("=GA");
    }

    void decodeQuotedPrintable()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QCOMPARE(TransferEncoding::decodeQuotedPrintable(encoded), decoded);
    }

    void encodeQuotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("encoded");

        QTest::newRow("ascii") << QByteArray("Hello") << QByteArray("Hello");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("caf=C3=A9");
        QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
        QTest::newRow("LF becomes CRLF") << QByteArray("a\nb") << QByteArray("a\r\nb");
        QTest::newRow("CRLF stays") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
        QTest::newRow("trailing space") << QByteArray("a \nb") << QByteArray("a=20\r\nb");
        QTest::newRow("trailing tab at the end") << QByteArray("a\t") << QByteArray("a=09");
        QTest::newRow("inner spaces") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("From line") << QByteArray("x\nFrom me") << QByteArray("x\r\n=46rom me");
        QTest::newRow("long line") << QByteArray(100, 'x') << QByteArray(75, 'x') + "=\r\n" + QByteArray(25, 'x');
        QTest::newRow("escape not split") << QByteArray(74, 'x') + "\xc3\xa9" << QByteArray(74, 'x') + "=\r\n=C3=A9";
    }

    void encodeQuotedPrintable()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(TransferEncoding::encodeQuotedPrintable(text), encoded);
    }

    void roundTrip()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            QByteArray data(random.bounded(0, 600), Qt::Uninitialized);
            for (char &c : data)
                c = static_cast<char>(random.bounded(256));
            QCOMPARE(TransferEncoding::decodeBase64(TransferEncoding::encodeBase64(data)), data);
            // Text mode turns bare CR and LF into line breaks, so leave them out.
            QByteArray text = data;
            text.replace('\r', 'r').replace('\n', 'n');
            const QByteArray quoted = TransferEncoding::encodeQuotedPrintable(text);
            for (const QByteArray &line : quoted.split('\n'))
                QVERIFY2(line.size() <= 77, line.constData()); // 76 plus the CR
            QCOMPARE(TransferEncoding::decodeQuotedPrintable(quoted), text);
        }
    }

    void fromHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("kind");

        QTest::newRow("absent") << QByteArray() << int(TransferEncoding::Kind::SevenBit);
        QTest::newRow("base64 mixed case") << QByteArray(" Base64 ") << int(TransferEncoding::Kind::Base64);
        QTest::newRow("qp") << QByteArray("Quoted-Printable") << int(TransferEncoding::Kind::QuotedPrintable);
        QTest::newRow("8bit") << QByteArray("8BIT") << int(TransferEncoding::Kind::EightBit);
        QTest::newRow("binary") << QByteArray("binary") << int(TransferEncoding::Kind::Binary);
        QTest::newRow("x-uuencode") << QByteArray("x-uuencode") << int(TransferEncoding::Kind::Unknown);
    }

    void fromHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, kind);
        QCOMPARE(int(TransferEncoding::fromHeader(value)), kind);
    }
};

QTEST_GUILESS_MAIN(TestMimeTransferEncoding)
#include "tst_mime_transfer_encoding.moc"
