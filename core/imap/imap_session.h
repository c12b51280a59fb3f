#pragma once

#include "imap/capabilities.h"
#include "imap/imap_command.h"
#include "imap/imap_error.h"
#include "imap/imap_settings.h"
#include "imap/response_parser.h"
#include "imap/selected_mailbox.h"
#include "imap/server_quirks.h"
#include "net/connection.h"
#include "net/protocol_log.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <optional>

namespace heron::imap {

class IdleCommand;

// One IMAP connection (RFC 3501 / RFC 9051): TLS, CLIENTID, login and the
// command pipeline. open() connects and logs in; run() queues commands, which
// the session tags, sends (several at once when their answers cannot be
// confused), and completes. Untagged data no running command claims is
// emitted as the unsolicited signals below.
//
// Opening: greeting → (STARTTLS → CAPABILITY) → CAPABILITY if needed →
// CLIENTID (spec/clientid.md) → [ID if the server needs it first] → LOGIN or
// AUTHENTICATE → CAPABILITY if not in the OK → COMPRESS → ID → ENABLE → ready().
class ImapSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, NotAuthenticated, Authenticated, Selected, Logout };
    Q_ENUM(State)

    explicit ImapSession(ImapSettings settings, QObject *parent = nullptr);
    ~ImapSession() override;

    void open();
    // Queues a command. A command without a parent is adopted by the session and
    // deleted after its finished(); give it a parent to keep it.
    void run(ImapCommand *command);
    // LOGOUT, then close; emits closed().
    void logout();
    // Drops the connection at once; running commands end as Cancelled.
    void abort();

    State state() const { return m_state; }
    bool isReady() const { return m_ready; }
    const ImapError &error() const { return m_error; }
    const Capabilities &capabilities() const { return m_capabilities; }
    bool isEnabled(QByteArrayView extension) const;
    const ServerQuirks &quirks() const { return m_quirks; }
    const std::optional<SelectedMailbox> &selectedMailbox() const { return m_selected; }
    QByteArray greeting() const { return m_greeting; }
    const IdData &serverId() const { return m_serverId; }

    // CLIENTID as this connection saw it: advertised after TLS, and the reply if sent.
    bool clientIdAdvertised() const { return m_clientIdAdvertised; }
    const std::optional<StatusResponse> &clientIdReply() const { return m_clientIdReply; }

    const net::ProtocolLog &log() const { return m_log; }
    // Big FETCH body literals go here instead of memory (see ResponseParser).
    void setLiteralSink(LiteralSink *sink) { m_parser.setLiteralSink(sink); }

    // Ends a running IDLE with DONE (IdleCommand uses this; so does run()).
    void interruptIdle();
    // Commands waiting to be sent (an IDLE that was still starting must step aside for them).
    bool hasQueuedCommands() const { return !m_queue.isEmpty(); }

signals:
    void ready();
    // The session ended with an error: while opening, or later (connection lost, BYE).
    void failed(const heron::imap::ImapError &error);
    void closed();

    // Unsolicited data about the selected mailbox.
    void exists(quint32 count);
    void expunged(quint32 sequenceNumber);
    void vanished(const heron::imap::SequenceSet &uids, bool earlier);
    void fetched(const heron::imap::FetchData &data); // flag changes pushed by the server
    // Unsolicited STATUS of another mailbox: what NOTIFY reports (NotifyCommand).
    void mailboxStatus(const heron::imap::MailboxStatus &status);
    void alert(const QString &text); // [ALERT]: the server wants the user to read this

private:
    struct Running
    {
        QPointer<ImapCommand> command;
        QList<QByteArray> remainingParts; // after each "+", the next one
        bool doneSent = false; // IDLE: DONE is on its way
    };

    // Opening.
    void onReady();
    void onEncrypted();
    void onGreeting(const Response &response);
    void afterCapabilities();
    void presentClientId();
    void identifyBeforeLogin();
    void login();
    void afterLogin(const QByteArrayList &capabilitiesInOk);
    void afterLoginCapabilities();
    void identify();
    void enableExtensions();
    void becomeReady();

    // The pipeline.
    void runInternal(ImapCommand *command, const std::function<void(ImapCommand *)> &then);
    void pump();
    bool canSendNow(ImapCommand *command) const;
    void send(ImapCommand *command);
    void writeLine(ImapCommand *command, const QByteArray &bytes);
    void onReceived(const QByteArray &data);
    void dispatch(Response &response);
    void observe(const Response &response);
    void emitUnsolicited(const Response &response);
    void onTagged(const Response &response);
    void onContinuation(const ContinuationRequest &request);
    void applyTransition(ImapCommand *command);
    void finishCommand(ImapCommand *command);
    void updateReadTimeout();

    void onConnectionFailed(const net::ConnectionError &error);
    void onConnectionClosed();
    void fail(ImapError::Kind kind, const QString &message, const StatusResponse &response = {},
              net::ConnectionError::Kind connection = net::ConnectionError::Kind::None);
    void cancelAll(const QString &reason);
    QString serverName() const;

    ImapSettings m_settings;
    net::Connection m_connection;
    net::ProtocolLog m_log;
    ResponseParser m_parser;
    State m_state = State::Disconnected;
    bool m_ready = false;
    bool m_ended = false;
    ImapError m_error;
    QByteArray m_greeting;
    Capabilities m_capabilities;
    QByteArrayList m_enabled; // upper case
    ServerQuirks m_quirks;
    IdData m_serverId;
    std::optional<SelectedMailbox> m_selected;
    bool m_clientIdAdvertised = false;
    std::optional<StatusResponse> m_clientIdReply;
    bool m_idSent = false;

    quint32 m_nextTag = 0;
    QQueue<QPointer<ImapCommand>> m_queue;
    QList<Running> m_running;
    QHash<ImapCommand *, std::function<void(ImapCommand *)>> m_internal; // opening steps and their continuations
    bool m_streamSwitched = false; // STARTTLS / COMPRESS changed the stream mid-read
    bool m_compressNext = false; // the COMPRESS answer is due: read it line by line
    QByteArray m_unread; // while m_compressNext: the bytes after the line being read
};

} // namespace heron::imap
