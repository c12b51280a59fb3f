// DeflateStream: what one side compresses the other side inflates, in any
// chunking, with the dictionary kept across calls; a peer's end of stream is
// accepted once; garbage and decompression bombs are refused.
#include "net/deflate_stream.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using heron::net::DeflateStream;

class TestDeflateStream : public QObject
{
    Q_OBJECT

private slots:
    void roundTripInAnyChunking();
    void dictionaryCarriesAcrossWrites();
    void endOfStreamIsAccepted();
    void garbageIsRefused();
    void bombIsRefused();
};

void TestDeflateStream::roundTripInAnyChunking()
{
    DeflateStream sender;
    DeflateStream receiver;
    QByteArray sent;
    QByteArray wire;
    for (int i = 0; i < 200; ++i) {
        const QByteArray line
            = "a" + QByteArray::number(i) + " UID FETCH " + QByteArray::number(i * 7) + " (FLAGS)\r\n";
        sent += line;
        wire += sender.compress(line);
    }
    QByteArray received;
    qsizetype at = 0;
    auto *random = QRandomGenerator::global();
    while (at < wire.size()) {
        const qsizetype size = qMin<qsizetype>(wire.size() - at, 1 + random->bounded(40));
        QByteArray plain;
        QVERIFY(receiver.decompress(QByteArrayView(wire).sliced(at, size), &plain));
        received += plain;
        at += size;
    }
    QCOMPARE(received, sent);
}

void TestDeflateStream::dictionaryCarriesAcrossWrites()
{
    DeflateStream sender;
    const QByteArray line = "a1 UID FETCH 1:* (FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)\r\n";
    const QByteArray first = sender.compress(line);
    const QByteArray second = sender.compress(line);
    QVERIFY(second.size() < first.size() / 2); // the repeat is a back reference
}

void TestDeflateStream::endOfStreamIsAccepted()
{
    // A server finishing its stream at LOGOUT: raw deflate with Z_FINISH.
    z_stream stream {};
    QCOMPARE(deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray input = "* BYE Logging out\r\na9 OK Logout completed.\r\n";
    QByteArray output(256, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(input.data());
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());
    QCOMPARE(deflate(&stream, Z_FINISH), Z_STREAM_END);
    output.resize(output.size() - stream.avail_out);
    deflateEnd(&stream);

    DeflateStream receiver;
    QByteArray plain;
    QVERIFY(receiver.decompress(output, &plain));
    QCOMPARE(plain, input);
    QVERIFY(!receiver.decompress("more", &plain)); // nothing may follow the end
}

void TestDeflateStream::garbageIsRefused()
{
    DeflateStream receiver;
    QByteArray plain;
    QVERIFY(!receiver.decompress(QByteArray("\xff\xff\xff\xff not deflate at all"), &plain));
    QVERIFY(!receiver.decompress(QByteArray("\x00"), &plain)); // stays failed
}

void TestDeflateStream::bombIsRefused()
{
    DeflateStream sender;
    const QByteArray zeros(80 * 1024 * 1024, '\0');
    const QByteArray bomb = sender.compress(zeros);
    QVERIFY(bomb.size() < 256 * 1024);
    DeflateStream receiver;
    QByteArray plain;
    QVERIFY(!receiver.decompress(bomb, &plain));
}

QTEST_GUILESS_MAIN(TestDeflateStream)
#include "tst_deflate_stream.moc"
