#include "imap/fetch_command.h"

#include "imap/imap_session.h"

#include <algorithm>

namespace heron::imap {

FetchCommand::FetchCommand(SequenceSet uids, QByteArrayList items, Options options)
    : m_uids(std::move(uids))
    , m_items(std::move(items))
    , m_options(options)
{
}

void FetchCommand::encode(CommandEncoder &encoder)
{
    encoder.token("UID").token("FETCH").sequenceSet(m_uids).beginList();
    for (const QByteArray &item : m_items)
        encoder.token(item);
    encoder.endList();
    if (m_options.changedSince != 0 && session()->capabilities().has("CONDSTORE")) {
        encoder.beginList().token("CHANGEDSINCE").number(m_options.changedSince);
        if (m_options.vanished && session()->isEnabled("QRESYNC"))
            encoder.token("VANISHED");
        encoder.endList();
    }
}

bool FetchCommand::isOpenEnded() const
{
    const auto &ranges = m_uids.ranges();
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [](const SequenceSet::Range &r) { return r.last == SequenceSet::Star; });
}

quint32 FetchCommand::untaggedKinds() const
{
    return isOpenEnded() || m_options.vanished ? kindsOf<FetchData, VanishedData>() : 0;
}

bool FetchCommand::isOurs(const FetchData &data) const
{
    // A UID FETCH answer always carries the UID; a FETCH without one is an
    // unsolicited flag change. "n:*" may answer with a UID below n.
    return data.uid && (isOpenEnded() || m_uids.contains(*data.uid));
}

bool FetchCommand::handleUntagged(const Response &response)
{
    if (const auto *data = response.get<FetchData>()) {
        if (!isOurs(*data))
            return false;
        if (m_options.keepResults)
            m_results.append(*data);
        emit fetched(*data);
        return true;
    }
    if (const auto *vanished = response.get<VanishedData>()) {
        if (!vanished->earlier)
            return false;
        m_vanished = m_vanished.united(vanished->uids);
        return true;
    }
    return false;
}

} // namespace heron::imap
