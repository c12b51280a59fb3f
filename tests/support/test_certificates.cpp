#include "test_certificates.h"

#include <QFile>
#include <QProcess>

namespace heron::test {

const TestCertificates &TestCertificates::instance()
{
    static const TestCertificates certificates;
    return certificates;
}

TestCertificates::TestCertificates()
{
    const bool made
        = openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                   QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + caName()})
        && openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                    QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
                    QStringLiteral("leaf.key")});
    if (!made)
        return;
    QFile keyFile(m_directory.filePath(QStringLiteral("leaf.key")));
    if (keyFile.open(QIODevice::ReadOnly))
        m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    m_localhost = makeLeaf(QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"));
    m_otherHost = makeLeaf(QStringLiteral("other"), QStringLiteral("DNS:other.example"));
    m_expired = makeLeaf(QStringLiteral("expired"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), -1);
    m_selfSigned = makeSelfSigned(QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"));
}

bool TestCertificates::openssl(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_directory.path());
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QSslCertificate TestCertificates::makeLeaf(const QString &name, const QString &subjectAltNames, int days) const
{
    const QString request = name + QStringLiteral(".csr");
    const QString extensions = name + QStringLiteral(".ext");
    QFile extensionFile(m_directory.filePath(extensions));
    if (!extensionFile.open(QIODevice::WriteOnly))
        return QSslCertificate();
    extensionFile.write("subjectAltName=" + subjectAltNames.toLatin1() + "\nextendedKeyUsage=serverAuth\n");
    extensionFile.close();
    if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), QStringLiteral("leaf.key"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-out"), request})
        || !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                     QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QString::number(days), QStringLiteral("-extfile"), extensions, QStringLiteral("-out"),
                     name + QStringLiteral(".pem")}))
        return QSslCertificate();
    return QSslCertificate::fromPath(m_directory.filePath(name + QStringLiteral(".pem"))).value(0);
}

QSslCertificate TestCertificates::makeSelfSigned(const QString &name, const QString &subjectAltNames) const
{
    const QString file = name + QStringLiteral("-self.pem");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), QStringLiteral("leaf.key"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=") + subjectAltNames, QStringLiteral("-days"), QStringLiteral("2"),
                  QStringLiteral("-out"), file}))
        return QSslCertificate();
    return QSslCertificate::fromPath(m_directory.filePath(file)).value(0);
}

net::TlsPolicy TestCertificates::trustingPolicy() const
{
    net::TlsPolicy policy;
    QString error;
    policy.addCaFile(caFile(), &error);
    return policy;
}

} // namespace heron::test
