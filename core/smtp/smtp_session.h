#pragma once

#include "net/connection.h"
#include "net/protocol_log.h"
#include "smtp/smtp_capabilities.h"
#include "smtp/smtp_error.h"
#include "smtp/smtp_reply_parser.h"

#include <QObject>
#include <QQueue>

#include <functional>
#include <optional>

namespace heron::smtp {

struct SmtpSettings
{
    QString host;
    quint16 port = 465;
    net::Connection::Security security = net::Connection::Security::ImplicitTls;
    net::TlsPolicy tls;
    // An address literal, not the machine's name: the host name says nothing
    // the server needs and something about the user.
    QByteArray heloName = "[127.0.0.1]";

    QString login; // empty: do not authenticate
    QString password;
    QString oauthToken; // non-empty: XOAUTH2 / OAUTHBEARER instead of the password

    // RFC 3030: send the message with one BDAT ... LAST instead of DATA when
    // the server offers CHUNKING (no dot-stuffing, no end-of-data scan).
    bool chunking = true;

    bool clientIdEnabled = true;
    QByteArray clientIdToken; // from core/identity; empty: no token exists

    // RFC 5321 4.5.3.2 minimums, in milliseconds.
    struct Timeouts
    {
        int connect = 60'000;
        int greeting = 300'000;
        int command = 300'000;
        int dataStart = 120'000;
        int dataEnd = 600'000;
    } timeouts;
};

// Delivery status notifications (RFC 3461), asked for only when the server
// advertises DSN; otherwise the server's defaults apply.
struct DsnRequest
{
    enum class Return { ServerDefault, Headers, Full }; // RET=HDRS / RET=FULL
    enum Notify { NotifySuccess = 0x1, NotifyFailure = 0x2, NotifyDelay = 0x4 };

    Return ret = Return::ServerDefault;
    QByteArray envelopeId; // ENVID (sent as xtext); empty: none
    bool notifyNever = false; // NOTIFY=NEVER; wins over the flags
    int notify = 0; // Notify flags; 0 without notifyNever: no NOTIFY parameter
};

struct Envelope
{
    QByteArray from; // addr-spec, UTF-8; empty for the null reverse path
    QList<QByteArray> recipients; // addr-spec, UTF-8
    std::optional<DsnRequest> dsn = std::nullopt; // the same NOTIFY for every recipient
};

struct RecipientResult
{
    QByteArray address;
    SmtpReply reply;
    bool accepted() const { return reply.codeClass() == 2; }
};

struct SendResult
{
    SmtpError error; // None when the server took the message
    QList<RecipientResult> recipients; // one per RCPT, in order
    SmtpReply finalReply; // the reply to the end of DATA
    bool dsnRequested = false; // DSN parameters went out (asked for and advertised)
    bool chunked = false; // the message went with BDAT, not DATA

    bool delivered() const { return !error.isError(); }
    QList<RecipientResult> refused() const;
};

// One SMTP submission connection (RFC 5321, 3207, 4954, 6531, 2920, 3463):
// greeting, EHLO (HELO fallback), STARTTLS with a fresh EHLO, CLIENTID per
// spec/clientid.md, AUTH, then any number of messages, then QUIT.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    explicit SmtpSession(SmtpSettings settings, QObject *parent = nullptr);

    // Connects and logs in; emits ready() or failed().
    void open();
    // Sends one message; emits sent(). Only when ready and not sending.
    void send(const Envelope &envelope, const QByteArray &message);
    // Says goodbye; emits finished() when the connection is closed.
    void quit();

    bool isReady() const { return m_step == Step::Ready; }
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    bool clientIdAdvertised() const { return m_clientIdAdvertised; }
    std::optional<SmtpReply> clientIdReply() const { return m_clientIdReply; }
    const net::ProtocolLog &log() const { return m_log; }

signals:
    void ready();
    void sent(const heron::smtp::SendResult &result);
    void failed(const heron::smtp::SmtpError &error);
    void finished();

private:
    enum class Step { Idle, Opening, StartingTls, Ready, Sending, Quitting, Closed };
    using Handler = std::function<void(const SmtpReply &)>;

    void command(const QByteArray &line, int timeout, Handler handler);
    void secretCommand(const QByteArray &line, const QByteArray &logLine, int timeout, Handler handler);
    void expectReply(int timeout, Handler handler);
    void onReceived(const QByteArray &data);
    void onConnectionFailed(const net::ConnectionError &error);
    void onClosed();

    void greet(const SmtpReply &reply);
    void sayEhlo();
    void onEhlo(const SmtpReply &reply);
    void onHelo(const SmtpReply &reply);
    void afterCapabilities();
    void onStartTls(const SmtpReply &reply);
    void presentClientId();
    void onClientId(const SmtpReply &reply);
    void authenticate();
    void onAuthReply(const SmtpReply &reply, const QByteArray &pendingSecret);
    void becomeReady();

    std::optional<SmtpError> checkMessage(const Envelope &envelope, const QByteArray &message) const;
    QByteArray mailFromLine(const Envelope &envelope, const QByteArray &message) const;
    QByteArray rcptLine(const QByteArray &recipient) const;
    bool usesDsn(const Envelope &envelope) const;
    void onMailFrom(const SmtpReply &reply);
    void onRcpt(const QByteArray &address, const SmtpReply &reply);
    void afterRecipients();
    void sendChunk();
    void onDataStart(const SmtpReply &reply);
    void onDataEnd(const SmtpReply &reply);
    void finishSend(SmtpError error);

    void fail(SmtpError::Kind kind, const QString &message, const SmtpReply &reply = {});
    QString serverName() const;

    SmtpSettings m_settings;
    net::Connection m_connection;
    net::ProtocolLog m_log;
    SmtpReplyParser m_parser;
    QQueue<Handler> m_handlers;
    Step m_step = Step::Idle;
    SmtpCapabilities m_capabilities;
    bool m_usedHelo = false;
    bool m_clientIdAdvertised = false;
    std::optional<SmtpReply> m_clientIdReply;

    // The message in flight.
    Envelope m_envelope;
    QByteArray m_message;
    SendResult m_result;
    bool m_pipelined = false;
    bool m_chunking = false;
    qsizetype m_nextRecipient = 0;
    bool m_mailAccepted = false;
};

} // namespace heron::smtp
