#pragma once

#include "imap/fetch_command.h"
#include "imap/imap_session.h"
#include "store/mail_cache.h"

#include "sync/sync_job.h"

#include <QObject>

#include <functional>
#include <optional>

namespace heron::sync {

// Brings one folder of the cache up to date with the server over a ready
// ImapSession, choosing the cheapest way the server allows:
//
// - first time (or after a UIDVALIDITY change, which empties the folder's
//   cache): every message, newest first, in batches of one FETCH and one
//   transaction each, so the newest mail is listed while the rest streams in;
// - QRESYNC: SELECT with the cached UIDVALIDITY and HIGHESTMODSEQ returns the
//   expunged UIDs and changed flags; only new messages are fetched;
// - CONDSTORE: nothing at all when HIGHESTMODSEQ, UIDNEXT and the count are
//   unchanged; otherwise flags CHANGEDSINCE, and one UID SEARCH for what came
//   and went;
// - neither: the UID list and all flags, compared.
//
// The folder's sync state (HIGHESTMODSEQ, UIDNEXT) is saved only after every
// change is stored, so an interrupted sync is redone, never skipped.
class FolderSync : public SyncJob
{
    Q_OBJECT

public:
    struct Result
    {
        quint32 added = 0;
        quint32 changed = 0;
        quint32 removed = 0;
        quint32 total = 0; // messages in the folder afterwards
        bool rebuilt = false; // UIDVALIDITY changed: the cache was emptied first
        enum class Method { Full, Qresync, CondStore, Compare, Unchanged } method = Method::Full;
    };

    FolderSync(imap::ImapSession &session, store::MailCache &cache, store::FolderRecord folder,
               QObject *parent = nullptr);

    void setBatchSize(int messages) { m_batchSize = qMax(1, messages); }
    // Also download whole messages not yet cached, for offline reading and search.
    void setFetchBodies(bool fetch) { m_fetchBodies = fetch; }
    void start();

    // Whether a STATUS of the folder (a NOTIFY report) shows what its cached state
    // does not have: another UIDVALIDITY, new mail, expunges or flag changes.
    static bool statusShowsChange(const store::FolderRecord &folder, const imap::MailboxStatus &status);

    const Result &result() const { return m_result; }
    const store::FolderRecord &folder() const { return m_folder; }

signals:
    // Messages stored so far out of those to fetch (initial sync and new mail).
    void progress(quint32 done, quint32 total);
    // The same for whole messages (setFetchBodies).
    void bodyProgress(quint32 done, quint32 total);

private:
    void onSelected(const imap::SelectedMailbox &mailbox);
    void applyQresync(const imap::SelectedMailbox &mailbox);
    void fetchChangedFlags();
    void compareUids();
    void fetchAllFlags();
    void fetchFlags(imap::FetchCommand *fetch);
    void fetchMissing(const QList<quint32> &uids);
    void fetchBodies();
    // Fetches batches of UIDs with items, up to two at once, handing each answer to store().
    using StoreBatch = std::function<bool(const QList<imap::FetchData> &, QString *error)>;
    void runBatches(QList<QList<quint32>> batches, QByteArrayList items, StoreBatch store,
                    std::function<void(quint32 done, quint32 total)> report, std::function<void()> then);
    void sendBatches();
    void complete();
    // Runs a command for this sync; then() gets it when it succeeded.
    template<typename Command>
    void run(Command *command, std::function<void(Command *)> then);

    imap::ImapSession &m_session;
    store::MailCache &m_cache;
    store::FolderRecord m_folder;
    imap::SelectedMailbox m_mailbox;
    // The cached UIDs, sorted; read on first use (a no-change resync does not need them).
    const QList<quint32> &cachedUids();
    std::optional<QList<quint32>> m_cachedUids;
    struct BatchRun
    {
        QList<QList<quint32>> pending;
        QByteArrayList items;
        StoreBatch store;
        std::function<void(quint32, quint32)> report;
        std::function<void()> then;
        quint32 done = 0;
        quint32 total = 0;
        int inFlight = 0;
    } m_batches;
    // Messages per FETCH after the first batch: fewer, bigger commands (docs/benchmarks.md).
    int m_batchSize = 2000;
    bool m_fetchBodies = false;
    bool m_usedQresync = false;
    Result m_result;
};

} // namespace heron::sync
