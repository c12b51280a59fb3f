#include "cli_runner.h"
#include "cli_text.h"

#include "accounts/profile.h"
#include "command_spec.h"
#include "heron_version.h"
#include "invocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace heron::cli {

namespace {

const QString kProfileOption = QStringLiteral("--profile");

QList<QCommandLineOption> parserOptions(const CommandSpec &command)
{
    QList<QCommandLineOption> options;
    for (const OptionSpec &option : command.options) {
        if (option.kind == ValueKind::Flag)
            options.append(QCommandLineOption(option.name, option.description));
        else
            options.append(QCommandLineOption(option.name, option.description, option.valueName));
    }
    return options;
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

void CliRunner::setHandler(const QString &command, const Handler &handler)
{
    m_handlers.insert(command, handler);
}

ExitCode CliRunner::usageError(const QString &message)
{
    m_err << "heronctl: " << message << '\n' << CliText::tr("Run 'heronctl --help' for the commands.") << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

// Global options may stand anywhere on the line, before or after the command.
bool CliRunner::splitGlobalOptions(const QStringList &arguments, GlobalOptions *global)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--json")) {
            global->json = true;
        } else if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h")) {
            global->help = true;
        } else if (argument == QStringLiteral("--version")) {
            global->version = true;
        } else if (argument == kProfileOption) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty())
                return false;
            global->profile = arguments.at(++i);
        } else if (argument.startsWith(kProfileOption + QLatin1Char('='))) {
            global->profile = argument.mid(kProfileOption.size() + 1);
            if (global->profile.isEmpty())
                return false;
        } else {
            global->rest.append(argument);
        }
    }
    return true;
}

const CommandSpec *CliRunner::findCommand(const QStringList &words, qsizetype *consumed) const
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &command : commandTable()) {
        const qsizetype length = command.words.size();
        if (length <= words.size() && words.mid(0, length) == command.words && (!best || length > best->words.size()))
            best = &command;
    }
    *consumed = best ? best->words.size() : 0;
    return best;
}

ExitCode CliRunner::run(const QStringList &arguments)
{
    GlobalOptions global;
    if (!splitGlobalOptions(arguments, &global))
        return usageError(CliText::tr("--profile needs a directory."));
    if (global.version) {
        m_out << "heronctl " << kVersion << '\n';
        m_out.flush();
        return ExitCode::Done;
    }

    QStringList rest = global.rest;
    const bool helpCommand = !rest.isEmpty() && rest.constFirst() == QStringLiteral("help");
    if (helpCommand)
        rest.removeFirst();
    if (rest.isEmpty()) {
        if (global.help || helpCommand) {
            printHelp(m_out);
            return ExitCode::Done;
        }
        printHelp(m_err);
        return ExitCode::Usage;
    }

    qsizetype consumed = 0;
    const CommandSpec *command = findCommand(rest, &consumed);
    if (!command) {
        QStringList subcommands;
        for (const CommandSpec &candidate : commandTable()) {
            if (candidate.words.size() > 1 && candidate.words.constFirst() == rest.constFirst())
                subcommands << candidate.words.at(1);
        }
        if (!subcommands.isEmpty())
            return usageError(
                CliText::tr("'%1' needs one of: %2.").arg(rest.constFirst(), subcommands.join(QStringLiteral(", "))));
        return usageError(CliText::tr("unknown command '%1'.").arg(rest.constFirst()));
    }
    if (global.help || helpCommand) {
        printCommandHelp(*command);
        return ExitCode::Done;
    }
    return runCommand(*command, rest.mid(consumed), global);
}

ExitCode CliRunner::runCommand(const CommandSpec &command, const QStringList &rest, const GlobalOptions &global)
{
    Invocation invocation(command, accounts::Profile::resolveDirectory(global.profile), global.json);
    if (!parseCommandLine(command, rest, &invocation))
        return ExitCode::Usage;

    const auto handler = m_handlers.constFind(command.name());
    if (handler == m_handlers.constEnd()) {
        m_err << "heronctl " << command.name() << ": "
              << CliText::tr("not implemented yet (it arrives with %1).").arg(command.pendingIssue) << '\n';
        m_err.flush();
        return ExitCode::Failure;
    }
    const ExitCode code = (*handler)(invocation, m_out, m_err);
    m_out.flush();
    m_err.flush();
    return code;
}

