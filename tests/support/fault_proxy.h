#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace heron::test {

// A loopback TCP proxy between the code under test and a real server that can
// cut the link after a number of bytes from the server, to test what a
// dropped connection in the middle of a protocol exchange leaves behind. TLS
// passes through untouched (the client still verifies the real server).
class FaultProxy : public QTcpServer
{
    Q_OBJECT

public:
    explicit FaultProxy(quint16 targetPort);

    // Cut every new connection once this many bytes came from the server (-1: never).
    void setCutAfterServerBytes(qint64 bytes) { m_cutAfter = bytes; }
    int cuts() const { return m_cuts; }

    // Everything that passed through, per direction, all connections in order: what
    // an eavesdropper on the link would have (ciphertext once TLS is up).
    const QByteArray &fromClient() const { return m_fromClient; }
    const QByteArray &fromServer() const { return m_fromServer; }

    // Rewrites what the server sends before the client sees it (an active attacker,
    // e.g. one that strips STARTTLS from the capabilities).
    void setServerRewrite(std::function<QByteArray(const QByteArray &)> rewrite) { m_rewrite = std::move(rewrite); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    quint16 m_targetPort;
    qint64 m_cutAfter = -1;
    int m_cuts = 0;
    QByteArray m_fromClient;
    QByteArray m_fromServer;
    std::function<QByteArray(const QByteArray &)> m_rewrite;
};

} // namespace heron::test
