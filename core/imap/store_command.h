#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// UID STORE: add, remove or replace flags, .SILENT unless the caller wants the
// new flags back, UNCHANGEDSINCE (CONDSTORE) to refuse overwriting a newer change.
class StoreCommand : public ImapCommand
{
    Q_OBJECT

public:
    enum class Mode { Add, Remove, Replace };

    struct Options
    {
        bool silent = true;
        quint64 unchangedSince = 0; // when non-zero and CONDSTORE is there
    };

    StoreCommand(SequenceSet uids, Mode mode, QByteArrayList flags, Options options);
    StoreCommand(SequenceSet uids, Mode mode, QByteArrayList flags)
        : StoreCommand(std::move(uids), mode, std::move(flags), Options {})
    {
    }

    // The new flags (and MODSEQs) the server reported.
    const QList<FetchData> &updated() const { return m_updated; }
    // UNCHANGEDSINCE: the messages that were not stored because they changed meanwhile.
    const SequenceSet &modified() const { return m_modified; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "UID STORE"; }
    int allowedStates() const override { return Selected; }
    bool canPipeline() const override { return true; }
    quint32 untaggedKinds() const override { return kindsOf<FetchData>(); }
    bool handleUntagged(const Response &response) override;
    void complete(const StatusResponse &status) override;

private:
    SequenceSet m_uids;
    Mode m_mode;
    QByteArrayList m_flags;
    Options m_options;
    QList<FetchData> m_updated;
    SequenceSet m_modified;
};

} // namespace heron::imap