bool CliRunner::parseCommandLine(const CommandSpec &command, const QStringList &rest, Invocation *invocation)
{
    const QString context = QStringLiteral("heronctl ") + command.name();
    QCommandLineParser parser;
    parser.addOptions(parserOptions(command));
    if (!parser.parse(QStringList {context} + rest)) {
        usageError(context + QStringLiteral(": ") + parser.errorText());
        return false;
    }

    for (const OptionSpec &option : command.options) {
        const QString label = QStringLiteral("--") + option.name;
        if (!parser.isSet(option.name)) {
            if (option.required) {
                usageError(CliText::tr("%1 needs %2.").arg(context, label));
                return false;
            }
            continue;
        }
        const QStringList values
            = option.kind == ValueKind::Flag ? QStringList {QString()} : parser.values(option.name);
        if (values.size() > 1 && !option.repeatable) {
            usageError(CliText::tr("%1 may be given only once.").arg(label));
            return false;
        }
        for (const QString &value : values) {
            if (const QString problem = checkValue(label, option.kind, value); !problem.isEmpty()) {
                usageError(problem);
                return false;
            }
        }
        invocation->setValues(option.name, values);
    }

    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() != command.positionals.size()) {
        usageError(CliText::tr("usage: %1").arg(command.synopsis()));
        return false;
    }
    for (qsizetype i = 0; i < positionals.size(); ++i) {
        const PositionalSpec &spec = command.positionals.at(i);
        if (const QString problem = checkValue(spec.name, spec.kind, positionals.at(i)); !problem.isEmpty()) {
            usageError(problem);
            return false;
        }
    }
    invocation->setPositionals(positionals);

    if (command.validate) {
        if (const QString problem = command.validate(*invocation); !problem.isEmpty()) {
            usageError(problem);
            return false;
        }
    }
    return true;
}

void CliRunner::printHelp(QTextStream &stream) const
{
    stream << CliText::tr("heronctl %1: the Heron mail engine from the command line.").arg(QLatin1String(kVersion))
           << "\n\n"
           << CliText::tr("Commands:") << '\n';
    for (const CommandSpec &command : commandTable())
        stream << "  " << command.name().leftJustified(16) << ' ' << command.summary << '\n';
    stream << '\n'
           << CliText::tr("Global options:") << '\n'
           << "  --profile DIR    " << CliText::tr("keep all state under DIR (or set HERON_PROFILE)") << '\n'
           << "  --json           " << CliText::tr("machine-readable output on stdout") << '\n'
           << "  --version        " << CliText::tr("print the version") << '\n'
           << "  --help           " << CliText::tr("this text; 'heronctl help COMMAND' for one command") << '\n'
           << '\n'
           << CliText::tr("Exit codes: 0 done, 1 other failure, 2 usage error, 3 connection or TLS failure,\n"
                          "4 authentication failed, 5 device refused (CLIENTID), 6 CLIENTID protocol error,\n"
                          "7 message rejected by the server (it stays in the outbox).")
           << '\n';
    stream.flush();
}

void CliRunner::printCommandHelp(const CommandSpec &command) const
{
    m_out << CliText::tr("usage: %1").arg(command.synopsis()) << "\n\n" << command.summary << '\n';
    if (!command.positionals.isEmpty() || !command.options.isEmpty())
        m_out << '\n';
    for (const PositionalSpec &positional : command.positionals)
        m_out << "  " << positional.name.leftJustified(28) << ' ' << positional.description << '\n';
    for (const OptionSpec &option : command.options) {
        QString left = QStringLiteral("--") + option.name;
        if (option.kind != ValueKind::Flag)
            left += QLatin1Char(' ') + option.valueName;
        m_out << "  " << left.leftJustified(28) << ' ' << option.description << '\n';
    }
    m_out.flush();
}

} // namespace heron::cli
