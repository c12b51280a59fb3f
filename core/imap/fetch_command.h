#pragma once

#include "imap/imap_command.h"

#include <QByteArrayList>

namespace heron::imap {

// UID FETCH of any items: "FLAGS", "ENVELOPE", "BODYSTRUCTURE", "BODY.PEEK[1.2]<0.4096>",
// "BINARY.PEEK[2]", ... with CHANGEDSINCE (CONDSTORE) and VANISHED (QRESYNC).
// Results stream out through fetched() as they arrive; keepResults() collects
// them too, for small fetches.
class FetchCommand : public ImapCommand
{
    Q_OBJECT

public:
    struct Options
    {
        quint64 changedSince = 0; // CHANGEDSINCE, when non-zero and CONDSTORE is there
        bool vanished = false; // with changedSince and QRESYNC enabled: report expunged UIDs
        bool keepResults = true;
    };

    FetchCommand(SequenceSet uids, QByteArrayList items, Options options);
    FetchCommand(SequenceSet uids, QByteArrayList items)
        : FetchCommand(std::move(uids), std::move(items), Options {})
    {
    }

    const QList<FetchData> &results() const { return m_results; }
    const SequenceSet &vanished() const { return m_vanished; }

signals:
    void fetched(const heron::imap::FetchData &data);

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "UID FETCH"; }
    int allowedStates() const override { return Selected; }
    bool canPipeline() const override { return true; }
    // With a finite UID set its answers are told apart by UID, so fetches of
    // disjoint sets (sync's batches) can run at once; "n:*" or VANISHED cannot.
    quint32 untaggedKinds() const override;
    bool handleUntagged(const Response &response) override;

private:
    bool isOurs(const FetchData &data) const;
    bool isOpenEnded() const; // the set has "*"

    SequenceSet m_uids;
    QByteArrayList m_items;
    Options m_options;
    QList<FetchData> m_results;
    SequenceSet m_vanished;
};

} // namespace heron::imap
