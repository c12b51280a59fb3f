#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace heron::imap {

// Known server behaviours the session and sync must work around, kept as one
// table of data (server_quirks.cpp) instead of checks scattered through the
// code. A server is recognised by its host name or by its greeting text.
struct ServerQuirks
{
    // Refuses LOGIN ("Unsafe Login") unless the client sent ID first.
    bool idBeforeLogin = false;
    // BODYSTRUCTURE may not match the message (sizes, nested message/rfc822):
    // sync fetches whole messages to display them instead of single parts.
    bool unreliableBodyStructure = false;
    // QRESYNC is not to be trusted (VANISHED sets that lose messages): do not
    // ENABLE it; sync uses CONDSTORE plus a UID comparison instead.
    bool avoidQresync = false;
    // Names of the table entries that matched, for logs and heronctl.
    QList<QByteArray> matched;

    struct Entry
    {
        QByteArray name;
        QList<QByteArray> hostSuffixes; // lower case, matched at a dot boundary
        QByteArray greetingContains; // matched case-insensitively; empty: unused
        bool idBeforeLogin = false;
        bool unreliableBodyStructure = false;
        bool avoidQresync = false;
        const char *why; // the behaviour seen, briefly
    };

    static const QList<Entry> &table();
    // Every entry matching the host or the greeting, merged.
    static ServerQuirks lookup(const QString &host, QByteArrayView greeting);
};

} // namespace heron::imap
