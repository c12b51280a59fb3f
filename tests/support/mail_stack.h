#pragma once

#include "imap/imap_session.h"
#include "imap/imap_settings.h"

#include <QString>

#include <memory>

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
    QString user3, pass3; // device-restricted at the CLIENTID gate

    // The CLIENTID provider gate (tests/servers/clientid_gate.py) in front of
    // IMAPS and submissions. Optional for load(); hasGate() says whether set.
    quint16 gateImapsPort = 0;
    quint16 gateSubmissionsPort = 0;
    QString gateRegistry; // JSON: accounts -> restricted/approved, pending tokens
    QString gateLog; // every client command, secrets redacted
    QString gateScript; // the gate's admin commands: approve, list
    bool hasGate() const { return gateImapsPort && gateSubmissionsPort && !gateScript.isEmpty(); }

    // False (and *error says what is missing) when not run inside the stack.
    static bool load(MailStack *stack, QString *error);

    // IMAP settings for a stack user over implicit TLS (port: imapsPort unless given,
    // e.g. a proxy's), trusting the stack's CA.
    imap::ImapSettings imapSettings(const QString &user, const QString &password, quint16 port = 0) const;
    // A session with those settings, opened; nullptr when it did not get ready.
    static std::unique_ptr<imap::ImapSession> openImap(const imap::ImapSettings &settings, int timeoutMs = 30000);
    // Runs the command on the session to its end: true when it succeeded; otherwise a
    // warning names it and the server's words. The command is the session's and goes
    // once finished, unless it has a parent (then its results can be read afterwards).
    static bool runCommand(imap::ImapSession &session, imap::ImapCommand *command, int timeoutMs = 30000);
    // A small message to APPEND: the subject, a Message-ID of its own, bodyBytes of text.
    static QByteArray message(const QByteArray &subject, int bodyBytes);
};

} // namespace heron::test
