#include "sync/folder_sync.h"

#include "imap/fetch_command.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "sync/remote_message.h"

#include <algorithm>

namespace heron::sync {

namespace {

// More flags than this in one UID FETCH would make one huge response; chunks keep memory flat.
constexpr int kFlagChunk = 5000;
// The first batch of a sync: what the user sees first, so small.
constexpr qsizetype kFirstBatch = 200;
// Whole messages per FETCH: by size, so a few big ones do not pile up in memory.
constexpr qint64 kBodyBatchBytes = qint64(8) * 1024 * 1024;

bool sortedContains(const QList<quint32> &sorted, quint32 uid)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), uid);
}

} // namespace

FolderSync::FolderSync(imap::ImapSession &session, store::MailCache &cache, store::FolderRecord folder, QObject *parent)
    : SyncJob(parent)
    , m_session(session)
    , m_cache(cache)
    , m_folder(std::move(folder))
{
}

template<typename Command>
void FolderSync::run(Command *command, std::function<void(Command *)> then)
{
    command->setParent(this);
    connect(command, &imap::ImapCommand::finished, this, [this, command, then] {
        command->deleteLater();
        if (isDone())
            return;
        if (!command->succeeded()) {
            fail(command->error().message);
            return;
        }
        then(command);
    });
    m_session.run(command);
}

void FolderSync::start()
{
    imap::SelectCommand::Options options;
    options.condStore = m_session.capabilities().has("CONDSTORE");
    m_usedQresync = m_session.isEnabled("QRESYNC") && m_folder.uidValidity != 0 && m_folder.highestModSeq != 0;
    if (m_usedQresync) {
        options.knownUidValidity = m_folder.uidValidity;
        options.knownModSeq = m_folder.highestModSeq;
    }
    run<imap::SelectCommand>(new imap::SelectCommand(m_folder.name, options),
                             [this](imap::SelectCommand *select) { onSelected(select->mailbox()); });
}

void FolderSync::onSelected(const imap::SelectedMailbox &mailbox)
{
    m_mailbox = mailbox;
    QString error;
    if (m_folder.uidValidity != 0 && m_folder.uidValidity != mailbox.uidValidity) {
        // RFC 9051 2.3.1.1: every cached UID of this folder now means nothing.
        if (!m_cache.clearFolder(m_folder.id, &error))
            return fail(error);
        m_cachedUids = QList<quint32>();
        m_folder.highestModSeq = 0;
        m_folder.uidNext = 0;
        m_usedQresync = false;
        m_result.rebuilt = true;
    }
    m_folder.uidValidity = mailbox.uidValidity;
    if (!m_cache.saveFolderState(m_folder, &error))
        return fail(error);

    // Only a folder never synchronised to the end can be empty here because it is new to
    // the cache; reading every cached UID to find out would cost more than the rest of a
    // no-change resync.
    const bool finishedBefore = m_folder.uidNext != 0 || m_folder.highestModSeq != 0;
    if (!finishedBefore && cachedUids().isEmpty()) {
        m_result.method = Result::Method::Full;
        compareUids();
    } else if (m_usedQresync) {
        m_result.method = Result::Method::Qresync;
        applyQresync(mailbox);
    } else if (m_folder.highestModSeq != 0 && mailbox.highestModSeq) {
        const bool unchanged = *mailbox.highestModSeq == m_folder.highestModSeq
            && mailbox.uidNext.value_or(0) == m_folder.uidNext && mailbox.exists == quint32(cachedUids().size());
        m_result.method = unchanged ? Result::Method::Unchanged : Result::Method::CondStore;
        if (unchanged)
            complete();
        else
            fetchChangedFlags();
    } else {
        m_result.method = Result::Method::Compare;
        fetchAllFlags();
    }
}

bool FolderSync::statusShowsChange(const store::FolderRecord &folder, const imap::MailboxStatus &status)
{
    const auto differs = [](const auto &reported, auto cached) { return reported && *reported != cached; };
    if (differs(status.uidValidity, folder.uidValidity) || differs(status.uidNext, folder.uidNext)
        || differs(status.messages, folder.exists))
        return true;
    // HIGHESTMODSEQ tells every change; without it (or without one cached) the unread count is the sign.
    if (status.highestModSeq && folder.highestModSeq != 0)
        return *status.highestModSeq != folder.highestModSeq;
    return differs(status.unseen, folder.unseen);
}

