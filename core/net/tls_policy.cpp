#include "net/tls_policy.h"

#include <QCoreApplication>
#include <QFile>

namespace heron::net {

bool TlsPolicy::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TlsPolicy", "Cannot read the CA file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                         "TlsPolicy",
                         "The CA file %1 holds no PEM certificate (expected a -----BEGIN CERTIFICATE----- block)")
                         .arg(path);
        return false;
    }
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull()) {
            if (error)
                *error
                    = QCoreApplication::translate("TlsPolicy", "The CA file %1 holds a damaged certificate").arg(path);
            return false;
        }
    }
    m_extraCas += certificates;
    return true;
}

void TlsPolicy::pinCertificate(const QString &host, const QByteArray &sha256)
{
    QList<QByteArray> &pins = m_pins[host.toLower()];
    if (!pins.contains(sha256))
        pins.append(sha256);
}

bool TlsPolicy::isPinned(const QString &host, const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_pins.value(host.toLower()).contains(fingerprint(certificate));
}

QByteArray TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QSslConfiguration TlsPolicy::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Adding CAs switches off Qt's on-demand loading of the system roots, so
    // the system store is loaded explicitly whenever extra CAs are present —
    // once per process: parsing every file under /etc/ssl/certs costs ~0.3 s.
    if (!m_extraCas.isEmpty()) {
        static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
        configuration.setCaCertificates(systemCas + m_extraCas);
    }
    return configuration;
}

} // namespace heron::net
