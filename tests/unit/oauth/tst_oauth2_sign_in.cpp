#include "oauth/oauth2_sign_in.h"

#include "https_page_server.h"
#include "test_certificates.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using heron::oauth::OAuth2Provider;
using heron::oauth::OAuth2SignIn;
using heron::oauth::OAuth2Tokens;
using heron::test::HttpsPageServer;
using heron::test::TestCertificates;

namespace {

constexpr int kWaitMs = 10000;

} // namespace

// The browser's part is played here: the test reads the authorization address
// Heron asks to open and comes back to its loopback address, as a provider would.
class TestOAuth2SignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(TestCertificates::instance().isValid()); }

    void signsInWithPkceAndState()
    {
        HttpsPageServer web({{"/token", {200, R"({"access_token":"at","token_type":"Bearer","expires_in":3600,
                                                  "refresh_token":"rt"})"}}});
        OAuth2SignIn signIn(provider(web), tls());
        QSignalSpy browser(&signIn, &OAuth2SignIn::openBrowser);
        QSignalSpy signedIn(&signIn, &OAuth2SignIn::signedIn);
        signIn.start(QStringLiteral("al+ice@example.test"));
        QCOMPARE(browser.size(), 1);
        const QUrl url = browser.at(0).at(0).toUrl();
        QCOMPARE(url, signIn.authorizationUrl());
        QCOMPARE(url.host(), QStringLiteral("login.example.test"));
        // '+' must travel escaped: a provider reads a bare '+' in a query as a space.
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QLatin1String("login_hint=al%2Bice%40example.test")),
                 qPrintable(url.toString(QUrl::FullyEncoded)));
        const QUrlQuery query(url);
        const auto item
            = [&query](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
        QCOMPARE(item("response_type"), QStringLiteral("code"));
        QCOMPARE(item("client_id"), QStringLiteral("heron-unit"));
        QCOMPARE(item("scope"), QStringLiteral("mail offline"));
        QCOMPARE(item("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(item("code_challenge").size(), 43);
        QCOMPARE(item("prompt"), QStringLiteral("consent")); // the provider's extra parameter
        QCOMPARE(item("login_hint"), QStringLiteral("al+ice@example.test"));
        const QUrl redirect(item("redirect_uri"));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1")); // RFC 8252 7.3: loopback, not "localhost"
        QVERIFY(redirect.port() > 0);
        QVERIFY(!item("state").isEmpty());

        QCOMPARE(
            comeBack(redirect,
                     {{QStringLiteral("code"), QStringLiteral("the-code")}, {QStringLiteral("state"), item("state")}}),
            200);
        QVERIFY(signedIn.wait(kWaitMs));
        const auto tokens = signedIn.at(0).at(0).value<OAuth2Tokens>();
        QCOMPARE(tokens.accessToken, QStringLiteral("at"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("rt"));
        QCOMPARE(web.requested(), QByteArrayList {"/token"});
        QVERIFY(!signIn.isRunning());
    }

    void answers_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("rightState");
        QTest::addColumn<QString>("said");
        QTest::newRow("declined") << QStringLiteral("access_denied") << true << QStringLiteral("declined");
        QTest::newRow("someone else's answer") << QString() << false << QStringLiteral("does not belong");
        QTest::newRow("other error") << QStringLiteral("server_error") << true << QStringLiteral("server_error");
    }

    void answers()
    {
        QFETCH(QString, error);
        QFETCH(bool, rightState);
        QFETCH(QString, said);
        HttpsPageServer web({});
        OAuth2SignIn signIn(provider(web), tls());
        QSignalSpy failed(&signIn, &OAuth2SignIn::failed);
        signIn.start(QStringLiteral("alice@example.test"));
        const QUrlQuery query(signIn.authorizationUrl());
        const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QList<QPair<QString, QString>> answer {{QStringLiteral("state"), rightState ? state : state + u'x'}};
        answer.append(error.isEmpty() ? qMakePair(QStringLiteral("code"), QStringLiteral("stolen"))
                                      : qMakePair(QStringLiteral("error"), error));
        comeBack(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)), answer);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs); // may have come during comeBack()
        QVERIFY2(failed.at(0).at(0).toString().contains(said), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(web.requested().isEmpty()); // no code was traded
    }

    void refusedCodeFails()
    {
        HttpsPageServer web({{"/token", {400, R"({"error":"invalid_grant","error_description":"PKCE failed"})"}}});
        OAuth2SignIn signIn(provider(web), tls());
        QSignalSpy failed(&signIn, &OAuth2SignIn::failed);
        signIn.start(QString());
        const QUrlQuery query(signIn.authorizationUrl());
        QVERIFY(!query.hasQueryItem(QStringLiteral("login_hint")));
        comeBack(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)),
                 {{QStringLiteral("code"), QStringLiteral("c")},
                  {QStringLiteral("state"), query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)}});
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("PKCE failed")),
                 qPrintable(failed.at(0).at(0).toString()));
    }

    void providerWithoutClientIdIsNotAsked()
    {
        HttpsPageServer web({});
        OAuth2Provider noClient = provider(web);
        noClient.clientId.clear();
        OAuth2SignIn signIn(noClient, tls());
        QSignalSpy browser(&signIn, &OAuth2SignIn::openBrowser);
        QSignalSpy failed(&signIn, &OAuth2SignIn::failed);
        signIn.start(QStringLiteral("alice@example.test"));
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(browser.isEmpty());
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("client ID")),
                 qPrintable(failed.at(0).at(0).toString()));
    }

private:
    static OAuth2Provider provider(const HttpsPageServer &web)
    {
        OAuth2Provider provider;
        provider.name = QStringLiteral("Example");
        provider.clientId = QStringLiteral("heron-unit");
        provider.endpoints.issuer = QStringLiteral("login.example.test");
        provider.endpoints.authorizationUrl = QStringLiteral("https://login.example.test/authorize?tenant=1");
        provider.endpoints.tokenUrl = web.base() + QStringLiteral("/token");
        provider.endpoints.scopes = {QStringLiteral("mail"), QStringLiteral("offline")};
        provider.authorizationParameters = {{QStringLiteral("prompt"), QStringLiteral("consent")}};
        return provider;
    }

    static heron::net::TlsPolicy tls() { return TestCertificates::instance().trustingPolicy(); }

    // The browser's GET of the redirect address; the HTTP status Heron answered.
    static int comeBack(QUrl redirect, const QList<QPair<QString, QString>> &answer)
    {
        QUrlQuery query;
        for (const auto &[key, value] : answer)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        redirect.setQuery(query);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(redirect));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(kWaitMs))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
};

QTEST_GUILESS_MAIN(TestOAuth2SignIn)
#include "tst_oauth2_sign_in.moc"
