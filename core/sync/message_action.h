#pragma once

namespace heron::sync {

// What the user can do to selected messages from the message list; each
// becomes an offline action (store::PendingActions), shown at once and sent
// to the server before the next sync of the account.
enum class MessageAction {
    MarkRead,
    MarkUnread,
    Star,
    Unstar,
    Delete, // to the Trash; in the Trash, for good
    Archive, // to the account's \Archive folder
    Junk, // to the account's \Junk folder; in it, back to the Inbox
};

} // namespace heron::sync
