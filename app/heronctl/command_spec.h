#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace heron::cli {

class Invocation;

// How an option's value is checked before any command runs; a bad value is a usage error.
enum class ValueKind {
    Flag, // no value
    Text,
    Address, // an e-mail address: local@domain
    Addresses, // comma-separated addresses
    HostPort, // HOST or HOST:PORT, port 1..65535
    Security, // tls | starttls
    Count, // a non-negative integer
    Path,
};

struct OptionSpec
{
    QString name;
    ValueKind kind = ValueKind::Flag;
    QString valueName;
    QString description;
    bool required = false;
    bool repeatable = false;
};

struct PositionalSpec
{
    QString name;
    ValueKind kind = ValueKind::Text;
    QString description;
};

// One heronctl command: its words ("account", "add"), options, positional
// arguments, and checks that span several options. The table of all of them
// is the CLI contract of shared/CLI.md in data form.
struct CommandSpec
{
    QStringList words;
    QString summary;
    QList<OptionSpec> options;
    QList<PositionalSpec> positionals;
    // Extra checks across options; returns an error sentence, or an empty string when fine.
    std::function<QString(const Invocation &)> validate;
    // The issue that brings the engine behind this command, named while it is missing.
    QString pendingIssue;

    QString name() const { return words.join(QLatin1Char(' ')); }
    QString synopsis() const;
};

const QList<CommandSpec> &commandTable();

// Checks one option or positional value; returns an error sentence naming
// label, or an empty string when the value is acceptable.
QString checkValue(const QString &label, ValueKind kind, const QString &value);

} // namespace heron::cli
