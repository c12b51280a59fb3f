#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace heron::net {

// Where the system browser comes back after an OAuth sign-in (RFC 8252 7.3):
// an HTTP listener on 127.0.0.1 and a port the system picks, for one request
// only. The browser's GET carries the answer in its query (a code or an
// error); the listener tells the browser the user may return to Heron and stops
// listening. Requests for other paths (a favicon) get a 404, the address
// without an answer a 400; a request that is too large or too slow is dropped.
// Nothing but loopback can connect.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening; false with *error when no loopback port can be had.
    bool listen(QString *error);
    void close();
    bool isListening() const;

    // http://127.0.0.1:PORT/heron — valid once listen() succeeded.
    QUrl redirectUri() const;

    // The page the browser shows after the answer arrived.
    void setReplyPage(const QString &title, const QString &text);

signals:
    // The browser came back with this query (code and state, or error).
    void received(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QTcpServer *m_server;
    QString m_title;
    QString m_text;
};

} // namespace heron::net
