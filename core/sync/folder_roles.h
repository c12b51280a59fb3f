#pragma once

#include "store/mail_cache.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace heron::sync {

// Which folder plays which part (Sent, Drafts, Trash, Archive, Junk) when the
// folder list comes in: the user's choice in the account settings first, then
// the server's SPECIAL-USE (RFC 6154), then, for a role still without a folder,
// the name the big clients and providers give it ("Sent Items", "Deleted
// Messages", "Spam", also below INBOX as "INBOX.Sent"). The result goes into
// FolderRecord::specialUse, which everything else (the Trash for Delete, Sent
// for the outbox, the folder pane's order) reads.
class FolderRoles
{
public:
    static const QStringList &roles(); // "\Drafts", "\Sent", "\Archive", "\Junk", "\Trash"

    // chosen: role -> folder name (Account::folderRoles); a name not in the list is ignored.
    static void assign(QList<store::FolderRecord> &folders, const QHash<QString, QString> &chosen);
};

} // namespace heron::sync
