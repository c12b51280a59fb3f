#pragma once

#include <QByteArray>

namespace heron::oauth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method: the verifier
// stays in Heron, the challenge goes with the authorization request, so a
// code caught on its way back through the browser is useless to anyone else.
struct Pkce
{
    QByteArray verifier; // 86 characters of base64url from 64 random bytes
    QByteArray challenge; // BASE64URL(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    // bytes from the system's cryptographic random source, base64url without padding.
    static QByteArray randomToken(int bytes);
};

} // namespace heron::oauth
