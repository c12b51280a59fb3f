// AccountDiscovery's order: the provider's autoconfig document, then DNS SRV
// records, then common names probed over TLS — each only when the one before
// found nothing, each step announced as it starts and ends. Autoconfig comes
// from a local HTTPS server, SRV from a table, the guessed servers are
// scripted servers on localhost.
#include "fake_srv_lookup.h"
#include "https_page_server.h"
#include "scripted_server.h"
#include "sync/account_discovery.h"
#include "sync/autoconfig_lookup.h"
#include "sync/server_guesser.h"
#include "sync/srv_config_lookup.h"
#include "test_certificates.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using heron::accounts::MailProtocol;
using heron::accounts::Security;
using heron::sync::AccountDiscovery;
using heron::test::FakeSrvLookup;
using heron::test::HttpsPageServer;
using heron::test::ScriptedConnection;
using heron::test::ScriptedServer;
using heron::test::TestCertificates;
using Source = heron::sync::AccountDiscovery::Source;

namespace {

heron::net::TlsPolicy trustingPolicy()
{
    heron::net::TlsPolicy policy;
    QString error;
    if (!policy.addCaFile(TestCertificates::instance().caFile(), &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(HERON_SOURCE_DIR "/tests/data/autoconfig/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", name);
    return file.readAll();
}

// The steps as announced: started and finished, in order.
struct StepLog
{
    explicit StepLog(AccountDiscovery &discovery)
    {
        QObject::connect(&discovery, &AccountDiscovery::stepStarted, &discovery,
                         [this](Source step, const QString &) { started << step; });
        QObject::connect(&discovery, &AccountDiscovery::stepFinished, &discovery,
                         [this](Source step, bool found, const QString &) { finished << qMakePair(step, found); });
    }
    QList<Source> started;
    QList<QPair<Source, bool>> finished;
};

const QString kEmail = QStringLiteral("jo.doe@example.org");

} // namespace

class TestAccountDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_web = std::make_unique<HttpsPageServer>(HttpsPageServer::Pages {});
        m_discovery = std::make_unique<AccountDiscovery>(trustingPolicy());
        m_discovery->autoconfig()->setSources({m_web->base() + QStringLiteral("/config.xml?emailaddress=%EMAIL%"),
                                               m_web->base() + QStringLiteral("/.well-known/config.xml")});
    }

    void autoconfigFirst()
    {
        m_web = std::make_unique<HttpsPageServer>(
            HttpsPageServer::Pages {{"/config.xml?emailaddress=jo.doe%40example.org", {200, sample("provider.xml")}}});
        m_discovery->autoconfig()->setSources({m_web->base() + QStringLiteral("/config.xml?emailaddress=%EMAIL%")});
        auto *resolver = new FakeSrvLookup({});
        m_discovery->srv()->setResolver(resolver);
        StepLog log(*m_discovery);
        QVERIFY(run());
        QCOMPARE(m_discovery->source(), Source::Autoconfig);
        QCOMPARE(m_discovery->config().imap.constFirst().endpoint.host, QStringLiteral("imap.example.org"));
        QVERIFY(m_discovery->sourceDescription().contains(m_web->base()));
        QCOMPARE(log.started, QList<Source>({Source::Autoconfig}));
        QVERIFY(resolver->asked.isEmpty());
    }

    void autoconfigMissingThenSrv()
    {
        auto *resolver = new FakeSrvLookup(
            {{QStringLiteral("_imaps._tcp.example.org"), {{QStringLiteral("imap.example.org"), 993, 0, 0}}},
             {QStringLiteral("_submission._tcp.example.org"), {{QStringLiteral("smtp.example.org"), 587, 0, 0}}}});
        m_discovery->srv()->setResolver(resolver);
        StepLog log(*m_discovery);
        QVERIFY(run());
        QCOMPARE(m_discovery->source(), Source::Srv);
        QCOMPARE(m_discovery->config().smtp.constFirst().endpoint.security, Security::StartTls);
        QCOMPARE(log.started, QList<Source>({Source::Autoconfig, Source::Srv}));
        QCOMPARE(log.finished.constFirst(), qMakePair(Source::Autoconfig, false));
        QCOMPARE(log.finished.constLast(), qMakePair(Source::Srv, true));
        QCOMPARE(m_web->requested().size(), 2); // both autoconfig places were asked first
        QVERIFY2(m_discovery->attempts().constFirst().contains(QStringLiteral("404")),
                 qPrintable(m_discovery->attempts().join(QLatin1Char('\n'))));
    }

    void autoconfigAndSrvMissingThenGuess()
    {
        m_discovery->srv()->setResolver(new FakeSrvLookup({}));
        ScriptedServer imap(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n",
                            [](ScriptedConnection &, const QByteArray &) {});
        ScriptedServer smtp(ScriptedServer::Mode::ImplicitTls, "220 ready\r\n",
                            [](ScriptedConnection &, const QByteArray &) {});
        m_discovery->guesser()->setCandidates(
            {{MailProtocol::Imap, {QStringLiteral("localhost"), imap.serverPort(), Security::Tls}},
             {MailProtocol::Smtp, {QStringLiteral("localhost"), smtp.serverPort(), Security::Tls}}});
        StepLog log(*m_discovery);
        QSignalSpy progress(m_discovery.get(), &AccountDiscovery::stepProgress);
        QVERIFY(run());
        QCOMPARE(m_discovery->source(), Source::Guess);
        QCOMPARE(m_discovery->config().imap.constFirst().endpoint.port, imap.serverPort());
        QCOMPARE(m_discovery->config().smtp.constFirst().endpoint.port, smtp.serverPort());
        QCOMPARE(log.started, QList<Source>({Source::Autoconfig, Source::Srv, Source::Guess}));
        QCOMPARE(progress.size(), 2); // one line per probe
    }

    void nothingAnywhere()
    {
        m_discovery->srv()->setResolver(new FakeSrvLookup({}));
        ScriptedServer notMail(ScriptedServer::Mode::ImplicitTls, "SSH-2.0-OpenSSH\r\n",
                               [](ScriptedConnection &, const QByteArray &) {});
        m_discovery->guesser()->setCandidates(
            {{MailProtocol::Imap, {QStringLiteral("localhost"), notMail.serverPort(), Security::Tls}}});
        QVERIFY(!run());
        QCOMPARE(m_discovery->source(), Source::None);
        QVERIFY(m_discovery->attempts().join(QLatin1Char(' ')).contains(QStringLiteral("IMAP server")));
    }

private:
    bool run()
    {
        QSignalSpy finished(m_discovery.get(), &AccountDiscovery::finished);
        m_discovery->start(kEmail);
        if (!finished.wait(20000))
            qFatal("discovery never finished");
        return finished.constFirst().constFirst().toBool();
    }

    std::unique_ptr<HttpsPageServer> m_web;
    std::unique_ptr<AccountDiscovery> m_discovery;
};

QTEST_MAIN(TestAccountDiscovery)
#include "tst_account_discovery.moc"
