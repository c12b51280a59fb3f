// net::Connection against scripted in-process servers whose certificates the
// test makes with openssl: trust, pinning, STARTTLS, timeouts, refusals.
#include "net/connection.h"
#include "scripted_server.h"
#include "test_certificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using heron::net::Connection;
using heron::net::ConnectionError;
using heron::net::TlsPolicy;
using heron::test::ScriptedConnection;
using heron::test::ScriptedServer;
using heron::test::TestCertificates;

namespace {

constexpr int kWaitMs = 10000;

const TestCertificates &certificates()
{
    return TestCertificates::instance();
}

TlsPolicy trustingPolicy()
{
    TlsPolicy policy;
    QString error;
    if (!policy.addCaFile(certificates().caFile(), &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

// Answers "a NOOP" with "a OK" and "a STARTTLS" with a go-ahead (plus any
// bytes the test wants injected before the handshake).
ScriptedServer::Script imapLikeScript(QByteArray injected = {})
{
    return [injected](ScriptedConnection &connection, const QByteArray &line) {
        if (line == "a STARTTLS") {
            connection.reply("a OK begin TLS\r\n" + injected);
            connection.startTls();
        } else if (line.startsWith("a NOOP")) {
            connection.reply(connection.isEncrypted() ? "a OK encrypted\r\n" : "a OK plain\r\n");
        }
    };
}

ScriptedServer::Script silent()
{
    return [](ScriptedConnection &, const QByteArray &) {};
}

QByteArray joined(const QSignalSpy &spy, qsizetype from = 0)
{
    QByteArray all;
    for (qsizetype i = from; i < spy.size(); ++i)
        all += spy.at(i).constFirst().toByteArray();
    return all;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(certificates().isValid()); }

    void implicitTlsDeliversServerBytes()
    {
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", imapLikeScript());
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy received(&connection, &Connection::received);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY(connection.isEncrypted());
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kWaitMs);
        QCOMPARE(received.constFirst().constFirst().toByteArray(), QByteArray("* OK ready\r\n"));
        QVERIFY(connection.writeSecret("a LOGIN secret\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(server.texts(), QByteArrayList {"a LOGIN secret"}, kWaitMs);
        QVERIFY(server.lines().constFirst().encrypted);
    }

    void untrustedCertificateIsExplainedWithItsFingerprint()
    {
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", imapLikeScript());
        Connection connection(TlsPolicy {});
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(ready.isEmpty());
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CertificateRejected);
        QCOMPARE(connection.error().certificateSha256, TlsPolicy::fingerprint(certificates().localhost()));
        QVERIFY2(connection.error().message.contains(QStringLiteral("does not trust"))
                     && connection.error().message.contains(certificates().caName()),
                 qPrintable(connection.error().message));
    }

    void pinnedCertificateIsAcceptedForItsHostOnly()
    {
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", imapLikeScript());
        TlsPolicy pinned;
        pinned.pinCertificate(QStringLiteral("LOCALHOST"), TlsPolicy::fingerprint(certificates().localhost()));
        Connection connection(pinned);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(ready.wait(kWaitMs));

        TlsPolicy pinnedElsewhere;
        pinnedElsewhere.pinCertificate(QStringLiteral("mail.example"),
                                       TlsPolicy::fingerprint(certificates().localhost()));
        Connection other(pinnedElsewhere);
        QSignalSpy failed(&other, &Connection::failed);
        other.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(other.error().kind, ConnectionError::Kind::CertificateRejected);
    }

    void wrongHostNameIsExplained()
    {
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", silent(),
                              certificates().otherHost());
        Connection connection(trustingPolicy());
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CertificateRejected);
        QVERIFY2(connection.error().message.contains(QStringLiteral("other.example, not for localhost")),
                 qPrintable(connection.error().message));
    }

    // Expired and self-signed certificates are refused like any other, each with the
    // reason in words; the CA that signed the expired one is trusted.
    void certificateProblemIsExplained_data()
    {
        QTest::addColumn<QSslCertificate>("certificate");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << certificates().expired() << QStringLiteral("Its certificate expired on");
        QTest::newRow("self-signed") << certificates().selfSigned()
                                     << QStringLiteral("self-signed: it vouches for itself");
        QTest::newRow("unknown CA") << certificates().localhost() << QStringLiteral("does not trust");
    }

    void certificateProblemIsExplained()
    {
        QFETCH(QSslCertificate, certificate);
        QFETCH(QString, words);
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", silent(), certificate);
        const bool trustCa = qstrcmp(QTest::currentDataTag(), "unknown CA") != 0;
        Connection connection(trustCa ? trustingPolicy() : TlsPolicy {});
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(ready.isEmpty());
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CertificateRejected);
        QCOMPARE(connection.error().certificateSha256, TlsPolicy::fingerprint(certificate));
        QVERIFY2(connection.error().message.contains(words), qPrintable(connection.error().message));
    }

    void startTlsKeepsPlainBytesOutOfTheTlsStream()
    {
        ScriptedServer server(ScriptedServer::Mode::Plain, "* OK plain greeting\r\n",
                              imapLikeScript("* INJECTED before the handshake\r\n"));
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy encrypted(&connection, &Connection::encrypted);
        QSignalSpy received(&connection, &Connection::received);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::StartTls);
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY(!connection.isEncrypted());
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kWaitMs);
        connection.write("a STARTTLS\r\n");
        // Wait for the go-ahead, then upgrade as a protocol would.
        QTRY_VERIFY_WITH_TIMEOUT(joined(received).contains("a OK begin TLS"), kWaitMs);
        connection.startTls();
        QVERIFY(encrypted.wait(kWaitMs));
        QVERIFY(connection.isEncrypted());
        const qsizetype beforeTls = received.size();
        connection.write("a NOOP\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(received.size() > beforeTls, kWaitMs);
        QCOMPARE(joined(received, beforeTls), QByteArray("a OK encrypted\r\n"));
        QVERIFY(server.lines().constLast().encrypted);
    }

    void secretsNeverGoOverCleartext()
    {
        ScriptedServer server(ScriptedServer::Mode::Plain, "* OK plain\r\n", imapLikeScript());
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::StartTls);
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY(!connection.writeSecret("a LOGIN user password\r\n"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CleartextRefused);
        QTest::qWait(100);
        QVERIFY(server.lines().isEmpty());
    }

    void refusedPortIsExplained()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Connection connection(TlsPolicy {});
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("127.0.0.1"), port, Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(connection.error().kind, ConnectionError::Kind::Refused);
        QVERIFY2(connection.error().message.contains(QString::number(port)), qPrintable(connection.error().message));
    }

    void silentServerTimesOutDuringHandshake()
    {
        ScriptedServer server(ScriptedServer::Mode::Silent, {}, silent());
        Connection connection(trustingPolicy());
        connection.setConnectTimeout(300);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(connection.error().kind, ConnectionError::Kind::Timeout);
        QVERIFY2(connection.error().message.contains(QStringLiteral("TLS negotiation")),
                 qPrintable(connection.error().message));
    }

    void readTimeoutFiresOnlyWhenArmed()
    {
        ScriptedServer server(ScriptedServer::Mode::ImplicitTls, "* OK ready\r\n", imapLikeScript());
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(ready.wait(kWaitMs));
        QTest::qWait(400);
        QVERIFY(failed.isEmpty());
        connection.setReadTimeout(200);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(connection.error().kind, ConnectionError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
