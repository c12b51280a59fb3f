#include "imap/idle_command.h"

#include "imap/imap_session.h"

namespace heron::imap {

IdleCommand::IdleCommand(int restartIntervalMs)
{
    m_restart.setSingleShot(true);
    m_restart.setInterval(restartIntervalMs);
    connect(&m_restart, &QTimer::timeout, this, [this] {
        if (session())
            session()->interruptIdle();
    });
}

void IdleCommand::stop()
{
    m_stopped = true;
    m_restart.stop();
    if (m_idling && session())
        session()->interruptIdle();
}

void IdleCommand::encode(CommandEncoder &encoder)
{
    encoder.token("IDLE");
}

std::optional<QByteArray> IdleCommand::handleContinuation(const ContinuationRequest &)
{
    m_idling = true;
    m_restart.start();
    emit idling();
    // Stopped, or other commands came while the server was still answering IDLE:
    // they could not interrupt it then (nothing to end yet), so it ends now, or the
    // session would sit idle until the restart timer, up to 28 minutes.
    if (session() && (m_stopped || session()->hasQueuedCommands()))
        session()->interruptIdle();
    return std::nullopt;
}

void IdleCommand::complete(const StatusResponse &status)
{
    m_idling = false;
    m_restart.stop();
    ImapCommand::complete(status);
}

} // namespace heron::imap
