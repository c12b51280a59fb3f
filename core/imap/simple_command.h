#pragma once

#include "imap/imap_command.h"

#include <functional>

namespace heron::imap {

// A command whose only result is its completion: CAPABILITY, NOOP, CREATE,
// DELETE, RENAME, SUBSCRIBE, UNSUBSCRIBE, CLOSE, UNSELECT, EXPUNGE, UID EXPUNGE,
// STARTTLS, COMPRESS, LOGOUT, CLIENTID. One class for all of them; the named
// constructors say what each one writes and what it does to the session.
class SimpleCommand : public ImapCommand
{
    Q_OBJECT

public:
    using Arguments = std::function<void(CommandEncoder &)>;

    static SimpleCommand *capability();
    static SimpleCommand *noop();
    static SimpleCommand *create(const QString &mailbox);
    static SimpleCommand *remove(const QString &mailbox); // DELETE
    static SimpleCommand *rename(const QString &from, const QString &to);
    static SimpleCommand *subscribe(const QString &mailbox, bool subscribed = true);
    static SimpleCommand *close(); // CLOSE: expunges \Deleted messages, then unselects
    static SimpleCommand *unselect(); // UNSELECT: leaves without expunging
    static SimpleCommand *expunge(); // EXPUNGE: every \Deleted message of the mailbox
    static SimpleCommand *uidExpunge(const SequenceSet &uids); // only these (UIDPLUS)
    static SimpleCommand *logout();
    // Used by ImapSession while opening.
    static SimpleCommand *startTls();
    static SimpleCommand *compress();
    static SimpleCommand *clientId(const QByteArray &type, const QByteArray &token);

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return m_name; }
    int allowedStates() const override { return m_states; }
    QByteArray requiredCapability() const override { return m_capability; }
    Transition transition() const override { return m_transition; }
    bool isSecret() const override { return m_keepWords >= 0; }
    QByteArray redactedLine(const QByteArray &line) const override;

private:
    SimpleCommand(QByteArray name, Arguments arguments, int states, Transition transition = Transition::None,
                  QByteArray capability = {});

    QByteArray m_name;
    Arguments m_arguments;
    int m_states;
    Transition m_transition;
    QByteArray m_capability;
    int m_keepWords = -1; // >= 0 for a secret: words kept in the log before the placeholder
};

} // namespace heron::imap
