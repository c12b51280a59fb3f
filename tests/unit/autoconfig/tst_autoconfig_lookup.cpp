// AutoconfigLookup and HttpsFetcher against a scripted HTTPS server (the test
// CA's localhost certificate): sources tried in order, the first usable
// configuration wins, each failure is kept in words; http, oversized bodies and
// untrusted certificates are refused.
#include "https_page_server.h"
#include "net/https_fetcher.h"
#include "sync/autoconfig_lookup.h"
#include "test_certificates.h"

#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTest>

using heron::net::HttpsFetcher;
using heron::net::TlsPolicy;
using heron::sync::AutoconfigLookup;
using heron::test::HttpsPageServer;
using heron::test::TestCertificates;

namespace {

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(HERON_SOURCE_DIR "/tests/data/autoconfig/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", name);
    return file.readAll();
}

TlsPolicy trustingPolicy()
{
    TlsPolicy policy;
    QString error;
    if (!policy.addCaFile(TestCertificates::instance().caFile(), &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

bool runLookup(AutoconfigLookup &lookup, const QString &email)
{
    QSignalSpy finished(&lookup, &AutoconfigLookup::finished);
    lookup.start(email);
    return finished.wait(20000) && finished.constFirst().constFirst().toBool();
}

} // namespace

class TestAutoconfigLookup : public QObject
{
    Q_OBJECT

private slots:
    void firstUsableSourceWins()
    {
        HttpsPageServer web({{"/broken.xml", {200, "<html>not a config</html>"}},
                             {"/hostile.xml", {200, sample("hostile.xml")}},
                             {"/config.xml?emailaddress=jo.doe%40example.org", {200, sample("provider.xml")}}});
        AutoconfigLookup lookup(trustingPolicy());
        lookup.setSources({web.base() + QStringLiteral("/missing.xml"), web.base() + QStringLiteral("/broken.xml"),
                           web.base() + QStringLiteral("/hostile.xml"),
                           web.base() + QStringLiteral("/config.xml?emailaddress=%EMAIL%"),
                           web.base() + QStringLiteral("/never-asked.xml")});
        QVERIFY(runLookup(lookup, QStringLiteral("jo.doe@example.org")));
        QCOMPARE(lookup.config().displayName, QStringLiteral("Example Mail"));
        QCOMPARE(lookup.config().imap.constFirst().endpoint.host, QStringLiteral("imap.example.org"));
        QVERIFY(lookup.source().endsWith(QStringLiteral("emailaddress=jo.doe%40example.org")));
        QCOMPARE(web.requested().size(), 4);
        QCOMPARE(lookup.attempts().size(), 4);
        QVERIFY2(lookup.attempts().at(0).contains(QStringLiteral("404")), qPrintable(lookup.attempts().at(0)));
        QVERIFY(lookup.attempts().at(1).contains(QStringLiteral("clientConfig")));
        QVERIFY(lookup.attempts().at(2).contains(QStringLiteral("no encrypted IMAP and SMTP servers")));
    }

    void nothingFoundSaysWhy()
    {
        HttpsPageServer web({});
        AutoconfigLookup lookup(trustingPolicy());
        lookup.setSources({web.base() + QStringLiteral("/a.xml"), QStringLiteral("http://localhost:1/%DOMAIN%.xml")});
        QVERIFY(!runLookup(lookup, QStringLiteral("jo@example.org")));
        QCOMPARE(lookup.attempts().size(), 2);
        QVERIFY(lookup.attempts().at(1).contains(QStringLiteral("http://localhost:1/example.org.xml is not an https")));
        QCOMPARE(web.requested(), QByteArrayList({"/a.xml"}));
    }

    void untrustedCertificateIsRefused()
    {
        HttpsPageServer web({{"/config.xml", {200, sample("provider.xml")}}});
        AutoconfigLookup lookup(TlsPolicy {}); // the test CA is not trusted here
        lookup.setSources({web.base() + QStringLiteral("/config.xml")});
        QVERIFY(!runLookup(lookup, QStringLiteral("jo@example.org")));
        QVERIFY(web.requested().isEmpty());
        QCOMPARE(lookup.attempts().size(), 1);
    }

    void oversizedBodyIsCutOff()
    {
        HttpsPageServer web({{"/big.xml", {200, QByteArray(2 * 1024 * 1024, 'x')}}});
        HttpsFetcher fetcher(trustingPolicy());
        fetcher.setMaxBytes(64 * 1024);
        QSignalSpy finished(&fetcher, &HttpsFetcher::finished);
        fetcher.fetch(QUrl(web.base() + QStringLiteral("/big.xml")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY2(finished.constFirst().at(2).toString().contains(QStringLiteral("more than 64 kB")),
                 qPrintable(finished.constFirst().at(2).toString()));
    }
};

QTEST_MAIN(TestAutoconfigLookup)
#include "tst_autoconfig_lookup.moc"
