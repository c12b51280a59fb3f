#include "smtp/smtp_session.h"

#include "identity/client_id_token.h"
#include "smtp/dot_stuffer.h"

#include <algorithm>

namespace heron::smtp {

namespace {

bool hasEightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// The header block ends at the first empty line.
QByteArrayView headerBlock(QByteArrayView message)
{
    qsizetype end = message.indexOf("\n\n");
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    if (end < 0 || (crlf >= 0 && crlf < end))
        end = crlf;
    return end < 0 ? message : message.first(end);
}

// RFC 6531: a UTF-8 address or raw UTF-8 in the header block needs SMTPUTF8.
bool needsSmtpUtf8(const Envelope &envelope, QByteArrayView message)
{
    if (hasEightBit(envelope.from) || hasEightBit(headerBlock(message)))
        return true;
    return std::any_of(envelope.recipients.cbegin(), envelope.recipients.cend(),
                       [](const QByteArray &recipient) { return hasEightBit(recipient); });
}

// A path that could end the command early (CR, LF, NUL) or close and open
// another path ('<', '>') would let an address smuggle in commands.
bool isSafePath(QByteArrayView address)
{
    return std::none_of(address.cbegin(), address.cend(),
                        [](char c) { return c == '\r' || c == '\n' || c == '\0' || c == '<' || c == '>'; });
}

// RFC 3461 section 4: xtext keeps '!'..'~' except '+' and '=', writes the rest as "+HH".
QByteArray xtext(QByteArrayView value)
{
    QByteArray encoded;
    encoded.reserve(value.size());
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= '!' && byte <= '~' && byte != '+' && byte != '=')
            encoded += c;
        else
            encoded += '+' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
    }
    return encoded;
}

// BDAT carries the bytes as they are, so they must already be canonical:
// every line ends in CRLF (bare CR or LF become CRLF), the last one too.
QByteArray canonicalLineEnds(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + 2);
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

// RFC 3461 section 4.4: an ENVID of at most 100 characters.
constexpr qsizetype kMaxEnvelopeIdLength = 100;

} // namespace

QList<RecipientResult> SendResult::refused() const
{
    QList<RecipientResult> refused;
    for (const RecipientResult &recipient : recipients) {
        if (!recipient.accepted())
            refused.append(recipient);
    }
    return refused;
}

