// MailtoLink (RFC 6068): recipients in the path and in to/cc/bcc, several of
// them, percent-decoding as UTF-8, "+" kept, body line breaks, header names
// in any case, unsafe headers ignored, and what is not a mailto: link.
#include "mime/mailto_link.h"

#include <QTest>

using heron::mime::MailtoLink;

class TestMailtoLink : public QObject
{
    Q_OBJECT

private slots:
    void plainAddress()
    {
        const auto link = MailtoLink::parse(QStringLiteral("mailto:chris@example.com"));
        QVERIFY(link);
        QCOMPARE(link->to, QStringLiteral("chris@example.com"));
        QVERIFY(link->cc.isEmpty() && link->bcc.isEmpty() && link->subject.isEmpty() && link->body.isEmpty());
    }

    void everyField()
    {
        const auto link = MailtoLink::parse(QStringLiteral(
            "mailto:a@example.org,b@example.org?to=c@example.org&CC=d@example.org&bcc=e@example.org%2Cf@example.org"
            "&Subject=Caf%C3%A9%20%26%20more&body=Line%201%0D%0ALine%202+plus"));
        QVERIFY(link);
        QCOMPARE(link->to, QStringLiteral("a@example.org,b@example.org, c@example.org"));
        QCOMPARE(link->cc, QStringLiteral("d@example.org"));
        QCOMPARE(link->bcc, QStringLiteral("e@example.org,f@example.org"));
        QCOMPARE(link->subject, QStringLiteral("Café & more"));
        QCOMPARE(link->body, QStringLiteral("Line 1\nLine 2+plus"));
    }

    void encodedPathAndNames()
    {
        const auto link
            = MailtoLink::parse(QStringLiteral("mailto:%22not%40me%22@example.org?subject=%E2%9C%93%0D%0Ainjected"));
        QVERIFY(link);
        QCOMPARE(link->to, QStringLiteral("\"not@me\"@example.org"));
        QCOMPARE(link->subject, QStringLiteral("✓ injected")); // one line, whatever the link held
    }

    void unsafeHeadersIgnored()
    {
        const auto link = MailtoLink::parse(
            QStringLiteral("mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E&from=boss@example.org"
                           "&X-Mailer=evil&body=hi"));
        QVERIFY(link);
        QCOMPARE(link->to, QStringLiteral("list@example.org"));
        QCOMPARE(link->body, QStringLiteral("hi"));
    }

    void noPathAndEmptyValues()
    {
        const auto link = MailtoLink::parse(QStringLiteral("MAILTO:?to=&subject=&body=only%20text&&"));
        QVERIFY(link);
        QVERIFY(link->to.isEmpty());
        QCOMPARE(link->body, QStringLiteral("only text"));
    }

    void fromQUrl()
    {
        const auto link
            = MailtoLink::parse(QUrl(QStringLiteral("mailto:ann@example.org?subject=Two words&body=a%26b")));
        QVERIFY(link);
        QCOMPARE(link->to, QStringLiteral("ann@example.org"));
        QCOMPARE(link->subject, QStringLiteral("Two words"));
        QCOMPARE(link->body, QStringLiteral("a&b"));
    }

    void notMailto()
    {
        QVERIFY(!MailtoLink::parse(QStringLiteral("https://example.org/?to=a@b")));
        QVERIFY(!MailtoLink::parse(QStringLiteral("ann@example.org")));
    }
};

QTEST_GUILESS_MAIN(TestMailtoLink)
#include "tst_mailto_link.moc"
