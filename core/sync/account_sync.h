#pragma once

#include "imap/imap_session.h"
#include "store/mail_cache.h"
#include "sync/folder_sync.h"

#include "sync/sync_job.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace heron::sync {

// One sync round of an account over a ready ImapSession: first the queued
// offline actions (ActionReplayer), then the folder list from LIST (special-use,
// subscriptions) into the cache, then each requested folder through FolderSync,
// one after the other.
class AccountSync : public SyncJob
{
    Q_OBJECT

public:
    AccountSync(imap::ImapSession &session, store::MailCache &cache, qint64 accountId, QStringList folders,
                QObject *parent = nullptr);

    void setFetchBodies(bool fetch) { m_fetchBodies = fetch; }
    // FolderSync::setBatchSize for each folder; 0: FolderSync's own.
    void setBatchSize(int messages) { m_batchSize = messages; }
    // With fetch bodies: only of mail received in the last days (0: all), older cached bodies dropped.
    void setOfflineBodyDays(int days) { m_offlineBodyDays = qMax(0, days); }
    // The user's folder roles (Account::folderRoles), applied to the folder list (FolderRoles).
    void setFolderRoles(const QHash<QString, QString> &roles) { m_folderRoles = roles; }
    void start();

    // One entry per folder synchronised, in order.
    const QList<std::pair<store::FolderRecord, FolderSync::Result>> &results() const { return m_results; }
    // Offline actions the server refused this round (rolled back in the cache), one sentence each.
    const QStringList &actionErrors() const { return m_actionErrors; }

signals:
    void folderStarted(const QString &name);
    void progress(const QString &folder, quint32 done, quint32 total);
    void bodyProgress(const QString &folder, quint32 done, quint32 total);
    void actionRefused(const QString &message);

private:
    void listFolders();
    void syncNextFolder();

    imap::ImapSession &m_session;
    store::MailCache &m_cache;
    qint64 m_accountId;
    QStringList m_pending;
    QList<std::pair<store::FolderRecord, FolderSync::Result>> m_results;
    QStringList m_actionErrors;
    bool m_fetchBodies = false;
    int m_batchSize = 0;
    int m_offlineBodyDays = 0;
    QHash<QString, QString> m_folderRoles;
};

} // namespace heron::sync
