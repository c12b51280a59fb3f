#include "imap/sequence_set.h"

#include <QTest>

using heron::imap::SequenceSet;

class TestImapSequenceSet : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("written"); // normalised: each range low to high, "*" last

        QTest::newRow("single") << QByteArray("7") << true << QByteArray("7");
        QTest::newRow("range") << QByteArray("1:3") << true << QByteArray("1:3");
        QTest::newRow("reversed range") << QByteArray("5:3") << true << QByteArray("3:5");
        QTest::newRow("list (RFC 9051 example)") << QByteArray("2,4:7,9,12:*") << true << QByteArray("2,4:7,9,12:*");
        QTest::newRow("star first") << QByteArray("*:4") << true << QByteArray("4:*");
        QTest::newRow("star alone") << QByteArray("*") << true << QByteArray("*");
        QTest::newRow("largest UID") << QByteArray("4294967295") << true << QByteArray("4294967295");
        QTest::newRow("empty") << QByteArray("") << false << QByteArray();
        QTest::newRow("zero") << QByteArray("0") << false << QByteArray();
        QTest::newRow("beyond 32 bits") << QByteArray("4294967296") << false << QByteArray();
        QTest::newRow("trailing comma") << QByteArray("1,") << false << QByteArray();
        QTest::newRow("open range") << QByteArray("1:") << false << QByteArray();
        QTest::newRow("letters") << QByteArray("1:a") << false << QByteArray();
        QTest::newRow("double colon") << QByteArray("1:2:3") << false << QByteArray();
    }

    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, written);
        const auto set = SequenceSet::parse(text);
        QCOMPARE(set.has_value(), valid);
        if (set)
            QCOMPARE(set->toByteArray(), written);
    }

    void fromNumbers_data()
    {
        QTest::addColumn<QList<quint32>>("numbers");
        QTest::addColumn<QByteArray>("written");

        QTest::newRow("empty") << QList<quint32> {} << QByteArray();
        QTest::newRow("one") << QList<quint32> {42} << QByteArray("42");
        QTest::newRow("run") << QList<quint32> {1, 2, 3} << QByteArray("1:3");
        QTest::newRow("unsorted with duplicates") << QList<quint32> {9, 3, 1, 2, 3, 7, 8} << QByteArray("1:3,7:9");
        QTest::newRow("gaps") << QList<quint32> {1, 3, 5} << QByteArray("1,3,5");
        QTest::newRow("zero ignored") << QList<quint32> {0, 4, 5} << QByteArray("4:5");
        QTest::newRow("top of range") << QList<quint32> {4294967295u, 4294967294u}
                                      << QByteArray("4294967294:4294967295");
    }

    void fromNumbers()
    {
        QFETCH(QList<quint32>, numbers);
        QFETCH(QByteArray, written);
        QCOMPARE(SequenceSet::fromNumbers(numbers).toByteArray(), written);
    }

    void membersAndCount()
    {
        const SequenceSet set = *SequenceSet::parse("300:310,405,411");
        QCOMPARE(set.count(), quint64(13));
        QVERIFY(set.contains(300) && set.contains(305) && set.contains(310) && set.contains(411));
        QVERIFY(!set.contains(299) && !set.contains(311) && !set.contains(406));
        QCOMPARE(set.toNumbers(100),
                 (std::optional<QList<quint32>>(
                     QList<quint32> {300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 405, 411})));
        QCOMPARE(set.toNumbers(12), std::nullopt); // over the caller's bound
        QCOMPARE(SequenceSet::parse("1:*")->toNumbers(100), std::nullopt);
        QCOMPARE(SequenceSet::parse("1:4294967295")->count(), quint64(4294967295u)); // counted, not expanded
    }
};

QTEST_GUILESS_MAIN(TestImapSequenceSet)
#include "tst_imap_sequence_set.moc"
