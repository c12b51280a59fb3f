// The HTML message view in QtWebEngine, end to end through MessageView: remote
// content (img, CSS url(), background, style sheets, a tracking pixel) never
// reaches a local HTTP server until "Allow once" / "Always allow for <sender>",
// cid: images come from the message's own parts, scripts and handlers never
// run (even in HTML that skipped the sanitiser), links leave for the system
// browser (or the composer, for mailto:) and the view stays where it was, the
// hostile corpus of tests/data/html fetches and runs nothing, and a 10 MB body
// is prepared off the UI thread. One binary: the web engine starts once.
#include "../identity/gui_test_helpers.h"
#include "accounts/profile.h"
#include "accounts/remote_content_allow_list.h"
#include "html_message_view.h"
#include "message_view.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

using heron::test::child;
using heron::test::MessageBoxAnswer;
using heron::test::UrlCatcher;
using heron::ui::HtmlMessageView;
using heron::ui::MessageView;

namespace {

constexpr int kLoadTimeout = 30000; // ms; WebEngine under ASan starts slowly

// A loopback HTTP server that counts what reaches it: every request gets a 1x1 GIF
// (or an empty style sheet), so a page that was allowed to load goes on loading.
class CountingHttpServer : public QObject
{
public:
    CountingHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    int connections = 0;
    QStringList paths;

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QList<QByteArray> words = request.left(request.indexOf('\n')).split(' ');
        if (words.size() >= 2)
            paths << QString::fromLatin1(words[1]);
        static const QByteArray gif
            = QByteArray::fromBase64("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
        const bool css = words.size() >= 2 && words[1].endsWith(".css");
        const QByteArray body = css ? QByteArray() : gif;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + QByteArray(css ? "text/css" : "image/gif")
                      + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                      + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

QByteArray pngBytes(const QColor &colour, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A multipart/related message: the HTML and, when given, one inline image with a Content-ID.
QByteArray htmlMessage(const QString &html, const QByteArray &from = "news@sender.example",
                       const QByteArray &imageContentId = {})
{
    QByteArray message = "From: Sender <" + from
        + ">\r\nTo: me@example.org\r\nSubject: HTML\r\n"
          "Date: Sun, 29 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/related; boundary=rel\r\n\r\n"
          "--rel\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + html.toUtf8().toBase64() + "\r\n";
    if (!imageContentId.isEmpty())
        message += "--rel\r\nContent-Type: image/png\r\nContent-ID: <" + imageContentId
            + ">\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: inline\r\n\r\n"
            + pngBytes(Qt::red, 40).toBase64() + "\r\n";
    return message + "--rel--\r\n";
}

heron::store::MessageRecord record(const QString &from = QStringLiteral("news@sender.example"))
{
    heron::store::MessageRecord message;
    message.uid = 1;
    message.subject = QStringLiteral("HTML");
    message.from = {{QStringLiteral("Sender"), from}};
    return message;
}

QString screenshotDirectory()
{
    return QStringLiteral(HERON_BINARY_DIR "/tests/gui/html/screenshots");
}

} // namespace

class TestHtmlMessageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("HERON_SCREENSHOT_DIR", screenshotDirectory().toUtf8());
        QVERIFY(m_profileDir.isValid());
        QString error;
        m_profile = heron::accounts::Profile::open(m_profileDir.path(), &error);
        QVERIFY2(m_profile, qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
        m_view = new MessageView;
        m_view->useProfile(*m_profile);
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }

    void cleanupTestCase()
    {
        delete m_view;
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void remoteContentBlockedUntilAllowedOnce()
    {
        CountingHttpServer server;
        const QString remote = server.origin();
        const QString html = QStringLiteral("<html><head><link rel=stylesheet href=\"%1/style.css\">"
                                            "<style>body { background: url(%1/css-bg.png) }</style></head>"
                                            "<body><p>Newsletter</p><img src=\"%1/pixel.gif\" width=1 height=1>"
                                            "<table background=\"%1/table.png\"><tr><td>cell</td></tr></table>"
                                            "<img src=\"cid:logo@sender.example\"></body></html>")
                                 .arg(remote);
        QVERIFY(show(htmlMessage(html, "news@sender.example", "logo@sender.example")));
        HtmlMessageView *htmlView = m_view->htmlView();
        QTRY_VERIFY_WITH_TIMEOUT(htmlView->partRequests() >= 1, kLoadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(htmlView->blockedRemoteRequests() >= 1, kLoadTimeout);

        auto *banner = child<QWidget>(m_view, "RemoteContentBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(child<QPushButton>(m_view, "AllowRemoteSenderButton")
                    ->text()
                    .contains(QStringLiteral("news@sender.example")));
        QCOMPARE(server.connections, 0);
        QVERIFY(server.paths.isEmpty());
        heron::test::saveScreenshot(m_view, QStringLiteral("html_remote_blocked"));

        QSignalSpy reloaded(htmlView, &HtmlMessageView::loadFinished);
        child<QPushButton>(m_view, "AllowRemoteOnceButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(server.paths.contains(QStringLiteral("/pixel.gif")), kLoadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(server.paths.contains(QStringLiteral("/style.css")), kLoadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(server.paths.contains(QStringLiteral("/css-bg.png")), kLoadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), kLoadTimeout); // everything it fetches is in
        QVERIFY(!banner->isVisible());
        // Once means once: the sender is not remembered, and the next message is blocked again.
        QVERIFY(!heron::accounts::RemoteContentAllowList(*m_profile).allows(QStringLiteral("news@sender.example")));
        const int before = server.connections;
        QVERIFY(show(htmlMessage(html)));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLoadTimeout);
        QCOMPARE(server.connections, before);
    }

    void alwaysAllowForSender()
    {
        CountingHttpServer server;
        const QString html = QStringLiteral("<p>Hi</p><img src=\"%1/always.gif\">").arg(server.origin());
        const QByteArray message = htmlMessage(html, "friend@example.net");
        QVERIFY(show(message, QStringLiteral("friend@example.net")));
        auto *banner = child<QWidget>(m_view, "RemoteContentBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLoadTimeout);
        child<QPushButton>(m_view, "AllowRemoteSenderButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(server.paths.contains(QStringLiteral("/always.gif")), kLoadTimeout);
        QVERIFY(heron::accounts::RemoteContentAllowList(*m_profile).allows(QStringLiteral("Friend@Example.net")));

        // The next message from that sender loads at once, without a banner.
        server.paths.clear();
        QVERIFY(show(message, QStringLiteral("friend@example.net")));
        QTRY_VERIFY_WITH_TIMEOUT(server.paths.contains(QStringLiteral("/always.gif")), kLoadTimeout);
        QVERIFY(!banner->isVisible());
        QVERIFY(heron::accounts::RemoteContentAllowList(*m_profile).revoke(QStringLiteral("friend@example.net")));
    }

    void cidImageServedFromTheMessage()
    {
        const QString html = QStringLiteral("<body style=\"margin:0\"><img src=\"cid:chart@example.org\" "
                                            "style=\"display:block\"><p>Chart above</p></body>");
        QVERIFY(show(htmlMessage(html, "a@example.org", "chart@example.org")));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->htmlView()->partRequests() >= 1, kLoadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->htmlView()->isLoading(), kLoadTimeout);
        QVERIFY(!child<QWidget>(m_view, "RemoteContentBanner")->isVisible());
        heron::test::saveScreenshot(m_view, QStringLiteral("html_cid_image"));
    }

    // JavaScript is off in the engine itself: even HTML that never went through the
    // sanitiser (and has no CSP) runs no script and no handler.
    void scriptsDoNotRunEvenUnsanitised()
    {
        HtmlMessageView view;
        view.resize(400, 300);
        view.show();
        QSignalSpy finished(&view, &HtmlMessageView::loadFinished);
        view.showDocument(QStringLiteral("<html><head><title>Original</title>"
                                         "<script>document.title = 'script ran';</script></head>"
                                         "<body onload=\"document.title = 'onload ran'\">"
                                         "<img src=\"heron-cid:part/none\" onerror=\"document.title = 'onerror ran'\">"
                                         "<p>text</p></body></html>"),
                          nullptr, false);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kLoadTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(view.webView()->title(), QStringLiteral("Original"), kLoadTimeout);
        QVERIFY(view.partRequests() >= 1); // the image was tried, its onerror handler did not run
        QCOMPARE(view.webView()->title(), QStringLiteral("Original"));
    }

    void linksLeaveForTheBrowser()
    {
        const QString html = QStringLiteral(
            "<body style=\"margin:0\">"
            "<a href=\"https://example.org/landing\" style=\"display:block;width:400px;height:80px\">Read more</a>"
            "<a href=\"https://evil.example/login\" style=\"display:block;width:400px;height:80px\">"
            "https://bank.example/login</a>"
            "<a href=\"mailto:reply@example.org?subject=Hi\" style=\"display:block;width:400px;height:80px\">mail</a>"
            "</body>");
        QVERIFY(show(htmlMessage(html)));
        HtmlMessageView *htmlView = m_view->htmlView();
        const QUrl shown = htmlView->webView()->url();
        QWidget *surface = htmlView->webView()->focusProxy();
        QVERIFY(surface);

        m_browser.urls.clear();
        QTest::mouseMove(surface, QPoint(100, 40));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_view, "LinkTarget")->text(),
                                  QStringLiteral("https://example.org/landing"), kLoadTimeout);
        QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(100, 40));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.urls, QList<QUrl>({QUrl(QStringLiteral("https://example.org/landing"))}),
                                  kLoadTimeout);

        // The text shows another address than the link goes to: asked first; Cancel opens nothing.
        MessageBoxAnswer cancel(QStringLiteral("Cancel"));
        QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(100, 120));
        QTRY_VERIFY_WITH_TIMEOUT(cancel.answered, kLoadTimeout);
        QCOMPARE(cancel.objectName, QStringLiteral("LinkMismatchConfirmation"));
        QVERIFY(cancel.text.contains(QStringLiteral("https://bank.example/login")));
        QVERIFY(cancel.text.contains(QStringLiteral("https://evil.example/login")));
        QCOMPARE(m_browser.urls.size(), 1);

