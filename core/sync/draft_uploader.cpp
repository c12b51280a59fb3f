#include "sync/draft_uploader.h"

#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "imap/sequence_set.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"

#include <algorithm>

namespace heron::sync {

DraftUploader::DraftUploader(imap::ImapSession &session, Mode mode, QString folder, bool createFolder,
                             QByteArray messageId, QByteArray message, quint32 replacedUid, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_mode(mode)
    , m_folder(std::move(folder))
    , m_createFolder(createFolder)
    , m_messageId(std::move(messageId))
    , m_message(std::move(message))
    , m_replacedUid(replacedUid)
{
}

void DraftUploader::start()
{
    if (m_mode == Mode::Discard) {
        if (m_createFolder)
            finish(true); // no Drafts folder: nothing of this draft is there
        else
            select();
        return;
    }
    if (!m_createFolder) {
        append();
        return;
    }
    // Created here when the account has none; "already exists" (another client was quicker) is fine.
    run(
        imap::SimpleCommand::create(m_folder), [this](imap::ImapCommand *) { append(); }, true);
}

void DraftUploader::run(imap::ImapCommand *command, const std::function<void(imap::ImapCommand *)> &then,
                        bool failureIsFine)
{
    command->setParent(this);
    connect(command, &imap::ImapCommand::finished, this, [this, then, failureIsFine](imap::ImapCommand *done) {
        done->deleteLater();
        if (m_finished)
            return;
        if (!done->succeeded() && !failureIsFine) {
            m_error = tr("The draft could not be saved in %1 on the server: %2").arg(m_folder, done->error().message);
            finish(false);
            return;
        }
        then(done);
    });
    m_session.run(command);
}

void DraftUploader::append()
{
    run(new imap::AppendCommand(m_folder, m_message, {"\\Draft", "\\Seen"}), [this](imap::ImapCommand *done) {
        m_uploadedUid = static_cast<imap::AppendCommand *>(done)->appendedUid();
        select();
    });
}

void DraftUploader::select()
{
    const auto &selected = m_session.selectedMailbox();
    if (selected && selected->name == m_folder) {
        search();
        return;
    }
    run(new imap::SelectCommand(m_folder), [this](imap::ImapCommand *) { search(); });
}

void DraftUploader::search()
{
    run(imap::SearchCommand::header("Message-ID", QString::fromUtf8(m_messageId)), [this](imap::ImapCommand *done) {
        QList<quint32> uids = static_cast<imap::SearchCommand *>(done)->uids();
        // A server that finds what a header merely contains could name other drafts: the
        // ids are random and long, so a match is this draft.
        if (m_mode == Mode::Save) {
            // The new copy stays: the UID the server named, else the newest match.
            const quint32 keep
                = m_uploadedUid != 0 || uids.isEmpty() ? m_uploadedUid : *std::max_element(uids.cbegin(), uids.cend());
            uids.removeAll(keep);
        }
        if (m_replacedUid != 0 && m_replacedUid != m_uploadedUid && !uids.contains(m_replacedUid))
            uids.append(m_replacedUid);
        removeEarlier(uids);
    });
}

void DraftUploader::removeEarlier(QList<quint32> uids)
{
    if (uids.isEmpty()) {
        finish(true);
        return;
    }
    const imap::SequenceSet set = imap::SequenceSet::fromNumbers(uids);
    run(new imap::StoreCommand(set, imap::StoreCommand::Mode::Add, {"\\Deleted"}), [this, set](imap::ImapCommand *) {
        if (!m_session.capabilities().has("UIDPLUS")) {
            finish(true);
            return;
        }
        run(imap::SimpleCommand::uidExpunge(set), [this](imap::ImapCommand *) { finish(true); });
    });
}

void DraftUploader::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(ok);
}

} // namespace heron::sync
