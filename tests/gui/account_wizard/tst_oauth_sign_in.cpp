// OAuth 2.0 browser sign-in in the GUI, against the stack's authorization
// server (tests/servers/oauth_server.py; Dovecot checks every token there) and
// a providers file naming it (HERON_OAUTH2_PROVIDERS). The system browser is
// played headlessly: the https URL handler fetches the sign-in page, reads the
// provider's redirect and delivers it to Heron's loopback address.
// - the servers page offers the method the provider allows: none without a
//   client ID (said in words, the password asked for), browser sign-in from the
//   provider's published endpoints, chosen by itself when its servers take
//   nothing else;
// - the wizard adds alice@example.test without a password: the sign-in step
//   waits for the browser, Back ends it, a declined sign-in is explained and
//   Test Again signs in; IMAP and SMTP log in with the token; Finish stores the
//   account as OAuth with its tokens and no password, and the window syncs it;
// - Account Settings: no password field but Sign In Again…, which stores new
//   tokens that the servers accept; Remove Account revokes them at the provider;
// - the main window: an account without a sign-in, then one whose access the
//   user withdrew at the provider, prompts once (SignInNeededBox); Sign In…
//   brings the mail back.
#include "../composer/composer_test_helpers.h"
#include "../identity/gui_test_helpers.h"
#include "account_settings_dialog.h"
#include "account_wizard.h"
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "folder_tree_model.h"
#include "https_page_server.h"
#include "mail_stack.h"
#include "main_window.h"
#include "oauth/oauth2_token_source.h"
#include "oauth_sign_in_dialog.h"
#include "sync/account_discovery.h"
#include "sync/autoconfig_lookup.h"
#include "test_certificates.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace heron;
using heron::test::child;
using heron::test::clickButton;
using heron::test::labelText;
using heron::ui::AccountSettingsDialog;
using heron::ui::AccountWizard;
using heron::ui::MainWindow;
using heron::ui::OAuthSignInDialog;

namespace {

constexpr int kWaitMs = 20000;

// The stack's OAuth server, from stack.env.
struct OAuthServer
{
    QString issuer, authorizeUrl, tokenUrl, revokeUrl, controlUrl, clientId, scope;

    bool load(QString *error)
    {
        const auto read = [](const char *name) { return qEnvironmentVariable(name); };
        issuer = read("OAUTH_ISSUER");
        authorizeUrl = read("OAUTH_AUTHORIZE_URL");
        tokenUrl = read("OAUTH_TOKEN_URL");
        revokeUrl = read("OAUTH_REVOKE_URL");
        controlUrl = read("OAUTH_CONTROL_URL");
        clientId = read("OAUTH_CLIENT_ID");
        scope = read("OAUTH_SCOPE");
        if (issuer.isEmpty() || authorizeUrl.isEmpty() || tokenUrl.isEmpty() || controlUrl.isEmpty()
            || clientId.isEmpty()) {
            *error = QStringLiteral("the mail stack runs no OAuth server (OAUTH_* missing from stack.env)");
            return false;
        }
        return true;
    }

    accounts::OAuth2Endpoints endpoints() const { return {issuer, {scope}, authorizeUrl, tokenUrl, revokeUrl}; }

    // One entry of a providers file (oauth2_provider_table.h's format).
    QJsonObject provider(const QString &name, bool withClient, bool withDomain) const
    {
        QJsonObject entry {{QStringLiteral("id"), QStringLiteral("test")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("issuer"), issuer},
                           {QStringLiteral("authorization_url"), authorizeUrl},
                           {QStringLiteral("token_url"), tokenUrl},
                           {QStringLiteral("revocation_url"), revokeUrl},
                           {QStringLiteral("scopes"), QJsonArray {scope}}};
        if (withClient)
            entry.insert(QStringLiteral("client_id"), clientId);
        if (withDomain)
            entry.insert(QStringLiteral("domains"), QJsonArray {QStringLiteral("example.test")});
        return entry;
    }
};

// The system browser, headless: an https link handed to the desktop is
// fetched (the stack's CA trusted), the provider's 302 read, and its target
// (Heron's loopback address with the code or the error) fetched in turn, as
// a browser would after the user signed in. Holding: the links are only
// recorded (the user has not got to the browser yet).
class HeadlessBrowser : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessBrowser(const QString &caFile)
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_tls = QSslConfiguration::defaultConfiguration();
        if (!m_tls.addCaCertificates(caFile))
            problems << QStringLiteral("cannot read %1").arg(caFile);
    }

    bool holding = false;
    QList<QUrl> opened;
    int returned = 0; // redirects delivered to Heron, answered 200
    QStringList problems;

