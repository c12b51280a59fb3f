#pragma once

#include <QString>

namespace heron::imap {
class ImapSession;
} // namespace heron::imap

namespace heron::store {
class MailCache;
} // namespace heron::store

namespace heron::test {

// The cache's copy of a folder against the server's, read afresh over a session
// of the test's own: the same UIDs, no UID twice, the same flags (\Recent aside)
// and the same MODSEQ per message. The session is left with the folder examined.
class FolderComparison
{
public:
    // Empty when the cache equals the server; otherwise the first differences, in words.
    static QString differences(imap::ImapSession &session, store::MailCache &cache, qint64 accountId,
                               const QString &folder, int timeoutMs = 30000);
};

} // namespace heron::test
