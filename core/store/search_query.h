#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace heron::store {

// A search as MailCache::search takes it (FTS5 query syntax), read for a server
// that searches by substrings (IMAP SEARCH TEXT). Only the simple form carries
// over with its meaning kept: words and "quoted phrases", each of which must
// occur, optionally with a trailing * (a prefix, which a substring search covers)
// and explicit ANDs between them. OR, NOT, NEAR, column filters, groups, ^ and +
// have no IMAP spelling that means the same, so such a query is the cache's alone.
class SearchQuery
{
public:
    // The words and phrases every match must hold; nullopt when the query uses
    // anything else (or is empty, or is not well formed).
    static std::optional<QStringList> plainTerms(const QString &query);
};

} // namespace heron::store