public slots:
    void openUrl(const QUrl &url)
    {
        opened.append(url);
        if (!holding)
            visit(url);
    }

public:
    void visit(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setSslConfiguration(m_tls);
        QNetworkReply *page = m_network.get(request);
        connect(page, &QNetworkReply::finished, this, [this, page] {
            page->deleteLater();
            const int status = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QUrl back = QUrl::fromEncoded(page->rawHeader("Location"));
            if (status != 302 || back.scheme() != QLatin1String("http") || back.host() != QLatin1String("127.0.0.1")) {
                problems << QStringLiteral("sign-in page: HTTP %1 %2 to %3")
                                .arg(status)
                                .arg(page->errorString(), back.toString());
                return;
            }
            QNetworkReply *redirect = m_network.get(QNetworkRequest(back));
            connect(redirect, &QNetworkReply::finished, this, [this, redirect] {
                redirect->deleteLater();
                if (redirect->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++returned;
                else
                    problems << QStringLiteral("redirect: %1").arg(redirect->errorString());
            });
        });
    }

    // A call of the server's control interface (POST unless get); its JSON answer, empty when it failed.
    QByteArray control(const QString &url, bool get = false)
    {
        QNetworkRequest request {QUrl(url)};
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = get ? m_network.get(request) : m_network.post(request, QByteArray());
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs);
        const QByteArray body = done && reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        if (body.isEmpty())
            qWarning("%s: %s", qPrintable(url), qPrintable(reply->errorString()));
        reply->deleteLater();
        return body;
    }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};

QByteArray autoconfigDocument(quint16 imapPort, quint16 smtpPort, const QStringList &authentications,
                              const QString &oauth2 = QString())
{
    QString auth;
    for (const QString &method : authentications)
        auth += QStringLiteral("<authentication>%1</authentication>").arg(method);
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Test Stack</displayName>
    <incomingServer type="imap">
      <hostname>localhost</hostname><port>%1</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>%3
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>localhost</hostname><port>%2</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>%3
    </outgoingServer>
  </emailProvider>
  %4
</clientConfig>
)")
        .arg(imapPort)
        .arg(smtpPort)
        .arg(auth, oauth2)
        .toUtf8();
}

} // namespace

class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        QVERIFY2(m_oauth.load(&error), qPrintable(error));
        QVERIFY(test::TestCertificates::instance().isValid());
        qputenv("HERON_SECRET_BACKEND", "file");
        if (qEnvironmentVariableIsEmpty("HERON_SCREENSHOT_DIR")) // kept under the build tree for review
            qputenv("HERON_SCREENSHOT_DIR", HERON_BINARY_DIR "/screenshots/oauth");
        // The provider's sign-in service has a certificate the system trusts, as the big ones do:
        // here the stack's CA, for this process only.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QVERIFY(tls.addCaCertificates(m_stack.caFile));
        QSslConfiguration::setDefaultConfiguration(tls);
        m_browser = std::make_unique<HeadlessBrowser>(m_stack.caFile);
        QVERIFY2(m_browser->problems.isEmpty(), qPrintable(m_browser->problems.join(QLatin1Char('\n'))));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), m_browser.get(), "openUrl");
        useProviders({m_oauth.provider(QStringLiteral("Test Provider"), true, true)});
    }

    void init()
    {
        m_browser->holding = false;
        m_browser->opened.clear();
        m_browser->problems.clear();
        m_browser->returned = 0;
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void serversPageOffersWhatTheProviderAllows();
    void wizardAddsAnOAuthAccount();
    void settingsSignInAgainAndRemove();
    void mainWindowAsksToSignInAgain();

private:
    // HERON_OAUTH2_PROVIDERS names a file with these entries (read at each lookup).
    void useProviders(const QJsonArray &providers)
    {
        const QString path = m_dir.filePath(QStringLiteral("providers-%1.json").arg(++m_providerFiles));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("providers"), providers}}).toJson());
        file.close();
        qputenv("HERON_OAUTH2_PROVIDERS", QFile::encodeName(path));
    }
    // A profile with alice as an OAuth account of the stack (no tokens yet).
    std::optional<accounts::Profile> oauthProfile(const QString &name);
    // Whether the stack's IMAP server lets alice in with this access token.
    bool imapAccepts(const QString &accessToken);
    // Whether the OAuth server's log has a request of that method and path for alice.
    bool serverLogged(const QString &method, const QString &path);

    test::MailStack m_stack;
    OAuthServer m_oauth;
    std::unique_ptr<HeadlessBrowser> m_browser;
    QTemporaryDir m_dir;
    int m_providerFiles = 0;
};

