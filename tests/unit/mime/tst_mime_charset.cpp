#include "mime/charset.h"

#include <QTest>

using heron::mime::Charset;

// Byte vectors were produced with Python's codecs module, not with the code under test.
class TestMimeCharset : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("expected");

        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("utf-8") << QStringLiteral("café");
        QTest::newRow("UTF8 spelling") << QByteArray("caf\xc3\xa9") << QByteArray("UTF8") << QStringLiteral("café");
        QTest::newRow("windows-1252 quotes")
            << QByteArray("\x91quoted\x92 \x80") << QByteArray("windows-1252") << QStringLiteral("‘quoted’ €");
        QTest::newRow("iso-8859-1 is read as windows-1252")
            << QByteArray("\x91quoted\x92 \x80") << QByteArray("iso-8859-1") << QStringLiteral("‘quoted’ €");
        QTest::newRow("latin1 alias") << QByteArray("caf\xe9") << QByteArray("latin1") << QStringLiteral("café");
        QTest::newRow("us-ascii with 8-bit bytes")
            << QByteArray("caf\xe9 \x80") << QByteArray("us-ascii") << QStringLiteral("café €");
        QTest::newRow("quoted label") << QByteArray("caf\xe9") << QByteArray("\"ISO-8859-1\"")
                                      << QStringLiteral("café");
        QTest::newRow("iso-8859-2") << QByteArray("\xa3\xf3"
                                                  "d\xbc")
                                    << QByteArray("iso-8859-2") << QStringLiteral("Łódź");
        QTest::newRow("iso-8859-7") << QByteArray("\xc5\xeb\xeb\xe7\xed\xe9\xea\xdc") << QByteArray("iso-8859-7")
                                    << QStringLiteral("Ελληνικά");
        QTest::newRow("iso-8859-8-i") << QByteArray("\xf9\xec\xe5\xed") << QByteArray("iso-8859-8-i")
                                      << QStringLiteral("שלום");
        QTest::newRow("iso-8859-9 as windows-1254")
            << QByteArray("\xf0") << QByteArray("iso-8859-9") << QStringLiteral("ğ");
        QTest::newRow("tis-620") << QByteArray("\xc0\xd2\xc9\xd2\xe4\xb7\xc2") << QByteArray("tis-620")
                                 << QStringLiteral("ภาษาไทย");
        QTest::newRow("windows-1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2") << QByteArray("windows-1251")
                                      << QStringLiteral("Привет");
        QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r")
                                << QStringLiteral("Привет");
        QTest::newRow("koi8-u") << QByteArray("\xb7\xd6\xc1\xcb") << QByteArray("KOI8-U") << QStringLiteral("Їжак");
        QTest::newRow("shift_jis") << QByteArray("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd") << QByteArray("shift_jis")
                                   << QStringLiteral("こんにちは");
        QTest::newRow("euc-jp") << QByteArray("\xa4\xb3\xa4\xf3\xa4\xcb\xa4\xc1\xa4\xcf") << QByteArray("euc-jp")
                                << QStringLiteral("こんにちは");
        QTest::newRow("iso-2022-jp") << QByteArray("\x1b$B$3$s$K$A$O\x1b(B") << QByteArray("iso-2022-jp")
                                     << QStringLiteral("こんにちは");
        QTest::newRow("gb2312") << QByteArray("\xd6\xd0\xce\xc4") << QByteArray("gb2312") << QStringLiteral("中文");
        QTest::newRow("gb2312 label, gbk-only character") << QByteArray("\xe9"
                                                                        "F")
                                                          << QByteArray("gb2312") << QStringLiteral("镕");
        QTest::newRow("gb18030") << QByteArray("\xa8\xa6") << QByteArray("gb18030") << QStringLiteral("é");
        QTest::newRow("big5") << QByteArray("\xa4\xa4\xa4\xe5") << QByteArray("big5") << QStringLiteral("中文");
        QTest::newRow("euc-kr") << QByteArray("\xc7\xd1\xb1\xb9\xbe\xee") << QByteArray("euc-kr")
                                << QStringLiteral("한국어");
        QTest::newRow("ks_c_5601-1987") << QByteArray("\xc7\xd1\xb1\xb9\xbe\xee") << QByteArray("ks_c_5601-1987")
                                        << QStringLiteral("한국어");
        QTest::newRow("ks_c_5601-1987, UHC extension") << QByteArray("\x8c"
                                                                     "c")
                                                       << QByteArray("ks_c_5601-1987") << QStringLiteral("똠");
        QTest::newRow("utf-7") << QByteArray("Hi +IKw-") << QByteArray("utf-7") << QStringLiteral("Hi €");
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, label);
        QFETCH(QString, expected);
        const Charset::Decoded decoded = Charset::decode(bytes, label);
        QCOMPARE(decoded.text, expected);
        QVERIFY(!decoded.fallback);
    }

    void fallback_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("used");
        QTest::addColumn<bool>("reported");

        QTest::newRow("unknown label, valid UTF-8") << QByteArray("caf\xc3\xa9") << QByteArray("x-unknown")
                                                    << QStringLiteral("café") << QByteArray("utf-8") << true;
        QTest::newRow("unknown label, not UTF-8") << QByteArray("caf\xe9") << QByteArray("unknown-8bit")
                                                  << QStringLiteral("café") << QByteArray("windows-1252") << true;
        QTest::newRow("no label, UTF-8") << QByteArray("\xe2\x82\xac") << QByteArray() << QStringLiteral("€")
                                         << QByteArray("utf-8") << false;
        QTest::newRow("no label, 8-bit") << QByteArray("\x80") << QByteArray() << QStringLiteral("€")
                                         << QByteArray("windows-1252") << false;
        QTest::newRow("blank label") << QByteArray("a") << QByteArray("  ") << QStringLiteral("a")
                                     << QByteArray("utf-8") << false;
    }

    void fallback()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, label);
        QFETCH(QString, expected);
        QFETCH(QByteArray, used);
        QFETCH(bool, reported);
        const Charset::Decoded decoded = Charset::decode(bytes, label);
        QCOMPARE(decoded.text, expected);
        QCOMPARE(decoded.charset, used);
        QCOMPARE(decoded.fallback, reported);
    }

    void validUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");

        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ascii") << QByteArray("plain") << true;
        QTest::newRow("two-byte") << QByteArray("\xc3\xa9") << true;
        QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("latin-1 e acute") << QByteArray("caf\xe9") << false;
    }

    void validUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(Charset::isValidUtf8(bytes), valid);
    }

    void decoderName_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("case") << QByteArray("UTF-8") << QByteArray("utf-8");
        QTest::newRow("superset") << QByteArray("ISO-8859-1") << QByteArray("windows-1252");
        QTest::newRow("gbk") << QByteArray("GBK") << QByteArray("gb18030");
        QTest::newRow("korean") << QByteArray("ks_c_5601-1987") << QByteArray("windows-949");
        QTest::newRow("unknown") << QByteArray("x-no-such-charset") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void decoderName()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, expected);
        QCOMPARE(Charset::decoderName(label), expected);
    }
};

QTEST_GUILESS_MAIN(TestMimeCharset)
#include "tst_mime_charset.moc"
