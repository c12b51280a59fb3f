#include "imap/login_command.h"

#include "net/protocol_log.h"

namespace heron::imap {

LoginCommand::LoginCommand(Mechanism mechanism, QString user, QString secret, bool saslInitialResponse)
    : m_mechanism(mechanism)
    , m_user(std::move(user))
    , m_secret(std::move(secret))
    , m_saslIr(saslInitialResponse)
{
}

QByteArray LoginCommand::name() const
{
    switch (m_mechanism) {
    case Mechanism::Login:
        return "LOGIN";
    case Mechanism::Plain:
        return "AUTHENTICATE PLAIN";
    case Mechanism::OAuthBearer:
        return "AUTHENTICATE OAUTHBEARER";
    case Mechanism::XOAuth2:
        return "AUTHENTICATE XOAUTH2";
    }
    return {};
}

QByteArray LoginCommand::initialResponse() const
{
    const QByteArray user = m_user.toUtf8();
    const QByteArray secret = m_secret.toUtf8();
    switch (m_mechanism) {
    case Mechanism::Plain:
        return ('\0' + user + '\0' + secret).toBase64();
    case Mechanism::OAuthBearer:
        return ("n,a=" + user + ",\x01" + "auth=Bearer " + secret + "\x01\x01").toBase64();
    case Mechanism::XOAuth2:
        return ("user=" + user + "\x01" + "auth=Bearer " + secret + "\x01\x01").toBase64();
    case Mechanism::Login:
        break;
    }
    return {};
}

void LoginCommand::encode(CommandEncoder &encoder)
{
    if (m_mechanism == Mechanism::Login) {
        encoder.token("LOGIN").astring(m_user.toUtf8()).astring(m_secret.toUtf8());
        return;
    }
    const QByteArray command = name();
    encoder.token("AUTHENTICATE").token(command.mid(command.indexOf(' ') + 1));
    if (m_saslIr) {
        // RFC 4959: an empty initial response is sent as "=".
        const QByteArray initial = initialResponse();
        encoder.token(initial.isEmpty() ? QByteArray("=") : initial);
    }
}

QByteArray LoginCommand::redactedLine(const QByteArray &line) const
{
    // "a1 LOGIN <credentials redacted>", "a1 AUTHENTICATE PLAIN <auth redacted>"; the
    // continuation parts (a literal password, SASL steps) are redacted whole.
    if (line.contains(" LOGIN "))
        return net::ProtocolLog::redacted(line, 2, "<credentials redacted>");
    if (line.contains(" AUTHENTICATE "))
        return net::ProtocolLog::redacted(line, 3, "<auth redacted>");
    return "<auth redacted>";
}

std::optional<QByteArray> LoginCommand::handleContinuation(const ContinuationRequest &)
{
    if (m_mechanism == Mechanism::Login)
        return std::nullopt; // LOGIN's literals are answered by the session
    if (!m_saslIr && !m_sentInitial) {
        m_sentInitial = true;
        return initialResponse();
    }
    // A second challenge: the OAuth mechanisms' error report (RFC 7628 3.2.3), or a
    // server that wants more than PLAIN has. Reply with an empty response (OAuth)
    // so the server sends its final NO, or cancel.
    if (m_mechanism == Mechanism::OAuthBearer)
        return QByteArray("AQ=="); // base64 of %x01
    if (m_mechanism == Mechanism::XOAuth2)
        return QByteArray();
    return QByteArray("*");
}

void LoginCommand::complete(const StatusResponse &status)
{
    if (status.code.kind == ResponseCode::Kind::Capability)
        m_capabilities = status.code.list;
    if (status.status == Status::Ok)
        return;
    const bool temporary = status.code.name.compare("UNAVAILABLE", Qt::CaseInsensitive) == 0;
    const QString text = status.text.isEmpty() ? tr("(no reason given)") : status.text;
    setError(temporary ? ImapError::Kind::TemporaryAuthentication : ImapError::Kind::Authentication,
             temporary ? tr("The server cannot check the login right now: %1").arg(text)
                       : tr("The server did not accept the login: %1").arg(text),
             status);
}

} // namespace heron::imap