std::optional<accounts::Profile> TestOAuthSignIn::oauthProfile(const QString &name)
{
    QString error;
    std::optional<accounts::Profile> profile = accounts::Profile::open(m_dir.filePath(name), &error);
    if (!profile) {
        qWarning("profile: %s", qPrintable(error));
        return std::nullopt;
    }
    accounts::Account account;
    account.email = m_stack.user1;
    account.displayName = QStringLiteral("Alice OAuth");
    account.authMethod = accounts::AuthMethod::OAuth2;
    account.oauth2 = m_oauth.endpoints();
    account.imap = {QStringLiteral("localhost"), m_stack.imapsPort, accounts::Security::Tls};
    account.smtp = {QStringLiteral("localhost"), m_stack.submissionsPort, accounts::Security::Tls};
    account.caFile = m_stack.caFile;
    if (!accounts::AccountStore(*profile).add(account, &error)) {
        qWarning("account: %s", qPrintable(error));
        return std::nullopt;
    }
    return profile;
}

bool TestOAuthSignIn::imapAccepts(const QString &accessToken)
{
    imap::ImapSettings settings = m_stack.imapSettings(m_stack.user1, QString());
    settings.oauthToken = accessToken;
    const std::unique_ptr<imap::ImapSession> session = test::MailStack::openImap(settings, kWaitMs);
    if (session)
        session->logout();
    return bool(session);
}

bool TestOAuthSignIn::serverLogged(const QString &method, const QString &path)
{
    const QJsonArray log
        = QJsonDocument::fromJson(m_browser->control(m_oauth.controlUrl + QStringLiteral("/log"), true)).array();
    for (const QJsonValue &value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("method")).toString() == method
            && entry.value(QLatin1String("path")).toString() == path
            && entry.value(QLatin1String("user")).toString() == m_stack.user1
            && entry.value(QLatin1String("status")).toInt() == 200)
            return true;
    }
    return false;
}

