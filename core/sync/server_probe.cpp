#include "sync/server_probe.h"

#include "sync/session_settings.h"

namespace heron::sync {

namespace {

constexpr qsizetype kMaxLine = 4096; // a greeting longer than this is not a mail server's
const QByteArray kTag = "p1";

// The server's own words, cut short and without control characters, for a sentence.
QString shown(const QByteArray &line)
{
    QString text = QString::fromUtf8(line.left(120)).simplified();
    text.removeIf([](QChar c) { return c.isNonCharacter() || (c.unicode() < 0x20); });
    return text;
}

} // namespace

ServerProbe::ServerProbe(net::TlsPolicy policy, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(policy))
{
    connect(&m_connection, &net::Connection::received, this, &ServerProbe::onReceived);
    connect(&m_connection, &net::Connection::encrypted, this, &ServerProbe::succeed);
    connect(&m_connection, &net::Connection::failed, this, [this](const net::ConnectionError &error) {
        finish(error.kind == net::ConnectionError::Kind::CertificateRejected ? Outcome::CertificateProblem
                                                                             : Outcome::Failed,
               error.message, error.certificateSha256);
    });
    connect(&m_connection, &net::Connection::closed, this,
            [this] { finish(Outcome::Failed, tr("%1 closed the connection before it said hello.").arg(where())); });
}

QString ServerProbe::where() const
{
    return QStringLiteral("%1:%2").arg(m_result.endpoint.host).arg(m_result.endpoint.port);
}

void ServerProbe::start(accounts::MailProtocol protocol, const accounts::ServerEndpoint &endpoint)
{
    m_result = {protocol, endpoint, Outcome::Running, {}, {}};
    m_phase = Phase::Greeting;
    m_buffer.clear();
    m_connection.setConnectTimeout(m_timeoutMs);
    m_connection.setReadTimeout(m_timeoutMs);
    m_connection.open(endpoint.host, endpoint.port, SessionSettings::connectionSecurity(endpoint.security));
}

void ServerProbe::onReceived(const QByteArray &data)
{
    m_buffer += data;
    qsizetype end;
    while (m_phase != Phase::Done && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        onLine(line);
    }
    if (m_phase != Phase::Done && m_buffer.size() > kMaxLine)
        finish(Outcome::Failed, tr("%1 does not answer like a mail server.").arg(where()));
}

void ServerProbe::onLine(const QByteArray &line)
{
    switch (m_phase) {
    case Phase::Greeting:
        onGreeting(line);
        break;
    case Phase::Ehlo:
        if (line.startsWith("250 ")) {
            m_phase = Phase::StartTls;
            m_connection.write("STARTTLS\r\n");
        } else if (!line.startsWith("250-")) {
            finish(Outcome::Failed, tr("%1 refused EHLO: %2").arg(where(), shown(line)));
        }
        break;
    case Phase::StartTls:
        onStartTlsReply(line);
        break;
    case Phase::Handshake:
    case Phase::Done:
        break;
    }
}

void ServerProbe::onGreeting(const QByteArray &line)
{
    const bool imap = m_result.protocol == accounts::MailProtocol::Imap;
    if (!imap && line.startsWith("220-"))
        return; // a multi-line greeting goes on
    const bool hello = imap ? line.startsWith("* OK") : line.startsWith("220");
    if (!hello) {
        finish(Outcome::Failed,
               imap ? tr("%1 did not greet like an IMAP server: %2").arg(where(), shown(line))
                    : tr("%1 did not greet like an SMTP server: %2").arg(where(), shown(line)));
        return;
    }
    if (m_result.endpoint.security == accounts::Security::Tls) {
        succeed();
        return;
    }
    m_buffer.clear(); // nothing unasked-for is read as an answer
    if (imap) {
        m_phase = Phase::StartTls;
        m_connection.write(kTag + " STARTTLS\r\n");
    } else {
        m_phase = Phase::Ehlo;
        m_connection.write("EHLO [127.0.0.1]\r\n");
    }
}

void ServerProbe::onStartTlsReply(const QByteArray &line)
{
    const bool imap = m_result.protocol == accounts::MailProtocol::Imap;
    if (imap && line.startsWith("* "))
        return; // untagged data before the answer
    const bool agreed = imap ? line.startsWith(kTag + " OK") : line.startsWith("220");
    if (!agreed) {
        finish(Outcome::Failed, tr("%1 does not offer STARTTLS: %2").arg(where(), shown(line)));
        return;
    }
    m_phase = Phase::Handshake;
    m_connection.startTls(); // encrypted() or failed() follows
}

void ServerProbe::succeed()
{
    finish(Outcome::Ok,
           m_result.endpoint.security == accounts::Security::Tls
               ? tr("%1 answered over TLS with a trusted certificate.").arg(where())
               : tr("%1 answered and upgraded to TLS (STARTTLS) with a trusted certificate.").arg(where()));
}

void ServerProbe::finish(Outcome outcome, const QString &message, const QByteArray &sha256)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_result.outcome = outcome;
    m_result.message = message;
    m_result.certificateSha256 = sha256;
    m_connection.close();
    emit finished();
}

} // namespace heron::sync
