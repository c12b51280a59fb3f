#include "oauth/oauth2_provider_table.h"

#include <QTemporaryDir>
#include <QTest>

using heron::accounts::OAuth2Endpoints;
using heron::accounts::Profile;
using heron::oauth::OAuth2ProviderTable;

namespace {

Profile profileIn(const QTemporaryDir &dir)
{
    QString error;
    return *Profile::open(dir.path(), &error);
}

} // namespace

class TestOAuth2ProviderTable : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableKnowsTheBigProvidersWithoutClientIds()
    {
        QTemporaryDir dir;
        qunsetenv("HERON_OAUTH2_PROVIDERS");
        const OAuth2ProviderTable table = OAuth2ProviderTable::load(profileIn(dir));
        QVERIFY2(table.problems().isEmpty(), qPrintable(table.problems().join(u'\n')));
        const auto google = table.find(QStringLiteral("someone@GMail.com"), {});
        QVERIFY(google);
        QCOMPARE(google->id, QStringLiteral("google"));
        QVERIFY(google->endpoints.tokenUrl.startsWith(QLatin1String("https://")));
        QVERIFY(!google->hasClient()); // client ids never live in the source
        const auto microsoft
            = table.find(QStringLiteral("someone@company.example"), {QStringLiteral("outlook.office365.com")});
        QVERIFY(microsoft);
        QCOMPARE(microsoft->id, QStringLiteral("microsoft"));
        QVERIFY(microsoft->endpoints.scopes.contains(QStringLiteral("offline_access")));
        QVERIFY(!table.find(QStringLiteral("someone@example.org"), {QStringLiteral("mail.example.org")}));
    }

    void laterFilesCompleteEarlierEntries()
    {
        QTemporaryDir dir;
        const Profile profile = profileIn(dir);
        QFile own(OAuth2ProviderTable::profileFile(profile));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("{\"providers\": [{\"issuer\": \"accounts.google.com\", \"client_id\": \"from-profile\"}]}");
        own.close();
        QFile extra(dir.filePath(QStringLiteral("extra.json")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("{\"providers\": ["
                    " {\"issuer\": \"accounts.google.com\", \"client_secret\": \"not-so-secret\"},"
                    " {\"issuer\": \"https://id.example.test\", \"name\": \"Example ID\", \"client_id\": \"ex\","
                    " \"authorization_url\": \"https://id.example.test/authorize\", \"token_url\": "
                    "\"https://id.example.test/token\","
                    " \"scopes\": [\"mail\"], \"domains\": [\"Example.Test\"]},"
                    " {\"issuer\": \"incomplete.example\", \"client_id\": \"dropped\"}]}");
        extra.close();
        qputenv("HERON_OAUTH2_PROVIDERS", extra.fileName().toLocal8Bit());
        const OAuth2ProviderTable table = OAuth2ProviderTable::load(profile);
        qunsetenv("HERON_OAUTH2_PROVIDERS");
        QVERIFY2(table.problems().isEmpty(), qPrintable(table.problems().join(u'\n')));
        const auto google = table.byIssuer(QStringLiteral("accounts.google.com"));
        QCOMPARE(google->clientId, QStringLiteral("from-profile"));
        QCOMPARE(google->clientSecret, QStringLiteral("not-so-secret"));
        QVERIFY(google->endpoints.isComplete()); // the built-in endpoints stay
        const auto example = table.find(QStringLiteral("alice@example.test"), {});
        QVERIFY(example);
        QCOMPARE(example->name, QStringLiteral("Example ID"));
        QCOMPARE(example->id, QStringLiteral("https://id.example.test")); // no id: the issuer
        QVERIFY(!table.byIssuer(QStringLiteral("incomplete.example")));
    }

    void damagedFileIsSaidAndTheRestStays()
    {
        QTemporaryDir dir;
        QFile extra(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("{\"providers\": [");
        extra.close();
        qputenv("HERON_OAUTH2_PROVIDERS", extra.fileName().toLocal8Bit());
        const OAuth2ProviderTable table = OAuth2ProviderTable::load(profileIn(dir));
        qunsetenv("HERON_OAUTH2_PROVIDERS");
        QCOMPARE(table.problems().size(), 1);
        QVERIFY(table.problems().constFirst().contains(QLatin1String("broken.json")));
        QVERIFY(table.byIssuer(QStringLiteral("accounts.google.com")));
    }

    void endpointsFromElsewhereTakeTheTablesClient()
    {
        OAuth2ProviderTable table;
        QString error;
        const QByteArray json
            = "{\"providers\": [{\"issuer\": \"login.example.net\", \"name\": \"Example Net\","
              " \"client_id\": \"cid\", \"authorization_url\": \"https://login.example.net/a\","
              " \"token_url\": \"https://login.example.net/t\", \"revocation_url\": \"https://login.example.net/r\"}]}";
        QVERIFY(table.merge(json, &error));
        OAuth2Endpoints published; // as an autoconfig document gives them: no revocation address
        published.issuer = QStringLiteral("login.example.net");
        published.authorizationUrl = QStringLiteral("https://login.example.net/authorize2");
        published.tokenUrl = QStringLiteral("https://login.example.net/token2");
        const auto provider = table.forEndpoints(published);
        QCOMPARE(provider.clientId, QStringLiteral("cid"));
        QCOMPARE(provider.name, QStringLiteral("Example Net"));
        QCOMPARE(provider.endpoints.tokenUrl, published.tokenUrl);
        QCOMPARE(provider.endpoints.revocationUrl, QStringLiteral("https://login.example.net/r"));
        published.issuer = QStringLiteral("unknown.example");
        QVERIFY(!table.forEndpoints(published).hasClient());
    }
};

QTEST_GUILESS_MAIN(TestOAuth2ProviderTable)
#include "tst_oauth2_provider_table.moc"
