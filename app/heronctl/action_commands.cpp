#include "action_commands.h"
#include "cli_text.h"

#include "account_resolver.h"
#include "cache_opener.h"
#include "command_spec.h"
#include "imap_opener.h"
#include "invocation.h"
#include "store/pending_actions.h"
#include "sync/action_replayer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace heron::cli {

namespace {

using Queue
    = std::function<std::optional<qint64>(store::PendingActions &, qint64 folderId, quint32 uid, QString *error)>;

struct Outcome
{
    bool sent = false; // the server has it (or refused it): nothing of it is queued any more
    QStringList refusals;
};

void print(const Invocation &invocation, quint32 uid, const QString &folder, const Outcome &outcome, QTextStream &out)
{
    if (!invocation.json()) {
        if (outcome.sent && outcome.refusals.isEmpty())
            out << CliText::tr("Done.") << '\n';
        return;
    }
    out << QJsonDocument(QJsonObject {{QStringLiteral("action"), invocation.command().name()},
                                      {QStringLiteral("uid"), qint64(uid)},
                                      {QStringLiteral("folder"), folder},
                                      {QStringLiteral("queued"), !outcome.sent},
                                      {QStringLiteral("refused"), QJsonArray::fromStringList(outcome.refusals)}})
               .toJson(QJsonDocument::Indented);
}

// Sends the whole queue of the account; the refusals are shown here, so they are dismissed.
ExitCode replay(ImapOpener &opener, imap::ImapSession &session, CacheOpener &cache, qint64 actionId, Outcome *outcome,
                const QString &prefix, QTextStream &err)
{
    sync::ActionReplayer replayer(session, cache.cache(), cache.accountId());
    QEventLoop loop;
    QObject::connect(&replayer, &sync::ActionReplayer::finished, &loop, &QEventLoop::quit);
    replayer.start();
    loop.exec();
    store::PendingActions actions(cache.cache().database());
    bool mineRefused = false;
    for (const store::PendingAction &refused : actions.refused(cache.accountId())) {
        const QString message = CliText::tr("%1 failed: %2").arg(refused.describe(), refused.lastError);
        err << prefix << message << '\n';
        outcome->refusals.append(message);
        mineRefused = mineRefused || refused.id == actionId;
        actions.dismiss(refused.id, nullptr);
    }
    if (!replayer.succeeded()) {
        err << prefix << replayer.error() << '\n'
            << prefix << CliText::tr("the change is saved and stays queued; it is sent at the next sync.") << '\n';
        return ExitCode::Connection;
    }
    outcome->sent = true;
    opener.logout(session);
    return mineRefused ? ExitCode::Failure : ExitCode::Done;
}

ExitCode runAction(const Invocation &invocation, QTextStream &out, QTextStream &err, const Queue &queue)
{
    const QString prefix = QStringLiteral("heronctl ") + invocation.command().name() + QStringLiteral(": ");
    bool ok = false;
    const quint32 uid = invocation.positionals().value(0).toUInt(&ok);
    if (!ok || uid == 0) {
        err << prefix << CliText::tr("UID must be a message's IMAP UID (1 or more).") << '\n';
        return ExitCode::Usage;
    }
    AccountResolver resolver(invocation, err);
    if (!resolver.resolve())
        return resolver.exitCode();
    CacheOpener cache;
    if (!cache.open(resolver.profile(), resolver.account().email, prefix, err))
        return ExitCode::Failure;
    const QString folderName = invocation.isSet(QStringLiteral("folder")) ? invocation.value(QStringLiteral("folder"))
                                                                          : QStringLiteral("INBOX");
    const std::optional<store::FolderRecord> folder = cache.folder(folderName, prefix, err);
    if (!folder)
        return ExitCode::Failure;
    store::PendingActions actions(cache.cache().database());
    QString error;
    const std::optional<qint64> id = queue(actions, folder->id, uid, &error);
    if (!id) {
        err << prefix << error << '\n';
        return ExitCode::Failure;
    }

    Outcome outcome;
    ImapOpener opener(invocation, err);
    const std::unique_ptr<imap::ImapSession> session = opener.open();
    ExitCode code = opener.exitCode();
    if (session)
        code = replay(opener, *session, cache, *id, &outcome, prefix, err);
    else
        err << prefix << CliText::tr("the change is saved and stays queued; it is sent at the next sync.") << '\n';
    print(invocation, uid, folderName, outcome, out);
    return code;
}

} // namespace

ExitCode runFlag(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    // Exactly one of the four is set (checked by the command table).
    const bool add = invocation.isSet(QStringLiteral("seen")) || invocation.isSet(QStringLiteral("flagged"));
    const QString flag = invocation.isSet(QStringLiteral("seen")) || invocation.isSet(QStringLiteral("unseen"))
        ? QStringLiteral("\\Seen")
        : QStringLiteral("\\Flagged");
    return runAction(invocation, out, err,
                     [add, flag](store::PendingActions &actions, qint64 folderId, quint32 uid, QString *error) {
                         return add ? actions.addFlags(folderId, uid, {flag}, error)
                                    : actions.removeFlags(folderId, uid, {flag}, error);
                     });
}

ExitCode runMove(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString target = invocation.value(QStringLiteral("to"));
    return runAction(invocation, out, err,
                     [target](store::PendingActions &actions, qint64 folderId, quint32 uid, QString *error) {
                         return actions.move(folderId, uid, target, error);
                     });
}

ExitCode runDelete(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    return runAction(invocation, out, err,
                     [](store::PendingActions &actions, qint64 folderId, quint32 uid, QString *error) {
                         return actions.remove(folderId, uid, error);
                     });
}

ExitCode runArchive(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    return runAction(invocation, out, err,
                     [](store::PendingActions &actions, qint64 folderId, quint32 uid, QString *error) {
                         return actions.archive(folderId, uid, error);
                     });
}

} // namespace heron::cli
