#include "identity/client_id_token.h"

#include <QRegularExpression>
#include <QTest>

using heron::identity::ClientIdToken;

// Vectors computed independently with Python's hmac/uuid modules from the
// derivation in shared/spec/clientid.md, not with the code under test.
class TestClientIdToken : public QObject
{
    Q_OBJECT

private:
    static QByteArray sequentialSecret()
    {
        QByteArray secret(32, '\0');
        for (int i = 0; i < secret.size(); ++i)
            secret[i] = static_cast<char>(i);
        return secret;
    }

private slots:
    void derive_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("email");
        QTest::addColumn<quint32>("rotation");
        QTest::addColumn<QString>("expected");

        QTest::newRow("alice") << sequentialSecret() << QStringLiteral("alice@example.test") << 0u
                               << QStringLiteral("a2d86f9e-8ba4-8f33-bed4-97e8b638d239");
        QTest::newRow("address case does not matter") << sequentialSecret() << QStringLiteral("Alice@Example.TEST")
                                                      << 0u << QStringLiteral("a2d86f9e-8ba4-8f33-bed4-97e8b638d239");
        QTest::newRow("rotated") << sequentialSecret() << QStringLiteral("alice@example.test") << 1u
                                 << QStringLiteral("bd714eb0-c3a1-8c64-b331-e53657080543");
        QTest::newRow("another account") << sequentialSecret() << QStringLiteral("bob@example.test") << 0u
                                         << QStringLiteral("20991942-9da9-8de1-8531-a4e9411cfaca");
        QTest::newRow("another install") << QByteArray(32, '\xff') << QStringLiteral("alice@example.test") << 0u
                                         << QStringLiteral("eb221e06-ff6a-8de4-bb01-0880ea75d5b8");
        QTest::newRow("non-ASCII address") << sequentialSecret() << QStringLiteral("J\u00fcrgen@B\u00fccher.example")
                                           << 7u << QStringLiteral("02005662-0e39-8a98-a85b-e44d750cc029");
    }

    void derive()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, email);
        QFETCH(quint32, rotation);
        QFETCH(QString, expected);
        QCOMPARE(ClientIdToken::derive(secret, email, rotation), expected);
    }

    void derivedTokenIsAVersion8Uuid()
    {
        const QString token = ClientIdToken::derive(QByteArray(32, 'k'), QStringLiteral("x@y.test"), 3);
        static const QRegularExpression shape(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
        QVERIFY(ClientIdToken::isSafeForWire(ClientIdToken::kType, token.toLatin1()));
    }

    void noSecretMeansNoToken()
    {
        QVERIFY(ClientIdToken::derive(QByteArray(), QStringLiteral("alice@example.test"), 0).isEmpty());
    }

    void safeForWire_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("safe");

        QTest::newRow("uuid") << QByteArray("UUID") << QByteArray("3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f") << true;
        QTest::newRow("empty token") << QByteArray("UUID") << QByteArray() << false;
        QTest::newRow("empty type") << QByteArray() << QByteArray("abc") << false;
        QTest::newRow("space") << QByteArray("UUID") << QByteArray("abc def") << false;
        QTest::newRow("CRLF injection") << QByteArray("UUID") << QByteArray("abc\r\na2 LOGIN x y") << false;
        QTest::newRow("LF in type") << QByteArray("UU\nID") << QByteArray("abc") << false;
        QTest::newRow("NUL") << QByteArray("UUID") << QByteArray("ab\0c", 4) << false;
        QTest::newRow("DEL") << QByteArray("UUID") << QByteArray("ab\x7f") << false;
        QTest::newRow("8-bit") << QByteArray("UUID") << QByteArray("t\xc3\xa9st") << false;
        QTest::newRow("tab") << QByteArray("UUID") << QByteArray("a\tb") << false;
        QTest::newRow("longest that fits") << QByteArray("UUID") << QByteArray(483, 'a') << true;
        QTest::newRow("one too long") << QByteArray("UUID") << QByteArray(484, 'a') << false;
    }

    void safeForWire()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, token);
        QFETCH(bool, safe);
        QCOMPARE(ClientIdToken::isSafeForWire(type, token), safe);
    }
};

QTEST_GUILESS_MAIN(TestClientIdToken)
#include "tst_client_id_token.moc"
