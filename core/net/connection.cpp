#include "net/connection.h"

#include <utility>

namespace heron::net {

namespace {

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

Connection::Connection(TlsPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{
    m_timer.setSingleShot(true);
    m_socket.setSslConfiguration(m_policy.onDemandConfiguration());
    connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
    connect(&m_socket, &QSslSocket::connected, this, &Connection::onConnected);
    connect(&m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(&m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(&m_socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(&m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
}

Connection::~Connection()
{
    m_phase = Phase::Ended; // no signals from a dying object
    m_socket.abort();
}

void Connection::open(const QString &host, quint16 port, Security security)
{
    m_host = host;
    m_port = port;
    m_security = security;
    m_error = {};
    m_certificateError = {};
    m_phase = Phase::Connecting;
    m_timer.start(m_connectTimeoutMs);
    if (security == Security::ImplicitTls) {
        m_phase = Phase::Handshaking;
        m_socket.connectToHostEncrypted(host, port);
    } else {
        m_socket.connectToHost(host, port);
    }
}

void Connection::startTls()
{
    if (m_phase != Phase::Open || m_socket.isEncrypted())
        return;
    // Bytes the server sent after its STARTTLS reply but before the handshake
    // could be an injection: they are dropped, never read as post-TLS data.
    m_socket.readAll();
    m_phase = Phase::Handshaking;
    m_timer.start(m_connectTimeoutMs);
    m_socket.setPeerVerifyName(m_host);
    m_socket.startClientEncryption();
}

void Connection::close()
{
    if (m_phase == Phase::Ended)
        return;
    m_timer.stop();
    m_socket.disconnectFromHost();
}

bool Connection::isEncrypted() const
{
    return m_socket.isEncrypted();
}

void Connection::startCompression(QByteArrayView alreadyReceived)
{
    if (m_deflate)
        return;
    m_deflate = std::make_unique<DeflateStream>();
    if (!alreadyReceived.isEmpty()) {
        // Delivered from the event loop (the caller is still handling the bytes before these),
        // or ahead of the next read, whichever comes first.
        m_backlog = alreadyReceived.toByteArray();
        QTimer::singleShot(0, this, [this] { deliver(std::exchange(m_backlog, {})); });
    }
}

void Connection::write(QByteArrayView data)
{
    if (m_phase != Phase::Open)
        return;
    if (m_deflate) {
        const QByteArray compressed = m_deflate->compress(data);
        m_socket.write(compressed);
    } else {
        m_socket.write(data.constData(), data.size());
    }
}

bool Connection::writeSecret(QByteArrayView data)
{
    if (!m_socket.isEncrypted()) {
        fail(ConnectionError::Kind::CleartextRefused,
             tr("Heron refused to send a password or device ID to %1 over an unencrypted connection.").arg(m_host));
        return false;
    }
    write(data);
    return m_phase == Phase::Open;
}

void Connection::setReadTimeout(int milliseconds)
{
    m_readTimeoutMs = milliseconds;
    restartReadTimer();
}

void Connection::restartReadTimer()
{
    if (m_phase != Phase::Open)
        return;
    if (m_readTimeoutMs > 0)
        m_timer.start(m_readTimeoutMs);
    else
        m_timer.stop();
}

void Connection::onConnected()
{
    if (m_security == Security::StartTls) {
        m_phase = Phase::Open;
        restartReadTimer();
        emit ready();
    }
}

void Connection::onEncrypted()
{
    m_phase = Phase::Open;
    restartReadTimer();
    if (m_security == Security::ImplicitTls)
        emit ready();
    else
        emit encrypted();
}

void Connection::onReadyRead()
{
    if (m_phase != Phase::Open)
        return; // handshake bytes are the socket's business
    restartReadTimer();
    deliver(std::exchange(m_backlog, {}) + m_socket.readAll());
}

void Connection::deliver(QByteArrayView data)
{
    if (data.isEmpty() || m_phase != Phase::Open)
        return;
    if (!m_deflate) {
        emit received(data.toByteArray());
        return;
    }
    QByteArray plain;
    if (!m_deflate->decompress(data, &plain)) {
        fail(ConnectionError::Kind::Other,
             tr("%1 sent compressed data that cannot be decompressed; the connection was closed.").arg(m_host));
        return;
    }
    if (!plain.isEmpty())
        emit received(plain);
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate certificate = m_socket.peerCertificate();
    const QList<QSslError> remaining = m_policy.remainingErrors(errors, m_socket.peerCertificateChain(), m_host);
    if (remaining.isEmpty() || m_policy.isPinned(m_host, certificate)) {
        m_socket.ignoreSslErrors(errors);
        return;
    }
    m_certificateError = {ConnectionError::Kind::CertificateRejected, explainCertificate(remaining),
                          TlsPolicy::fingerprint(certificate)};
}

QString Connection::explainCertificate(const QList<QSslError> &errors) const
{
    const QSslCertificate certificate = m_socket.peerCertificate();
    QString reason;
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::CertificateExpired) {
            reason = tr("Its certificate expired on %1.").arg(certificate.expiryDate().toString(Qt::ISODate));
        } else if (error.error() == QSslError::CertificateNotYetValid) {
            reason = tr("Its certificate is not valid before %1; check this computer's clock.")
                         .arg(certificate.effectiveDate().toString(Qt::ISODate));
        } else if (error.error() == QSslError::HostNameMismatch) {
            QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
            names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
            reason = tr("Its certificate is for %1, not for %2.")
                         .arg(names.isEmpty() ? certificate.subjectDisplayName() : names.join(QStringLiteral(", ")),
                              m_host);
        } else if (error.error() == QSslError::SelfSignedCertificate) {
            reason = tr("Its certificate is self-signed: it vouches for itself, so nothing shows that it "
                        "belongs to %1.")
                         .arg(m_host);
        } else if (TlsPolicy::isIssuerProblem(error.error())) {
            reason = tr("Its certificate was issued by \"%1\", an authority this computer does not trust.")
                         .arg(certificate.issuerDisplayName());
        }
        if (!reason.isEmpty())
            break;
    }
    if (reason.isEmpty() && !errors.isEmpty())
        reason = errors.constFirst().errorString();
    return tr("Heron did not connect to %1 because the server could not prove its identity. %2 "
              "Certificate fingerprint (SHA-256): %3")
        .arg(m_host, reason, colonHex(TlsPolicy::fingerprint(certificate)));
}

void Connection::onSocketError(QAbstractSocket::SocketError socketError)
{
    if (m_phase == Phase::Ended)
        return;
    const QString where = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    switch (socketError) {
    case QAbstractSocket::HostNotFoundError:
        fail(ConnectionError::Kind::HostNotFound,
             tr("Cannot find the server %1; check its name and this computer's network.").arg(m_host));
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(ConnectionError::Kind::Refused,
             tr("%1 refused the connection; check the port and the security setting.").arg(where));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_phase == Phase::Handshaking && m_certificateError.isError())
            fail(m_certificateError.kind, m_certificateError.message);
        else
            fail(ConnectionError::Kind::Closed,
                 m_phase == Phase::Handshaking
                     ? tr("%1 closed the connection during TLS negotiation; check the security setting.").arg(where)
                     : tr("%1 closed the connection.").arg(where));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        if (m_certificateError.isError())
            fail(m_certificateError.kind, m_certificateError.message);
        else
            fail(ConnectionError::Kind::TlsHandshake,
                 tr("TLS negotiation with %1 failed: %2").arg(where, m_socket.errorString()));
        break;
    default:
        fail(ConnectionError::Kind::Other, tr("Connection to %1 failed: %2").arg(where, m_socket.errorString()));
        break;
    }
}

void Connection::onDisconnected()
{
    if (m_phase == Phase::Ended)
        return;
    m_phase = Phase::Ended;
    m_timer.stop();
    emit closed();
}

void Connection::onTimeout()
{
    const QString where = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    const double seconds = (m_phase == Phase::Open ? m_readTimeoutMs : m_connectTimeoutMs) / 1000.0;
    switch (m_phase) {
    case Phase::Connecting:
        fail(ConnectionError::Kind::Timeout, tr("No answer from %1 within %2 s.").arg(where).arg(seconds));
        break;
    case Phase::Handshaking:
        fail(ConnectionError::Kind::Timeout,
             tr("TLS negotiation with %1 did not finish within %2 s; check the port and the security setting.")
                 .arg(where)
                 .arg(seconds));
        break;
    case Phase::Open:
        fail(ConnectionError::Kind::Timeout, tr("%1 stopped answering for %2 s.").arg(where).arg(seconds));
        break;
    case Phase::Idle:
    case Phase::Ended:
        break;
    }
}

void Connection::fail(ConnectionError::Kind kind, const QString &message)
{
    if (m_phase == Phase::Ended)
        return;
    m_phase = Phase::Ended;
    m_timer.stop();
    m_error
        = {kind, message,
           kind == ConnectionError::Kind::CertificateRejected ? m_certificateError.certificateSha256 : QByteArray()};
    m_socket.abort();
    emit failed(m_error);
}

} // namespace heron::net
