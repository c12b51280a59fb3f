// ServerProbe and ServerGuesser against scripted servers on localhost: the
// greeting over implicit TLS and after STARTTLS (IMAP and SMTP), each kind of
// bad certificate explained in words with its fingerprint, something that is
// not a mail server; and the guesser's choice among candidates probed at once.
#include "scripted_server.h"
#include "sync/server_guesser.h"
#include "sync/server_probe.h"
#include "test_certificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using heron::accounts::MailProtocol;
using heron::accounts::Security;
using heron::accounts::ServerEndpoint;
using heron::net::TlsPolicy;
using heron::sync::ServerGuesser;
using heron::sync::ServerProbe;
using heron::test::ScriptedConnection;
using heron::test::ScriptedServer;
using heron::test::TestCertificates;
using Outcome = heron::sync::ServerProbe::Outcome;

namespace {

TlsPolicy trustingPolicy()
{
    TlsPolicy policy;
    QString error;
    if (!policy.addCaFile(TestCertificates::instance().caFile(), &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

ServerProbe::Result probe(MailProtocol protocol, const ServerEndpoint &endpoint, TlsPolicy policy = trustingPolicy())
{
    ServerProbe probe(std::move(policy));
    probe.setTimeout(5000);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start(protocol, endpoint);
    if (!finished.wait(15000))
        qFatal("the probe never finished");
    return probe.result();
}

// Answers STARTTLS (IMAP tagged, or SMTP after EHLO) and upgrades.
ScriptedServer::Script startTlsScript()
{
    return [](ScriptedConnection &connection, const QByteArray &line) {
        if (line.endsWith(" STARTTLS")) {
            connection.reply(line.split(' ').constFirst() + " OK begin TLS\r\n");
            connection.startTls();
        } else if (line.startsWith("EHLO")) {
            connection.reply("250-localhost\r\n250 STARTTLS\r\n");
        } else if (line == "STARTTLS") {
            connection.reply("220 go ahead\r\n");
            connection.startTls();
        }
    };
}

ScriptedServer::Script silent()
{
    return [](ScriptedConnection &, const QByteArray &) {};
}

ServerEndpoint local(const QTcpServer &server, Security security)
{
    return {QStringLiteral("localhost"), server.serverPort(), security};
}

// A port nothing listens on (taken, then released).
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(TestCertificates::instance().isValid()); }

    void imapOverImplicitTls()
    {
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK [CAPABILITY IMAP4rev1] ready\r\n", silent());
        const ServerProbe::Result result = probe(MailProtocol::Imap, local(server, Security::Tls));
        QCOMPARE(result.outcome, Outcome::Ok);
        QVERIFY2(result.message.contains(QStringLiteral("trusted certificate")), qPrintable(result.message));
    }

    void imapAndSmtpAfterStartTls()
    {
        ScriptedServer imap(ScriptedServer::Mode::Plain, "* OK ready\r\n", startTlsScript());
        QCOMPARE(probe(MailProtocol::Imap, local(imap, Security::StartTls)).outcome, Outcome::Ok);
        QVERIFY(imap.indexOf("p1 STARTTLS") >= 0);

        ScriptedServer smtp(ScriptedServer::Mode::Plain, "220-localhost ESMTP\r\n220 welcome\r\n", startTlsScript());
        const ServerProbe::Result result = probe(MailProtocol::Smtp, local(smtp, Security::StartTls));
        QCOMPARE(result.outcome, Outcome::Ok);
        QVERIFY(result.message.contains(QStringLiteral("STARTTLS")));
        QCOMPARE(smtp.texts(), QByteArrayList({"EHLO [127.0.0.1]", "STARTTLS"}));
    }

    void startTlsRefusedIsSaid()
    {
        ScriptedServer imap(ScriptedServer::Mode::Plain, "* OK ready\r\n",
                            [](ScriptedConnection &connection, const QByteArray &line) {
                                connection.reply(line.split(' ').constFirst() + " BAD no TLS here\r\n");
                            });
        const ServerProbe::Result result = probe(MailProtocol::Imap, local(imap, Security::StartTls));
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("does not offer STARTTLS")), qPrintable(result.message));
    }

    void badCertificatesAreExplained_data()
    {
        QTest::addColumn<QSslCertificate>("certificate");
        QTest::addColumn<bool>("trustTestCa");
        QTest::addColumn<QString>("explanation");
        const TestCertificates &certificates = TestCertificates::instance();
        QTest::newRow("expired") << certificates.expired() << true << QStringLiteral("certificate expired on");
        QTest::newRow("self-signed") << certificates.selfSigned() << true << QStringLiteral("self-signed");
        QTest::newRow("wrong host") << certificates.otherHost() << true
                                    << QStringLiteral("is for other.example, not for localhost");
        QTest::newRow("unknown CA") << certificates.localhost() << false
                                    << QStringLiteral("an authority this computer does not trust");
    }

