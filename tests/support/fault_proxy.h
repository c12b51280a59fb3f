#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace heron::test {

// A loopback TCP proxy between the code under test and a real server that can
// break the link once a number of bytes came from the server: cut it, stall it
// (the connection stays open, nothing more arrives), corrupt a byte, or delay
// everything; to test what a bad network in the middle of a protocol exchange
// leaves behind. TLS passes through untouched (the client still verifies the
// real server), so a corrupted byte shows as a TLS failure, as on a real link.
class FaultProxy : public QTcpServer
{
    Q_OBJECT

public:
    struct Fault
    {
        enum class Kind { None, Cut, Stall, Corrupt, Delay };
        Kind kind = Kind::None;
        qint64 afterServerBytes = 0; // where Cut, Stall and Corrupt strike
        int delayMs = 0; // Delay: added to every chunk from the server
    };

    explicit FaultProxy(quint16 targetPort);

    // The fault for every new connection (connections already open keep theirs).
    void setFault(const Fault &fault) { m_fault = fault; }
    // The fault for the next new connection only; the ones after it pass untouched.
    void setFaultOnce(const Fault &fault)
    {
        m_fault = fault;
        m_faultOnce = true;
    }
    // Drops every open connection now, as a network that goes away does.
    void cutAll();
    // Cut every new connection once this many bytes came from the server (-1: never).
    void setCutAfterServerBytes(qint64 bytes) { setFault(bytes < 0 ? Fault {} : Fault {Fault::Kind::Cut, bytes, 0}); }
    // Connections a fault struck (cut, stalled or corrupted).
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
    // The server's next chunk, after the connection's fault had its say.
    QByteArray applyFault(const Fault &fault, qint64 forwarded, QByteArray bytes, bool *close, bool *stall);

    quint16 m_targetPort;
    Fault m_fault;
    bool m_faultOnce = false;
    int m_cuts = 0;
    QByteArray m_fromClient;
    QByteArray m_fromServer;
    std::function<QByteArray(const QByteArray &)> m_rewrite;
};

} // namespace heron::test
