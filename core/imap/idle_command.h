#pragma once

#include "imap/imap_command.h"

#include <QTimer>

namespace heron::imap {

// IDLE (RFC 2177): the server pushes EXISTS, EXPUNGE, VANISHED and flag
// changes, which the session emits as its unsolicited signals. The command
// ends the idle itself before servers time it out (restartInterval) and
// starts it again, and steps aside while other commands run: the session
// sends DONE, runs them, then idles again. stop() ends it for good.
class IdleCommand : public ImapCommand
{
    Q_OBJECT

public:
    explicit IdleCommand(int restartIntervalMs = 28 * 60'000);

    bool isIdling() const { return m_idling; }
    void stop();

signals:
    // The server accepted the IDLE ("+ idling"): pushes may arrive from now on.
    void idling();

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "IDLE"; }
    QByteArray requiredCapability() const override { return "IDLE"; }
    std::optional<QByteArray> handleContinuation(const ContinuationRequest &request) override;
    void complete(const StatusResponse &status) override;
    bool wantsRestart() const override { return !m_stopped && !error().isError(); }

private:
    QTimer m_restart;
    bool m_idling = false;
    bool m_stopped = false;
};

} // namespace heron::imap
