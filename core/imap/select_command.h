#pragma once

#include "imap/imap_command.h"
#include "imap/selected_mailbox.h"

namespace heron::imap {

// SELECT (or EXAMINE, read-only) of one mailbox, with CONDSTORE, or with
// QRESYNC's known state so the answer carries only what changed (RFC 7162).
class SelectCommand : public ImapCommand
{
    Q_OBJECT

public:
    struct Options
    {
        bool readOnly = false; // EXAMINE
        bool condStore = false; // ask for MODSEQs (when QRESYNC is not used)
        // QRESYNC: the cached UIDVALIDITY and HIGHESTMODSEQ (both non-zero to use it),
        // optionally the UIDs the cache holds.
        quint32 knownUidValidity = 0;
        quint64 knownModSeq = 0;
        SequenceSet knownUids;
    };

    SelectCommand(QString mailbox, Options options);
    explicit SelectCommand(QString mailbox)
        : SelectCommand(std::move(mailbox), Options {})
    {
    }

    const SelectedMailbox &mailbox() const { return m_mailbox; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return m_options.readOnly ? "EXAMINE" : "SELECT"; }
    Transition transition() const override { return Transition::Select; }
    bool handleUntagged(const Response &response) override;
    void complete(const StatusResponse &status) override;

private:
    void takeCode(const ResponseCode &code);

    Options m_options;
    SelectedMailbox m_mailbox;
};

} // namespace heron::imap
