#include "sync_command.h"
#include "cli_text.h"

#include "cache_opener.h"
#include "command_spec.h"
#include "imap_opener.h"
#include "invocation.h"
#include "store/pending_actions.h"
#include "sync/account_sync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace heron::cli {

namespace {

QString methodName(sync::FolderSync::Result::Method method)
{
    switch (method) {
    case sync::FolderSync::Result::Method::Full:
        return QStringLiteral("full");
    case sync::FolderSync::Result::Method::Qresync:
        return QStringLiteral("qresync");
    case sync::FolderSync::Result::Method::CondStore:
        return QStringLiteral("condstore");
    case sync::FolderSync::Result::Method::Compare:
        return QStringLiteral("compare");
    case sync::FolderSync::Result::Method::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

} // namespace

ExitCode runSync(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("heronctl sync: ");
    ImapOpener opener(invocation, err);
    const std::unique_ptr<imap::ImapSession> session = opener.open();
    if (!session)
        return opener.exitCode();
    CacheOpener cache;
    if (!cache.open(opener.profile(), opener.account().email, prefix, err))
        return ExitCode::Failure;

    const QString folder = invocation.isSet(QStringLiteral("folder")) ? invocation.value(QStringLiteral("folder"))
                                                                      : QStringLiteral("INBOX");
    sync::AccountSync sync(*session, cache.cache(), cache.accountId(), {folder});
    sync.setFetchBodies(invocation.isSet(QStringLiteral("bodies")));
    sync.setOfflineBodyDays(opener.account().offlineBodyDays);
    sync.setFolderRoles(opener.account().folderRoles);
    // A progress line that rewrites itself on a terminal, plain lines otherwise.
    const bool terminal = isatty(fileno(stderr));
    quint32 lastReported = 0;
    const auto report = [&err, &lastReported, terminal](const QString &what, quint32 done, quint32 total) {
        // Plain lines: the first batch (the newest mail is listable from then on), every
        // thousand, and the end.
        if (!terminal && lastReported != 0 && done != total && done - lastReported < 1000 && done > lastReported)
            return;
        lastReported = done;
        err << what << ": " << done << '/' << total << (terminal ? "\r" : "\n");
        err.flush();
    };
    QObject::connect(&sync, &sync::AccountSync::progress, &sync, report);
    QObject::connect(&sync, &sync::AccountSync::bodyProgress, &sync,
                     [&report](const QString &name, quint32 done, quint32 total) {
                         report(name + QStringLiteral(" bodies"), done, total);
                     });
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&sync, &sync::AccountSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    if (terminal && lastReported > 0)
        err << '\n';
    // Offline changes the server refused were rolled back; shown here, so no longer kept.
    store::PendingActions actions(cache.cache().database());
    for (const store::PendingAction &refused : actions.refused(cache.accountId())) {
        err << prefix << CliText::tr("%1 failed: %2").arg(refused.describe(), refused.lastError) << '\n';
        actions.dismiss(refused.id, nullptr);
    }
    if (!sync.succeeded()) {
        err << prefix << (session->error().isError() ? session->error().message : sync.error()) << '\n';
        const auto kind = session->error().kind;
        const bool linkLost = kind == imap::ImapError::Kind::Connection || kind == imap::ImapError::Kind::Closed;
        return linkLost ? ExitCode::Connection : ExitCode::Failure;
    }

    QJsonArray folders;
    for (const auto &[record, result] : sync.results()) {
        if (invocation.json()) {
            folders.append(QJsonObject {{QStringLiteral("name"), record.name},
                                        {QStringLiteral("messages"), qint64(result.total)},
                                        {QStringLiteral("added"), qint64(result.added)},
                                        {QStringLiteral("changed"), qint64(result.changed)},
                                        {QStringLiteral("removed"), qint64(result.removed)},
                                        {QStringLiteral("method"), methodName(result.method)},
                                        {QStringLiteral("rebuilt"), result.rebuilt},
                                        {QStringLiteral("uidvalidity"), qint64(record.uidValidity)},
                                        {QStringLiteral("highestmodseq"), qint64(record.highestModSeq)}});
        } else {
            out << CliText::tr("%1: %2 messages (%3 new, %4 changed, %5 removed; %6) in %7 s")
                       .arg(record.name)
                       .arg(result.total)
                       .arg(result.added)
                       .arg(result.changed)
                       .arg(result.removed)
                       .arg(methodName(result.method))
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
        }
    }
    if (invocation.json())
        out << QJsonDocument(QJsonObject {{QStringLiteral("folders"), folders},
                                          {QStringLiteral("refused"), QJsonArray::fromStringList(sync.actionErrors())},
                                          {QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0}})
                   .toJson(QJsonDocument::Indented);
    opener.logout(*session);
    return ExitCode::Done;
}

} // namespace heron::cli
