#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace heron::net {

// What a connection trusts: the system's CA store, plus CAs the account adds
// (heronctl --ca-file, for private servers and the test stack). Verification
// is never switched off; a policy only ever widens trust by explicit CAs.
class TlsPolicy
{
public:
    // Adds every certificate in a PEM file. On failure returns false and sets
    // *error to a sentence the user can act on; the policy is left unchanged.
    bool addCaFile(const QString &path, QString *error);

    const QList<QSslCertificate> &extraCaCertificates() const { return m_extraCas; }

    // The user looked at this certificate and chose to trust it for this host
    // only: its SHA-256 fingerprint is accepted there despite verification errors.
    void pinCertificate(const QString &host, const QByteArray &sha256);
    bool isPinned(const QString &host, const QSslCertificate &certificate) const;

    static QByteArray fingerprint(const QSslCertificate &certificate);

    // A client configuration: TLS 1.2 or later, peer verification on,
    // system CAs plus the extra ones.
    QSslConfiguration clientConfiguration() const;

private:
    QList<QSslCertificate> m_extraCas;
    QHash<QString, QList<QByteArray>> m_pins; // lower-case host -> SHA-256 digests
};

} // namespace heron::net
