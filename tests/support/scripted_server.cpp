#include "scripted_server.h"

#include "test_certificates.h"

namespace heron::test {

ScriptedConnection::ScriptedConnection(ScriptedServer *server, QSslSocket *socket, int index)
    : QObject(socket)
    , m_server(server)
    , m_socket(socket)
    , m_index(index)
{
    connect(socket, &QSslSocket::readyRead, this, &ScriptedConnection::onReadyRead);
    connect(socket, &QSslSocket::encrypted, this, &ScriptedConnection::onReadyRead);
}

void ScriptedConnection::reply(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

void ScriptedConnection::startTls()
{
    m_socket->startServerEncryption();
}

void ScriptedConnection::close()
{
    m_socket->disconnectFromHost();
}

void ScriptedConnection::onReadyRead()
{
    while (m_socket->canReadLine()) {
        QByteArray line = m_socket->readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        m_server->record(*this, line);
        m_server->m_script(*this, line);
        if (m_socket->mode() != QSslSocket::UnencryptedMode && !m_socket->isEncrypted())
            return; // a handshake started: the rest is TLS, not lines
    }
}

ScriptedServer::ScriptedServer(Mode mode, QByteArray greeting, Script script, QSslCertificate certificate)
    : m_mode(mode)
    , m_greeting(std::move(greeting))
    , m_script(std::move(script))
    , m_certificate(certificate.isNull() ? TestCertificates::instance().localhost() : std::move(certificate))
{
    listen(QHostAddress::LocalHost);
}

QByteArrayList ScriptedServer::texts() const
{
    QByteArrayList texts;
    for (const ClientLine &line : m_lines)
        texts.append(line.text);
    return texts;
}

qsizetype ScriptedServer::indexOf(const QByteArray &prefix) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).text.startsWith(prefix))
            return i;
    }
    return -1;
}

void ScriptedServer::record(ScriptedConnection &connection, const QByteArray &line)
{
    m_lines.append({connection.index(), line, connection.isEncrypted()});
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(TestCertificates::instance().key());
    auto *connection = new ScriptedConnection(this, socket, m_connections++);
    switch (m_mode) {
    case Mode::ImplicitTls:
        connect(socket, &QSslSocket::encrypted, connection, [this, connection] { connection->reply(m_greeting); });
        socket->startServerEncryption();
        break;
    case Mode::Plain:
        connection->reply(m_greeting);
        break;
    case Mode::Silent:
        break;
    }
}

} // namespace heron::test
