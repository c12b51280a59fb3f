#include "imap/server_quirks.h"

namespace heron::imap {

namespace {

bool hostMatches(const QByteArray &host, const QByteArray &suffix)
{
    return host == suffix || host.endsWith('.' + suffix);
}

} // namespace

const QList<ServerQuirks::Entry> &ServerQuirks::table()
{
    static const QList<Entry> entries = {
        {
            "netease",
            {"163.com", "126.com", "yeah.net", "188.com"},
            {},
            true,
            false,
            false,
            "NetEase refuses SELECT with \"Unsafe Login\" unless the client identified itself with ID first",
        },
        {
            "exchange",
            {"outlook.office365.com", "outlook.com", "office365.com"},
            "Microsoft Exchange",
            false,
            true,
            false,
            "Exchange computes BODYSTRUCTURE from its own store: part sizes and attached messages may differ from "
            "the bytes it serves",
        },
        {
            "icloud",
            {"mail.me.com"},
            {},
            false,
            false,
            true,
            "iCloud has sent malformed VANISHED responses and no ENABLED reply under QRESYNC (reported on Apple's "
            "developer forums, thread 694251; other clients disable QRESYNC there too)",
        },
    };
    return entries;
}

ServerQuirks ServerQuirks::lookup(const QString &host, QByteArrayView greeting)
{
    const QByteArray lowerHost = host.toLower().toUtf8();
    const QByteArray lowerGreeting = greeting.toByteArray().toLower();
    ServerQuirks quirks;
    for (const Entry &entry : table()) {
        bool matches = !entry.greetingContains.isEmpty() && lowerGreeting.contains(entry.greetingContains.toLower());
        for (const QByteArray &suffix : entry.hostSuffixes)
            matches = matches || hostMatches(lowerHost, suffix);
        if (!matches)
            continue;
        quirks.idBeforeLogin = quirks.idBeforeLogin || entry.idBeforeLogin;
        quirks.unreliableBodyStructure = quirks.unreliableBodyStructure || entry.unreliableBodyStructure;
        quirks.avoidQresync = quirks.avoidQresync || entry.avoidQresync;
        quirks.matched.append(entry.name);
    }
    return quirks;
}

} // namespace heron::imap
