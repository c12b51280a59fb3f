#include "imap/imap_command.h"

namespace heron::imap {

ImapCommand::ImapCommand(QObject *parent)
    : QObject(parent)
{
}

bool ImapCommand::handleUntagged(const Response &)
{
    return false;
}

std::optional<QByteArray> ImapCommand::handleContinuation(const ContinuationRequest &)
{
    return std::nullopt;
}

void ImapCommand::complete(const StatusResponse &status)
{
    if (status.status == Status::Ok)
        return;
    const QString text = status.text.isEmpty() ? tr("(no reason given)") : status.text;
    if (status.status == Status::No)
        setError(ImapError::Kind::CommandFailed, tr("The server refused %1: %2").arg(QString::fromLatin1(name()), text),
                 status);
    else
        setError(ImapError::Kind::CommandRejected,
                 tr("The server rejected %1 as invalid: %2").arg(QString::fromLatin1(name()), text), status);
}

void ImapCommand::setError(ImapError::Kind kind, const QString &message, const StatusResponse &response)
{
    if (!m_error.isError())
        m_error = {kind, message, response};
}

void ImapCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(this);
}

} // namespace heron::imap
