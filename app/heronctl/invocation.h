#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace heron::cli {

struct CommandSpec;

// A parsed and validated heronctl command line, handed to a command's handler.
class Invocation
{
public:
    Invocation(const CommandSpec &command, QString profileDirectory, bool json);

    const CommandSpec &command() const { return *m_command; }
    const QString &profileDirectory() const { return m_profileDirectory; }
    bool json() const { return m_json; }

    bool isSet(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option) const;
    QStringList values(const QString &option) const { return m_values.value(option); }
    const QStringList &positionals() const { return m_positionals; }

    void setValues(const QString &option, const QStringList &values) { m_values.insert(option, values); }
    void setPositionals(const QStringList &positionals) { m_positionals = positionals; }

private:
    const CommandSpec *m_command;
    QString m_profileDirectory;
    bool m_json;
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
};

} // namespace heron::cli
