#pragma once

#include "net/tls_policy.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace heron::test {

// A private CA and server certificates signed by it, made once per test
// process with the openssl command: one for localhost/127.0.0.1, one for
// other.example (to provoke a host name mismatch), one for localhost that
// expired yesterday; and a self-signed one for localhost. All share one EC key.
class TestCertificates
{
public:
    static const TestCertificates &instance();

    QString caFile() const { return m_directory.filePath(QStringLiteral("ca.pem")); }
    QString caName() const { return QStringLiteral("Heron Test CA"); }
    QSslCertificate localhost() const { return m_localhost; }
    QSslCertificate otherHost() const { return m_otherHost; }
    QSslCertificate expired() const { return m_expired; }
    QSslCertificate selfSigned() const { return m_selfSigned; }
    QSslKey key() const { return m_key; }
    // A client's TLS policy that trusts the test CA (besides the system's).
    net::TlsPolicy trustingPolicy() const;
    bool isValid() const
    {
        return !m_localhost.isNull() && !m_otherHost.isNull() && !m_expired.isNull() && !m_selfSigned.isNull()
            && !m_key.isNull();
    }

private:
    TestCertificates();
    bool openssl(const QStringList &arguments) const;
    // Signed by the CA, valid from now for days (negative: expired that many days ago).
    QSslCertificate makeLeaf(const QString &name, const QString &subjectAltNames, int days = 2) const;
    QSslCertificate makeSelfSigned(const QString &name, const QString &subjectAltNames) const;

    QTemporaryDir m_directory;
    QSslCertificate m_localhost;
    QSslCertificate m_otherHost;
    QSslCertificate m_expired;
    QSslCertificate m_selfSigned;
    QSslKey m_key;
};

} // namespace heron::test
