#include "imap/move_command.h"

#include "imap/imap_session.h"

namespace heron::imap {

MoveCommand::MoveCommand(SequenceSet uids, QString destination)
    : m_uids(std::move(uids))
    , m_destination(std::move(destination))
{
}

MoveCommand *MoveCommand::copy(SequenceSet uids, QString destination)
{
    auto *command = new MoveCommand(std::move(uids), std::move(destination));
    command->m_copyOnly = true;
    return command;
}

QByteArray MoveCommand::name() const
{
    switch (m_step) {
    case Step::Move:
        return "UID MOVE";
    case Step::Copy:
        return "UID COPY";
    case Step::Flag:
        return "UID STORE";
    case Step::Expunge:
    case Step::Done:
        break;
    }
    return "UID EXPUNGE";
}

void MoveCommand::encode(CommandEncoder &encoder)
{
    if (!m_started) {
        // The first send decides the route; later sends continue it.
        m_started = true;
        m_step = session()->capabilities().has("MOVE") && !m_copyOnly ? Step::Move : Step::Copy;
    }
    encoder.token("UID");
    switch (m_step) {
    case Step::Move:
        encoder.token("MOVE").sequenceSet(m_uids).mailbox(m_destination);
        break;
    case Step::Copy:
        encoder.token("COPY").sequenceSet(m_uids).mailbox(m_destination);
        break;
    case Step::Flag:
        encoder.token("STORE").sequenceSet(m_uids).token("+FLAGS.SILENT").beginList().token("\\Deleted").endList();
        break;
    case Step::Expunge:
    case Step::Done:
        encoder.token("EXPUNGE").sequenceSet(m_uids);
        break;
    }
}

bool MoveCommand::handleUntagged(const Response &response)
{
    // MOVE reports COPYUID in an untagged OK before its EXPUNGEs (RFC 6851 4.3).
    const auto *status = response.get<StatusResponse>();
    if (!status || status->code.kind != ResponseCode::Kind::CopyUid)
        return false;
    m_copyUid = status->code;
    return true;
}

void MoveCommand::complete(const StatusResponse &status)
{
    if (status.code.kind == ResponseCode::Kind::CopyUid)
        m_copyUid = status.code;
    ImapCommand::complete(status);
    if (status.status != Status::Ok) {
        m_step = Step::Done;
        return;
    }
    switch (m_step) {
    case Step::Move:
    case Step::Expunge:
        m_removed = true;
        m_step = Step::Done;
        break;
    case Step::Copy:
        m_step = m_copyOnly ? Step::Done : Step::Flag;
        break;
    case Step::Flag:
        m_step = session()->capabilities().has("UIDPLUS") ? Step::Expunge : Step::Done;
        break;
    case Step::Done:
        break;
    }
}

bool MoveCommand::wantsRestart() const
{
    return m_step != Step::Done;
}

} // namespace heron::imap
