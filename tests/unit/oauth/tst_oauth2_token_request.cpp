#include "oauth/oauth2_token_request.h"

#include "https_page_server.h"
#include "test_certificates.h"

#include <QSignalSpy>
#include <QTest>

using heron::oauth::OAuth2Provider;
using heron::oauth::OAuth2TokenRequest;
using heron::test::HttpsPageServer;
using heron::test::TestCertificates;
using Outcome = OAuth2TokenRequest::Outcome;

Q_DECLARE_METATYPE(OAuth2TokenRequest::Outcome)

class TestOAuth2TokenRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(TestCertificates::instance().isValid()); }

    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("said");
        QTest::newRow("tokens") << 200 << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":3600,
                                                  "refresh_token":"rt2","scope":"mail"})")
                                << Outcome::Ok << QString();
        QTest::newRow("token type in lower case")
            << 200 << QByteArray(R"({"access_token":"at","token_type":"bearer"})") << Outcome::Ok << QString();
        QTest::newRow("not a bearer token") << 200 << QByteArray(R"({"access_token":"at","token_type":"mac"})")
                                            << Outcome::Failed << QStringLiteral("bearer token");
        QTest::newRow("no access token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << Outcome::Failed
                                         << QStringLiteral("bearer token");
        QTest::newRow("not JSON") << 200 << QByteArray("<html>") << Outcome::Failed << QStringLiteral("bearer token");
        QTest::newRow("revoked") << 400
                                 << QByteArray(R"({"error":"invalid_grant","error_description":"Token revoked"})")
                                 << Outcome::Refused << QStringLiteral("Token revoked (invalid_grant)");
        QTest::newRow("unknown client") << 401 << QByteArray(R"({"error":"invalid_client"})") << Outcome::Refused
                                        << QStringLiteral("client ID");
        QTest::newRow("server fault") << 503 << QByteArray("<html>busy</html>") << Outcome::Failed
                                      << QStringLiteral("cannot reach");
        QTest::newRow("other error") << 400 << QByteArray(R"({"error":"invalid_scope"})") << Outcome::Failed
                                     << QStringLiteral("invalid_scope");
    }

    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Outcome, outcome);
        QFETCH(QString, said);
        const auto result = OAuth2TokenRequest::readAnswer(status, body, QStringLiteral("HTTP %1").arg(status),
                                                           QStringLiteral("Example"), QStringLiteral("old-refresh"));
        QCOMPARE(result.outcome, outcome);
        QVERIFY2(result.error.contains(said), qPrintable(result.error));
        if (outcome != Outcome::Ok)
            return;
        QCOMPARE(result.tokens.accessToken, QStringLiteral("at"));
        // A refresh answer without a refresh token keeps the one that was used.
        const QString expectedRefresh = body.contains("rt2") ? QStringLiteral("rt2") : QStringLiteral("old-refresh");
        QCOMPARE(result.tokens.refreshToken, expectedRefresh);
        QCOMPARE(result.tokens.expiresAt.isValid(), body.contains("expires_in"));
        if (result.tokens.expiresAt.isValid())
            QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(result.tokens.expiresAt) - 3600) < 60);
    }

    void refreshOverTls()
    {
        HttpsPageServer web({{"/token", {200, R"({"access_token":"new","token_type":"Bearer","expires_in":60})"}}});
        OAuth2TokenRequest request(provider(web.base() + QStringLiteral("/token")), tls());
        QSignalSpy finished(&request, &OAuth2TokenRequest::finished);
        request.refresh(QStringLiteral("rt"));
        QVERIFY(finished.wait(10000));
        const auto result = finished.at(0).at(0).value<OAuth2TokenRequest::Result>();
        QCOMPARE(result.outcome, Outcome::Ok);
        QCOMPARE(result.tokens.accessToken, QStringLiteral("new"));
        QCOMPARE(result.tokens.refreshToken, QStringLiteral("rt"));
        QCOMPARE(web.requested(), QByteArrayList {"/token"});
    }

    void refusedRefreshOverTls()
    {
        HttpsPageServer web({{"/token", {400, R"({"error":"invalid_grant"})"}}});
        OAuth2TokenRequest request(provider(web.base() + QStringLiteral("/token")), tls());
        QSignalSpy finished(&request, &OAuth2TokenRequest::finished);
        request.refresh(QStringLiteral("rt"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<OAuth2TokenRequest::Result>().outcome, Outcome::Refused);
    }

    void plainHttpIsNeverAsked()
    {
        OAuth2TokenRequest request(provider(QStringLiteral("http://localhost:9/token")), tls());
        QSignalSpy finished(&request, &OAuth2TokenRequest::finished);
        request.refresh(QStringLiteral("rt"));
        QVERIFY(finished.wait(10000));
        const auto result = finished.at(0).at(0).value<OAuth2TokenRequest::Result>();
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.error.contains(QLatin1String("https")), qPrintable(result.error));
    }

private:
    static OAuth2Provider provider(const QString &tokenUrl)
    {
        OAuth2Provider provider;
        provider.name = QStringLiteral("Example");
        provider.clientId = QStringLiteral("heron-unit");
        provider.endpoints.issuer = QStringLiteral("example");
        provider.endpoints.authorizationUrl = QStringLiteral("https://localhost/authorize");
        provider.endpoints.tokenUrl = tokenUrl;
        return provider;
    }

    static heron::net::TlsPolicy tls() { return TestCertificates::instance().trustingPolicy(); }
};

QTEST_GUILESS_MAIN(TestOAuth2TokenRequest)
#include "tst_oauth2_token_request.moc"
