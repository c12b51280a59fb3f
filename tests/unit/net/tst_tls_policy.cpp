#include "net/tls_policy.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using heron::net::TlsPolicy;

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