    void badCertificatesAreExplained()
    {
        QFETCH(QSslCertificate, certificate);
        QFETCH(bool, trustTestCa);
        QFETCH(QString, explanation);
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", silent(), certificate);
        const ServerProbe::Result result
            = probe(MailProtocol::Imap, local(server, Security::Tls), trustTestCa ? trustingPolicy() : TlsPolicy());
        QCOMPARE(result.outcome, Outcome::CertificateProblem);
        QVERIFY2(result.message.contains(explanation), qPrintable(result.message));
        QCOMPARE(result.certificateSha256, TlsPolicy::fingerprint(certificate));
        QVERIFY(result.message.contains(QString::fromLatin1(result.certificateSha256.toHex(':').toUpper())));

        // Pinned, the same certificate is accepted.
        TlsPolicy pinned = trustTestCa ? trustingPolicy() : TlsPolicy();
        pinned.pinCertificate(QStringLiteral("LOCALHOST"), result.certificateSha256);
        QCOMPARE(probe(MailProtocol::Imap, local(server, Security::Tls), pinned).outcome, Outcome::Ok);
    }

    void notAMailServer()
    {
        ScriptedServer web(ScriptedServer::Mode::ImplicitTls, "HTTP/1.1 400 Bad Request\r\n", silent());
        const ServerProbe::Result result = probe(MailProtocol::Smtp, local(web, Security::Tls));
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("did not greet like an SMTP server")),
                 qPrintable(result.message));
    }

    void nothingListening()
    {
        const ServerProbe::Result result
            = probe(MailProtocol::Imap, {QStringLiteral("localhost"), closedPort(), Security::Tls});
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("refused the connection")), qPrintable(result.message));
    }

    // The first candidate in order that answered with a valid certificate wins, whatever
    // finished first; a certificate problem is chosen only when nothing verified.
    void guesserPrefersOrderThenVerified()
    {
        ScriptedServer imapsBad(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", silent(),
                                TestCertificates::instance().selfSigned());
        ScriptedServer imapStartTls(ScriptedServer::Mode::Plain, "* OK ready\r\n", startTlsScript());
        ScriptedServer imapsGood(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", silent());
        ScriptedServer smtpBad(ScriptedServer::Mode::ImplicitTls, "220 hi\r\n", silent(),
                               TestCertificates::instance().expired());
        ServerGuesser guesser(trustingPolicy());
        guesser.setProbeTimeout(5000);
        guesser.setCandidates({
            {MailProtocol::Imap, {QStringLiteral("localhost"), closedPort(), Security::Tls}},
            {MailProtocol::Imap, local(imapsBad, Security::Tls)},
            {MailProtocol::Imap, local(imapStartTls, Security::StartTls)},
            {MailProtocol::Imap, local(imapsGood, Security::Tls)},
            {MailProtocol::Smtp, {QStringLiteral("localhost"), closedPort(), Security::Tls}},
            {MailProtocol::Smtp, local(smtpBad, Security::Tls)},
        });
        QSignalSpy finished(&guesser, &ServerGuesser::finished);
        guesser.start(QStringLiteral("jo@example.org"));
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(guesser.config().imap.constFirst().endpoint, local(imapStartTls, Security::StartTls));
        QCOMPARE(guesser.config().smtp.constFirst().endpoint, local(smtpBad, Security::Tls));
        QCOMPARE(guesser.config().imap.constFirst().username, QStringLiteral("jo@example.org"));
        const QString said = guesser.attempts().join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("self-signed")) && said.contains(QStringLiteral("expired")),
                 qPrintable(said));
    }

    void defaultCandidatesFollowTheCommonNames()
    {
        const QList<ServerGuesser::Candidate> candidates = ServerGuesser::defaultCandidates(QStringLiteral("ex.org"));
        QCOMPARE(candidates.constFirst().endpoint,
                 (ServerEndpoint {QStringLiteral("imap.ex.org"), 993, Security::Tls}));
        QCOMPARE(candidates.at(2).endpoint, (ServerEndpoint {QStringLiteral("ex.org"), 993, Security::Tls}));
        QCOMPARE(candidates.at(3).endpoint, (ServerEndpoint {QStringLiteral("imap.ex.org"), 143, Security::StartTls}));
        const auto smtp = std::find_if(candidates.cbegin(), candidates.cend(),
                                       [](const auto &c) { return c.protocol == MailProtocol::Smtp; });
        QCOMPARE(smtp->endpoint, (ServerEndpoint {QStringLiteral("smtp.ex.org"), 465, Security::Tls}));
    }
};

QTEST_MAIN(TestServerProbe)
#include "tst_server_probe.moc"
