#include "imap/imap_session.h"

#include "heron_version.h"
#include "identity/client_id_token.h"
#include "imap/enable_command.h"
#include "imap/id_command.h"
#include "imap/idle_command.h"
#include "imap/login_command.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"

#include <QTimer>

#include <utility>

namespace heron::imap {

namespace {

int stateFlag(ImapSession::State state)
{
    switch (state) {
    case ImapSession::State::NotAuthenticated:
        return ImapCommand::NotAuthenticated;
    case ImapSession::State::Authenticated:
        return ImapCommand::Authenticated;
    case ImapSession::State::Selected:
        return ImapCommand::Selected;
    default:
        return 0;
    }
}

// One line for the protocol log: what arrived, without message contents.
QByteArray describe(const Response &response)
{
    const QByteArray prefix = response.isTagged() ? response.tag : QByteArray("*");
    if (const auto *status = response.get<StatusResponse>()) {
        QByteArray line = prefix + ' ' + statusKeyword(status->status);
        if (status->code.kind != ResponseCode::Kind::None)
            line += " [" + status->code.name + (status->code.text.isEmpty() ? "" : " " + status->code.text) + ']';
        return line + ' ' + status->text.left(200).toUtf8();
    }
    if (const auto *capability = response.get<CapabilityData>())
        return "* CAPABILITY " + capability->capabilities.join(' ');
    if (const auto *fetch = response.get<FetchData>()) {
        QByteArray line = "* " + QByteArray::number(fetch->sequenceNumber) + " FETCH";
        if (fetch->uid)
            line += " UID " + QByteArray::number(*fetch->uid);
        if (fetch->flags)
            line += " FLAGS (" + fetch->flags->join(' ') + ')';
        if (!fetch->sections.isEmpty())
            line += " +" + QByteArray::number(fetch->sections.size()) + " section(s)";
        return line;
    }
    if (const auto *exists = response.get<ExistsData>())
        return "* " + QByteArray::number(exists->count) + " EXISTS";
    if (const auto *expunge = response.get<ExpungeData>())
        return "* " + QByteArray::number(expunge->sequenceNumber) + " EXPUNGE";
    if (const auto *vanished = response.get<VanishedData>())
        return QByteArray("* VANISHED ") + (vanished->earlier ? "(EARLIER) " : "") + vanished->uids.toByteArray();
    if (const auto *list = response.get<ListData>())
        return QByteArray(list->lsub ? "* LSUB (" : "* LIST (") + list->attributes.join(' ') + ") " + list->rawName;
    if (response.is<ContinuationRequest>())
        return "+";
    if (const auto *unknown = response.get<UnknownData>())
        return "* " + unknown->keyword;
    return "* (data)";
}

QByteArray firstLine(QByteArrayView bytes)
{
    const qsizetype end = bytes.indexOf("\r\n");
    QByteArray line = (end < 0 ? bytes : bytes.first(end)).toByteArray();
    const qsizetype more = bytes.size() - line.size() - 2;
    if (end >= 0 && more > 0)
        line += " <+" + QByteArray::number(more) + " bytes>";
    return line;
}

} // namespace

ImapSession::ImapSession(ImapSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_connection(m_settings.tls)
    , m_log("imap")
{
    m_connection.setConnectTimeout(m_settings.timeouts.connect);
    connect(&m_connection, &net::Connection::ready, this, &ImapSession::onReady);
    connect(&m_connection, &net::Connection::encrypted, this, &ImapSession::onEncrypted);
    connect(&m_connection, &net::Connection::received, this, &ImapSession::onReceived);
    connect(&m_connection, &net::Connection::failed, this, &ImapSession::onConnectionFailed);
    connect(&m_connection, &net::Connection::closed, this, &ImapSession::onConnectionClosed);
}

ImapSession::~ImapSession()
{
    m_ended = true;
    m_connection.disconnect(this);
}

QString ImapSession::serverName() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

bool ImapSession::isEnabled(QByteArrayView extension) const
{
    return m_enabled.contains(extension.toByteArray().toUpper());
}

// --- opening --------------------------------------------------------------

void ImapSession::open()
{
    if (m_state != State::Disconnected || m_ended)
        return;
    m_state = State::Connecting;
    m_quirks = ServerQuirks::lookup(m_settings.host, {});
    m_connection.open(m_settings.host, m_settings.port, m_settings.security);
}

void ImapSession::onReady()
{
    m_log.note("connected to " + serverName().toUtf8()
               + (m_connection.isEncrypted() ? " (TLS)" : " (plain, STARTTLS required)"));
    m_connection.setReadTimeout(m_settings.timeouts.command); // the greeting is due
}

void ImapSession::onGreeting(const Response &response)
{
    const auto *status = response.get<StatusResponse>();
    if (!status || response.isTagged()) {
        fail(ImapError::Kind::Protocol, tr("%1 did not greet like an IMAP server.").arg(serverName()));
        return;
    }
    m_greeting = status->text.toUtf8();
    m_quirks = ServerQuirks::lookup(m_settings.host, m_greeting);
    if (!m_quirks.matched.isEmpty())
        m_log.note("server quirks: " + m_quirks.matched.join(", "));
    if (status->code.kind == ResponseCode::Kind::Capability)
        m_capabilities = Capabilities(status->code.list);
    switch (status->status) {
    case Status::Ok:
        m_state = State::NotAuthenticated;
        break;
    case Status::Preauth:
        if (!m_connection.isEncrypted()) {
            // RFC 9051 11.1: STARTTLS is impossible after PREAUTH, and going on would be cleartext.
            fail(ImapError::Kind::Connection,
                 tr("%1 logged in without TLS (PREAUTH on an unencrypted connection); Heron will not continue "
                    "unencrypted.")
                     .arg(serverName()));
            return;
        }
        // Already logged in: no CLIENTID and no credentials on this connection.
        m_state = State::Authenticated;
        if (m_capabilities.isEmpty())
            runInternal(SimpleCommand::capability(), [this](ImapCommand *) { afterLoginCapabilities(); });
        else
            afterLoginCapabilities();
        return;
    case Status::Bye:
        fail(ImapError::Kind::Closed, tr("%1 refused the connection: %2").arg(serverName(), status->text), *status);
        return;
    default:
        fail(ImapError::Kind::Protocol, tr("%1 did not greet like an IMAP server.").arg(serverName()));
        return;
    }
    if (m_capabilities.isEmpty())
        runInternal(SimpleCommand::capability(), [this](ImapCommand *) { afterCapabilities(); });
    else
        afterCapabilities();
}

void ImapSession::onEncrypted()
{
    m_log.note("TLS established; capabilities from before it are discarded");
    m_capabilities = {};
    runInternal(SimpleCommand::capability(), [this](ImapCommand *) { afterCapabilities(); });
}

void ImapSession::afterCapabilities()
{
    if (!m_connection.isEncrypted()) {
        if (!m_capabilities.has("STARTTLS")) {
            fail(ImapError::Kind::Connection,
                 tr("%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your "
                    "password over it; ask your provider for the TLS port (usually 993).")
                     .arg(serverName()));
            return;
        }
        runInternal(SimpleCommand::startTls(), [this](ImapCommand *command) {
            if (!command->succeeded())
                fail(ImapError::Kind::Connection,
                     tr("%1 refused to start TLS (%2); Heron will not continue unencrypted.")
                         .arg(serverName(), command->completion().text),
                     command->completion());
        });
        return;
    }
    m_clientIdAdvertised = m_capabilities.has("CLIENTID");
    presentClientId();
}

void ImapSession::presentClientId()
{
    // spec/clientid.md: advertised after TLS, on an encrypted link, before login, enabled, with a token.
    const bool wanted = m_clientIdAdvertised && m_settings.clientIdEnabled && !m_settings.clientIdToken.isEmpty()
        && m_state == State::NotAuthenticated && m_connection.isEncrypted();
    if (!wanted) {
        identifyBeforeLogin();
        return;
    }
    if (!identity::ClientIdToken::isSafeForWire(identity::ClientIdToken::kType, m_settings.clientIdToken)) {
        fail(ImapError::Kind::ClientIdProtocol,
             tr("This account's device ID is malformed, so Heron sent nothing to %1. Reset the device ID.")
                 .arg(serverName()));
        return;
    }
    runInternal(SimpleCommand::clientId(identity::ClientIdToken::kType.toByteArray(), m_settings.clientIdToken),
                [this](ImapCommand *command) {
                    const StatusResponse &reply = command->completion();
                    m_clientIdReply = reply;
                    if (reply.status == Status::Ok) {
                        identifyBeforeLogin();
                    } else if (reply.status == Status::No) {
                        fail(ImapError::Kind::DeviceRefused,
                             tr("%1 refused this device: %2. Your provider allows this account only on devices you "
                                "have approved; register this device's ID with your provider, then try again.")
                                 .arg(serverName(), reply.text),
                             reply);
                    } else {
                        fail(ImapError::Kind::ClientIdProtocol,
                             tr("%1 did not accept Heron's device ID command: %2").arg(serverName(), reply.text),
                             reply);
                    }
                });
}

void ImapSession::identifyBeforeLogin()
{
    if (m_quirks.idBeforeLogin && m_settings.sendId && m_capabilities.has("ID")) {
        runInternal(new IdCommand(kApplicationName, kVersion), [this](ImapCommand *) {
            m_idSent = true;
            login();
        });
        return;
    }
    login();
}

void ImapSession::login()
{
    if (m_settings.login.isEmpty()) {
        becomeReady(); // a probe: CLIENTID and capabilities only
        return;
    }
    std::optional<LoginCommand::Mechanism> mechanism;
    QString secret = m_settings.password;
    if (!m_settings.oauthToken.isEmpty()) {
        secret = m_settings.oauthToken;
        if (m_capabilities.hasAuthMechanism("OAUTHBEARER"))
            mechanism = LoginCommand::Mechanism::OAuthBearer;
        else if (m_capabilities.hasAuthMechanism("XOAUTH2"))
            mechanism = LoginCommand::Mechanism::XOAuth2;
    } else if (m_capabilities.hasAuthMechanism("PLAIN")) {
        mechanism = LoginCommand::Mechanism::Plain;
    } else if (!m_capabilities.has("LOGINDISABLED")) {
        mechanism = LoginCommand::Mechanism::Login;
    }
    if (!mechanism) {
        fail(ImapError::Kind::NoAuthMechanism,
             m_settings.oauthToken.isEmpty()
                 ? tr("%1 does not accept a password login on this connection (LOGINDISABLED, no AUTH=PLAIN).")
                       .arg(serverName())
                 : tr("%1 does not offer OAuth login (AUTH=OAUTHBEARER or AUTH=XOAUTH2).").arg(serverName()));
        return;
    }
    auto *command = new LoginCommand(*mechanism, m_settings.login, secret, m_capabilities.has("SASL-IR"));
    runInternal(command, [this](ImapCommand *done) {
        if (done->succeeded()) {
            afterLogin(static_cast<LoginCommand *>(done)->capabilitiesAfterLogin());
            return;
        }
        QString message = tr("%1: %2").arg(serverName(), done->error().message);
        if (m_clientIdReply && m_clientIdReply->status == Status::Ok)
            message += QLatin1Char(' ') + tr("The provider may also require this device to be approved.");
        fail(done->error().kind, message, done->completion());
    });
}

void ImapSession::afterLogin(const QByteArrayList &capabilitiesInOk)
{
    // Capabilities change with login: the OK may carry the new list, else ask.
    if (!capabilitiesInOk.isEmpty()) {
        m_capabilities = Capabilities(capabilitiesInOk);
        afterLoginCapabilities();
        return;
    }
    runInternal(SimpleCommand::capability(), [this](ImapCommand *) { afterLoginCapabilities(); });
}

void ImapSession::afterLoginCapabilities()
{
    if (m_settings.compress && m_capabilities.has("COMPRESS=DEFLATE") && !m_connection.isCompressed()) {
        runInternal(SimpleCommand::compress(), [this](ImapCommand *) { identify(); });
        return;
    }
    identify();
}

void ImapSession::identify()
{
    if (m_settings.sendId && !m_idSent && m_capabilities.has("ID")) {
        m_idSent = true;
        runInternal(new IdCommand(kApplicationName, kVersion), [this](ImapCommand *) { enableExtensions(); });
        return;
    }
    enableExtensions();
}

void ImapSession::enableExtensions()
{
    QByteArrayList wanted;
    for (const QByteArray &extension : m_settings.enable) {
        if (m_quirks.avoidQresync && extension.compare("QRESYNC", Qt::CaseInsensitive) == 0)
            continue;
        if (m_capabilities.has(extension))
            wanted.append(extension);
    }
    if (wanted.isEmpty() || !m_capabilities.has("ENABLE") || m_state != State::Authenticated) {
        becomeReady();
        return;
    }
    runInternal(new EnableCommand(wanted), [this](ImapCommand *) { becomeReady(); });
}

void ImapSession::becomeReady()
{
    m_ready = true;
    m_log.note("ready");
    updateReadTimeout();
    emit ready();
    pump();
}

// --- the pipeline ---------------------------------------------------------

void ImapSession::run(ImapCommand *command)
{
    if (!command)
        return;
    command->m_session = this;
    if (!command->parent()) {
        command->setParent(this);
        connect(command, &ImapCommand::finished, command, &QObject::deleteLater);
    }
    if (m_ended) {
        command->setError(ImapError::Kind::Cancelled, tr("The connection to %1 is closed.").arg(serverName()));
        QTimer::singleShot(0, command, &ImapCommand::finish);
        return;
    }
    m_queue.enqueue(command);
    if (!qobject_cast<IdleCommand *>(command))
        interruptIdle();
    pump();
}

void ImapSession::runInternal(ImapCommand *command, const std::function<void(ImapCommand *)> &then)
{
    command->m_session = this;
    command->setParent(this);
    m_internal.insert(command, then);
    send(command);
}

bool ImapSession::canSendNow(ImapCommand *command) const
{
    if (m_running.isEmpty())
        return true;
    if (!command->canPipeline() || command->transition() != ImapCommand::Transition::None)
        return false;
    quint32 busy = 0;
    for (const Running &running : m_running) {
        if (!running.command || !running.command->canPipeline() || !running.remainingParts.isEmpty())
            return false;
        busy |= running.command->untaggedKinds();
    }
    return (busy & command->untaggedKinds()) == 0;
}

void ImapSession::pump()
{
    while (m_ready && !m_ended && !m_queue.isEmpty()) {
        ImapCommand *command = m_queue.head();
        if (!command) {
            m_queue.dequeue();
            continue;
        }
        if (!canSendNow(command))
            return;
        m_queue.dequeue();
        if (!(command->allowedStates() & stateFlag(m_state))) {
            command->setError(ImapError::Kind::WrongState,
                              m_state == State::Authenticated
                                  ? tr("%1 needs a selected folder.").arg(QString::fromLatin1(command->name()))
                                  : tr("%1 cannot be sent in this state of the connection.")
                                        .arg(QString::fromLatin1(command->name())));
            QTimer::singleShot(0, command, &ImapCommand::finish);
            continue;
        }
        const QByteArray needed = command->requiredCapability();
        if (!needed.isEmpty() && !m_capabilities.has(needed)) {
            command->setError(ImapError::Kind::Unsupported,
                              tr("%1 does not support %2.").arg(serverName(), QString::fromLatin1(needed)));
            QTimer::singleShot(0, command, &ImapCommand::finish);
            continue;
        }
        send(command);
    }
}

void ImapSession::send(ImapCommand *command)
{
    const QByteArray tag = 'a' + QByteArray::number(++m_nextTag);
    command->m_tag = tag;
    CommandEncoder encoder(tag, m_capabilities.encoderCapabilities(isEnabled("UTF8=ACCEPT")));
    command->encode(encoder);
    EncodedCommand encoded = encoder.finish();
    switch (command->transition()) {
    case ImapCommand::Transition::Select:
        m_selected.reset(); // RFC 9051 6.3.2: the old mailbox is closed as soon as SELECT is sent
        break;
    case ImapCommand::Transition::Compress:
        m_compressNext = true;
        break;
    case ImapCommand::Transition::Logout:
        m_state = State::Logout; // its BYE is expected, not an error
        break;
    default:
        break;
    }
    m_running.append({command, encoded.parts.mid(1)});
    writeLine(command, encoded.parts.first());
    updateReadTimeout();
}

void ImapSession::writeLine(ImapCommand *command, const QByteArray &bytes)
{
    const QByteArray line = firstLine(bytes);
    if (command->isSecret()) {
        m_log.client(command->redactedLine(line));
        m_connection.writeSecret(bytes);
    } else {
        m_log.client(line);
        m_connection.write(bytes);
    }
}

void ImapSession::interruptIdle()
{
    for (Running &running : m_running) {
        auto *idle = qobject_cast<IdleCommand *>(running.command.data());
        if (idle && idle->isIdling() && !running.doneSent) {
            running.doneSent = true;
            m_log.client("DONE");
            m_connection.write("DONE\r\n");
            updateReadTimeout();
            return;
        }
    }
}

void ImapSession::onReceived(const QByteArray &data)
{
    QByteArrayView rest(data);
    while (!rest.isEmpty() && !m_ended) {
        QByteArrayView chunk = rest;
        if (m_compressNext) {
            // The server compresses right after its OK: find that line exactly,
            // and keep what follows for the inflater.
            const qsizetype lf = rest.indexOf('\n');
            if (lf >= 0)
                chunk = rest.first(lf + 1);
            m_unread = rest.sliced(chunk.size()).toByteArray();
        }
        rest = rest.sliced(chunk.size());
        if (!m_parser.feed(chunk)) {
            fail(ImapError::Kind::Protocol,
                 tr("%1 sent a response Heron cannot read (%2); the connection was closed.")
                     .arg(serverName(), m_parser.error().toString()));
            return;
        }
        const QList<Response> responses = m_parser.takeResponses();
        for (Response response : responses) {
            dispatch(response);
            if (m_ended || m_streamSwitched)
                break;
        }
        if (m_streamSwitched) {
            // STARTTLS or COMPRESS changed what the following bytes mean; the
            // transition took care of them.
            m_streamSwitched = false;
            return;
        }
    }
}

void ImapSession::dispatch(Response &response)
{
    m_log.server(describe(response));
    if (m_state == State::Connecting) {
        onGreeting(response);
        return;
    }
    if (response.isTagged()) {
        onTagged(response);
        return;
    }
    if (const auto *request = response.get<ContinuationRequest>()) {
        onContinuation(*request);
        return;
    }
    observe(response);
    if (m_ended)
        return;
    for (const Running &running : std::as_const(m_running)) {
        if (running.command && running.command->handleUntagged(response))
            return;
    }
    emitUnsolicited(response);
}

void ImapSession::observe(const Response &response)
{
    if (const auto *capability = response.get<CapabilityData>()) {
        m_capabilities = Capabilities(capability->capabilities);
    } else if (const auto *status = response.get<StatusResponse>()) {
        if (status->code.kind == ResponseCode::Kind::Capability)
            m_capabilities = Capabilities(status->code.list);
        if (status->code.kind == ResponseCode::Kind::Alert)
            emit alert(status->text);
        if (status->code.kind == ResponseCode::Kind::HighestModSeq && m_selected)
            m_selected->highestModSeq = status->code.number;
        if (status->code.kind == ResponseCode::Kind::UidNext && m_selected)
            m_selected->uidNext = quint32(status->code.number);
        if (status->status == Status::Bye && m_state != State::Logout)
            fail(ImapError::Kind::Closed, tr("%1 closed the connection: %2").arg(serverName(), status->text), *status);
    } else if (const auto *enabled = response.get<EnabledData>()) {
        for (const QByteArray &extension : enabled->capabilities)
            m_enabled.append(extension.toUpper());
        if (isEnabled("UTF8=ACCEPT"))
            m_parser.setUtf8Accept(true);
    } else if (const auto *id = response.get<IdData>()) {
        m_serverId = *id;
    } else if (m_selected) {
        if (const auto *exists = response.get<ExistsData>())
            m_selected->exists = exists->count;
        else if (response.is<ExpungeData>() && m_selected->exists > 0)
            --m_selected->exists;
        else if (const auto *vanished = response.get<VanishedData>(); vanished && !vanished->earlier)
            m_selected->exists -= quint32(qMin<quint64>(m_selected->exists, vanished->uids.count()));
        else if (const auto *fetch = response.get<FetchData>(); fetch && fetch->modSeq)
            m_selected->highestModSeq = qMax(m_selected->highestModSeq.value_or(0), *fetch->modSeq);
    }
}

void ImapSession::emitUnsolicited(const Response &response)
{
    if (const auto *exists = response.get<ExistsData>())
        emit this->exists(exists->count);
    else if (const auto *expunge = response.get<ExpungeData>())
        emit expunged(expunge->sequenceNumber);
    else if (const auto *vanished = response.get<VanishedData>())
        emit this->vanished(vanished->uids, vanished->earlier);
    else if (const auto *fetch = response.get<FetchData>())
        emit fetched(*fetch);
    else if (const auto *status = response.get<MailboxStatus>())
        emit mailboxStatus(*status);
}

void ImapSession::onTagged(const Response &response)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_running.size(); ++i) {
        if (m_running.at(i).command && m_running.at(i).command->tag() == response.tag) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        fail(ImapError::Kind::Protocol,
             tr("%1 answered a command Heron did not send (tag %2).")
                 .arg(serverName(), QString::fromLatin1(response.tag.left(32))));
        return;
    }
    const auto *completion = response.get<StatusResponse>();
    if (!completion) {
        fail(ImapError::Kind::Protocol, tr("%1 sent a malformed command completion.").arg(serverName()));
        return;
    }
    const StatusResponse status = *completion;
    ImapCommand *command = m_running.takeAt(index).command;
    if (status.code.kind == ResponseCode::Kind::Capability)
        m_capabilities = Capabilities(status.code.list);
    command->m_completion = status;
    command->complete(status);
    if (status.status == Status::Ok) {
        applyTransition(command);
    } else if (command->transition() == ImapCommand::Transition::Select) {
        m_state = State::Authenticated; // a failed SELECT leaves no mailbox selected
    }
    if (command->wantsRestart() && !m_ended) {
        if (qobject_cast<IdleCommand *>(command))
            m_queue.enqueue(command); // after whatever interrupted it
        else
            m_queue.prepend(command); // the next step of the same job
    } else {
        finishCommand(command);
    }
    updateReadTimeout();
    pump();
}

