#pragma once

#include "imap/command_encoder.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QSet>

namespace heron::imap {

// What the server says it can do, from a CAPABILITY response or a [CAPABILITY]
// code. Names compare case-insensitively. A server announcing IMAP4rev2
// (RFC 9051) implements the extensions folded into it, so those count as present.
class Capabilities
{
public:
    Capabilities() = default;
    explicit Capabilities(const QByteArrayList &announced);

    bool isEmpty() const { return m_names.isEmpty(); }
    bool has(QByteArrayView name) const;
    bool hasAuthMechanism(QByteArrayView mechanism) const { return has("AUTH=" + mechanism.toByteArray()); }
    // As the server sent them (for logs and heronctl).
    const QByteArrayList &announced() const { return m_announced; }

    // What the command encoder may use; utf8Accepted after "ENABLED UTF8=ACCEPT".
    CommandEncoder::Capabilities encoderCapabilities(bool utf8Accepted) const;

    bool operator==(const Capabilities &other) const { return m_names == other.m_names; }

private:
    QByteArrayList m_announced;
    QSet<QByteArray> m_names; // upper case, implied ones included
};

} // namespace heron::imap
