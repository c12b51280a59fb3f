#pragma once

#include "exit_code.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace heron::cli {

class Invocation;
struct CommandSpec;

// Parses a heronctl command line against the command table, checks it, and
// runs the command's handler. Commands without a handler yet report that
// plainly and exit 1, naming the issue that will bring them.
class CliRunner
{
public:
    using Handler = std::function<ExitCode(const Invocation &, QTextStream &out, QTextStream &err)>;

    CliRunner(QTextStream &out, QTextStream &err);

    // Handlers are keyed by the command's name, e.g. "account add".
    void setHandler(const QString &command, const Handler &handler);

    // arguments excludes the program name.
    ExitCode run(const QStringList &arguments);

private:
    struct GlobalOptions
    {
        QString profile;
        bool json = false;
        bool help = false;
        bool version = false;
        QStringList rest;
    };

    ExitCode usageError(const QString &message);
    bool splitGlobalOptions(const QStringList &arguments, GlobalOptions *global);
    const CommandSpec *findCommand(const QStringList &words, qsizetype *consumed) const;
    ExitCode runCommand(const CommandSpec &command, const QStringList &rest, const GlobalOptions &global);
    bool parseCommandLine(const CommandSpec &command, const QStringList &rest, Invocation *invocation);
    void printHelp(QTextStream &stream) const;
    void printCommandHelp(const CommandSpec &command) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QHash<QString, Handler> m_handlers;
};

} // namespace heron::cli