void FolderSync::applyQresync(const imap::SelectedMailbox &mailbox)
{
    QString error;
    QList<quint32> gone;
    // Only expunges need the cached UIDs; flag changes are applied by UID directly.
    for (const imap::SequenceSet::Range &range : mailbox.vanished.ranges()) {
        for (const quint32 uid : cachedUids()) {
            if (uid >= range.first && (range.last == imap::SequenceSet::Star || uid <= range.last))
                gone.append(uid);
        }
    }
    QList<store::FlagUpdate> updates;
    for (const imap::FetchData &data : mailbox.changed) {
        if (data.uid)
            updates.append(RemoteMessage::flagUpdate(data));
    }
    QList<quint32> unknown; // changed on the server but not cached: new mail
    if (!m_cache.removeMessages(m_folder.id, gone, &error)
        || !m_cache.updateFlags(m_folder.id, updates, &error, &unknown))
        return fail(error);
    m_result.removed += quint32(gone.size());
    m_result.changed += quint32(updates.size() - unknown.size());
    std::sort(unknown.begin(), unknown.end(), std::greater<>());
    fetchMissing(unknown);
}

void FolderSync::fetchChangedFlags()
{
    imap::FetchCommand::Options options;
    options.changedSince = m_folder.highestModSeq;
    fetchFlags(new imap::FetchCommand(imap::SequenceSet::fromRange(1, imap::SequenceSet::Star),
                                      {"UID", "FLAGS", "MODSEQ"}, options));
}

void FolderSync::fetchAllFlags()
{
    // No MODSEQs to ask by: every flag, compared with the cache.
    fetchFlags(new imap::FetchCommand(imap::SequenceSet::fromRange(1, imap::SequenceSet::Star), {"UID", "FLAGS"}));
}

void FolderSync::fetchFlags(imap::FetchCommand *fetch)
{
    run<imap::FetchCommand>(fetch, [this](imap::FetchCommand *done) {
        QList<store::FlagUpdate> updates;
        for (const imap::FetchData &data : done->results()) {
            if (data.uid && sortedContains(cachedUids(), *data.uid))
                updates.append(RemoteMessage::flagUpdate(data));
        }
        QString error;
        // In chunks: one transaction per chunk keeps the write lock short on big folders.
        for (qsizetype at = 0; at < updates.size(); at += kFlagChunk) {
            if (!m_cache.updateFlags(m_folder.id, updates.mid(at, kFlagChunk), &error))
                return fail(error);
        }
        if (m_result.method != Result::Method::Compare)
            m_result.changed += quint32(updates.size());
        compareUids();
    });
}

void FolderSync::compareUids()
{
    run<imap::SearchCommand>(imap::SearchCommand::all(), [this](imap::SearchCommand *search) {
        QList<quint32> server = search->uids();
        std::sort(server.begin(), server.end());
        QList<quint32> gone;
        for (const quint32 uid : cachedUids()) {
            if (!sortedContains(server, uid))
                gone.append(uid);
        }
        QString error;
        if (!m_cache.removeMessages(m_folder.id, gone, &error))
            return fail(error);
        m_result.removed += quint32(gone.size());
        QList<quint32> missing;
        for (auto it = server.crbegin(); it != server.crend(); ++it) {
            if (!sortedContains(cachedUids(), *it))
                missing.append(*it);
        }
        fetchMissing(missing);
    });
}

void FolderSync::fetchMissing(const QList<quint32> &uids)
{
    // The newest first and in a small batch, so they are listable at once.
    QList<QList<quint32>> batches;
    for (qsizetype at = 0; at < uids.size();) {
        const qsizetype size = at == 0 ? qMin(kFirstBatch, m_batchSize) : m_batchSize;
        batches.append(uids.mid(at, size));
        at += size;
    }
    runBatches(
        batches, RemoteMessage::summaryItems(m_session.capabilities().has("CONDSTORE")),
        [this](const QList<imap::FetchData> &answers, QString *error) {
            QList<store::MessageRecord> records;
            records.reserve(answers.size());
            for (const imap::FetchData &data : answers)
                records.append(RemoteMessage::record(data));
            m_result.added += quint32(records.size());
            return m_cache.storeMessages(m_folder.id, records, error);
        },
        [this](quint32 done, quint32 total) { emit progress(done, total); },
        [this] {
            if (m_fetchBodies)
                fetchBodies();
            else
                complete();
        });
}

