// heronctl: the Heron engine from the command line (contract: shared/CLI.md).
#include "account_commands.h"
#include "action_commands.h"
#include "cli_runner.h"
#include "clientid_commands.h"
#include "folders_command.h"
#include "heron_version.h"
#include "i18n/translation_loader.h"
#include "message_commands.h"
#include "outbox_commands.h"
#include "parse_command.h"
#include "send_command.h"
#include "sync_command.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(heron::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(heron::kVersion));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(heron::kOrganizationDomain));
    heron::i18n::TranslationLoader::install(app); // messages only; JSON keys and exit codes never change

    QTextStream out(stdout);
    QTextStream err(stderr);
    heron::cli::CliRunner runner(out, err);
    runner.setHandler(QStringLiteral("parse"), heron::cli::runParse);
    runner.setHandler(QStringLiteral("account add"), heron::cli::runAccountAdd);
    runner.setHandler(QStringLiteral("account list"), heron::cli::runAccountList);
    runner.setHandler(QStringLiteral("account remove"), heron::cli::runAccountRemove);
    runner.setHandler(QStringLiteral("account signin"), heron::cli::runAccountSignIn);
    runner.setHandler(QStringLiteral("clientid"), heron::cli::runClientId);
    runner.setHandler(QStringLiteral("clientid reset"), heron::cli::runClientIdReset);
    runner.setHandler(QStringLiteral("folders"), heron::cli::runFolders);
    runner.setHandler(QStringLiteral("sync"), heron::cli::runSync);
    runner.setHandler(QStringLiteral("list"), heron::cli::runList);
    runner.setHandler(QStringLiteral("search"), heron::cli::runSearch);
    runner.setHandler(QStringLiteral("show"), heron::cli::runShow);
    runner.setHandler(QStringLiteral("flag"), heron::cli::runFlag);
    runner.setHandler(QStringLiteral("move"), heron::cli::runMove);
    runner.setHandler(QStringLiteral("delete"), heron::cli::runDelete);
    runner.setHandler(QStringLiteral("archive"), heron::cli::runArchive);
    runner.setHandler(QStringLiteral("send"), heron::cli::runSend);
    runner.setHandler(QStringLiteral("outbox"), heron::cli::runOutbox);
    runner.setHandler(QStringLiteral("outbox flush"), heron::cli::runOutboxFlush);
    return static_cast<int>(runner.run(QCoreApplication::arguments().mid(1)));
}