void ImapSession::onContinuation(const ContinuationRequest &request)
{
    for (Running &running : m_running) {
        if (!running.remainingParts.isEmpty()) {
            writeLine(running.command, running.remainingParts.takeFirst());
            return;
        }
    }
    if (m_running.isEmpty() || !m_running.last().command) {
        fail(ImapError::Kind::Protocol, tr("%1 asked for data Heron was not sending.").arg(serverName()));
        return;
    }
    ImapCommand *command = m_running.last().command;
    if (const std::optional<QByteArray> reply = command->handleContinuation(request))
        writeLine(command, *reply + "\r\n");
    updateReadTimeout();
}

void ImapSession::applyTransition(ImapCommand *command)
{
    switch (command->transition()) {
    case ImapCommand::Transition::None:
        break;
    case ImapCommand::Transition::LoggedIn:
        m_state = State::Authenticated;
        break;
    case ImapCommand::Transition::Select:
        m_state = State::Selected;
        if (auto *select = qobject_cast<SelectCommand *>(command))
            m_selected = select->mailbox();
        break;
    case ImapCommand::Transition::Unselect:
        m_state = State::Authenticated;
        m_selected.reset();
        break;
    case ImapCommand::Transition::StartTls:
        // Bytes after the go-ahead came in the clear: never read them as post-TLS data.
        m_streamSwitched = true;
        m_parser.reset();
        m_capabilities = {};
        m_connection.startTls();
        break;
    case ImapCommand::Transition::Compress:
        // Before anything else is written: the next command must already be compressed.
        m_streamSwitched = true;
        m_compressNext = false;
        m_connection.startCompression(std::exchange(m_unread, {}));
        m_log.note("COMPRESS=DEFLATE active");
        break;
    case ImapCommand::Transition::Logout:
        m_state = State::Logout;
        break;
    }
}