// Three providers, three answers on the servers page (no sign-in here).
void TestOAuthSignIn::serversPageOffersWhatTheProviderAllows()
{
    QString error;
    const auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("offers")), &error);
    QVERIFY2(profile, qPrintable(error));
    const QString email = m_stack.user1;
    const QString published = QStringLiteral("<oAuth2><issuer>%1</issuer><scope>%2</scope><authURL>%3</authURL>"
                                             "<tokenURL>%4</tokenURL></oAuth2>")
                                  .arg(m_oauth.issuer, m_oauth.scope, m_oauth.authorizeUrl, m_oauth.tokenUrl);
    struct Case
    {
        const char *name;
        QJsonArray providers;
        QStringList authentications;
        QString oauth2;
        QStringList methods; // the combo box's items
        int chosen;
        const char *note;
    };
    const QList<Case> cases {
        {"known provider without a client ID",
         {m_oauth.provider(QStringLiteral("Test Provider"), false, true)},
         {QStringLiteral("password-cleartext")},
         QString(),
         {QStringLiteral("Password")},
         0,
         "Heron has no client ID for Test Provider"},
        {"published endpoints, OAuth only",
         {m_oauth.provider(QStringLiteral("Published Provider"), true, false)},
         {QStringLiteral("OAuth2")},
         published,
         {QStringLiteral("Password"), QStringLiteral("Browser sign-in with Published Provider (OAuth 2.0)")},
         1,
         "Heron never sees your password"},
        {"published endpoints, passwords too",
         {m_oauth.provider(QStringLiteral("Published Provider"), true, false)},
         {QStringLiteral("password-cleartext"), QStringLiteral("OAuth2")},
         published,
         {QStringLiteral("Password"), QStringLiteral("Browser sign-in with Published Provider (OAuth 2.0)")},
         0,
         "Heron never sees your password"},
    };
    net::TlsPolicy webTrust;
    QVERIFY(webTrust.addCaFile(test::TestCertificates::instance().caFile(), &error));
    for (const Case &c : cases) {
        useProviders(c.providers);
        test::HttpsPageServer web(
            {{"/mail/config-v1.1.xml?emailaddress=" + QUrl::toPercentEncoding(email),
              {200, autoconfigDocument(m_stack.imapsPort, m_stack.submissionsPort, c.authentications, c.oauth2)}}});
        AccountWizard wizard(*profile);
        wizard.show();
        wizard.discovery()->setTlsPolicy(webTrust);
        wizard.discovery()->autoconfig()->setSources(
            {web.base() + QStringLiteral("/mail/config-v1.1.xml?emailaddress=%EMAIL%")});
        child<QLineEdit>(&wizard, "AccountAddress")->setText(email);
        // No password: the first page does not ask for one any more.
        QVERIFY2(child<QPushButton>(&wizard, "NextButton")->isEnabled(), c.name);
        clickButton(&wizard, "NextButton");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(&wizard, "ImapHost")->text(), QStringLiteral("localhost"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.discovery()->isRunning(), kWaitMs);
        auto *method = child<QComboBox>(&wizard, "SignInMethod");
        QStringList methods;
        for (int i = 0; i < method->count(); ++i)
            methods << method->itemText(i);
        QCOMPARE(methods, c.methods);
        QCOMPARE(method->currentIndex(), c.chosen);
        QVERIFY2(labelText(&wizard, "SignInNote").contains(QLatin1String(c.note)),
                 qPrintable(labelText(&wizard, "SignInNote")));
        auto *password = child<QLineEdit>(&wizard, "SignInPassword");
        QCOMPARE(password->isVisible(), c.chosen == 0);
        test::saveScreenshot(&wizard, QStringLiteral("oauth_servers_page_%1").arg(&c - cases.constData()));
        if (c.chosen == 0) {
            // Password chosen: required now, on this page or the first.
            QVERIFY2(!child<QPushButton>(&wizard, "NextButton")->isEnabled(), c.name);
            QTest::keyClicks(password, QStringLiteral("secret"));
            QVERIFY(child<QPushButton>(&wizard, "NextButton")->isEnabled());
            QCOMPARE(child<QLineEdit>(&wizard, "AccountPassword")->text(), QStringLiteral("secret"));
            QCOMPARE(wizard.account().authMethod, accounts::AuthMethod::Password);
            if (method->count() > 1) { // the user may still choose the browser
                method->setCurrentIndex(1);
                emit method->activated(1);
                QVERIFY(!password->isVisible());
            }
        }
        if (method->currentIndex() == 1) {
            QVERIFY(child<QPushButton>(&wizard, "NextButton")->isEnabled());
            const accounts::Account account = wizard.account();
            QCOMPARE(account.authMethod, accounts::AuthMethod::OAuth2);
            QCOMPARE(account.oauth2.issuer, m_oauth.issuer);
            QCOMPARE(account.oauth2.tokenUrl, m_oauth.tokenUrl);
            QCOMPARE(wizard.signInProvider()->clientId, m_oauth.clientId);
        }
        wizard.reject();
    }
    useProviders({m_oauth.provider(QStringLiteral("Test Provider"), true, true)});
}

