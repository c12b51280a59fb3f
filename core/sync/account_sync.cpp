#include "sync/account_sync.h"

#include "imap/list_command.h"
#include "sync/action_replayer.h"
#include "sync/folder_roles.h"

namespace heron::sync {

AccountSync::AccountSync(imap::ImapSession &session, store::MailCache &cache, qint64 accountId, QStringList folders,
                         QObject *parent)
    : SyncJob(parent)
    , m_session(session)
    , m_cache(cache)
    , m_accountId(accountId)
    , m_pending(std::move(folders))
{
}

void AccountSync::start()
{
    // Offline actions first, so the folders synchronised next already show them done.
    auto *replayer = new ActionReplayer(m_session, m_cache, m_accountId, this);
    connect(replayer, &ActionReplayer::refused, this, [this](const QString &message) {
        m_actionErrors.append(message);
        emit actionRefused(message);
    });
    connect(replayer, &ActionReplayer::finished, this, [this, replayer](bool ok) {
        replayer->deleteLater();
        if (!ok)
            return fail(tr("Offline changes could not be sent (they stay queued): %1").arg(replayer->error()));
        listFolders();
    });
    replayer->start();
}

void AccountSync::listFolders()
{
    auto *all = new imap::ListCommand;
    imap::ListCommand::Options subscribedOnly;
    subscribedOnly.subscribedOnly = true;
    auto *subscribed = new imap::ListCommand(subscribedOnly);
    all->setParent(this);
    subscribed->setParent(this);
    // Both pipelined would mix their answers; the session sends the second after the first.
    m_session.run(all);
    m_session.run(subscribed);
    connect(subscribed, &imap::ImapCommand::finished, this, [this, all, subscribed] {
        if (!all->succeeded() || !subscribed->succeeded()) {
            fail(all->succeeded() ? subscribed->error().message : all->error().message);
            return;
        }
        QStringList subscribedNames;
        for (const imap::ListData &folder : subscribed->folders())
            subscribedNames.append(folder.name);
        QList<store::FolderRecord> folders;
        for (const imap::ListData &data : all->folders()) {
            store::FolderRecord folder;
            folder.name = data.name;
            folder.delimiter = data.delimiter;
            folder.specialUse = QString::fromLatin1(data.specialUse());
            folder.subscribed = subscribedNames.contains(data.name) || data.name == QLatin1String("INBOX");
            folders.append(folder);
        }
        FolderRoles::assign(folders, m_folderRoles);
        QString error;
        if (!m_cache.replaceFolders(m_accountId, folders, &error)) {
            fail(error);
            return;
        }
        syncNextFolder();
    });
}

void AccountSync::syncNextFolder()
{
    if (m_pending.isEmpty()) {
        succeed();
        return;
    }
    const QString name = m_pending.takeFirst();
    const std::optional<store::FolderRecord> folder = m_cache.folder(m_accountId, name);
    if (!folder) {
        fail(tr("The server has no folder \"%1\".").arg(name));
        return;
    }
    emit folderStarted(name);
    auto *sync = new FolderSync(m_session, m_cache, *folder, this);
    sync->setFetchBodies(m_fetchBodies);
    if (m_batchSize > 0)
        sync->setBatchSize(m_batchSize);
    m_cache.setBodyCutoff(m_fetchBodies && m_offlineBodyDays > 0
                              ? QDateTime::currentDateTimeUtc().addDays(-m_offlineBodyDays)
                              : QDateTime());
    connect(sync, &FolderSync::bodyProgress, this,
            [this, name](quint32 done, quint32 total) { emit bodyProgress(name, done, total); });
    connect(sync, &FolderSync::progress, this,
            [this, name](quint32 done, quint32 total) { emit progress(name, done, total); });
    connect(sync, &FolderSync::finished, this, [this, sync](bool ok) {
        sync->deleteLater();
        if (!ok) {
            fail(sync->error());
            return;
        }
        QString error;
        if (sync->result().rebuilt && !m_cache.finishRebuild(sync->folder().id, &error))
            return fail(error);
        if (m_cache.dropBodiesBeforeCutoff(sync->folder().id, &error) < 0)
            return fail(error);
        m_cache.setBodyCutoff({});
        m_results.append({sync->folder(), sync->result()});
        syncNextFolder();
    });
    sync->start();
}

} // namespace heron::sync
