#include "oauth/pkce.h"

#include <QRegularExpression>
#include <QTest>

using heron::oauth::Pkce;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void challengeOfTheRfcExample()
    {
        // RFC 7636, Appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedVerifiersAreLongUnreservedAndDifferent()
    {
        const Pkce first = Pkce::generate();
        const Pkce second = Pkce::generate();
        // RFC 7636 4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
        const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QVERIFY(unreserved.match(QString::fromLatin1(first.verifier)).hasMatch());
        QCOMPARE(first.challenge, Pkce::challengeFor(first.verifier));
        QCOMPARE(first.challenge.size(), 43);
        QVERIFY(first.verifier != second.verifier);
    }

    void randomTokensHaveTheirLength()
    {
        // 24 bytes -> 32 base64url characters; 7 bytes (not a multiple of 4) -> 10.
        QCOMPARE(Pkce::randomToken(24).size(), 32);
        QCOMPARE(Pkce::randomToken(7).size(), 10);
        QVERIFY(Pkce::randomToken(24) != Pkce::randomToken(24));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
