#pragma once

#include "net/connection_error.h"
#include "net/deflate_stream.h"
#include "net/tls_policy.h"

#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace heron::net {

// One TCP connection to a mail server, encrypted from the start (implicit TLS)
// or upgraded by the protocol (STARTTLS). The protocol layers above see bytes
// in and bytes out; this class owns trust decisions, timeouts and the rule
// that secrets never cross an unencrypted link.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class Security { ImplicitTls, StartTls };

    explicit Connection(TlsPolicy policy, QObject *parent = nullptr);
    ~Connection() override;

    // Connects; emits ready() once bytes can flow (after the handshake for
    // ImplicitTls, after TCP connect for StartTls) or failed().
    void open(const QString &host, quint16 port, Security security);
    // Starts TLS on a plain connection after the server agreed to STARTTLS;
    // emits encrypted() or failed(). Unread plain bytes are dropped here; bytes
    // already delivered after the STARTTLS reply are the protocol's to discard.
    void startTls();
    void close();
    // After the protocol agreed to compress (IMAP COMPRESS=DEFLATE): from now
    // on writes are deflated and received bytes inflated. alreadyReceived are
    // bytes that arrived after the agreement and were handed out before this
    // call; they are compressed and are delivered again, inflated.
    void startCompression(QByteArrayView alreadyReceived = {});
    bool isCompressed() const { return m_deflate != nullptr; }

    bool isEncrypted() const;
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QSslCertificate peerCertificate() const { return m_socket.peerCertificate(); }

    void write(QByteArrayView data);
    // For credentials and device tokens: refused, and the connection failed,
    // unless the link is encrypted. Returns whether the data was written.
    bool writeSecret(QByteArrayView data);

    // How long opening, the TLS handshake, and waiting for the server's next
    // bytes may take; 0 switches the read timeout off (the default).
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }
    void setReadTimeout(int milliseconds);

    const ConnectionError &error() const { return m_error; }

signals:
    void ready();
    void encrypted();
    void received(const QByteArray &data);
    void failed(const heron::net::ConnectionError &error);
    void closed();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onDisconnected();
    void onTimeout();
    void fail(ConnectionError::Kind kind, const QString &message);
    QString explainCertificate(const QList<QSslError> &errors) const;
    void restartReadTimer();
    void deliver(QByteArrayView data);

    TlsPolicy m_policy;
    QSslSocket m_socket;
    QTimer m_timer;
    QString m_host;
    quint16 m_port = 0;
    Security m_security = Security::ImplicitTls;
    int m_connectTimeoutMs = 30000;
    int m_readTimeoutMs = 0;
    enum class Phase { Idle, Connecting, Handshaking, Open, Ended };
    Phase m_phase = Phase::Idle;
    std::unique_ptr<DeflateStream> m_deflate;
    QByteArray m_backlog; // compressed bytes handed out before compression started
    ConnectionError m_error;
    ConnectionError m_certificateError; // kept from sslErrors() for the handshake failure that follows
};

} // namespace heron::net