void ImapSession::finishCommand(ImapCommand *command)
{
    const auto then = m_internal.take(command);
    command->finish();
    if (then) {
        command->deleteLater();
        if (!m_ended)
            then(command);
    }
}

void ImapSession::updateReadTimeout()
{
    bool waiting = false;
    for (const Running &running : std::as_const(m_running)) {
        const auto *idle = qobject_cast<IdleCommand *>(running.command.data());
        // An IDLE waits for the server's news without a deadline, until DONE is sent.
        if (!idle || !idle->isIdling() || running.doneSent)
            waiting = true;
    }
    m_connection.setReadTimeout(waiting ? m_settings.timeouts.command : 0);
}

// --- ending ---------------------------------------------------------------

void ImapSession::logout()
{
    if (m_ended)
        return;
    if (!m_ready) {
        abort();
        return;
    }
    for (const Running &running : std::as_const(m_running)) {
        if (auto *idle = qobject_cast<IdleCommand *>(running.command.data()))
            idle->stop();
    }
    auto *command = SimpleCommand::logout();
    command->m_session = this;
    command->setParent(this);
    m_internal.insert(command, [this](ImapCommand *) { m_connection.close(); });
    m_queue.enqueue(command);
    pump();
}

void ImapSession::abort()
{
    if (m_ended)
        return;
    m_ended = true;
    m_state = State::Disconnected;
    cancelAll(tr("The connection to %1 was closed.").arg(serverName()));
    m_connection.close();
    emit closed();
}

