// MailEngine with an OAuth account against the stack's OAuth server and
// Dovecot's oauth2 passdb: the sign-in's tokens open IMAP and SMTP sessions;
// a token the server stops accepting is renewed once, without a failure the
// user would see; a revoked sign-in is reported as signInNeeded, once, and
// nothing more goes out until the user signs in again.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "mail_stack.h"
#include "mime/message_builder.h"
#include "oauth/oauth2_provider_table.h"
#include "oauth/oauth2_sign_in.h"
#include "oauth/oauth2_token_source.h"
#include "oauth_test_provider.h"
#include "sync/mail_engine.h"
#include "sync/outgoing_message.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heron;
using heron::sync::MailEngine;
using heron::test::MailStack;
using heron::test::OAuthTestProvider;

namespace {

constexpr int kWaitMs = 30000;

} // namespace

class TestMailEngineOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syncsWithTheSignIn();
    void refusedTokenIsRenewedWithoutAFailure();
    void sendsWithTheSignIn();
    void revokedSignInAsksToSignInAgain();
    void cleanupTestCase();

private:
    // Syncs INBOX; true when it succeeded.
    bool sync();
    int refreshes() const
    {
        return int(m_provider.requests(QStringLiteral("/token"), QStringLiteral("refresh_token")).size());
    }

    MailStack m_stack;
    OAuthTestProvider m_provider;
    QTemporaryDir m_dir;
    std::optional<accounts::Profile> m_profile;
    accounts::Account m_account;
    std::unique_ptr<MailEngine> m_engine;
};

void TestMailEngineOAuth::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(OAuthTestProvider::load(&m_provider, &error), qPrintable(error));
    QVERIFY(m_provider.control(QStringLiteral("lifetime?seconds=3600")));
    qputenv("HERON_SECRET_BACKEND", "file");
    qputenv("HERON_OAUTH2_PROVIDERS",
            m_provider.writeProvidersFile(m_dir.path(), {QStringLiteral("example.test")}).toLocal8Bit());
    m_profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
    QVERIFY2(m_profile, qPrintable(error));

    const auto provider = oauth::OAuth2ProviderTable::load(*m_profile).find(m_stack.user2, {});
    QVERIFY(provider && provider->hasClient());
    m_account.email = m_stack.user2;
    m_account.imap = {QStringLiteral("localhost"), m_stack.imapsPort, accounts::Security::Tls};
    m_account.smtp = {QStringLiteral("localhost"), m_stack.submissionsPort, accounts::Security::Tls};
    m_account.caFile = m_stack.caFile;
    m_account.authMethod = accounts::AuthMethod::OAuth2;
    m_account.oauth2 = provider->endpoints;
    QVERIFY2(accounts::AccountStore(*m_profile).add(m_account, &error), qPrintable(error));

    // The sign-in, as the wizard runs it; this test plays the browser.
    net::TlsPolicy tls;
    QVERIFY(tls.addCaFile(m_stack.caFile, &error));
    oauth::OAuth2SignIn signIn(*provider, tls);
    QSignalSpy signedIn(&signIn, &oauth::OAuth2SignIn::signedIn);
    connect(&signIn, &oauth::OAuth2SignIn::openBrowser, this, [this](const QUrl &url) {
        QString why;
        QCOMPARE(m_provider.approve(url, &why), 200);
    });
    signIn.start(m_account.email);
    QVERIFY(signedIn.wait(kWaitMs) || signedIn.size() == 1);
    QVERIFY(oauth::OAuth2TokenSource::store(*m_profile, m_account.email,
                                            signedIn.at(0).at(0).value<oauth::OAuth2Tokens>(), &error));

    m_engine = std::make_unique<MailEngine>(*m_profile);
    m_engine->setReconnectDelay(0); // no automatic reconnects: each login here is asked for
    QSignalSpy started(m_engine.get(), &MailEngine::started);
    m_engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, kWaitMs);
    QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
}

bool TestMailEngineOAuth::sync()
{
    QSignalSpy finished(m_engine.get(), &MailEngine::syncFinished);
    m_engine->syncFolder(m_account.email, QStringLiteral("INBOX"));
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitMs))
        return false;
    return finished.at(0).at(2).toBool();
}

void TestMailEngineOAuth::syncsWithTheSignIn()
{
    QSignalSpy failed(m_engine.get(), &MailEngine::failed);
    QVERIFY(sync());
    QVERIFY(failed.isEmpty());
}

void TestMailEngineOAuth::refusedTokenIsRenewedWithoutAFailure()
{
    const int before = refreshes();
    QVERIFY(m_provider.control(QStringLiteral("expire?user=") + m_account.email));
    QSignalSpy failed(m_engine.get(), &MailEngine::failed);
    m_engine->reconnect(m_account.email); // a new login with the token the server no longer takes
    QVERIFY(sync());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(refreshes(), before + 1);
}

void TestMailEngineOAuth::sendsWithTheSignIn()
{
    QVERIFY(m_provider.control(QStringLiteral("expire?user=") + m_account.email)); // SMTP renews too
    mime::MessageBuilder builder;
    builder.setFrom(mime::Mailbox {QString(), m_account.email});
    builder.setTo({mime::Mailbox {QString(), m_stack.user1}});
    builder.setSubject(QStringLiteral("Sent by the engine with an OAuth token"));
    builder.setText(QStringLiteral("Hello."));
    const sync::OutgoingMessage message = sync::OutgoingMessage::build(builder, m_account.email);
    QSignalSpy results(m_engine.get(), &MailEngine::messageSendResult);
    QSignalSpy signIn(m_engine.get(), &MailEngine::signInNeeded);
    m_engine->send(m_account.email, message);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !results.isEmpty()
                && results.constLast().at(3).value<MailEngine::SendResult>() != MailEngine::SendResult::Queued;
        },
        kWaitMs));
    QCOMPARE(results.constLast().at(3).value<MailEngine::SendResult>(), MailEngine::SendResult::Delivered);
    QVERIFY(signIn.isEmpty());
}

void TestMailEngineOAuth::revokedSignInAsksToSignInAgain()
{
    QVERIFY(m_provider.control(QStringLiteral("revoke?user=") + m_account.email));
    QSignalSpy signIn(m_engine.get(), &MailEngine::signInNeeded);
    m_engine->reconnect(m_account.email);
    QVERIFY(!sync());
    QCOMPARE(signIn.size(), 1);
    QVERIFY2(signIn.at(0).at(1).toString().contains(QLatin1String("Sign in to")),
             qPrintable(signIn.at(0).at(1).toString()));
    // The refresh token is gone: the next attempt asks again without a round trip to the provider.
    const int tokenCalls = int(m_provider.requests(QStringLiteral("/token")).size());
    QVERIFY(!sync());
    QCOMPARE(signIn.size(), 2);
    QCOMPARE(m_provider.requests(QStringLiteral("/token")).size(), tokenCalls);
}

void TestMailEngineOAuth::cleanupTestCase()
{
    if (m_engine)
        m_engine->shutdown();
}

QTEST_GUILESS_MAIN(TestMailEngineOAuth)
#include "tst_mail_engine_oauth.moc"
