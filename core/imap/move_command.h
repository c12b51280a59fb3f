#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// UID MOVE (RFC 6851); without MOVE, the same in three steps: UID COPY, then
// UID STORE +FLAGS.SILENT (\Deleted), then UID EXPUNGE of exactly those UIDs
// (UIDPLUS). Without UIDPLUS the originals stay marked \Deleted rather than
// expunging whatever else the mailbox has marked; deleted() says which happened.
// copy() makes the same command stop after UID COPY: the originals stay.
class MoveCommand : public ImapCommand
{
    Q_OBJECT

public:
    MoveCommand(SequenceSet uids, QString destination);
    // UID COPY only (a Ctrl+drag); copyUid() as for a move.
    static MoveCommand *copy(SequenceSet uids, QString destination);

    // [COPYUID] from the server: source UIDs and their UIDs in the destination.
    const std::optional<ResponseCode> &copyUid() const { return m_copyUid; }
    // False only when the fallback could copy and flag but not expunge.
    bool removedFromSource() const { return m_removed; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override;
    int allowedStates() const override { return Selected; }
    bool handleUntagged(const Response &response) override;
    void complete(const StatusResponse &status) override;
    bool wantsRestart() const override;

private:
    enum class Step { Move, Copy, Flag, Expunge, Done };

    SequenceSet m_uids;
    QString m_destination;
    Step m_step = Step::Move;
    bool m_started = false;
    bool m_removed = false;
    bool m_copyOnly = false;
    std::optional<ResponseCode> m_copyUid;
};

} // namespace heron::imap