void TestOAuthSignIn::wizardAddsAnOAuthAccount()
{
    const QString email = m_stack.user1;
    test::HttpsPageServer web(
        {{"/mail/config-v1.1.xml?emailaddress=" + QUrl::toPercentEncoding(email),
          {200, autoconfigDocument(m_stack.imapsPort, m_stack.submissionsPort, {QStringLiteral("OAuth2")})}}});
    QString error;
    const auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("wizard")), &error);
    QVERIFY2(profile, qPrintable(error));
    MainWindow window(*profile);
    window.show();
    window.findChild<QAction *>(QStringLiteral("AddAccountAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.accountWizard() && window.accountWizard()->isVisible(), kWaitMs);
    AccountWizard *wizard = window.accountWizard();
    net::TlsPolicy webTrust;
    QVERIFY(webTrust.addCaFile(test::TestCertificates::instance().caFile(), &error));
    wizard->discovery()->setTlsPolicy(webTrust);
    wizard->discovery()->autoconfig()->setSources(
        {web.base() + QStringLiteral("/mail/config-v1.1.xml?emailaddress=%EMAIL%")});

    // Page 1: no password.
    child<QLineEdit>(wizard, "AccountName")->setText(QStringLiteral("Alice"));
    child<QLineEdit>(wizard, "AccountAddress")->setText(email);
    QVERIFY(child<QLineEdit>(wizard, "AccountPassword")->placeholderText().contains(QStringLiteral("not needed")));
    clickButton(wizard, "NextButton");

    // Page 2: the address's provider is in the table with a client ID: browser sign-in.
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(wizard, "ImapHost")->text(), QStringLiteral("localhost"), kWaitMs);
    auto *method = child<QComboBox>(wizard, "SignInMethod");
    QCOMPARE(method->currentText(), QStringLiteral("Browser sign-in with Test Provider (OAuth 2.0)"));
    QVERIFY(!child<QLineEdit>(wizard, "SignInPassword")->isVisible());
    test::saveScreenshot(wizard, QStringLiteral("oauth_wizard_1_servers"));

    // Page 3, the user not at the browser yet: Heron waits, with the link to open again.
    m_browser->holding = true;
    clickButton(wizard, "NextButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->opened.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(wizard, "SignInStepDetail").contains(QStringLiteral("Waiting for you to sign in")), kWaitMs);
    const QUrl page = m_browser->opened.constFirst();
    QVERIFY2(page.toString().startsWith(m_oauth.authorizeUrl), qPrintable(page.toString()));
    const QUrlQuery query(page);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), m_oauth.clientId);
    QCOMPARE(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), email);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(child<QLineEdit>(wizard, "SignInLink")->text(), page.toString(QUrl::FullyEncoded));
    QVERIFY(child<QPushButton>(wizard, "OpenSignInPageButton")->isVisible());
    QVERIFY(!child<QPushButton>(wizard, "FinishButton")->isEnabled());
    QCOMPARE(labelText(wizard, "LoginStepState"), QString());
    test::saveScreenshot(wizard, QStringLiteral("oauth_wizard_2_waiting"));

    // Back ends the wait: the browser coming back later finds nobody listening.
    clickButton(wizard, "BackButton");
    m_browser->visit(page);
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->problems.size(), 1, kWaitMs);
    QCOMPARE(m_browser->returned, 0);
    m_browser->problems.clear();

    // Forward again: a new sign-in, which the user declines at the provider.
    clickButton(wizard, "NextButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->opened.size(), 2, kWaitMs);
    QVERIFY(m_browser->opened.at(1) != page); // a new state and PKCE challenge
    QVERIFY(!m_browser->control(m_oauth.controlUrl + QStringLiteral("/deny-next")).isEmpty());
    m_browser->holding = false;
    clickButton(wizard, "OpenSignInPageButton");
    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "SignInStepState"), QStringLiteral("Problem"), kWaitMs);
    QVERIFY2(labelText(wizard, "SignInStepDetail").contains(QStringLiteral("declined")),
             qPrintable(labelText(wizard, "SignInStepDetail")));
    QCOMPARE(m_browser->returned, 1);
    QVERIFY(labelText(wizard, "TestSummary").contains(QStringLiteral("Test Again")));
    test::saveScreenshot(wizard, QStringLiteral("oauth_wizard_3_declined"));

    // Test Again: the user allows it this time; then IMAP and SMTP log in with the token.
    clickButton(wizard, "TestAgainButton");
    QTRY_COMPARE_WITH_TIMEOUT(labelText(wizard, "SmtpStepState"), QStringLiteral("OK"), kWaitMs);
    QCOMPARE(m_browser->opened.size(), 4);
    QCOMPARE(m_browser->returned, 2);
    QVERIFY2(m_browser->problems.isEmpty(), qPrintable(m_browser->problems.join(QLatin1Char('\n'))));
    QCOMPARE(labelText(wizard, "SignInStepState"), QStringLiteral("OK"));
    QCOMPARE(labelText(wizard, "SignInStepDetail"), QStringLiteral("Signed in at Test Provider."));
    QCOMPARE(labelText(wizard, "TlsStepState"), QStringLiteral("OK"));
    QCOMPARE(labelText(wizard, "LoginStepState"), QStringLiteral("OK"));
    QVERIFY(!child<QWidget>(wizard, "SignInLink")->isVisible());
    test::saveScreenshot(wizard, QStringLiteral("oauth_wizard_4_passed"));

    // Finish: an OAuth account with its provider's endpoints and tokens, no password.
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(wizard, "FinishButton")->isEnabled(), kWaitMs);
    clickButton(wizard, "FinishButton");
    QTRY_VERIFY_WITH_TIMEOUT(!window.accountWizard(), kWaitMs);
    const std::optional<accounts::Account> stored = accounts::AccountStore(*profile).find(email);
    QVERIFY(stored);
    QCOMPARE(stored->authMethod, accounts::AuthMethod::OAuth2);
    QVERIFY(stored->oauth2 == m_oauth.endpoints());
    const std::optional<oauth::OAuth2Tokens> tokens = oauth::OAuth2TokenSource::stored(*profile, email);
    QVERIFY(tokens);
    QVERIFY(!tokens->refreshToken.isEmpty());
    QVERIFY(imapAccepts(tokens->accessToken));
    QCOMPARE(accounts::SecretStore(*profile).read(accounts::SecretStore::passwordKey(email)).status,
             accounts::SecretStore::Status::NotFound);

    // The main window syncs the new account with the token.
    QTRY_VERIFY_WITH_TIMEOUT(window.folderTreeModel()->folderIndex(email, QStringLiteral("INBOX")).isValid(), kWaitMs);
    QVERIFY(!window.signInNeededBox(email));
}

