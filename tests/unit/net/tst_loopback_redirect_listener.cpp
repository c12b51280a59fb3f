#include "net/loopback_redirect_listener.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using heron::net::LoopbackRedirectListener;

namespace {

constexpr int kWaitMs = 10000;

// Sends one raw request and returns the whole answer (the listener closes the
// connection). The listener lives on this thread, so this waits in an event loop.
QByteArray ask(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    return answer + socket.readAll();
}

} // namespace

class TestLoopbackRedirectListener : public QObject
{
    Q_OBJECT

private slots:
    void oneAnswerThenClosed()
    {
        LoopbackRedirectListener listener;
        QString error;
        QVERIFY(listener.listen(&error));
        const QUrl uri = listener.redirectUri();
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QSignalSpy received(&listener, &LoopbackRedirectListener::received);

        // A browser asks for its icon first, and may split a request across writes.
        const QByteArray icon = ask(quint16(uri.port()), "GET /favicon.ico HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(icon.startsWith("HTTP/1.1 404"), icon.constData());
        QVERIFY(received.isEmpty());

        // The address without an answer (a prefetch, a reload) does not end the wait.
        const QByteArray empty = ask(quint16(uri.port()), "GET " + uri.path().toLatin1() + " HTTP/1.1\r\n\r\n");
        QVERIFY2(empty.startsWith("HTTP/1.1 400"), empty.constData());
        QVERIFY(received.isEmpty());
        QVERIFY(listener.isListening());

        listener.setReplyPage(QStringLiteral("Done <here>"), QStringLiteral("Back to Heron."));
        const QByteArray page
            = ask(quint16(uri.port()),
                  "GET " + uri.path().toLatin1() + "?code=a%2Bb&state=s1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.constData());
        QVERIFY(page.contains("Done &lt;here&gt;")); // the page's text is escaped
        QVERIFY(page.contains("Cache-Control: no-store"));
        QCOMPARE(received.size(), 1);
        const auto query = received.at(0).at(0).value<QUrlQuery>();
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("a+b"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s1"));
        QVERIFY(!listener.isListening()); // one sign-in, one answer
    }

    void oversizedRequestIsDropped()
    {
        LoopbackRedirectListener listener;
        QString error;
        QVERIFY(listener.listen(&error));
        QSignalSpy received(&listener, &LoopbackRedirectListener::received);
        const QByteArray answer = ask(quint16(listener.redirectUri().port()),
                                      "GET /heron?code=" + QByteArray(20000, 'x') + " HTTP/1.1\r\n");
        QVERIFY(answer.isEmpty());
        QVERIFY(received.isEmpty());
        QVERIFY(listener.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "tst_loopback_redirect_listener.moc"
