#pragma once

#include "imap/imap_session.h"
#include "store/mail_cache.h"
#include "sync/sync_job.h"

#include <QList>
#include <QObject>

#include <functional>

namespace heron::imap {
class ImapCommand;
} // namespace heron::imap

namespace heron::sync {

// A change to an account's folder list, made on the server over a ready
// ImapSession (after its queued offline actions, which may point into the
// folder): CREATE and SUBSCRIBE a new folder; RENAME one (its subfolders go
// with it on the server, and in the cache, so nothing cached is downloaded
// again); DELETE one with its subfolders, deepest first. A folder is left
// (UNSELECT, else SELECT INBOX) before it is renamed or deleted. The folder
// list itself comes back with the next sync (AccountSync lists first).
//
// Deleting, as the big clients do it, moves the folder into the Trash while
// there is one and the folder is not already in it (trashDestination): only
// what is deleted from the Trash is gone for good.
class FolderChange : public SyncJob
{
    Q_OBJECT

public:
    enum class Kind { Create, Rename, Delete };

    // name: the folder's full name; newName: for Rename, its full new name.
    FolderChange(imap::ImapSession &session, store::MailCache &cache, qint64 accountId, Kind kind, QString name,
                 QString newName = QString(), QObject *parent = nullptr);

    void start();

    // Where Delete should move the folder instead ("Trash/Old", "Trash/Old 2" if that is taken);
    // empty when it is to be deleted for good (no Trash, or it is the Trash or inside it).
    static QString trashDestination(const QList<store::FolderRecord> &folders, const QString &name);
    // The full name of a new folder below parent (empty: at the top), with the account's delimiter.
    static QString childName(const QList<store::FolderRecord> &folders, const QString &parent, const QString &leaf);
    // The folder's full name with its last element replaced (a rename in place).
    static QString siblingName(const QList<store::FolderRecord> &folders, const QString &name, const QString &leaf);
    // The account's hierarchy delimiter: the first one LIST gave (null when the server has none).
    static QChar delimiterOf(const QList<store::FolderRecord> &folders);
    // Whether the user may rename or delete the folder: not INBOX, not a special-use folder.
    static bool isUserFolder(const store::FolderRecord &folder);

private:
    struct Step
    {
        std::function<imap::ImapCommand *()> command;
        QString failure; // the sentence before the server's words; empty: a failure is not an error
    };
    void planSteps();
    // delimiter: the folder's own; a selected subfolder is left too.
    void leaveFolderIfSelected(QChar delimiter);
    void runNextStep();

    imap::ImapSession &m_session;
    store::MailCache &m_cache;
    qint64 m_accountId;
    Kind m_kind;
    QString m_name;
    QString m_newName;
    QList<Step> m_steps;
};

} // namespace heron::sync
