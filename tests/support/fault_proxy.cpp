#include "fault_proxy.h"

#include <QTimer>

#include <memory>
#include <utility>

namespace heron::test {

FaultProxy::FaultProxy(quint16 targetPort)
    : m_targetPort(targetPort)
{
    listen(QHostAddress::LocalHost);
}

QByteArray FaultProxy::applyFault(const Fault &fault, qint64 forwarded, QByteArray bytes, bool *close, bool *stall)
{
    const qint64 strike = fault.afterServerBytes - forwarded;
    if (fault.kind == Fault::Kind::None || fault.kind == Fault::Kind::Delay || strike < 0 || strike >= bytes.size())
        return bytes;
    ++m_cuts;
    switch (fault.kind) {
    case Fault::Kind::Cut:
        *close = true;
        return bytes.left(strike);
    case Fault::Kind::Stall:
        *stall = true;
        return bytes.left(strike);
    case Fault::Kind::Corrupt:
        bytes[strike] = char(bytes.at(strike) ^ 0x5a);
        return bytes;
    case Fault::Kind::None:
    case Fault::Kind::Delay:
        break;
    }
    return bytes;
}

void FaultProxy::cutAll()
{
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
        socket->abort();
}

void FaultProxy::incomingConnection(qintptr descriptor)
{
    auto *client = new QTcpSocket(this);
    auto *server = new QTcpSocket(this);
    client->setSocketDescriptor(descriptor);
    // Without it, Nagle and delayed ACKs add 40 ms to each exchange through the proxy.
    client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(server, &QTcpSocket::connected, server,
            [server] { server->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    auto forwarded = std::make_shared<qint64>(0);
    auto stalled = std::make_shared<bool>(false);
    const Fault fault = m_fault;
    if (std::exchange(m_faultOnce, false))
        m_fault = {};
    const auto closeBoth = [client, server] {
        client->abort();
        server->abort();
        client->deleteLater();
        server->deleteLater();
    };
    connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
        const QByteArray bytes = client->readAll();
        m_fromClient += bytes;
        server->write(bytes);
    });
    connect(server, &QTcpSocket::readyRead, client, [=, this] {
        QByteArray bytes = server->readAll();
        m_fromServer += bytes;
        if (*stalled)
            return; // swallowed: the client waits for what never comes
        if (m_rewrite)
            bytes = m_rewrite(bytes);
        bool close = false;
        const qint64 offset = *forwarded;
        bytes = applyFault(fault, offset, bytes, &close, stalled.get());
        *forwarded += bytes.size();
        if (fault.kind == Fault::Kind::Delay) {
            // Same delay for every chunk, so the timers keep their order.
            QTimer::singleShot(fault.delayMs, client, [client, bytes] { client->write(bytes); });
            return;
        }
        client->write(bytes);
        if (close) {
            client->flush();
            closeBoth();
        }
    });
    connect(client, &QTcpSocket::disconnected, server, closeBoth);
    connect(server, &QTcpSocket::disconnected, client, [fault, client, closeBoth] {
        // What the server sent before it closed still arrives, late.
        if (fault.kind == Fault::Kind::Delay)
            QTimer::singleShot(fault.delayMs, client, closeBoth);
        else
            closeBoth();
    });
    server->connectToHost(QHostAddress::LocalHost, m_targetPort);
}

} // namespace heron::test
