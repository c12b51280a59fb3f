#include "net/tls_policy.h"
#include "test_certificates.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using heron::net::TlsPolicy;
using heron::test::TestCertificates;

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_caFile;

    static bool writeFile(const QString &path, const QByteArray &contents)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_caFile = m_directory.filePath(QStringLiteral("ca.pem"));
        // A real CA made by openssl, so the policy is tested on what users pass it.
        const int status = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), m_directory.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
             m_caFile, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Heron Test CA")});
        QCOMPARE(status, 0);
    }

    void defaultPolicyVerifiesPeers()
    {
        const QSslConfiguration configuration = TlsPolicy().clientConfiguration();
        QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
    }

    void caFileAddsTrustWithoutDroppingTheSystemStore()
    {
        TlsPolicy policy;
        QString error;
        QVERIFY2(policy.addCaFile(m_caFile, &error), qPrintable(error));
        QCOMPARE(policy.extraCaCertificates().size(), 1);
        const QList<QSslCertificate> cas = policy.clientConfiguration().caCertificates();
        QVERIFY(cas.contains(policy.extraCaCertificates().constFirst()));
        QVERIFY(cas.size() >= QSslConfiguration::systemCaCertificates().size());
        QCOMPARE(policy.clientConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void extraCasAreCheckedAfterTheHandshake_data()
    {
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("remaining"); // -1: none, the chain is accepted
        const int unknownIssuer = int(QSslError::UnableToGetLocalIssuerCertificate);
        QTest::newRow("issued by the extra CA") << true << "localhost"
                                                << "localhost" << unknownIssuer << -1;
        QTest::newRow("by address") << true << "localhost"
                                    << "127.0.0.1" << unknownIssuer << -1;
        QTest::newRow("no extra CA") << false << "localhost"
                                     << "localhost" << unknownIssuer << unknownIssuer;
        QTest::newRow("another host") << true << "localhost"
                                      << "mail.example.org" << unknownIssuer << int(QSslError::HostNameMismatch);
        QTest::newRow("expired") << true << "expired"
                                 << "localhost" << unknownIssuer << int(QSslError::CertificateExpired);
        QTest::newRow("self-signed, not by the CA")
            << true << "selfSigned"
            << "localhost" << int(QSslError::SelfSignedCertificate) << int(QSslError::SelfSignedCertificate);
    }

    void extraCasAreCheckedAfterTheHandshake()
    {
        QFETCH(bool, withCa);
        QFETCH(QString, certificate);
        QFETCH(QString, host);
        QFETCH(int, error);
        QFETCH(int, remaining);
        const TestCertificates &certificates = TestCertificates::instance();
        const QSslCertificate leaf = certificate == QLatin1String("expired") ? certificates.expired()
            : certificate == QLatin1String("selfSigned")                     ? certificates.selfSigned()
                                                                             : certificates.localhost();
        TlsPolicy policy;
        QString problem;
        if (withCa)
            QVERIFY2(policy.addCaFile(certificates.caFile(), &problem), qPrintable(problem));
        const QList<QSslError> left
            = policy.remainingErrors({QSslError(QSslError::SslError(error), leaf)}, {leaf}, host);
        if (remaining < 0) {
            QVERIFY(left.isEmpty());
        } else {
            QCOMPARE(left.size(), 1);
            QCOMPARE(int(left.constFirst().error()), remaining);
        }
        // The handshake's configuration leaves the system store to on-demand loading.
        QVERIFY(!policy.onDemandConfiguration().caCertificates().contains(leaf));
    }

    void missingFileIsExplained()
    {
        TlsPolicy policy;
        QString error;
        const QString path = m_directory.filePath(QStringLiteral("nope.pem"));
        QVERIFY(!policy.addCaFile(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(policy.extraCaCertificates().isEmpty());
    }

    void fileWithoutCertificateIsExplained()
    {
        const QString path = m_directory.filePath(QStringLiteral("junk.pem"));
        QVERIFY(writeFile(path, "this is not a certificate\n"));
        TlsPolicy policy;
        QString error;
        QVERIFY(!policy.addCaFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
        QVERIFY(policy.extraCaCertificates().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tls_policy.moc"
