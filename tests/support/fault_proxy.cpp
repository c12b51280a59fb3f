#include "fault_proxy.h"

#include <memory>

namespace heron::test {

FaultProxy::FaultProxy(quint16 targetPort)
    : m_targetPort(targetPort)
{
    listen(QHostAddress::LocalHost);
}

void FaultProxy::incomingConnection(qintptr descriptor)
{
    auto *client = new QTcpSocket(this);
    auto *server = new QTcpSocket(this);
    client->setSocketDescriptor(descriptor);
    auto forwarded = std::make_shared<qint64>(0);
    const qint64 cutAfter = m_cutAfter;
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
    connect(server, &QTcpSocket::readyRead, client, [this, client, server, forwarded, cutAfter, closeBoth] {
        QByteArray bytes = server->readAll();
        m_fromServer += bytes;
        if (m_rewrite)
            bytes = m_rewrite(bytes);
        if (cutAfter >= 0 && *forwarded + bytes.size() >= cutAfter) {
            client->write(bytes.left(cutAfter - *forwarded));
            client->flush();
            ++m_cuts;
            closeBoth();
            return;
        }
        *forwarded += bytes.size();
        client->write(bytes);
    });
    connect(client, &QTcpSocket::disconnected, server, closeBoth);
    connect(server, &QTcpSocket::disconnected, client, closeBoth);
    server->connectToHost(QHostAddress::LocalHost, m_targetPort);
}

} // namespace heron::test
