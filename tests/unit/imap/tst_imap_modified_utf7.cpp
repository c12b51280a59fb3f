#include "imap/modified_utf7.h"

#include <QTest>

using heron::imap::ModifiedUtf7;

class TestImapModifiedUtf7 : public QObject
{
    Q_OBJECT

private slots:
    // Both directions: RFC 3501 5.1.3 and RFC 2152 give the encoded forms.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("encoded");

        QTest::newRow("ASCII") << QStringLiteral("INBOX/Sent Items") << QByteArray("INBOX/Sent Items");
        QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry") << QByteArray("Tom &- Jerry");
        QTest::newRow("RFC 3501 example")
            << QStringLiteral(u"~peter/mail/台北/日本語") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("Latin-1 letter") << QStringLiteral(u"Ähnliches") << QByteArray("&AMQ-hnliches");
        QTest::newRow("German") << QStringLiteral(u"Entwürfe") << QByteArray("Entw&APw-rfe");
        QTest::newRow("run of non-ASCII")
            << QStringLiteral(u"Отправленные") << QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
        QTest::newRow("astral plane (surrogate pair)") << QStringLiteral(u"📧 mail") << QByteArray("&2D3c5w- mail");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, encoded);
        QCOMPARE(ModifiedUtf7::encode(name), encoded);
        QCOMPARE(ModifiedUtf7::decode(encoded), std::optional<QString>(name));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("encoded");

        QTest::newRow("unterminated run") << QByteArray("&ZeVnLIqe");
        QTest::newRow("bad base64 character") << QByteArray("&Ze/nLIqe-");
        QTest::newRow("8-bit byte") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                  "e");
        QTest::newRow("control byte") << QByteArray("a\tb");
        QTest::newRow("encoded ASCII") << QByteArray("&AGE-"); // "a" must be sent directly
        QTest::newRow("non-zero padding bits") << QByteArray("&AMR-");
        QTest::newRow("lone surrogate") << QByteArray("&2D0-");
        QTest::newRow("empty run is not '&'") << QByteArray("&,-");
    }

    void invalid()
    {
        QFETCH(QByteArray, encoded);
        QCOMPARE(ModifiedUtf7::decode(encoded), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestImapModifiedUtf7)
#include "tst_imap_modified_utf7.moc"
