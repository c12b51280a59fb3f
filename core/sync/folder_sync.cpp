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

bool sortedContains(const QList<quint32> &sorted, quint32 uid)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), uid);
}

} // namespace

FolderSync::FolderSync(imap::ImapSession &session, store::MailCache &cache, store::FolderRecord folder, QObject *parent)
    : QObject(parent)
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
        if (m_done)
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
    m_cachedUids = m_cache.uids(m_folder.id);
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
        m_cachedUids.clear();
        m_folder.highestModSeq = 0;
        m_folder.uidNext = 0;
        m_usedQresync = false;
        m_result.rebuilt = true;
    }
    m_folder.uidValidity = mailbox.uidValidity;
    if (!m_cache.saveFolderState(m_folder, &error))
        return fail(error);

    if (m_cachedUids.isEmpty()) {
        m_result.method = Result::Method::Full;
        compareUids();
    } else if (m_usedQresync) {
        m_result.method = Result::Method::Qresync;
        applyQresync(mailbox);
    } else if (m_folder.highestModSeq != 0 && mailbox.highestModSeq) {
        const bool unchanged = *mailbox.highestModSeq == m_folder.highestModSeq
            && mailbox.uidNext.value_or(0) == m_folder.uidNext && mailbox.exists == quint32(m_cachedUids.size());
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

void FolderSync::applyQresync(const imap::SelectedMailbox &mailbox)
{
    QString error;
    QList<quint32> gone;
    for (const imap::SequenceSet::Range &range : mailbox.vanished.ranges()) {
        for (const quint32 uid : std::as_const(m_cachedUids)) {
            if (uid >= range.first && (range.last == imap::SequenceSet::Star || uid <= range.last))
                gone.append(uid);
        }
    }
    QList<store::FlagUpdate> updates;
    QList<quint32> unknown;
    for (const imap::FetchData &data : mailbox.changed) {
        if (!data.uid)
            continue;
        if (sortedContains(m_cachedUids, *data.uid))
            updates.append(RemoteMessage::flagUpdate(data));
        else
            unknown.append(*data.uid);
    }
    if (!m_cache.removeMessages(m_folder.id, gone, &error) || !m_cache.updateFlags(m_folder.id, updates, &error))
        return fail(error);
    m_result.removed += quint32(gone.size());
    m_result.changed += quint32(updates.size());
    std::sort(unknown.begin(), unknown.end(), std::greater<>());
    fetchMissing(unknown);
}

void FolderSync::fetchChangedFlags()
{
    imap::FetchCommand::Options options;
    options.changedSince = m_folder.highestModSeq;
    auto *fetch = new imap::FetchCommand(imap::SequenceSet::fromRange(1, imap::SequenceSet::Star),
                                         {"UID", "FLAGS", "MODSEQ"}, options);
    run<imap::FetchCommand>(fetch, [this](imap::FetchCommand *done) {
        QList<store::FlagUpdate> updates;
        for (const imap::FetchData &data : done->results()) {
            if (data.uid && sortedContains(m_cachedUids, *data.uid))
                updates.append(RemoteMessage::flagUpdate(data));
        }
        QString error;
        if (!m_cache.updateFlags(m_folder.id, updates, &error))
            return fail(error);
        m_result.changed += quint32(updates.size());
        compareUids();
    });
}

void FolderSync::fetchAllFlags()
{
    // No MODSEQs to ask by: every flag, in chunks, compared with the cache.
    auto *fetch = new imap::FetchCommand(imap::SequenceSet::fromRange(1, imap::SequenceSet::Star), {"UID", "FLAGS"});
    run<imap::FetchCommand>(fetch, [this](imap::FetchCommand *done) {
        QList<store::FlagUpdate> updates;
        for (const imap::FetchData &data : done->results()) {
            if (data.uid && sortedContains(m_cachedUids, *data.uid))
                updates.append(RemoteMessage::flagUpdate(data));
        }
        QString error;
        for (qsizetype at = 0; at < updates.size(); at += kFlagChunk) {
            if (!m_cache.updateFlags(m_folder.id, updates.mid(at, kFlagChunk), &error))
                return fail(error);
        }
        compareUids();
    });
}

void FolderSync::compareUids()
{
    run<imap::SearchCommand>(imap::SearchCommand::all(), [this](imap::SearchCommand *search) {
        QList<quint32> server = search->uids();
        std::sort(server.begin(), server.end());
        QList<quint32> gone;
        for (const quint32 uid : std::as_const(m_cachedUids)) {
            if (!sortedContains(server, uid))
                gone.append(uid);
        }
        QString error;
        if (!m_cache.removeMessages(m_folder.id, gone, &error))
            return fail(error);
        m_result.removed += quint32(gone.size());
        QList<quint32> missing;
        for (auto it = server.crbegin(); it != server.crend(); ++it) {
            if (!sortedContains(m_cachedUids, *it))
                missing.append(*it);
        }
        fetchMissing(missing);
    });
}

void FolderSync::fetchMissing(QList<quint32> uids)
{
    m_toFetch = std::move(uids);
    m_fetched = 0;
    fetchNextBatch();
}

void FolderSync::fetchNextBatch()
{
    if (m_fetched >= m_toFetch.size()) {
        complete();
        return;
    }
    const QList<quint32> batch = m_toFetch.mid(m_fetched, m_batchSize);
    imap::FetchCommand::Options options;
    options.keepResults = true;
    auto *fetch
        = new imap::FetchCommand(imap::SequenceSet::fromNumbers(batch),
                                 RemoteMessage::summaryItems(m_session.capabilities().has("CONDSTORE")), options);
    run<imap::FetchCommand>(fetch, [this, size = batch.size()](imap::FetchCommand *done) {
        QList<store::MessageRecord> records;
        records.reserve(done->results().size());
        for (const imap::FetchData &data : done->results())
            records.append(RemoteMessage::record(data));
        QString error;
        if (!m_cache.storeMessages(m_folder.id, records, &error))
            return fail(error);
        m_result.added += quint32(records.size());
        m_fetched += size;
        emit progress(quint32(m_fetched), quint32(m_toFetch.size()));
        fetchNextBatch();
    });
}

void FolderSync::complete()
{
    const auto &current = m_session.selectedMailbox();
    const imap::SelectedMailbox &mailbox = current ? *current : m_mailbox;
    m_folder.uidNext = mailbox.uidNext.value_or(0);
    m_folder.highestModSeq = mailbox.highestModSeq.value_or(0);
    m_folder.exists = quint32(m_cache.messageCount(m_folder.id));
    m_folder.unseen = quint32(m_cache.unseenCount(m_folder.id));
    m_result.total = m_folder.exists;
    QString error;
    if (!m_cache.saveFolderState(m_folder, &error))
        return fail(error);
    m_done = true;
    emit finished(true);
}

void FolderSync::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_error = message;
    emit finished(false);
}

} // namespace heron::sync