void TestOAuthSignIn::settingsSignInAgainAndRemove()
{
    const auto profile = oauthProfile(QStringLiteral("settings"));
    QVERIFY(profile);
    const QString email = m_stack.user1;
    AccountSettingsDialog dialog(*profile);
    dialog.show();
    QVERIFY(dialog.setAccount(email));
    QVERIFY(!child<QLineEdit>(&dialog, "SettingsPassword")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "SettingsSignIn")->isVisible());
    QVERIFY2(
        labelText(&dialog, "SettingsSignIn").startsWith(QStringLiteral("Signs in with Test Provider in the browser.")),
        qPrintable(labelText(&dialog, "SettingsSignIn")));
    QVERIFY(labelText(&dialog, "SettingsSignIn").contains(QStringLiteral("Not signed in")));
    test::saveScreenshot(&dialog, QStringLiteral("oauth_settings_1_not_signed_in"));

    QSignalSpy changed(&dialog, &AccountSettingsDialog::accountChanged);
    clickButton(&dialog, "SignInAgainButton");
    QTRY_VERIFY_WITH_TIMEOUT(dialog.signInDialog() && dialog.signInDialog()->isSignedIn(), kWaitMs);
    OAuthSignInDialog *signIn = dialog.signInDialog();
    QCOMPARE(labelText(signIn, "SignInStatus"),
             QStringLiteral("Signed in. Heron gets and sends mail for %1 again.").arg(email));
    QCOMPARE(child<QPushButton>(signIn, "CloseButton")->text(), QStringLiteral("Close"));
    test::saveScreenshot(signIn, QStringLiteral("oauth_settings_2_signed_in"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), email);
    QCOMPARE(labelText(&dialog, "SettingsStatus"), QStringLiteral("Signed in again."));
    QVERIFY(!labelText(&dialog, "SettingsSignIn").contains(QStringLiteral("Not signed in")));
    const std::optional<oauth::OAuth2Tokens> tokens = oauth::OAuth2TokenSource::stored(*profile, email);
    QVERIFY(tokens);
    QVERIFY(imapAccepts(tokens->accessToken));
    clickButton(signIn, "CloseButton");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.signInDialog(), kWaitMs);

    // Saving other settings keeps the sign-in and writes no password.
    child<QLineEdit>(&dialog, "SettingsAccountName")->setText(QStringLiteral("Alice at the provider"));
    clickButton(&dialog, "SaveAccountButton");
    QCOMPARE(accounts::AccountStore(*profile).find(email)->authMethod, accounts::AuthMethod::OAuth2);
    QVERIFY(oauth::OAuth2TokenSource::stored(*profile, email) == tokens);
    QCOMPARE(accounts::SecretStore(*profile).read(accounts::SecretStore::passwordKey(email)).status,
             accounts::SecretStore::Status::NotFound);

    // Remove Account: the tokens are forgotten and revoked at the provider.
    test::MessageBoxAnswer answer(QStringLiteral("Remove"));
    clickButton(&dialog, "RemoveAccountButton");
    QVERIFY(answer.answered);
    QVERIFY2(answer.text.contains(QStringLiteral("withdraw Heron's access")), qPrintable(answer.text));
    QVERIFY(!accounts::AccountStore(*profile).find(email));
    QVERIFY(!oauth::OAuth2TokenSource::stored(*profile, email));
    QVERIFY(serverLogged(QStringLiteral("POST"), QStringLiteral("/revoke")));
    QVERIFY(!imapAccepts(tokens->accessToken));
}

