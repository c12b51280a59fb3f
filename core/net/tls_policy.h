#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
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
    // system CAs plus the extra ones. With extra CAs this parses the whole
    // system store (~0.3 s, once per process).
    QSslConfiguration clientConfiguration() const;

    // The same, with the system CAs loaded on demand (only the issuer the server
    // names is read) and without the extra CAs: a chain they issued fails the
    // handshake's own check, and remainingErrors() then checks it against them.
    // What Connection and HttpsFetcher use.
    QSslConfiguration onDemandConfiguration() const;

    // The handshake's errors as they stand once the extra CAs are trusted too
    // (OpenSSL checks the chain against them: signatures, validity dates, server
    // purpose, host name or IP address). Empty: the chain is good. An extra CA's
    // chain with another fault gives that fault (expired, wrong host) instead of
    // "unknown issuer"; errors the issuer does not explain stay; a chain no extra
    // CA issued keeps the handshake's errors.
    QList<QSslError> remainingErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                                     const QString &host) const;

    // The verification error says the issuer is unknown or untrusted (not that the
    // certificate itself is wrong).
    static bool isIssuerProblem(QSslError::SslError error);

private:
    // OpenSSL's verification result (X509_V_OK when good) against the extra CAs alone.
    int verifyWithExtraCas(const QList<QSslCertificate> &chain, const QString &host) const;

    QList<QSslCertificate> m_extraCas;
    QHash<QString, QList<QByteArray>> m_pins; // lower-case host -> SHA-256 digests
};

} // namespace heron::net
