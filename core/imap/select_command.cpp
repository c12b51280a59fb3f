#include "imap/select_command.h"

#include "imap/imap_session.h"

namespace heron::imap {

SelectCommand::SelectCommand(QString mailbox, Options options)
    : m_options(std::move(options))
{
    m_mailbox.name = std::move(mailbox);
    m_mailbox.readOnly = m_options.readOnly;
}

void SelectCommand::encode(CommandEncoder &encoder)
{
    encoder.token(name()).mailbox(m_mailbox.name);
    const bool qresync
        = m_options.knownUidValidity != 0 && m_options.knownModSeq != 0 && session()->isEnabled("QRESYNC");
    if (qresync) {
        encoder.beginList()
            .token("QRESYNC")
            .beginList()
            .number(m_options.knownUidValidity)
            .number(m_options.knownModSeq);
        if (!m_options.knownUids.isEmpty())
            encoder.sequenceSet(m_options.knownUids);
        encoder.endList().endList();
    } else if (m_options.condStore && session()->capabilities().has("CONDSTORE")) {
        encoder.beginList().token("CONDSTORE").endList();
    }
}

void SelectCommand::takeCode(const ResponseCode &code)
{
    switch (code.kind) {
    case ResponseCode::Kind::UidValidity:
        m_mailbox.uidValidity = quint32(code.number);
        break;
    case ResponseCode::Kind::UidNext:
        m_mailbox.uidNext = quint32(code.number);
        break;
    case ResponseCode::Kind::Unseen:
        m_mailbox.firstUnseen = quint32(code.number);
        break;
    case ResponseCode::Kind::HighestModSeq:
        m_mailbox.highestModSeq = code.number;
        break;
    case ResponseCode::Kind::NoModSeq:
        m_mailbox.noModSeq = true;
        break;
    case ResponseCode::Kind::PermanentFlags:
        m_mailbox.permanentFlags = code.list;
        break;
    case ResponseCode::Kind::ReadOnly:
        m_mailbox.readOnly = true;
        break;
    case ResponseCode::Kind::ReadWrite:
        m_mailbox.readOnly = false;
        break;
    default:
        break;
    }
}

bool SelectCommand::handleUntagged(const Response &response)
{
    if (const auto *exists = response.get<ExistsData>()) {
        m_mailbox.exists = exists->count;
    } else if (const auto *recent = response.get<RecentData>()) {
        m_mailbox.recent = recent->count;
    } else if (const auto *flags = response.get<FlagsData>()) {
        m_mailbox.flags = flags->flags;
    } else if (const auto *vanished = response.get<VanishedData>()) {
        // Usually one VANISHED (EARLIER); a server may split a long list over several.
        m_mailbox.vanished = m_mailbox.vanished.united(vanished->uids);
    } else if (const auto *fetch = response.get<FetchData>()) {
        m_mailbox.changed.append(*fetch);
    } else if (const auto *status = response.get<StatusResponse>()) {
        if (status->status != Status::Ok)
            return false;
        takeCode(status->code);
    } else {
        return false;
    }
    return true;
}

void SelectCommand::complete(const StatusResponse &status)
{
    takeCode(status.code); // [READ-WRITE] / [READ-ONLY] come with the tagged OK
    ImapCommand::complete(status);
}

} // namespace heron::imap
