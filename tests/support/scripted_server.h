#pragma once

#include <QByteArrayList>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

namespace heron::test {

class ScriptedServer;

// One client connection to a ScriptedServer, as the script sees it.
class ScriptedConnection : public QObject
{
    Q_OBJECT

public:
    ScriptedConnection(ScriptedServer *server, QSslSocket *socket, int index);

    int index() const { return m_index; } // 0 for the first connection
    bool isEncrypted() const { return m_socket->isEncrypted(); }
    void reply(const QByteArray &bytes);
    // Upgrade after the script has sent its STARTTLS go-ahead.
    void startTls();
    void close();

private:
    void onReadyRead();

    ScriptedServer *m_server;
    QSslSocket *m_socket;
    int m_index;
};

// A line-protocol server whose behaviour a test writes as a function of the
// client's lines, for what real servers never do (CLIENTID replies, broken
// replies, refusals). It records every line a client sent, with whether it
// came over TLS.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode { ImplicitTls, Plain, Silent };

    struct ClientLine
    {
        int connection;
        QByteArray text;
        bool encrypted;
    };

    using Script = std::function<void(ScriptedConnection &, const QByteArray &line)>;

    // greeting goes out once the connection is ready (after the handshake with ImplicitTls).
    ScriptedServer(Mode mode, QByteArray greeting, Script script, QSslCertificate certificate = QSslCertificate());

    const QList<ClientLine> &lines() const { return m_lines; }
    QByteArrayList texts() const;
    int connectionCount() const { return m_connections; }
    // Index in lines() of the first line starting with prefix, or -1.
    qsizetype indexOf(const QByteArray &prefix) const;

    void record(ScriptedConnection &connection, const QByteArray &line);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Mode m_mode;
    QByteArray m_greeting;
    Script m_script;
    QSslCertificate m_certificate;
    QList<ClientLine> m_lines;
    int m_connections = 0;

    friend class ScriptedConnection;
};

} // namespace heron::test