        QSignalSpy mailto(m_view, &MessageView::mailtoRequested);
        QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(100, 200));
        QTRY_COMPARE_WITH_TIMEOUT(mailto.size(), 1, kLoadTimeout);
        QCOMPARE(mailto.at(0).at(0).toUrl(), QUrl(QStringLiteral("mailto:reply@example.org?subject=Hi")));
        QCOMPARE(m_browser.urls.size(), 1);

        QCOMPARE(htmlView->webView()->url(), shown); // never navigated
    }

    void hostileCorpus_data()
    {
        QTest::addColumn<QString>("file");
        const QDir corpus(QStringLiteral(HERON_SOURCE_DIR "/tests/data/html"));
        for (const QString &name : corpus.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << corpus.filePath(name);
        QTest::newRow("huge table") << QString();
    }

    void hostileCorpus()
    {
        QFETCH(QString, file);
        CountingHttpServer server;
        m_browser.urls.clear();
        QString html;
        if (file.isEmpty()) {
            html = QStringLiteral("<html><head><title>safe</title></head><body><table>")
                + QStringLiteral("<tr><td background=\"REMOTE/bg.png\">a</td><td>b</td><td>c</td></tr>").repeated(5000)
                + QStringLiteral("</table></body></html>");
        } else {
            QFile source(file);
            QVERIFY(source.open(QIODevice::ReadOnly));
            html = QString::fromUtf8(source.readAll());
        }
        html.replace(QStringLiteral("http://REMOTE"), server.origin())
            .replace(QStringLiteral("//REMOTE"), server.origin().mid(5))
            .replace(QStringLiteral("REMOTE"), server.origin());
        QVERIFY(show(htmlMessage(html)));
        HtmlMessageView *htmlView = m_view->htmlView();
        const QUrl shown = htmlView->webView()->url();
        // Loaded (show() waited for loadFinished, which comes after the page's images).
        QTRY_COMPARE_WITH_TIMEOUT(htmlView->webView()->title(), QStringLiteral("safe"), kLoadTimeout);
        QCOMPARE(htmlView->webView()->url(), shown);
        QCOMPARE(server.connections, 0);
        QVERIFY2(server.paths.isEmpty(), qPrintable(server.paths.join(QLatin1Char(' '))));
        QVERIFY(m_browser.urls.isEmpty());
        heron::test::saveScreenshot(m_view, QStringLiteral("html_corpus_") + QFileInfo(file).baseName());
    }

    // 10 MB of HTML: parsed and sanitised off the UI thread (the event loop keeps
    // turning meanwhile), then loaded; only that it finishes is checked.
    void tenMegabyteBody()
    {
        const QString paragraph
            = QStringLiteral("<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                             "eiusmod tempor incididunt ut labore et dolore magna aliqua. %1</p>\n");
        QString html = QStringLiteral("<html><head><title>big</title></head><body>");
        html.reserve(10 * 1024 * 1024 + 1024);
        for (int i = 0; html.size() < 10 * 1024 * 1024; ++i)
            html += paragraph.arg(i);
        html += QStringLiteral("</body></html>");

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        m_view->showMessage(record(), htmlMessage(html));
        QVERIFY(m_view->isPreparing());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isPreparing(), 120000);
        QVERIFY(ticks > 0); // the UI thread was not blocked while it was prepared
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->htmlView()->isLoading(), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->htmlView()->webView()->title(), QStringLiteral("big"), 120000);
    }

private:
    // Shows a message and waits for the HTML view to have loaded it.
    bool show(const QByteArray &message, const QString &from = QStringLiteral("news@sender.example"))
    {
        m_view->showMessage(record(from), message);
        if (!QTest::qWaitFor([this] { return !m_view->isPreparing(); }, kLoadTimeout))
            return false;
        if (!m_view->showsHtml() || !m_view->htmlView())
            return false;
        QSignalSpy finished(m_view->htmlView(), &HtmlMessageView::loadFinished);
        return finished.wait(kLoadTimeout) || !m_view->htmlView()->isLoading();
    }

    QTemporaryDir m_profileDir;
    std::optional<heron::accounts::Profile> m_profile;
    UrlCatcher m_browser;
    MessageView *m_view = nullptr;
};

int main(int argc, char **argv)
{
    MessageView::prepareApplication(); // the part scheme, before QApplication
    QApplication app(argc, argv);
    TestHtmlMessageView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_html_message_view.moc"