void FolderSync::fetchBodies()
{
    QList<QList<quint32>> batches;
    qint64 bytes = 0;
    for (const auto &[uid, size] : m_cache.messagesWithoutBody(m_folder.id)) {
        if (batches.isEmpty() || bytes + size > kBodyBatchBytes || batches.last().size() >= m_batchSize) {
            batches.append(QList<quint32>());
            bytes = 0;
        }
        batches.last().append(uid);
        bytes += size;
    }
    runBatches(
        batches, {"UID", "BODY.PEEK[]"},
        [this](const QList<imap::FetchData> &answers, QString *error) {
            QList<store::MailCache::Body> bodies;
            bodies.reserve(answers.size());
            for (const imap::FetchData &data : answers) {
                if (!data.uid || data.sections.isEmpty())
                    continue;
                const QByteArray &bytes = data.sections.first().data;
                bodies.append({*data.uid, bytes, RemoteMessage::searchText(bytes)});
            }
            return m_cache.storeBodies(m_folder.id, bodies, error);
        },
        [this](quint32 done, quint32 total) { emit bodyProgress(done, total); }, [this] { complete(); });
}

void FolderSync::runBatches(QList<QList<quint32>> batches, QByteArrayList items, StoreBatch store,
                            std::function<void(quint32, quint32)> report, std::function<void()> then)
{
    quint32 total = 0;
    for (const QList<quint32> &batch : std::as_const(batches))
        total += quint32(batch.size());
    m_batches
        = {std::move(batches), std::move(items), std::move(store), std::move(report), std::move(then), 0, total, 0};
    sendBatches();
}

void FolderSync::sendBatches()
{
    if (m_batches.pending.isEmpty() && m_batches.inFlight == 0) {
        const auto then = m_batches.then;
        then();
        return;
    }
    // Two in flight keep the link busy while the previous answer is stored.
    while (m_batches.inFlight < 2 && !m_batches.pending.isEmpty()) {
        const QList<quint32> batch = m_batches.pending.takeFirst();
        ++m_batches.inFlight;
        auto *fetch = new imap::FetchCommand(imap::SequenceSet::fromNumbers(batch), m_batches.items);
        run<imap::FetchCommand>(fetch, [this, size = quint32(batch.size())](imap::FetchCommand *done) {
            --m_batches.inFlight;
            QString error;
            if (!m_batches.store(done->results(), &error))
                return fail(error);
            m_batches.done += size;
            m_batches.report(m_batches.done, m_batches.total);
            sendBatches();
        });
    }
}

const QList<quint32> &FolderSync::cachedUids()
{
    if (!m_cachedUids)
        m_cachedUids = m_cache.uids(m_folder.id);
    return *m_cachedUids;
}

void FolderSync::complete()
{
    const auto &current = m_session.selectedMailbox();
    const imap::SelectedMailbox &mailbox = current ? *current : m_mailbox;
    m_folder.uidNext = mailbox.uidNext.value_or(0);
    m_folder.highestModSeq = mailbox.highestModSeq.value_or(0);
    // Counting scans the folder's rows, so the saved counts are kept when this sync found
    // nothing to change (the compare method does not count its flag changes: it recounts).
    const bool countsChanges = m_result.method == Result::Method::Qresync
        || m_result.method == Result::Method::CondStore || m_result.method == Result::Method::Unchanged;
    if (!countsChanges || m_result.added != 0 || m_result.changed != 0 || m_result.removed != 0) {
        m_folder.exists = quint32(m_cache.messageCount(m_folder.id));
        m_folder.unseen = quint32(m_cache.unseenCount(m_folder.id));
    }
    m_result.total = m_folder.exists;
    QString error;
    if (!m_cache.saveFolderState(m_folder, &error))
        return fail(error);
    succeed();
}

} // namespace heron::sync
