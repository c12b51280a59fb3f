#pragma once

#include <QString>

namespace heron::test {

// The running mail stack's settings, from the KEY=value variables that
// `tests/servers/mailstack run DIR -- ...` exports.
struct MailStack
{
    QString caFile;
    quint16 imapPort = 0; // STARTTLS
    quint16 imapsPort = 0; // implicit TLS
    quint16 submissionPort = 0; // STARTTLS
    quint16 submissionsPort = 0; // implicit TLS
    QString user1, pass1, user2, pass2;

    // False (and *error says what is missing) when not run inside the stack.
    static bool load(MailStack *stack, QString *error);
};

} // namespace heron::test
