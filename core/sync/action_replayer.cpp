#include "sync/action_replayer.h"

#include "imap/fetch_command.h"
#include "imap/move_command.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"
#include "sync/remote_message.h"

namespace heron::sync {

namespace {

// NO and BAD are the server's answer to this action; anything else is the link's failure.
bool isRefusal(imap::ImapError::Kind kind)
{
    switch (kind) {
    case imap::ImapError::Kind::CommandFailed:
    case imap::ImapError::Kind::CommandRejected:
    case imap::ImapError::Kind::Unsupported:
        return true;
    default:
        return false;
    }
}

QByteArrayList latin1(const QStringList &flags)
{
    QByteArrayList list;
    for (const QString &flag : flags)
        list.append(flag.toLatin1());
    return list;
}

QStringList decoded(const QList<QByteArray> &flags)
{
    QStringList list;
    for (const QByteArray &flag : flags)
        list.append(QString::fromLatin1(flag));
    return list;
}

imap::SequenceSet one(quint32 uid)
{
    return imap::SequenceSet::fromNumbers({uid});
}

} // namespace

ActionReplayer::ActionReplayer(imap::ImapSession &session, store::MailCache &cache, qint64 accountId, QObject *parent)
    : SyncJob(parent)
    , m_session(session)
    , m_cache(cache)
    , m_actions(cache.database())
    , m_accountId(accountId)
{
}

void ActionReplayer::start()
{
    m_queue = m_actions.queued(m_accountId);
    next();
}

template<typename Command>
void ActionReplayer::run(Command *command, std::function<void(Command *)> then)
{
    command->setParent(this);
    connect(command, &imap::ImapCommand::finished, this, [this, command, then] {
        command->deleteLater();
        if (isDone())
            return;
        if (command->succeeded())
            then(command);
        else if (isRefusal(command->error().kind) && !m_session.error().isError())
            refuse(command);
        else
            fail(m_session.error().isError() ? m_session.error().message : command->error().message);
    });
    m_session.run(command);
}

void ActionReplayer::next()
{
    if (m_queue.isEmpty()) {
        succeed();
        return;
    }
    m_current = m_queue.takeFirst();
    QString error;
    if (!m_actions.noteAttempt(m_current.id, &error))
        return fail(error);
    selectThen([this] {
        switch (m_current.kind) {
        case store::PendingAction::Kind::AddFlags:
        case store::PendingAction::Kind::RemoveFlags:
            return sendFlags();
        case store::PendingAction::Kind::Move:
            return probeThen([this](bool present) { present ? sendMove() : finishAction(std::nullopt, std::nullopt); });
        case store::PendingAction::Kind::Expunge:
            return probeThen(
                [this](bool present) { present ? sendExpunge() : finishAction(std::nullopt, std::nullopt); });
        }
    });
}

void ActionReplayer::selectThen(const std::function<void()> &then)
{
    const auto &selected = m_session.selectedMailbox();
    if (selected && selected->name == m_current.folderName && !selected->readOnly)
        return then();
    run<imap::SelectCommand>(new imap::SelectCommand(m_current.folderName), [then](imap::SelectCommand *) { then(); });
}

void ActionReplayer::probeThen(const std::function<void(bool present)> &then)
{
    run<imap::FetchCommand>(new imap::FetchCommand(one(m_current.uid), {"UID", "FLAGS"}),
                            [this, then](imap::FetchCommand *fetch) {
                                bool present = false;
                                for (const imap::FetchData &data : fetch->results())
                                    present = present || data.uid == m_current.uid;
                                then(present);
                            });
}

void ActionReplayer::sendFlags()
{
    imap::StoreCommand::Options options;
    options.silent = false; // the answer carries the flags the message has now
    const auto mode = m_current.kind == store::PendingAction::Kind::AddFlags ? imap::StoreCommand::Mode::Add
                                                                             : imap::StoreCommand::Mode::Remove;
    run<imap::StoreCommand>(new imap::StoreCommand(one(m_current.uid), mode, latin1(m_current.flags), options),
                            [this](imap::StoreCommand *store) {
                                std::optional<QStringList> flags;
                                for (const imap::FetchData &data : store->updated()) {
                                    if (data.flags && (!data.uid || *data.uid == m_current.uid))
                                        flags = decoded(*data.flags);
                                }
                                finishAction(flags, std::nullopt);
                            });
}

void ActionReplayer::sendMove()
{
    run<imap::MoveCommand>(
        new imap::MoveCommand(one(m_current.uid), m_current.target), [this](imap::MoveCommand *move) {
            // The new UID only counts under the UIDVALIDITY the cache has for the destination. A
            // destination never synchronised takes COPYUID's, so the moved message keeps a real UID
            // (and Undo can move it back); its first sync rebuilds it if the server's differs by then.
            std::optional<quint32> newUid;
            std::optional<store::FolderRecord> target = m_cache.folder(m_accountId, m_current.target);
            const auto &copyUid = move->copyUid();
            if (copyUid && target && target->uidValidity == 0 && copyUid->number != 0) {
                target->uidValidity = copyUid->number;
                QString error;
                if (!m_cache.saveFolderState(*target, &error))
                    target->uidValidity = 0;
            }
            if (copyUid && target && target->uidValidity == copyUid->number && !copyUid->uids.ranges().isEmpty())
                newUid = copyUid->uids.ranges().first().first;
            finishAction(std::nullopt, newUid);
        });
}

void ActionReplayer::sendExpunge()
{
    run<imap::StoreCommand>(new imap::StoreCommand(one(m_current.uid), imap::StoreCommand::Mode::Add, {"\\Deleted"}),
                            [this](imap::StoreCommand *) {
                                // Without UIDPLUS an EXPUNGE would take every \Deleted message of the folder: the flag
                                // must do.
                                if (!m_session.capabilities().has("UIDPLUS"))
                                    return finishAction(std::nullopt, std::nullopt);
                                run<imap::SimpleCommand>(
                                    imap::SimpleCommand::uidExpunge(one(m_current.uid)),
                                    [this](imap::SimpleCommand *) { finishAction(std::nullopt, std::nullopt); });
                            });
}

void ActionReplayer::finishAction(const std::optional<QStringList> &serverFlags, std::optional<quint32> newUid)
{
    QString error;
    if (!m_actions.complete(m_current, serverFlags, newUid, &error))
        return fail(error);
    ++m_completed;
    next();
}

void ActionReplayer::refuse(const imap::ImapCommand *command)
{
    const QString serverText = command->completion().text.trimmed();
    const QString why = serverText.isEmpty() ? command->error().message : serverText;
    if (m_rollingBack)
        return rollBack(m_why); // not even the message's state could be read
    const auto &selected = m_session.selectedMailbox();
    if (!selected || selected->name != m_current.folderName)
        return rollBack(why); // the folder itself is refused: the cache learns the rest at the next sync
    m_rollingBack = true;
    m_why = why;
    // Back to what the server has: the whole summary, since an expunged row needs it all.
    auto *fetch = new imap::FetchCommand(one(m_current.uid),
                                         RemoteMessage::summaryItems(m_session.capabilities().has("CONDSTORE")));
    run<imap::FetchCommand>(fetch, [this, why](imap::FetchCommand *done) {
        std::optional<store::MessageRecord> state;
        for (const imap::FetchData &data : done->results()) {
            if (data.uid == m_current.uid)
                state = RemoteMessage::record(data);
        }
        rollBack(why, state, !state);
    });
}

void ActionReplayer::rollBack(const QString &why, const std::optional<store::MessageRecord> &serverState, bool gone)
{
    m_rollingBack = false;
    QString error;
    if (!m_actions.refuse(m_current, why, serverState, gone, &error))
        return fail(error);
    const QString message = tr("%1 failed: %2").arg(m_current.describe(), why);
    m_refusals.append(message);
    emit refused(message);
    next();
}

} // namespace heron::sync
