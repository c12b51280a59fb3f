#pragma once

#include <QByteArrayView>
#include <QString>

namespace heron::imap {

// The order a mail client lists folders in: Inbox, Drafts, Sent, Archive,
// Junk, Trash (by their RFC 6154 special-use attributes), then the rest by
// name. The folder pane and `heronctl folders` both follow it.
class FolderOrder
{
public:
    // 0 for the Inbox, 1–5 for the special-use folders above, 6 for the rest.
    // specialUse is the attribute as LIST returns it ("\\Sent"), any case.
    static int rank(const QString &name, QByteArrayView specialUse);
    static bool lessThan(const QString &nameA, QByteArrayView specialUseA, const QString &nameB,
                         QByteArrayView specialUseB);
    static bool isInbox(const QString &name);
};

} // namespace heron::imap
