#include "sync/folder_change.h"

#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "sync/action_replayer.h"

#include <algorithm>

namespace heron::sync {

namespace {

// The folder itself and every folder below it.
bool isAtOrBelow(const QString &folder, const QString &name, QChar delimiter)
{
    return folder == name || (!delimiter.isNull() && folder.startsWith(name + delimiter));
}

std::optional<store::FolderRecord> findFolder(const QList<store::FolderRecord> &folders, const QString &name)
{
    for (const store::FolderRecord &folder : folders) {
        if (folder.name == name)
            return folder;
    }
    return std::nullopt;
}

} // namespace

QChar FolderChange::delimiterOf(const QList<store::FolderRecord> &folders)
{
    for (const store::FolderRecord &folder : folders) {
        if (!folder.delimiter.isNull())
            return folder.delimiter;
    }
    return QChar();
}

FolderChange::FolderChange(imap::ImapSession &session, store::MailCache &cache, qint64 accountId, Kind kind,
                           QString name, QString newName, QObject *parent)
    : SyncJob(parent)
    , m_session(session)
    , m_cache(cache)
    , m_accountId(accountId)
    , m_kind(kind)
    , m_name(std::move(name))
    , m_newName(std::move(newName))
{
}

bool FolderChange::isUserFolder(const store::FolderRecord &folder)
{
    return folder.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0 && folder.specialUse.isEmpty();
}

QString FolderChange::childName(const QList<store::FolderRecord> &folders, const QString &parent, const QString &leaf)
{
    if (parent.isEmpty())
        return leaf;
    const std::optional<store::FolderRecord> record = findFolder(folders, parent);
    const QChar delimiter = record && !record->delimiter.isNull() ? record->delimiter : delimiterOf(folders);
    return delimiter.isNull() ? leaf : parent + delimiter + leaf;
}

QString FolderChange::siblingName(const QList<store::FolderRecord> &folders, const QString &name, const QString &leaf)
{
    const std::optional<store::FolderRecord> record = findFolder(folders, name);
    const qsizetype cut = record && !record->delimiter.isNull() ? name.lastIndexOf(record->delimiter) : -1;
    return cut < 0 ? leaf : name.left(cut + 1) + leaf;
}

QString FolderChange::trashDestination(const QList<store::FolderRecord> &folders, const QString &name)
{
    const auto trash = std::find_if(folders.cbegin(), folders.cend(), [](const store::FolderRecord &folder) {
        return folder.specialUse == QLatin1String("\\Trash");
    });
    if (trash == folders.cend() || trash->delimiter.isNull())
        return QString();
    if (isAtOrBelow(name, trash->name, trash->delimiter))
        return QString(); // already in the Trash: deleted for good
    const std::optional<store::FolderRecord> folder = findFolder(folders, name);
    const QChar delimiter = folder && !folder->delimiter.isNull() ? folder->delimiter : trash->delimiter;
    const QString leaf = name.section(delimiter, -1);
    QString destination = trash->name + trash->delimiter + leaf;
    for (int n = 2; findFolder(folders, destination); ++n)
        destination = trash->name + trash->delimiter + QStringLiteral("%1 %2").arg(leaf).arg(n);
    return destination;
}

void FolderChange::start()
{
    // Offline actions first: a queued move into this folder must reach it under its old name.
    auto *replayer = new ActionReplayer(m_session, m_cache, m_accountId, this);
    connect(replayer, &ActionReplayer::finished, this, [this, replayer](bool ok) {
        replayer->deleteLater();
        if (!ok)
            return fail(tr("Offline changes could not be sent first (they stay queued): %1").arg(replayer->error()));
        planSteps();
        runNextStep();
    });
    replayer->start();
}

void FolderChange::planSteps()
{
    const QString name = m_name;
    const QString newName = m_newName;
    // The folder list read once: the folder's delimiter tells what is below it.
    const QList<store::FolderRecord> folders = m_cache.folders(m_accountId);
    const std::optional<store::FolderRecord> self = findFolder(folders, name);
    const QChar delimiter = self ? self->delimiter : QChar();
    switch (m_kind) {
    case Kind::Create:
        m_steps.append({[name] { return imap::SimpleCommand::create(name); },
                        tr("The server did not create the folder \"%1\"").arg(name)});
        m_steps.append({[name] { return imap::SimpleCommand::subscribe(name); }, QString()});
        break;
    case Kind::Rename:
        leaveFolderIfSelected(delimiter);
        m_steps.append({[name, newName] { return imap::SimpleCommand::rename(name, newName); },
                        tr("The server did not rename the folder \"%1\" to \"%2\"").arg(name, newName)});
        m_steps.append({[name] { return imap::SimpleCommand::subscribe(name, false); }, QString()});
        m_steps.append({[newName] { return imap::SimpleCommand::subscribe(newName); }, QString()});
        break;
    case Kind::Delete: {
        leaveFolderIfSelected(delimiter);
        // Deepest first: a server may refuse to delete a folder that still has subfolders.
        QStringList doomed {name};
        for (const store::FolderRecord &folder : folders) {
            if (folder.name != name && isAtOrBelow(folder.name, name, delimiter))
                doomed.append(folder.name);
        }
        std::sort(doomed.begin(), doomed.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &doomedName : std::as_const(doomed)) {
            m_steps.append({[doomedName] { return imap::SimpleCommand::subscribe(doomedName, false); }, QString()});
            m_steps.append({[doomedName] { return imap::SimpleCommand::remove(doomedName); },
                            tr("The server did not delete the folder \"%1\"").arg(doomedName)});
        }
        break;
    }
    }
}

void FolderChange::leaveFolderIfSelected(QChar delimiter)
{
    const auto &selected = m_session.selectedMailbox();
    if (!selected || !isAtOrBelow(selected->name, m_name, delimiter))
        return;
    if (m_session.capabilities().has("UNSELECT"))
        m_steps.append({[] { return imap::SimpleCommand::unselect(); }, QString()});
    else
        m_steps.append({[] { return new imap::SelectCommand(QStringLiteral("INBOX")); }, QString()});
}

void FolderChange::runNextStep()
{
    if (m_steps.isEmpty()) {
        QString error;
        const bool saved = m_kind == Kind::Rename ? m_cache.renameFolder(m_accountId, m_name, m_newName, &error)
            : m_kind == Kind::Delete              ? m_cache.removeFolder(m_accountId, m_name, &error)
                                                  : true;
        if (!saved)
            return fail(error);
        return succeed();
    }
    const Step step = m_steps.takeFirst();
    imap::ImapCommand *command = step.command();
    command->setParent(this);
    connect(command, &imap::ImapCommand::finished, this, [this, command, failure = step.failure] {
        command->deleteLater();
        if (!command->succeeded() && (!failure.isEmpty() || !m_session.isReady()))
            return fail(failure.isEmpty() ? command->error().message
                                          : tr("%1: %2").arg(failure, command->error().message));
        runNextStep();
    });
    m_session.run(command);
}

} // namespace heron::sync
