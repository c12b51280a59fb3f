#include "mime/date_parser.h"

#include <QTest>

using heron::mime::DateParser;

class TestMimeDateParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("iso"); // empty: null QDateTime

        QTest::newRow("RFC 5322") << QByteArray("Wed, 22 Jul 2020 08:56:20 -0700")
                                  << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("no weekday") << QByteArray("22 Jul 2020 08:56:20 -0700")
                                    << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("no seconds") << QByteArray("Wed, 22 Jul 2020 08:56 -0700")
                                    << QStringLiteral("2020-07-22T08:56:00-07:00");
        QTest::newRow("single digits") << QByteArray("  Thu, 2 Jul 2020 8:05:09 +0200  ")
                                       << QStringLiteral("2020-07-02T08:05:09+02:00");
        QTest::newRow("no space after comma")
            << QByteArray("Wed,22 Jul 2020 08:56:20 +0200") << QStringLiteral("2020-07-22T08:56:20+02:00");
        QTest::newRow("half-hour zone") << QByteArray("Wed, 22 Jul 2020 08:56:20 +0530")
                                        << QStringLiteral("2020-07-22T08:56:20+05:30");
        QTest::newRow("minus zero") << QByteArray("Wed, 22 Jul 2020 08:56:20 -0000")
                                    << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("two-digit year 20")
            << QByteArray("Wed, 22 Jul 20 08:56:20 -0700") << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("two-digit year 99")
            << QByteArray("Thu, 22 Jul 99 08:56:20 -0700") << QStringLiteral("1999-07-22T08:56:20-07:00");
        QTest::newRow("three-digit year")
            << QByteArray("Wed, 22 Jul 120 08:56:20 -0700") << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("PDT") << QByteArray("Wed, 22 Jul 2020 08:56:20 PDT")
                             << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("EST") << QByteArray("Wed, 22 Jan 2020 08:56:20 EST")
                             << QStringLiteral("2020-01-22T08:56:20-05:00");
        QTest::newRow("CDT") << QByteArray("Wed, 22 Jul 2020 08:56:20 CDT")
                             << QStringLiteral("2020-07-22T08:56:20-05:00");
        QTest::newRow("GMT") << QByteArray("Wed, 22 Jul 2020 08:56:20 GMT")
                             << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("UT") << QByteArray("Wed, 22 Jul 2020 08:56:20 UT")
                            << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("military Z") << QByteArray("Wed, 22 Jul 2020 08:56:20 Z")
                                    << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("military A is unknown")
            << QByteArray("Wed, 22 Jul 2020 08:56:20 A") << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("zone comment") << QByteArray("Wed, 22 Jul 2020 08:56:20 -0700 (PDT)")
                                      << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("numeric beats name")
            << QByteArray("Wed, 22 Jul 2020 08:56:20 GMT+0200") << QStringLiteral("2020-07-22T08:56:20+02:00");
        QTest::newRow("comment with offset")
            << QByteArray("Wed, 22 Jul 2020 08:56:20 +0000 (GMT+09:00)") << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("INTERNALDATE") << QByteArray("22-Jul-2020 08:56:20 -0700")
                                      << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("asctime") << QByteArray("Wed Jul 22 08:56:20 2020")
                                 << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("full month name") << QByteArray("Wednesday, 22 July 2020 08:56:20 -0700")
                                         << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("lowercase") << QByteArray("wed, 22 jul 2020 08:56:20 pdt")
                                   << QStringLiteral("2020-07-22T08:56:20-07:00");
        QTest::newRow("leap second") << QByteArray("Wed, 31 Dec 2016 23:59:60 +0000")
                                     << QStringLiteral("2016-12-31T23:59:59+00:00");
        QTest::newRow("no zone") << QByteArray("Wed, 22 Jul 2020 08:56:20")
                                 << QStringLiteral("2020-07-22T08:56:20+00:00");
        QTest::newRow("no time") << QByteArray("22 Jul 2020") << QStringLiteral("2020-07-22T00:00:00+00:00");
        QTest::newRow("trailing junk") << QByteArray("Wed, 22 Jul 2020 08:56:20 -0700 via webmail")
                                       << QStringLiteral("2020-07-22T08:56:20-07:00");

        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("garbage") << QByteArray("garbage") << QString();
        QTest::newRow("no month") << QByteArray("22 2020 08:56:20 +0000") << QString();
        QTest::newRow("no year") << QByteArray("Wed, 22 Jul 08:56:20 +0000") << QString();
        QTest::newRow("day 32") << QByteArray("Wed, 32 Jul 2020 08:56:20 -0700") << QString();
        QTest::newRow("31 February") << QByteArray("31 Feb 2020 10:00 +0000") << QString();
        QTest::newRow("hour 25") << QByteArray("22 Jul 2020 25:00:00 +0000") << QString();
        QTest::newRow("offset minutes 99") << QByteArray("22 Jul 2020 08:56:20 +0299") << QString();
        QTest::newRow("offset too large") << QByteArray("22 Jul 2020 08:56:20 +9999") << QString();
        QTest::newRow("time only") << QByteArray("08:56:20") << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, iso);
        const QDateTime parsed = DateParser::parse(raw);
        QCOMPARE(parsed.isValid(), !iso.isEmpty());
        QCOMPARE(DateParser::toIso8601(parsed), iso);
    }

    void format_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QByteArray>("expected");

        const QDate date(2020, 7, 22);
        const QTime time(8, 56, 20);
        QTest::newRow("negative offset") << QDateTime(date, time, Qt::OffsetFromUTC, -7 * 3600)
                                         << QByteArray("Wed, 22 Jul 2020 08:56:20 -0700");
        QTest::newRow("half hour") << QDateTime(date, time, Qt::OffsetFromUTC, 5 * 3600 + 1800)
                                   << QByteArray("Wed, 22 Jul 2020 08:56:20 +0530");
        QTest::newRow("UTC") << QDateTime(QDate(2021, 1, 3), QTime(0, 0, 5), Qt::UTC)
                             << QByteArray("Sun, 3 Jan 2021 00:00:05 +0000");
        // Found by fuzz_mime_headers: "0020" parses as the year 20, which format() wrote
        // as "20" and parse() then read back as 2020.
        QTest::newRow("year below 1000") << QDateTime(QDate(20, 7, 22), time, Qt::UTC)
                                         << QByteArray("Wed, 22 Jul 0020 08:56:20 +0000");
    }

    void format()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QByteArray, expected);
        QCOMPARE(DateParser::format(dateTime), expected);
        const QDateTime back = DateParser::parse(expected);
        QCOMPARE(back, dateTime);
        QCOMPARE(back.offsetFromUtc(), dateTime.offsetFromUtc());
    }
};

QTEST_GUILESS_MAIN(TestMimeDateParser)
#include "tst_mime_date_parser.moc"
