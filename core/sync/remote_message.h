#pragma once

#include "imap/fetch_data.h"
#include "store/message_record.h"

namespace heron::sync {

// What sync fetches for each message, and how the answer becomes a cache row:
// header fields decoded (RFC 2047, dates, IDN), the part tree summarised,
// References read from the fetched header field.
class RemoteMessage
{
public:
    // The UID FETCH items of a summary; with modSeq when CONDSTORE is on.
    static QByteArrayList summaryItems(bool modSeq);
    static store::MessageRecord record(const imap::FetchData &data);
    static store::FlagUpdate flagUpdate(const imap::FetchData &data);
    // The text search should find in a whole message: its displayed body, bounded.
    static QString searchText(const QByteArray &message);
};

} // namespace heron::sync
