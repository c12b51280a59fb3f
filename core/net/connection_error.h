#pragma once

#include <QString>

namespace heron::net {

// Why a connection failed, in a form both the UI and heronctl's exit codes can use.
struct ConnectionError
{
    enum class Kind {
        None,
        HostNotFound,
        Refused,
        Timeout,
        Closed, // the server hung up
        TlsHandshake, // TLS failed for a reason other than the certificate
        CertificateRejected, // verification failed and the certificate is not pinned
        CleartextRefused, // a secret was about to go over an unencrypted link
        Other,
    };

    Kind kind = Kind::None;
    QString message; // a sentence the user can act on
    QByteArray certificateSha256; // for CertificateRejected: the fingerprint the user could pin

    bool isError() const { return kind != Kind::None; }
};

} // namespace heron::net
