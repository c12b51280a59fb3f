#include "imap/store_command.h"

#include "imap/imap_session.h"

namespace heron::imap {

StoreCommand::StoreCommand(SequenceSet uids, Mode mode, QByteArrayList flags, Options options)
    : m_uids(std::move(uids))
    , m_mode(mode)
    , m_flags(std::move(flags))
    , m_options(options)
{
}

void StoreCommand::encode(CommandEncoder &encoder)
{
    encoder.token("UID").token("STORE").sequenceSet(m_uids);
    if (m_options.unchangedSince != 0 && session()->capabilities().has("CONDSTORE"))
        encoder.beginList().token("UNCHANGEDSINCE").number(m_options.unchangedSince).endList();
    QByteArray item = m_mode == Mode::Add ? "+FLAGS" : m_mode == Mode::Remove ? "-FLAGS" : "FLAGS";
    if (m_options.silent)
        item += ".SILENT";
    encoder.token(item).beginList();
    for (const QByteArray &flag : m_flags)
        encoder.token(flag);
    encoder.endList();
}

bool StoreCommand::handleUntagged(const Response &response)
{
    const auto *data = response.get<FetchData>();
    if (!data || !data->uid || !m_uids.contains(*data->uid))
        return false;
    m_updated.append(*data);
    return true;
}

void StoreCommand::complete(const StatusResponse &status)
{
    if (status.code.kind == ResponseCode::Kind::Modified)
        m_modified = status.code.uids;
    ImapCommand::complete(status);
}

} // namespace heron::imap
