// net::Connection against an in-process TLS server whose certificates the
// test makes with openssl: trust, pinning, STARTTLS, timeouts, refusals.
#include "net/connection.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using heron::net::Connection;
using heron::net::ConnectionError;
using heron::net::TlsPolicy;

namespace {

constexpr int kWaitMs = 10000;

// Accepts one client at a time; speaks TLS from the start, after a
// plain-text STARTTLS exchange, or never (to make handshakes time out).
class TestServer : public QTcpServer
{
public:
    enum class Mode { ImplicitTls, StartTls, Silent };

    TestServer(Mode mode, QSslCertificate certificate, QSslKey key)
        : m_mode(mode)
        , m_certificate(std::move(certificate))
        , m_key(std::move(key))
    {
        listen(QHostAddress::LocalHost);
    }

    QByteArray receivedAfterTls; // what the client sent once encrypted
    QByteArray injectAfterStartTlsReply = "";

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, socket, [socket] { socket->write("* OK ready\r\n"); });
        connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
            if (socket->isEncrypted()) {
                receivedAfterTls += socket->readAll();
            } else if (socket->canReadLine() && socket->readLine().contains("STARTTLS")) {
                socket->write("a OK begin TLS\r\n" + injectAfterStartTlsReply);
                socket->flush();
                socket->startServerEncryption();
            }
        });
        if (m_mode == Mode::ImplicitTls)
            socket->startServerEncryption();
        else if (m_mode == Mode::StartTls)
            socket->write("* OK plain greeting\r\n");
    }

private:
    Mode m_mode;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QSslCertificate m_localhostCertificate; // CN/SAN localhost, signed by m_caFile's CA
    QSslCertificate m_otherHostCertificate; // SAN other.example, same CA
    QSslKey m_key;
    QString m_caFile;

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_directory.path());
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    }

    QSslCertificate makeLeaf(const QString &name, const QString &san)
    {
        const QString csr = name + QStringLiteral(".csr");
        const QString ext = name + QStringLiteral(".ext");
        QFile extFile(m_directory.filePath(ext));
        if (!extFile.open(QIODevice::WriteOnly))
            return QSslCertificate();
        extFile.write("subjectAltName=" + san.toLatin1() + "\nextendedKeyUsage=serverAuth\n");
        extFile.close();
        if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("leaf.key"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-out"), csr})
            || !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                         QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                         QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                         QStringLiteral("2"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                         name + QStringLiteral(".pem")}))
            return QSslCertificate();
        return QSslCertificate::fromPath(m_directory.filePath(name + QStringLiteral(".pem"))).value(0);
    }

    TlsPolicy trustingPolicy() const
    {
        TlsPolicy policy;
        QString error;
        if (!policy.addCaFile(m_caFile, &error))
            qFatal("%s", qPrintable(error));
        return policy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                         QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Connection Test CA")}));
        QVERIFY(openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                         QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
                         QStringLiteral("leaf.key")}));
        m_caFile = m_directory.filePath(QStringLiteral("ca.pem"));
        QFile keyFile(m_directory.filePath(QStringLiteral("leaf.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!m_key.isNull());
        m_localhostCertificate = makeLeaf(QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"));
        m_otherHostCertificate = makeLeaf(QStringLiteral("other"), QStringLiteral("DNS:other.example"));
        QVERIFY(!m_localhostCertificate.isNull() && !m_otherHostCertificate.isNull());
    }

    void implicitTlsDeliversServerBytes()
    {
        TestServer server(TestServer::Mode::ImplicitTls, m_localhostCertificate, m_key);
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy received(&connection, &Connection::received);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY(connection.isEncrypted());
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kWaitMs);
        QCOMPARE(received.constFirst().constFirst().toByteArray(), QByteArray("* OK ready\r\n"));
        QVERIFY(connection.writeSecret("a LOGIN secret\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(server.receivedAfterTls, QByteArray("a LOGIN secret\r\n"), kWaitMs);
    }

    void untrustedCertificateIsExplainedWithItsFingerprint()
    {
        TestServer server(TestServer::Mode::ImplicitTls, m_localhostCertificate, m_key);
        Connection connection(TlsPolicy {});
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(ready.isEmpty());
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CertificateRejected);
        QCOMPARE(connection.error().certificateSha256, TlsPolicy::fingerprint(m_localhostCertificate));
        QVERIFY2(connection.error().message.contains(QStringLiteral("does not trust"))
                     && connection.error().message.contains(QStringLiteral("Connection Test CA")),
                 qPrintable(connection.error().message));
    }

    void pinnedCertificateIsAcceptedForItsHostOnly()
    {
        TestServer server(TestServer::Mode::ImplicitTls, m_localhostCertificate, m_key);
        TlsPolicy pinned;
        pinned.pinCertificate(QStringLiteral("LOCALHOST"), TlsPolicy::fingerprint(m_localhostCertificate));
        Connection connection(pinned);
        QSignalSpy ready(&connection, &Connection::ready);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(ready.wait(kWaitMs));

        TlsPolicy pinnedElsewhere;
        pinnedElsewhere.pinCertificate(QStringLiteral("mail.example"), TlsPolicy::fingerprint(m_localhostCertificate));
        Connection other(pinnedElsewhere);
        QSignalSpy failed(&other, &Connection::failed);
        other.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(other.error().kind, ConnectionError::Kind::CertificateRejected);
    }

    void wrongHostNameIsExplained()
    {
        TestServer server(TestServer::Mode::ImplicitTls, m_otherHostCertificate, m_key);
        Connection connection(trustingPolicy());
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::ImplicitTls);
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CertificateRejected);
        QVERIFY2(connection.error().message.contains(QStringLiteral("other.example, not for localhost")),
                 qPrintable(connection.error().message));
    }

    void startTlsKeepsPlainBytesOutOfTheTlsStream()
    {
        TestServer server(TestServer::Mode::StartTls, m_localhostCertificate, m_key);
        server.injectAfterStartTlsReply = "* INJECTED before the handshake\r\n";
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy encrypted(&connection, &Connection::encrypted);
        QSignalSpy received(&connection, &Connection::received);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::StartTls);
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY(!connection.isEncrypted());
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kWaitMs);
        received.clear();
        connection.write("a STARTTLS\r\n");
        // Wait for the reply line to arrive in the socket, then upgrade as a protocol would.
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), kWaitMs);
        connection.startTls();
        QVERIFY(encrypted.wait(kWaitMs));
        QVERIFY(connection.isEncrypted());
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 2, kWaitMs);
        QByteArray afterTls;
        for (qsizetype i = 1; i < received.size(); ++i)
            afterTls += received.at(i).constFirst().toByteArray();
        QCOMPARE(afterTls, QByteArray("* OK ready\r\n"));
    }

    void secretsNeverGoOverCleartext()
    {
        TestServer server(TestServer::Mode::StartTls, m_localhostCertificate, m_key);
        Connection connection(trustingPolicy());
        QSignalSpy ready(&connection, &Connection::ready);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.open(QStringLiteral("localhost"), server.serverPort(), Connection::Security::StartTls);
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY(!connection.writeSecret("a LOGIN user password\r\n"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(connection.error().kind, ConnectionError::Kind::CleartextRefused);
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
        TestServer server(TestServer::Mode::Silent, m_localhostCertificate, m_key);
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
        TestServer server(TestServer::Mode::ImplicitTls, m_localhostCertificate, m_key);
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
