#pragma once

#include "accounts/profile.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace heron::cli {

// The profile's cache database and the account's row in it, for the commands
// that read or write cached mail (sync, list, search, show).
class CacheOpener
{
public:
    // False after explaining on err (prefix is "heronctl COMMAND: ").
    bool open(const accounts::Profile &profile, const QString &email, const QString &prefix, QTextStream &err);

    store::MailCache &cache() { return *m_cache; }
    qint64 accountId() const { return m_accountId; }
    // The folder's row; explains on err when the cache does not know it yet.
    std::optional<store::FolderRecord> folder(const QString &name, const QString &prefix, QTextStream &err);

private:
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    qint64 m_accountId = 0;
};

} // namespace heron::cli
