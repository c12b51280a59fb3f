#include "mime/content_header.h"

#include <QTest>

using heron::mime::ContentHeader;

using Parameters = QMap<QByteArray, QString>;

class TestMimeContentHeader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Parameters>("parameters");

        QTest::newRow("content type") << QByteArray("text/plain; charset=\"utf-8\"; format=flowed")
                                      << QByteArray("text/plain")
                                      << Parameters {{"charset", QStringLiteral("utf-8")},
                                                     {"format", QStringLiteral("flowed")}};
        QTest::newRow("case") << QByteArray("TEXT/HTML; CHARSET=ISO-8859-1") << QByteArray("text/html")
                              << Parameters {{"charset", QStringLiteral("ISO-8859-1")}};
        QTest::newRow("folded") << QByteArray("multipart/mixed;\r\n\tboundary=\"----=_Part_1\"")
                                << QByteArray("multipart/mixed")
                                << Parameters {{"boundary", QStringLiteral("----=_Part_1")}};
        QTest::newRow("quoted-pairs") << QByteArray("attachment; filename=\"a \\\"b\\\".txt\"")
                                      << QByteArray("attachment")
                                      << Parameters {{"filename", QStringLiteral("a \"b\".txt")}};
        QTest::newRow("semicolon inside quotes")
            << QByteArray("attachment; filename=\"a;b.txt\"") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("a;b.txt")}};
        QTest::newRow("2231 single") << QByteArray("attachment; filename*=utf-8''%E2%82%AC%20rates.pdf")
                                     << QByteArray("attachment")
                                     << Parameters {{"filename", QStringLiteral("€ rates.pdf")}};
        QTest::newRow("2231 language") << QByteArray("attachment; filename*=iso-8859-1'en'caf%E9.txt")
                                       << QByteArray("attachment")
                                       << Parameters {{"filename", QStringLiteral("café.txt")}};
        QTest::newRow("2231 continuations")
            << QByteArray("attachment; filename*0=\"long\"; filename*1=\"name.txt\"") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("longname.txt")}};
        QTest::newRow("2231 continuations out of order")
            << QByteArray("attachment; filename*1=\"name.txt\"; filename*0=\"long\"") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("longname.txt")}};
        QTest::newRow("2231 character split across sections")
            << QByteArray("attachment;\r\n filename*0*=utf-8''%E6%97;\r\n filename*1*=%A5%E6%9C%AC%E8%AA%9E;\r\n"
                          " filename*2=\".txt\"")
            << QByteArray("attachment") << Parameters {{"filename", QStringLiteral("日本語.txt")}};
        QTest::newRow("2231 encoded, out of order")
            << QByteArray("attachment; filename*2=\".txt\"; filename*1*=%E8%AA%9E; "
                          "filename*0*=utf-8''%E6%97%A5%E6%9C%AC")
            << QByteArray("attachment") << Parameters {{"filename", QStringLiteral("日本語.txt")}};
        QTest::newRow("2231 section ten after nine")
            << QByteArray("x; n*10=k; n*0=a; n*1=b; n*2=c; n*3=d; n*4=e; n*5=f; n*6=g; n*7=h; n*8=i; n*9=j")
            << QByteArray("x") << Parameters {{"n", QStringLiteral("abcdefghijk")}};
        QTest::newRow("2231 beats plain")
            << QByteArray("attachment; filename=\"old.txt\"; filename*=utf-8''new.txt") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("new.txt")}};
        QTest::newRow("2231 beats plain, written first")
            << QByteArray("attachment; filename*=utf-8''new.txt; filename=\"old.txt\"") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("new.txt")}};
        QTest::newRow("2231 without charset quotes")
            << QByteArray("attachment; filename*=%E2%82%AC.txt") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("€.txt")}};
        QTest::newRow("2231 unknown charset")
            << QByteArray("attachment; filename*=x-bogus''caf%C3%A9") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("café")}};
        QTest::newRow("2047 inside quotes")
            << QByteArray("application/pdf; name=\"=?utf-8?B?Y2Fmw6k=?=.pdf\"") << QByteArray("application/pdf")
            << Parameters {{"name", QStringLiteral("café.pdf")}};
        QTest::newRow("unquoted with spaces")
            << QByteArray("attachment; filename=my file.pdf") << QByteArray("attachment")
            << Parameters {{"filename", QStringLiteral("my file.pdf")}};
        QTest::newRow("missing semicolon") << QByteArray("text/plain charset=us-ascii") << QByteArray("text/plain")
                                           << Parameters {{"charset", QStringLiteral("us-ascii")}};
        QTest::newRow("comments") << QByteArray("text/plain (plain text); charset=us-ascii (comment)")
                                  << QByteArray("text/plain") << Parameters {{"charset", QStringLiteral("us-ascii")}};
        QTest::newRow("raw UTF-8") << QByteArray("attachment; filename=\"caf\xc3\xa9.txt\"") << QByteArray("attachment")
                                   << Parameters {{"filename", QStringLiteral("café.txt")}};
        QTest::newRow("raw latin-1") << QByteArray("attachment; filename=\"caf\xe9.txt\"") << QByteArray("attachment")
                                     << Parameters {{"filename", QStringLiteral("café.txt")}};
        QTest::newRow("bare word and trailing semicolon")
            << QByteArray("inline; foo; filename=a;") << QByteArray("inline")
            << Parameters {{"filename", QStringLiteral("a")}};
        QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"abc") << QByteArray("attachment")
                                            << Parameters {{"filename", QStringLiteral("abc")}};
        QTest::newRow("duplicate: first wins")
            << QByteArray("text/plain; charset=utf-8; charset=koi8-r") << QByteArray("text/plain")
            << Parameters {{"charset", QStringLiteral("utf-8")}};
        QTest::newRow("empty") << QByteArray() << QByteArray() << Parameters {};
        QTest::newRow("only parameters") << QByteArray("; charset=utf-8") << QByteArray()
                                         << Parameters {{"charset", QStringLiteral("utf-8")}};
    }

    void parse()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, value);
        QFETCH(Parameters, parameters);
        const ContentHeader header = ContentHeader::parse(raw);
        QCOMPARE(header.value, value);
        QCOMPARE(header.parameters, parameters);
    }

    void typeAndSubtype()
    {
        const ContentHeader header = ContentHeader::parse("Multipart/Alternative; boundary=x");
        QCOMPARE(header.type(), QByteArray("multipart"));
        QCOMPARE(header.subtype(), QByteArray("alternative"));
        QCOMPARE(ContentHeader::parse("text").subtype(), QByteArray());
    }

    void manyParametersStayFast()
    {
        QByteArray raw = "x";
        for (int i = 0; i < 20000; ++i)
            raw += "; p*" + QByteArray::number(i % 9000) + "*=%41";
        const ContentHeader header = ContentHeader::parse(raw);
        QCOMPARE(header.parameter("p").size(), 9000);
    }
};

QTEST_GUILESS_MAIN(TestMimeContentHeader)
#include "tst_mime_content_header.moc"
