// RFC 6186 / RFC 2782 selection without DNS: SRV records ordered by priority
// and weight, "." meaning "not offered", and SrvConfigLookup turning the four
// services' answers into IMAP and SMTP servers (implicit TLS first at equal
// priority), through a resolver that answers from a table.
#include "fake_srv_lookup.h"
#include "sync/srv_config_lookup.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using heron::accounts::Security;
using heron::net::SrvLookup;
using heron::net::SrvRecord;
using heron::sync::SrvConfigLookup;

class TestSrvLookup : public QObject
{
    Q_OBJECT

private slots:
    void orderIsByPriorityFirst()
    {
        QRandomGenerator random(1);
        const QList<SrvRecord> ordered = SrvLookup::order(
            {{QStringLiteral("c"), 993, 20, 0}, {QStringLiteral("a"), 993, 5, 0}, {QStringLiteral("b"), 993, 10, 50}},
            random);
        QCOMPARE(ordered.size(), 3);
        QCOMPARE(ordered.at(0).target, QStringLiteral("a"));
        QCOMPARE(ordered.at(1).target, QStringLiteral("b"));
        QCOMPARE(ordered.at(2).target, QStringLiteral("c"));
    }

    void weightSharesThePicksWithinAPriority()
    {
        QRandomGenerator random(42);
        int heavyFirst = 0;
        for (int i = 0; i < 1000; ++i) {
            const QList<SrvRecord> ordered = SrvLookup::order(
                {{QStringLiteral("light"), 993, 0, 10}, {QStringLiteral("heavy"), 993, 0, 90}}, random);
            QCOMPARE(ordered.size(), 2); // every record is used exactly once
            heavyFirst += ordered.constFirst().target == QLatin1String("heavy");
        }
        // About 90 % with a fixed seed; the bounds only say "weighted, not fixed, not even".
        QVERIFY2(heavyFirst > 800 && heavyFirst < 980, qPrintable(QString::number(heavyFirst)));
    }

    void dotTargetMeansNotOffered()
    {
        QVERIFY(SrvLookup::saysNotOffered({{QStringLiteral("."), 0, 0, 0}}));
        QVERIFY(!SrvLookup::saysNotOffered({{QStringLiteral("imap.example.org"), 993, 0, 0}}));
        QVERIFY(!SrvLookup::saysNotOffered({}));
    }

    void configMergesServicesByPriorityImplicitTlsFirst()
    {
        QRandomGenerator random(7);
        QStringList notes;
        const auto config = SrvConfigLookup::configFrom(
            {{QStringLiteral("_imap._tcp"), {{QStringLiteral("imap.example.org"), 143, 0, 1}}},
             {QStringLiteral("_imaps._tcp"),
              {{QStringLiteral("imaps.example.org"), 993, 0, 1}, {QStringLiteral("backup.example.org"), 993, 10, 1}}},
             {QStringLiteral("_submissions._tcp"), {{QStringLiteral("."), 0, 0, 0}}},
             {QStringLiteral("_submission._tcp"), {{QStringLiteral("smtp.example.org"), 587, 0, 0}}}},
            QStringLiteral("jo@Example.org"), random, &notes);
        QCOMPARE(config.imap.size(), 3);
        QCOMPARE(config.imap.at(0).endpoint.host, QStringLiteral("imaps.example.org"));
        QCOMPARE(config.imap.at(0).endpoint.security, Security::Tls);
        QCOMPARE(config.imap.at(1).endpoint.host, QStringLiteral("imap.example.org"));
        QCOMPARE(config.imap.at(1).endpoint.security, Security::StartTls);
        QCOMPARE(config.imap.at(2).endpoint.host, QStringLiteral("backup.example.org"));
        QCOMPARE(config.imap.at(0).username, QStringLiteral("jo@Example.org"));
        QCOMPARE(config.smtp.size(), 1);
        QCOMPARE(config.smtp.at(0).endpoint.port, quint16(587));
        QCOMPARE(config.smtp.at(0).endpoint.security, Security::StartTls);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.constFirst().contains(QStringLiteral("_submissions._tcp.example.org")),
                 qPrintable(notes.constFirst()));
    }

    void lookupAsksAllFourServicesAtOnce()
    {
        auto *resolver = new heron::test::FakeSrvLookup(
            {{QStringLiteral("_imaps._tcp.example.org"), {{QStringLiteral("mail.example.org"), 993, 0, 0}}},
             {QStringLiteral("_submissions._tcp.example.org"), {{QStringLiteral("mail.example.org"), 465, 0, 0}}}});
        SrvConfigLookup lookup;
        lookup.setResolver(resolver);
        QSignalSpy finished(&lookup, &SrvConfigLookup::finished);
        lookup.start(QStringLiteral("jo@example.org"));
        QCOMPARE(resolver->asked.size(), 4); // all asked before any answer
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(lookup.config().imap.constFirst().endpoint.port, quint16(993));
        QCOMPARE(lookup.config().smtp.constFirst().endpoint.port, quint16(465));
    }

    // The real resolver once, on a name that cannot exist (RFC 6761 .invalid): it answers
    // exactly once, without records, whether DNS says "no such name" or is not reachable
    // here (then within the time limit, said as an error).
    void realLookupOfAnInvalidNameEnds()
    {
        SrvLookup resolver;
        resolver.setTimeout(3000);
        QSignalSpy finished(&resolver, &SrvLookup::finished);
        resolver.lookup(QStringLiteral("_imaps._tcp.heron-test.invalid"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(0).toString(), QStringLiteral("_imaps._tcp.heron-test.invalid"));
        QVERIFY(finished.constFirst().at(1).value<QList<SrvRecord>>().isEmpty());
    }

    void noRecordsIsNotFound()
    {
        SrvConfigLookup lookup;
        lookup.setResolver(new heron::test::FakeSrvLookup({}));
        QSignalSpy finished(&lookup, &SrvConfigLookup::finished);
        lookup.start(QStringLiteral("jo@example.org"));
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        QVERIFY(lookup.attempts().constLast().contains(QStringLiteral("no usable")));
    }
};

QTEST_MAIN(TestSrvLookup)
#include "tst_srv_lookup.moc"