void TestOAuthSignIn::mainWindowAsksToSignInAgain()
{
    const auto profile = oauthProfile(QStringLiteral("window"));
    QVERIFY(profile);
    const QString email = m_stack.user1;
    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    auto *status = child<QLabel>(&window, "StatusText");

    // Never signed in: the first sync asks for it.
    QTRY_VERIFY_WITH_TIMEOUT(window.signInNeededBox(email), kWaitMs);
    QMessageBox *box = window.signInNeededBox(email);
    QCOMPARE(box->objectName(), QStringLiteral("SignInNeededBox"));
    QVERIFY(!box->isModal());
    QVERIFY2(box->text().contains(QStringLiteral("not signed in")), qPrintable(box->text()));
    QVERIFY(status->text().contains(QStringLiteral("not signed in")));
    test::saveScreenshot(box, QStringLiteral("oauth_window_1_prompt"));
    clickButton(box, "SignInButton");
    QTRY_VERIFY_WITH_TIMEOUT(!window.signInNeededBox(email), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog(email) && window.signInDialog(email)->isSignedIn(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.folderTreeModel()->folderIndex(email, QStringLiteral("INBOX")).isValid(), kWaitMs);
    QVERIFY(test::waitUntilWatching(window));
    window.signInDialog(email)->close();

    // The user withdraws Heron's access at the provider; the next connection is refused.
    QVERIFY(!m_browser->control(m_oauth.controlUrl + QStringLiteral("/revoke?user=") + email).isEmpty());
    const QString subject = test::unique(QStringLiteral("After signing in again"));
    QVERIFY(test::appendMessage(m_stack, email, m_stack.pass1,
                                "From: Bob <bob@example.org>\r\nTo: " + email.toUtf8()
                                    + "\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: <"
                                    + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                                    + "@example.org>\r\n\r\nHello.\r\n"));
    window.reconnectAccount(email);
    QTRY_VERIFY_WITH_TIMEOUT(window.signInNeededBox(email), kWaitMs);
    box = window.signInNeededBox(email);
    QVERIFY2(box->text().contains(QStringLiteral("Sign in to %1 again").arg(email)), qPrintable(box->text()));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Sign in to %1 again").arg(email)), kWaitMs);
    QVERIFY(!oauth::OAuth2TokenSource::stored(*profile, email)); // the dead tokens are gone
    test::saveScreenshot(&window, QStringLiteral("oauth_window_2_revoked"));

    // Another try meanwhile: still one prompt.
    window.findChild<QAction *>(QStringLiteral("GetMessagesAction"))->trigger();
    QTest::qWait(1000);
    QCOMPARE(window.findChildren<QMessageBox *>(QStringLiteral("SignInNeededBox")).size(), 1);
    QCOMPARE(window.signInNeededBox(email), box);

    // Sign In…: the mail comes again.
    const int pagesBefore = m_browser->returned;
    clickButton(box, "SignInButton");
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog(email) && window.signInDialog(email)->isSignedIn(), kWaitMs);
    QCOMPARE(m_browser->returned, pagesBefore + 1);
    QVERIFY(window.selectFolder(email, QStringLiteral("INBOX")));
    QVERIFY(test::selectMessage(window, subject));
    QVERIFY(!window.signInNeededBox(email));
    QVERIFY2(m_browser->problems.isEmpty(), qPrintable(m_browser->problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestOAuthSignIn)
#include "tst_oauth_sign_in.moc"
