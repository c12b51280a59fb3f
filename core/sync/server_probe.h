#pragma once

#include "accounts/account.h"
#include "net/connection.h"
#include "net/tls_policy.h"

#include <QObject>

namespace heron::sync {

// Checks that an IMAP or SMTP server answers where an endpoint says: TLS
// (implicit, or STARTTLS after the plain greeting) with a verified
// certificate, and the protocol's greeting ("* OK", "220"). No login. Used to
// guess a provider's servers and as the TLS step of a connection test; a
// certificate problem comes back as a sentence with the fingerprint to pin.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Running, Ok, CertificateProblem, Failed };

    struct Result
    {
        accounts::MailProtocol protocol = accounts::MailProtocol::Imap;
        accounts::ServerEndpoint endpoint;
        Outcome outcome = Outcome::Running;
        QString message; // a sentence: what answered, or what went wrong
        QByteArray certificateSha256; // CertificateProblem: what the user could choose to trust
    };

    explicit ServerProbe(net::TlsPolicy policy, QObject *parent = nullptr);

    // For connecting, the handshake and each answer.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Starts; finished() follows once.
    void start(accounts::MailProtocol protocol, const accounts::ServerEndpoint &endpoint);
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    void onReceived(const QByteArray &data);
    void onLine(const QByteArray &line);
    void onGreeting(const QByteArray &line);
    void onStartTlsReply(const QByteArray &line);
    void succeed();
    void finish(Outcome outcome, const QString &message, const QByteArray &sha256 = {});
    QString where() const;

    enum class Phase { Greeting, Ehlo, StartTls, Handshake, Done };

    net::Connection m_connection;
    int m_timeoutMs = 8'000;
    Phase m_phase = Phase::Greeting;
    QByteArray m_buffer;
    Result m_result;
};

} // namespace heron::sync
