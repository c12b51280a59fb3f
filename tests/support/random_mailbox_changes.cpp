#include "random_mailbox_changes.h"

#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/move_command.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"
#include "mail_stack.h"

namespace heron::test {

namespace {

constexpr int kWaitMs = 30000;

} // namespace

RandomMailboxChanges::RandomMailboxChanges(imap::ImapSession &writer, QRandomGenerator &random, QStringList folders,
                                           QByteArray subject)
    : m_writer(writer)
    , m_random(random)
    , m_folders(std::move(folders))
    , m_subject(std::move(subject))
{
}

quint32 RandomMailboxChanges::seed()
{
    const quint32 seed = qEnvironmentVariableIsSet("HERON_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("HERON_FAULT_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("HERON_FAULT_SEED=%u", seed);
    return seed;
}

bool RandomMailboxChanges::run(imap::ImapCommand *command)
{
    return MailStack::runCommand(m_writer, command, kWaitMs);
}

bool RandomMailboxChanges::append(const QString &folder)
{
    const int index = m_appended++;
    return run(new imap::AppendCommand(
        folder, MailStack::message(m_subject + ' ' + QByteArray::number(index), 500 + index % 7 * 300)));
}

bool RandomMailboxChanges::rename(const QString &folder)
{
    // Off the folder first: a selected folder renamed under the writer is not worth testing here.
    QString stem = folder;
    if (const qsizetype mark = stem.lastIndexOf(QStringLiteral("-r")); mark > 0)
        stem.truncate(mark);
    const QString renamed = stem + QStringLiteral("-r") + QString::number(++m_renamed);
    if (!run(imap::SimpleCommand::unselect()) || !run(imap::SimpleCommand::rename(folder, renamed)))
        return false;
    m_formerNames.append(folder);
    m_folders.replace(m_folders.indexOf(folder), renamed);
    return true;
}

bool RandomMailboxChanges::seed(int count)
{
    for (int i = 0; i < count; ++i) {
        if (!append(m_folders.at(i % m_folders.size())))
            return false;
    }
    return true;
}

QList<quint32> RandomMailboxChanges::serverUids(const QString &folder)
{
    QList<quint32> uids;
    auto *search = imap::SearchCommand::all();
    QObject::connect(search, &imap::ImapCommand::finished, search, [&uids, search] { uids = search->uids(); });
    if (!run(new imap::SelectCommand(folder)) || !run(search))
        return {};
    return uids;
}

bool RandomMailboxChanges::changeSomething()
{
    const QString folder = m_folders.at(int(m_random.bounded(qsizetype(m_folders.size()))));
    if (m_renames && m_random.bounded(100) < 6)
        return rename(folder);
    const QList<quint32> uids = serverUids(folder);
    const quint32 dice = m_random.bounded(100);
    if (uids.isEmpty() || dice < 25)
        return append(folder);
    const auto some = imap::SequenceSet::fromNumbers({uids.at(int(m_random.bounded(qsizetype(uids.size()))))});
    if (dice < 50)
        return run(new imap::StoreCommand(some, imap::StoreCommand::Mode::Add, {"\\Seen", "\\Flagged"}));
    if (dice < 65)
        return run(new imap::StoreCommand(some, imap::StoreCommand::Mode::Remove, {"\\Seen"}));
    if (dice < 80 || m_folders.size() < 2) {
        return run(new imap::StoreCommand(some, imap::StoreCommand::Mode::Add, {"\\Deleted"}))
            && run(imap::SimpleCommand::uidExpunge(some));
    }
    const QString &other = m_folders.at((m_folders.indexOf(folder) + 1) % m_folders.size());
    return run(new imap::MoveCommand(some, other));
}

} // namespace heron::test