void ImapSession::onConnectionFailed(const net::ConnectionError &error)
{
    if (m_state == State::Logout && error.kind == net::ConnectionError::Kind::Closed) {
        onConnectionClosed(); // the server hanging up after LOGOUT is the expected end
        return;
    }
    fail(ImapError::Kind::Connection, error.message, {}, error.kind);
}

void ImapSession::onConnectionClosed()
{
    if (m_ended)
        return;
    if (m_state == State::Logout) {
        m_ended = true;
        m_state = State::Disconnected;
        cancelAll(tr("The connection to %1 was closed.").arg(serverName()));
        m_log.note("logged out");
        emit closed();
        return;
    }
    fail(ImapError::Kind::Closed, tr("%1 closed the connection unexpectedly.").arg(serverName()));
}

void ImapSession::fail(ImapError::Kind kind, const QString &message, const StatusResponse &response,
                       net::ConnectionError::Kind connection)
{
    if (m_ended)
        return;
    m_ended = true;
    m_error = {kind, message, response, connection};
    m_log.note("failed: " + message.toUtf8());
    // Refused by a live server (CLIENTID NO, a failed login): say goodbye properly.
    const bool serverAnswered = kind != ImapError::Kind::Connection && kind != ImapError::Kind::Protocol
        && kind != ImapError::Kind::Closed && m_state != State::Connecting;
    if (serverAnswered && m_connection.isEncrypted()) {
        const QByteArray logout = 'a' + QByteArray::number(++m_nextTag) + " LOGOUT";
        m_log.client(logout);
        m_connection.write(logout + "\r\n");
    }
    m_state = State::Disconnected;
    m_connection.close();
    cancelAll(message);
    emit failed(m_error);
}

void ImapSession::cancelAll(const QString &reason)
{
    QList<ImapCommand *> commands;
    for (const Running &running : std::as_const(m_running))
        commands.append(running.command);
    for (const QPointer<ImapCommand> &queued : std::as_const(m_queue))
        commands.append(queued);
    m_running.clear();
    m_queue.clear();
    for (ImapCommand *command : std::as_const(commands)) {
        if (!command)
            continue;
        command->setError(ImapError::Kind::Cancelled, reason);
        finishCommand(command);
    }
}

} // namespace heron::imap
