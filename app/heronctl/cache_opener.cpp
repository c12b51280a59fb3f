#include "cache_opener.h"

#include <QCoreApplication>

namespace heron::cli {

bool CacheOpener::open(const accounts::Profile &profile, const QString &email, const QString &prefix, QTextStream &err)
{
    QString error;
    if (!m_database.open(profile.cacheDatabaseFile(), &error)) {
        err << prefix << error << '\n';
        return false;
    }
    m_cache = std::make_unique<store::MailCache>(m_database);
    const std::optional<qint64> id = m_cache->accountId(email, &error);
    if (!id) {
        err << prefix << error << '\n';
        return false;
    }
    m_accountId = *id;
    return true;
}

std::optional<store::FolderRecord> CacheOpener::folder(const QString &name, const QString &prefix, QTextStream &err)
{
    std::optional<store::FolderRecord> folder = m_cache->folder(m_accountId, name);
    if (!folder || folder->uidValidity == 0)
        err << prefix
            << QCoreApplication::translate("heronctl",
                                           "the folder \"%1\" is not in the cache yet; run `heronctl sync "
                                           "--folder %1` first.")
                   .arg(name)
            << '\n';
    return folder && folder->uidValidity != 0 ? folder : std::nullopt;
}

} // namespace heron::cli