SmtpSession::SmtpSession(SmtpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_connection(m_settings.tls)
    , m_log("smtp")
{
    m_connection.setConnectTimeout(m_settings.timeouts.connect);
    connect(&m_connection, &net::Connection::ready, this, [this] {
        m_log.note("connected" + QByteArray(m_connection.isEncrypted() ? " (TLS)" : " (plain, STARTTLS required)"));
        expectReply(m_settings.timeouts.greeting, [this](const SmtpReply &reply) { greet(reply); });
    });
    connect(&m_connection, &net::Connection::encrypted, this, [this] {
        m_log.note("TLS established");
        sayEhlo();
    });
    connect(&m_connection, &net::Connection::received, this, &SmtpSession::onReceived);
    connect(&m_connection, &net::Connection::failed, this, &SmtpSession::onConnectionFailed);
    connect(&m_connection, &net::Connection::closed, this, &SmtpSession::onClosed);
}

QString SmtpSession::serverName() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

void SmtpSession::open()
{
    if (m_step != Step::Idle)
        return;
    m_step = Step::Opening;
    m_connection.open(m_settings.host, m_settings.port, m_settings.security);
}

// --- plumbing -------------------------------------------------------------

void SmtpSession::expectReply(int timeout, Handler handler)
{
    m_handlers.enqueue(std::move(handler));
    m_connection.setReadTimeout(timeout);
}

void SmtpSession::command(const QByteArray &line, int timeout, Handler handler)
{
    m_log.client(line);
    m_connection.write(line + "\r\n");
    expectReply(timeout, std::move(handler));
}

void SmtpSession::secretCommand(const QByteArray &line, const QByteArray &logLine, int timeout, Handler handler)
{
    m_log.client(logLine);
    if (m_connection.writeSecret(line + "\r\n"))
        expectReply(timeout, std::move(handler));
}

void SmtpSession::onReceived(const QByteArray &data)
{
    if (!m_parser.feed(data)) {
        fail(SmtpError::Kind::Protocol,
             tr("%1 sent something that is not SMTP: %2").arg(serverName(), m_parser.errorString()));
        return;
    }
    const QList<SmtpReply> replies = m_parser.takeReplies();
    for (const SmtpReply &reply : replies) {
        for (const QByteArray &line : reply.lines)
            m_log.server(QByteArray::number(reply.code) + ' ' + line);
        if (m_step == Step::StartingTls) {
            // Replies after the STARTTLS go-ahead came in the clear: never trust them.
            m_log.note("discarded a reply sent before the TLS handshake");
            return;
        }
        if (reply.code == 421) {
            fail(SmtpError::Kind::Temporary, tr("%1 is closing the connection: %2").arg(serverName(), reply.text()),
                 reply);
            return;
        }
        if (m_handlers.isEmpty()) {
            fail(SmtpError::Kind::Protocol,
                 tr("%1 sent a reply nobody asked for: %2").arg(serverName(), reply.summary()), reply);
            return;
        }
        const Handler handler = m_handlers.dequeue();
        if (m_handlers.isEmpty())
            m_connection.setReadTimeout(0);
        handler(reply);
        if (m_step == Step::Closed)
            return;
    }
}

void SmtpSession::onConnectionFailed(const net::ConnectionError &error)
{
    if (m_step == Step::Quitting) {
        // The server closes after its 221 (or before it): the goodbye is done either way.
        m_log.note("closed while quitting: " + error.message.toUtf8());
        m_connection.close();
        m_step = Step::Closed;
        emit finished();
        return;
    }
    fail(SmtpError::Kind::Connection, error.message);
}

void SmtpSession::onClosed()
{
    if (m_step == Step::Quitting || m_step == Step::Closed) {
        m_step = Step::Closed;
        emit finished();
        return;
    }
    fail(SmtpError::Kind::Connection, tr("%1 closed the connection unexpectedly.").arg(serverName()));
}

void SmtpSession::fail(SmtpError::Kind kind, const QString &message, const SmtpReply &reply)
{
    if (m_step == Step::Closed)
        return;
    const bool wasSending = m_step == Step::Sending;
    m_step = Step::Closed;
    m_handlers.clear();
    m_log.note("failed: " + message.toUtf8());
    // The server is still talking to us after a refusal: say goodbye properly.
    if (!reply.lines.isEmpty() && reply.code != 421) {
        m_log.client("QUIT");
        m_connection.write("QUIT\r\n");
    }
    m_connection.close();
    const SmtpError error {kind, message, reply};
    if (wasSending) {
        m_result.error = error;
        emit sent(m_result);
    }
    emit failed(error);
}

// --- opening --------------------------------------------------------------

void SmtpSession::greet(const SmtpReply &reply)
{
    if (reply.code != 220) {
        fail(reply.isTransientFailure() ? SmtpError::Kind::Temporary : SmtpError::Kind::Connection,
             tr("%1 does not accept mail submission now: %2").arg(serverName(), reply.summary()), reply);
        return;
    }
    sayEhlo();
}

void SmtpSession::sayEhlo()
{
    m_capabilities = {}; // a list from before TLS must never count after it
    command("EHLO " + m_settings.heloName, m_settings.timeouts.command,
            [this](const SmtpReply &reply) { onEhlo(reply); });
}

void SmtpSession::onEhlo(const SmtpReply &reply)
{
    if (reply.code == 250) {
        m_capabilities = SmtpCapabilities::fromEhlo(reply);
        afterCapabilities();
    } else if (reply.isPermanentFailure()) {
        // An old server without ESMTP: HELO, and then no extension at all.
        command("HELO " + m_settings.heloName, m_settings.timeouts.command,
                [this](const SmtpReply &helo) { onHelo(helo); });
    } else {
        fail(SmtpError::Kind::Temporary, tr("%1 refused EHLO: %2").arg(serverName(), reply.summary()), reply);
    }
}

void SmtpSession::onHelo(const SmtpReply &reply)
{
    if (reply.code != 250) {
        fail(SmtpError::Kind::Protocol, tr("%1 refused HELO: %2").arg(serverName(), reply.summary()), reply);
        return;
    }
    m_usedHelo = true;
    m_capabilities = {};
    afterCapabilities();
}

void SmtpSession::afterCapabilities()
{
    if (!m_connection.isEncrypted()) {
        if (!m_capabilities.has("STARTTLS")) {
            fail(SmtpError::Kind::Connection,
                 tr("%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your "
                    "password or messages over it; ask your provider for the TLS port (usually 465).")
                     .arg(serverName()));
            return;
        }
        command("STARTTLS", m_settings.timeouts.command, [this](const SmtpReply &reply) { onStartTls(reply); });
        return;
    }
    m_clientIdAdvertised = m_capabilities.has("CLIENTID");
    presentClientId();
}

void SmtpSession::onStartTls(const SmtpReply &reply)
{
    if (reply.code != 220) {
        fail(
            SmtpError::Kind::Connection,
            tr("%1 refused to start TLS (%2); Heron will not continue unencrypted.").arg(serverName(), reply.summary()),
            reply);
        return;
    }
    m_step = Step::StartingTls;
    m_parser.reset();
    m_connection.startTls();
    m_step = Step::Opening;
}

void SmtpSession::presentClientId()
{
    // spec/clientid.md: only when advertised after TLS, enabled, with a token, before AUTH.
    if (!m_clientIdAdvertised || !m_settings.clientIdEnabled || m_settings.clientIdToken.isEmpty()) {
        authenticate();
        return;
    }
    if (!identity::ClientIdToken::isSafeForWire(identity::ClientIdToken::kType, m_settings.clientIdToken)) {
        fail(SmtpError::Kind::ClientIdProtocol,
             tr("This account's device ID is malformed, so Heron sent nothing to %1. Reset the device ID.")
                 .arg(serverName()));
        return;
    }
    const QByteArray line = "CLIENTID " + identity::ClientIdToken::kType.toByteArray() + ' ' + m_settings.clientIdToken;
    secretCommand(line, net::ProtocolLog::redacted(line, 2, "<clientid redacted>"), m_settings.timeouts.command,
                  [this](const SmtpReply &reply) { onClientId(reply); });
}

void SmtpSession::onClientId(const SmtpReply &reply)
{
    m_clientIdReply = reply;
    if (reply.codeClass() == 2) {
        authenticate();
    } else if (reply.code == 550) {
        fail(SmtpError::Kind::DeviceRefused,
             tr("%1 refused this device: %2. Your provider allows this account only on devices you have approved; "
                "register this device's ID with your provider, then try again.")
                 .arg(serverName(), reply.text()),
             reply);
    } else if (reply.isTransientFailure()) {
        fail(SmtpError::Kind::Temporary,
             tr("%1 could not check this device right now (%2); Heron will try again later.")
                 .arg(serverName(), reply.summary()),
             reply);
    } else {
        fail(SmtpError::Kind::ClientIdProtocol,
             tr("%1 did not accept Heron's device ID command: %2").arg(serverName(), reply.summary()), reply);
    }
}

void SmtpSession::authenticate()
{
    if (m_settings.login.isEmpty()) {
        becomeReady();
        return;
    }
    const QByteArray user = m_settings.login.toUtf8();
    QByteArray mechanism;
    QByteArray initial;
    QByteArray pending; // a second secret step, for LOGIN
    if (!m_settings.oauthToken.isEmpty()) {
        const QByteArray bearer = "auth=Bearer " + m_settings.oauthToken.toUtf8() + "\x01\x01";
        if (m_capabilities.hasAuthMechanism("OAUTHBEARER")) {
            mechanism = "OAUTHBEARER";
            initial = ("n,a=" + user + ",\x01" + bearer).toBase64();
        } else if (m_capabilities.hasAuthMechanism("XOAUTH2")) {
            mechanism = "XOAUTH2";
            initial = ("user=" + user + "\x01" + bearer).toBase64();
        }
    } else if (m_capabilities.hasAuthMechanism("PLAIN")) {
        mechanism = "PLAIN";
        initial = ('\0' + user + '\0' + m_settings.password.toUtf8()).toBase64();
    } else if (m_capabilities.hasAuthMechanism("LOGIN")) {
        mechanism = "LOGIN";
        pending = m_settings.password.toUtf8().toBase64();
        const QByteArray userStep = user.toBase64();
        command("AUTH LOGIN", m_settings.timeouts.command, [this, userStep, pending](const SmtpReply &reply) {
            if (reply.code != 334) {
                onAuthReply(reply, {});
                return;
            }
            secretCommand(userStep, "<login redacted>", m_settings.timeouts.command,
                          [this, pending](const SmtpReply &next) { onAuthReply(next, pending); });
        });
        return;
    }
    if (mechanism.isEmpty()) {
        const QByteArrayList offered = m_capabilities.parameters("AUTH");
        fail(SmtpError::Kind::NoAuthMechanism,
             offered.isEmpty() ? tr("%1 offers no way to log in (no AUTH after EHLO).").arg(serverName())
                               : tr("%1 offers only login methods Heron does not use: %2.")
                                     .arg(serverName(), QString::fromLatin1(offered.join(' '))));
        return;
    }
    const QByteArray line = "AUTH " + mechanism + ' ' + initial;
    secretCommand(line, net::ProtocolLog::redacted(line, 2, "<auth redacted>"), m_settings.timeouts.command,
                  [this](const SmtpReply &reply) { onAuthReply(reply, {}); });
}

void SmtpSession::onAuthReply(const SmtpReply &reply, const QByteArray &pendingSecret)
{
    if (reply.code == 235) {
        becomeReady();
        return;
    }
    if (reply.code == 334) {
        // LOGIN's password step, or an OAuth error challenge answered with an empty line.
        secretCommand(pendingSecret, pendingSecret.isEmpty() ? QByteArray() : QByteArray("<password redacted>"),
                      m_settings.timeouts.command, [this](const SmtpReply &next) { onAuthReply(next, {}); });
        return;
    }
    QString message = tr("%1 did not accept the login: %2").arg(serverName(), reply.summary());
    if (m_clientIdReply && m_clientIdReply->codeClass() == 2)
        message += QLatin1Char(' ') + tr("The provider may also require this device to be approved.");
    fail(reply.isTransientFailure() ? SmtpError::Kind::TemporaryAuthentication : SmtpError::Kind::Authentication,
         message, reply);
}

void SmtpSession::becomeReady()
{
    m_step = Step::Ready;
    m_connection.setReadTimeout(0);
    emit ready();
}

// --- sending --------------------------------------------------------------

std::optional<SmtpError> SmtpSession::checkMessage(const Envelope &envelope, const QByteArray &message) const
{
    if (envelope.recipients.isEmpty())
        return SmtpError {SmtpError::Kind::MessageRejected, tr("The message has no recipients."), {}};
    if (!isSafePath(envelope.from))
        return SmtpError {SmtpError::Kind::MessageRejected,
                          tr("\"%1\" is not a valid sender address.").arg(QString::fromUtf8(envelope.from)),
                          {}};
    for (const QByteArray &recipient : envelope.recipients) {
        if (recipient.isEmpty() || !isSafePath(recipient))
            return SmtpError {SmtpError::Kind::MessageRejected,
                              tr("\"%1\" is not a valid address.").arg(QString::fromUtf8(recipient)),
                              {}};
    }
    if (usesDsn(envelope) && xtext(envelope.dsn->envelopeId).size() > kMaxEnvelopeIdLength)
        return SmtpError {
            SmtpError::Kind::MessageRejected,
            tr("The delivery notification ID is longer than SMTP allows (%1 characters).").arg(kMaxEnvelopeIdLength),
            {}};
    if (needsSmtpUtf8(envelope, message) && !m_capabilities.has("SMTPUTF8"))
        return SmtpError {
            SmtpError::Kind::Unsupported,
            tr("%1 cannot take international (UTF-8) addresses or headers; nothing was sent.").arg(serverName()),
            {}};
    if (hasEightBit(message) && !m_capabilities.has("8BITMIME") && !m_capabilities.has("SMTPUTF8"))
        return SmtpError {
            SmtpError::Kind::Unsupported,
            tr("%1 accepts only 7-bit messages and this one is 8-bit; nothing was sent.").arg(serverName()),
            {}};
    const qint64 limit = m_capabilities.maxMessageSize();
    if (limit > 0 && message.size() > limit)
        return SmtpError {SmtpError::Kind::MessageRejected,
                          tr("The message is %1 kB and %2 accepts at most %3 kB.")
                              .arg(message.size() / 1024)
                              .arg(serverName())
                              .arg(limit / 1024),
                          {}};
    return std::nullopt;
}

QByteArray SmtpSession::mailFromLine(const Envelope &envelope, const QByteArray &message) const
{
    QByteArray line = "MAIL FROM:<" + envelope.from + '>';
    if (m_capabilities.has("SIZE"))
        line += " SIZE=" + QByteArray::number(message.size());
    if (hasEightBit(message) && m_capabilities.has("8BITMIME"))
        line += " BODY=8BITMIME";
    if (needsSmtpUtf8(envelope, message))
        line += " SMTPUTF8";
    if (usesDsn(envelope)) {
        const DsnRequest &dsn = *envelope.dsn;
        if (dsn.ret == DsnRequest::Return::Headers)
            line += " RET=HDRS";
        else if (dsn.ret == DsnRequest::Return::Full)
            line += " RET=FULL";
        if (!dsn.envelopeId.isEmpty())
            line += " ENVID=" + xtext(dsn.envelopeId);
    }
    return line;
}

bool SmtpSession::usesDsn(const Envelope &envelope) const
{
    return envelope.dsn.has_value() && m_capabilities.has("DSN");
}

QByteArray SmtpSession::rcptLine(const QByteArray &recipient) const
{
    QByteArray line = "RCPT TO:<" + recipient + '>';
    if (!usesDsn(m_envelope))
        return line;
    const DsnRequest &dsn = *m_envelope.dsn;
    if (dsn.notifyNever) {
        line += " NOTIFY=NEVER";
    } else if (dsn.notify != 0) {
        QByteArrayList conditions;
        if (dsn.notify & DsnRequest::NotifySuccess)
            conditions << "SUCCESS";
        if (dsn.notify & DsnRequest::NotifyFailure)
            conditions << "FAILURE";
        if (dsn.notify & DsnRequest::NotifyDelay)
            conditions << "DELAY";
        line += " NOTIFY=" + conditions.join(',');
    }
    return line;
}

void SmtpSession::send(const Envelope &envelope, const QByteArray &message)
{
    m_result = {};
    if (m_step != Step::Ready) {
        m_result.error = {SmtpError::Kind::Protocol, tr("The SMTP session is not ready to send."), {}};
        emit sent(m_result);
        return;
    }
    if (const auto problem = checkMessage(envelope, message)) {
        m_result.error = *problem;
        emit sent(m_result);
        return;
    }
    m_step = Step::Sending;
    m_envelope = envelope;
    m_message = message;
    m_nextRecipient = 0;
    m_mailAccepted = false;
    m_pipelined = m_capabilities.has("PIPELINING");
    m_chunking = m_settings.chunking && m_capabilities.has("CHUNKING");
    m_result.dsnRequested = usesDsn(envelope);

    command(mailFromLine(envelope, message), m_settings.timeouts.command,
            [this](const SmtpReply &reply) { onMailFrom(reply); });
    if (m_pipelined) {
        // RFC 2920: MAIL, every RCPT and DATA in one go; replies come back in order.
        for (const QByteArray &recipient : m_envelope.recipients)
            command(rcptLine(recipient), m_settings.timeouts.command,
                    [this, recipient](const SmtpReply &reply) { onRcpt(recipient, reply); });
        // BDAT would carry the whole message at once: it waits for the RCPT
        // replies, so nothing is sent when nobody can receive it.
        if (!m_chunking)
            command("DATA", m_settings.timeouts.dataStart, [this](const SmtpReply &reply) { onDataStart(reply); });
    }
}

void SmtpSession::onMailFrom(const SmtpReply &reply)
{
    m_mailAccepted = reply.codeClass() == 2;
    if (!m_mailAccepted) {
        // With pipelining the RCPT and DATA replies still arrive; finishing waits for them.
        m_result.finalReply = reply;
        if (!m_pipelined)
            finishSend({reply.isTransientFailure() ? SmtpError::Kind::Temporary : SmtpError::Kind::MessageRejected,
                        tr("%1 refused the sender %2: %3")
                            .arg(serverName(), QString::fromUtf8(m_envelope.from), reply.summary()),
                        reply});
        return;
    }
    if (!m_pipelined) {
        const QByteArray &first = m_envelope.recipients.constFirst();
        command(rcptLine(first), m_settings.timeouts.command,
                [this, first](const SmtpReply &next) { onRcpt(first, next); });
    }
}

void SmtpSession::onRcpt(const QByteArray &address, const SmtpReply &reply)
{
    m_result.recipients.append({address, reply});
    if (m_pipelined) {
        if (m_chunking && m_result.recipients.size() == m_envelope.recipients.size())
            afterRecipients();
        return;
    }
    if (++m_nextRecipient < m_envelope.recipients.size()) {
        const QByteArray &next = m_envelope.recipients.at(m_nextRecipient);
        command(rcptLine(next), m_settings.timeouts.command,
                [this, next](const SmtpReply &nextReply) { onRcpt(next, nextReply); });
        return;
    }
    afterRecipients();
}

void SmtpSession::afterRecipients()
{
    if (!m_mailAccepted || m_result.refused().size() == m_result.recipients.size()) {
        onDataStart({}); // nobody to deliver to: decided without DATA
        return;
    }
    if (m_chunking)
        sendChunk();
    else
        command("DATA", m_settings.timeouts.dataStart, [this](const SmtpReply &next) { onDataStart(next); });
}

void SmtpSession::sendChunk()
{
    const QByteArray data = canonicalLineEnds(m_message);
    const QByteArray line = "BDAT " + QByteArray::number(data.size()) + " LAST";
    m_log.client(line);
    m_log.client(QByteArray("<message, ") + QByteArray::number(data.size()) + " bytes>");
    m_result.chunked = true;
    m_connection.write(line + "\r\n" + data);
    expectReply(m_settings.timeouts.dataEnd, [this](const SmtpReply &reply) { onDataEnd(reply); });
}

void SmtpSession::onDataStart(const SmtpReply &reply)
{
    const QList<RecipientResult> refused = m_result.refused();
    const bool anyAccepted = m_mailAccepted && refused.size() < m_result.recipients.size();
    if (reply.code == 354 && anyAccepted) {
        m_log.client(QByteArray("<message, ") + QByteArray::number(m_message.size()) + " bytes>");
        m_connection.write(DotStuffer::encode(m_message));
        expectReply(m_settings.timeouts.dataEnd, [this](const SmtpReply &next) { onDataEnd(next); });
        return;
    }
    if (reply.code == 354) {
        // The server wants data nobody can receive: end it empty, it will refuse.
        m_connection.write(".\r\n");
        expectReply(m_settings.timeouts.dataEnd, [](const SmtpReply &) {});
    }
    if (!m_mailAccepted) {
        const SmtpReply mailReply = m_result.finalReply;
        finishSend({mailReply.isTransientFailure() ? SmtpError::Kind::Temporary : SmtpError::Kind::MessageRejected,
                    tr("%1 refused the sender %2: %3")
                        .arg(serverName(), QString::fromUtf8(m_envelope.from), mailReply.summary()),
                    mailReply});
        return;
    }
    if (!anyAccepted) {
        bool allTransient = true;
        QStringList addresses;
        for (const RecipientResult &recipient : refused) {
            allTransient &= recipient.reply.isTransientFailure();
            addresses << QString::fromUtf8(recipient.address) + QStringLiteral(" (") + recipient.reply.summary()
                    + QLatin1Char(')');
        }
        finishSend({allTransient ? SmtpError::Kind::Temporary : SmtpError::Kind::MessageRejected,
                    tr("%1 refused every recipient: %2").arg(serverName(), addresses.join(QStringLiteral("; "))),
                    refused.constLast().reply});
        return;
    }
    m_result.finalReply = reply;
    finishSend({reply.isTransientFailure() ? SmtpError::Kind::Temporary : SmtpError::Kind::MessageRejected,
                tr("%1 refused to take the message: %2").arg(serverName(), reply.summary()), reply});
}

void SmtpSession::onDataEnd(const SmtpReply &reply)
{
    m_result.finalReply = reply;
    if (reply.codeClass() == 2) {
        finishSend({});
        return;
    }
    finishSend({reply.isTransientFailure() ? SmtpError::Kind::Temporary : SmtpError::Kind::MessageRejected,
                tr("%1 refused the message after receiving it: %2").arg(serverName(), reply.summary()), reply});
}

void SmtpSession::finishSend(SmtpError error)
{
    m_result.error = std::move(error);
    m_message.clear();
    m_step = Step::Ready;
    if (m_result.error.isError()) {
        // A failed transaction is cleared so the next message starts clean.
        command("RSET", m_settings.timeouts.command, [](const SmtpReply &) {});
    }
    const SendResult result = m_result;
    emit sent(result);
}

void SmtpSession::quit()
{
    if (m_step == Step::Closed || m_step == Step::Quitting)
        return;
    if (m_step == Step::Idle) {
        m_step = Step::Closed;
        emit finished();
        return;
    }
    m_step = Step::Quitting;
    command("QUIT", m_settings.timeouts.command, [this](const SmtpReply &) { m_connection.close(); });
}

} // namespace heron::smtp
