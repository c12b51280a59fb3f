#include "net/loopback_redirect_listener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace heron::net {

namespace {

const QString kPath = QStringLiteral("/heron");
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kRequestTimeoutMs = 10'000;

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_title(tr("Signed in"))
    , m_text(tr("You can close this page and return to Heron."))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(QString *error)
{
    if (m_server->isListening())
        return true;
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = tr("Heron cannot wait for the browser's answer: no local port is free (%1).").arg(m_server->errorString());
    return false;
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(QStringLiteral("127.0.0.1"));
    uri.setPort(m_server->serverPort());
    uri.setPath(kPath);
    return uri;
}

void LoopbackRedirectListener::setReplyPage(const QString &title, const QString &text)
{
    m_title = title;
    m_text = text;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A browser may open a connection it never uses; it must not stay forever.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    // Only the request line and the headers matter; wait until they are complete.
    const QByteArray head = socket->peek(kMaxRequestBytes + 1);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target = requestLine.size() == 3 ? QUrl(QString::fromLatin1(requestLine.at(1))) : QUrl();
    if (requestLine.value(0) != "GET" || target.path() != kPath) {
        answer(socket, 404, "Not Found", QByteArray());
        return;
    }
    const QUrlQuery query(target);
    // An answer has a code or an error (RFC 6749 4.1.2); anything else at this address
    // (a browser's prefetch, a reload without the query) must not end the sign-in.
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error"))) {
        answer(socket, 400, "Bad Request", QByteArray());
        return;
    }
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    answer(socket, 200, "OK",
           "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escaped(m_title) + "</title></head><body><h1>"
               + escaped(m_title) + "</h1><p>" + escaped(m_text) + "</p></body></html>");
    m_server->close(); // one answer per sign-in
    emit received(query);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: "
                    "close\r\nContent-Length: "
                  + QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}

} // namespace heron::net
