#include "imap/simple_command.h"

#include "net/protocol_log.h"

namespace heron::imap {

SimpleCommand::SimpleCommand(QByteArray name, Arguments arguments, int states, Transition transition,
                             QByteArray capability)
    : m_name(std::move(name))
    , m_arguments(std::move(arguments))
    , m_states(states)
    , m_transition(transition)
    , m_capability(std::move(capability))
{
}

void SimpleCommand::encode(CommandEncoder &encoder)
{
    for (const QByteArray &word : m_name.split(' '))
        encoder.token(word);
    if (m_arguments)
        m_arguments(encoder);
}

QByteArray SimpleCommand::redactedLine(const QByteArray &line) const
{
    // The tag is one more word to keep.
    return isSecret() ? net::ProtocolLog::redacted(line, m_keepWords + 1, "<clientid redacted>") : line;
}

SimpleCommand *SimpleCommand::capability()
{
    return new SimpleCommand("CAPABILITY", {}, Any);
}

SimpleCommand *SimpleCommand::noop()
{
    return new SimpleCommand("NOOP", {}, Any);
}

SimpleCommand *SimpleCommand::create(const QString &mailbox)
{
    return new SimpleCommand(
        "CREATE", [mailbox](CommandEncoder &e) { e.mailbox(mailbox); }, AnyLoggedIn);
}

SimpleCommand *SimpleCommand::remove(const QString &mailbox)
{
    return new SimpleCommand(
        "DELETE", [mailbox](CommandEncoder &e) { e.mailbox(mailbox); }, AnyLoggedIn);
}

SimpleCommand *SimpleCommand::rename(const QString &from, const QString &to)
{
    return new SimpleCommand(
        "RENAME", [from, to](CommandEncoder &e) { e.mailbox(from).mailbox(to); }, AnyLoggedIn);
}

SimpleCommand *SimpleCommand::subscribe(const QString &mailbox, bool subscribed)
{
    return new SimpleCommand(
        subscribed ? "SUBSCRIBE" : "UNSUBSCRIBE", [mailbox](CommandEncoder &e) { e.mailbox(mailbox); }, AnyLoggedIn);
}

SimpleCommand *SimpleCommand::close()
{
    return new SimpleCommand("CLOSE", {}, Selected, Transition::Unselect);
}

SimpleCommand *SimpleCommand::unselect()
{
    return new SimpleCommand("UNSELECT", {}, Selected, Transition::Unselect, "UNSELECT");
}

SimpleCommand *SimpleCommand::expunge()
{
    return new SimpleCommand("EXPUNGE", {}, Selected);
}

SimpleCommand *SimpleCommand::uidExpunge(const SequenceSet &uids)
{
    return new SimpleCommand(
        "UID EXPUNGE", [uids](CommandEncoder &e) { e.sequenceSet(uids); }, Selected, Transition::None, "UIDPLUS");
}

SimpleCommand *SimpleCommand::logout()
{
    return new SimpleCommand("LOGOUT", {}, Any, Transition::Logout);
}

SimpleCommand *SimpleCommand::startTls()
{
    return new SimpleCommand("STARTTLS", {}, NotAuthenticated, Transition::StartTls, "STARTTLS");
}

SimpleCommand *SimpleCommand::compress()
{
    return new SimpleCommand(
        "COMPRESS", [](CommandEncoder &e) { e.token("DEFLATE"); }, AnyLoggedIn, Transition::Compress,
        "COMPRESS=DEFLATE");
}

SimpleCommand *SimpleCommand::clientId(const QByteArray &type, const QByteArray &token)
{
    // Both go as atoms (spec/clientid.md); the caller checked they are safe to.
    auto *command = new SimpleCommand(
        "CLIENTID", [type, token](CommandEncoder &e) { e.token(type).token(token); }, NotAuthenticated,
        Transition::None, "CLIENTID");
    command->m_keepWords = 2; // "CLIENTID UUID <clientid redacted>"
    return command;
}

} // namespace heron::imap
