#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace heron::identity {

// The CLIENTID device token for one account (spec/clientid.md, "The token").
// Derived, never stored: the install secret plus the account address and its
// rotation counter determine it, so the same install always presents the same
// token to one account, and two providers never see the same token.
class ClientIdToken
{
public:
    // The only token type Heron sends.
    static constexpr QByteArrayView kType = "UUID";
    // Longest command line we are willing to put on the wire, CRLF included.
    static constexpr qsizetype kMaxLineLength = 512;

    // First 16 bytes of HMAC-SHA256(secret, "clientid/v1/" + lower(email) + "/" + rotation),
    // with the RFC 9562 version 8 and variant bits set, as a lowercase 8-4-4-4-12 UUID.
    // Returns an empty string when the secret is empty: no secret, no token.
    static QString derive(QByteArrayView installSecret, const QString &accountEmail, quint32 rotation);

    // True when type and token are safe to send as IMAP/SMTP atoms: non-empty,
    // printable ASCII without spaces, and the whole command line fits under
    // kMaxLineLength even with the longest IMAP tag we allocate.
    static bool isSafeForWire(QByteArrayView type, QByteArrayView token);
};

} // namespace heron::identity
