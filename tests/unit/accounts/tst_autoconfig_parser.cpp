// AutoconfigParser over configuration documents shaped like the ones providers
// and Mozilla's ISPDB serve, and over hostile ones.
#include "accounts/autoconfig_parser.h"

#include <QFile>
#include <QTest>

using namespace heron::accounts;

namespace {

const QString kEmail = QStringLiteral("jo.doe@example.org");

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(HERON_SOURCE_DIR "/tests/data/autoconfig/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", name);
    return file.readAll();
}

} // namespace

class TestAutoconfigParser : public QObject
{
    Q_OBJECT

private slots:
    // A typical provider: IMAP over TLS and STARTTLS, a POP3 server, SMTP on 465 and
    // 587, a plain-text fallback, OAuth2 next to passwords.
    void typicalProvider()
    {
        QString error;
        const auto config = AutoconfigParser::parse(sample("provider.xml"), kEmail, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->isUsable());
        QCOMPARE(config->displayName, QStringLiteral("Example Mail"));
        QCOMPARE(config->domains, QStringList({QStringLiteral("example.org"), QStringLiteral("example.net")}));

        QCOMPARE(config->imap.size(), 2);
        QCOMPARE(config->imap[0].endpoint, (ServerEndpoint {QStringLiteral("imap.example.org"), 993, Security::Tls}));
        QCOMPARE(config->imap[0].username, kEmail);
        QCOMPARE(config->imap[0].authMethods, QList<AuthMethod>({AuthMethod::OAuth2, AuthMethod::Password}));
        QCOMPARE(config->imap[1].endpoint,
                 (ServerEndpoint {QStringLiteral("imap.example.org"), 143, Security::StartTls}));
        QCOMPARE(config->imap[1].username, QStringLiteral("jo.doe"));

        QCOMPARE(config->smtp.size(), 2);
        QCOMPARE(config->smtp[0].endpoint, (ServerEndpoint {QStringLiteral("smtp.example.org"), 465, Security::Tls}));
        // No port given: the well-known one for STARTTLS submission.
        QCOMPARE(config->smtp[1].endpoint,
                 (ServerEndpoint {QStringLiteral("smtp.example.org"), 587, Security::StartTls}));
        QCOMPARE(config->smtp[1].username, QStringLiteral("example.org\\jo.doe"));
        QCOMPARE(config->smtp[1].authMethods, QList<AuthMethod>({AuthMethod::Password})); // NTLM dropped

        // The cleartext IMAP server and POP3 are left out, and said to be.
        QCOMPARE(config->skipped.size(), 2);
        QVERIFY(config->skipped[0].contains(QStringLiteral("legacy.example.org (no encryption)")));
        QVERIFY(config->skipped[1].contains(QStringLiteral("pop3")));

        QVERIFY(config->oauth2);
        QCOMPARE(config->oauth2->tokenUrl, QStringLiteral("https://login.example.org/token"));
        QCOMPARE(config->oauth2->scopes,
                 QStringList({QStringLiteral("https://mail.example.org/"), QStringLiteral("offline_access")}));
    }

    void expandsPlaceholders()
    {
        QCOMPARE(AutoconfigParser::expand(QStringLiteral("%EMAILLOCALPART%@%EMAILDOMAIN%"), kEmail), kEmail);
        QCOMPARE(AutoconfigParser::expand(QStringLiteral("fixed"), kEmail), QStringLiteral("fixed"));
        QCOMPARE(AutoconfigParser::expand(QString(), kEmail), QString());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("words"); // in the error
        QTest::newRow("not XML") << QByteArray("<html><body>404") << QStringLiteral("clientConfig");
        QTest::newRow("broken XML") << QByteArray("<clientConfig><emailProvider></clientConfig>")
                                    << QStringLiteral("not valid XML");
        QTest::newRow("no provider") << QByteArray("<clientConfig version=\"1.1\"/>")
                                     << QStringLiteral("emailProvider");
        QTest::newRow("DTD with entities")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                          "<clientConfig><emailProvider><displayName>&b;</displayName></emailProvider></clientConfig>")
            << QStringLiteral("document type");
        QTest::newRow("too large") << QByteArray("<clientConfig>" + QByteArray(300 * 1024, ' ') + "</clientConfig>")
                                   << QStringLiteral("larger than");
    }

    void refusals()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!AutoconfigParser::parse(document, kEmail, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    // Parsed, but nothing in it is usable or trustworthy.
    void hostileValuesAreDropped()
    {
        const QByteArray document = sample("hostile.xml");
        QString error;
        const auto config = AutoconfigParser::parse(document, kEmail, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(!config->isUsable());
        QVERIFY(config->imap.isEmpty());
        QVERIFY(config->smtp.isEmpty());
        QVERIFY(!config->oauth2); // an http:// authorization endpoint is not trusted
        QCOMPARE(config->skipped.size(), 3);
        QVERIFY(config->skipped[1].contains(QStringLiteral("GSSAPI")));
    }

    void serverCountIsBounded()
    {
        QByteArray document = "<clientConfig><emailProvider>";
        for (int i = 0; i < 100; ++i)
            document += "<incomingServer type=\"imap\"><hostname>h" + QByteArray::number(i)
                + ".example</hostname><socketType>SSL</socketType></incomingServer>";
        document += "</emailProvider></clientConfig>";
        QString error;
        const auto config = AutoconfigParser::parse(document, kEmail, &error);
        QVERIFY(config);
        QCOMPARE(config->imap.size(), AutoconfigParser::kMaxServersPerProtocol);
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigParser)
#include "tst_autoconfig_parser.moc"
