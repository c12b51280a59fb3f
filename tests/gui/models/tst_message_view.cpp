// The message view and its formatter: headers, plain text with links and
// coloured quotes, HTML-only mail as text without anything remote.
#include "attachment_bar.h"
#include "message_source_window.h"
#include "message_text_formatter.h"
#include "message_view.h"

#include <QTest>

using heron::ui::MessageTextFormatter;
using heron::ui::MessageView;

class TestMessageView : public QObject
{
    Q_OBJECT

private slots:
    void quoteLevels()
    {
        QCOMPARE(MessageTextFormatter::quoteLevel(QStringLiteral("plain")), 0);
        QCOMPARE(MessageTextFormatter::quoteLevel(QStringLiteral("> one")), 1);
        QCOMPARE(MessageTextFormatter::quoteLevel(QStringLiteral("> > two")), 2);
        QCOMPARE(MessageTextFormatter::quoteLevel(QStringLiteral(">>> three")), 3);
    }

    void linksAndQuotes()
    {
        const QString html = MessageTextFormatter::toHtml(
            QStringLiteral("See https://example.org/a?b=1&c=2.\n> quoted <tag>\n>> deeper\nmail bob@example.test"));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=2\">")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"mailto:bob@example.test\">")));
        QVERIFY(html.contains(QStringLiteral("&lt;tag&gt;")));
        QVERIFY(html.contains(QStringLiteral("color: #1f5fa8")));
        QVERIFY(html.contains(QStringLiteral("color: #2e8540")));
    }

    void plainAlternativePreferred()
    {
        const QByteArray message = "From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                                   "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
                                   "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain words\r\n"
                                   "--b\r\nContent-Type: text/html\r\n\r\n<p>html words</p>\r\n--b--\r\n";
        const MessageTextFormatter::Body body = MessageTextFormatter::body(message);
        QVERIFY(body.text.contains(QStringLiteral("plain words")));
        QVERIFY(!body.fromHtml);
    }

    void htmlOnlyShownAsText()
    {
        const QByteArray message = "From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                                   "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
                                   "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                                   "<html><body><p>Hello <b>there</b></p><img src=\"https://tracker.example/x.png\">"
                                   "</body></html>\r\n"
                                   "--b\r\nContent-Type: application/pdf; name=report.pdf\r\n"
                                   "Content-Disposition: attachment; filename=report.pdf\r\n"
                                   "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n";
        const MessageTextFormatter::Body body = MessageTextFormatter::body(message);
        QVERIFY(body.fromHtml);
        QVERIFY(body.text.contains(QStringLiteral("Hello there")));
        QVERIFY(!body.text.contains(QStringLiteral("<b>")));
        QCOMPARE(body.attachments, QStringList({QStringLiteral("report.pdf")}));

        MessageView view;
        heron::store::MessageRecord record;
        record.uid = 1;
        record.subject = QStringLiteral("Report");
        record.from = {{QStringLiteral("Ann"), QStringLiteral("a@example.org")}};
        record.to = {{QString(), QStringLiteral("bob@example.test")}};
        record.date = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
        view.showMessage(record, message);
        QVERIFY(view.showsHtml());
        QVERIFY(view.bodyText().contains(QStringLiteral("Hello there")));
        QVERIFY(!view.bodyText().contains(QStringLiteral("tracker")));
        const QString header = view.headerText();
        QVERIFY2(header.contains(QStringLiteral("Ann <a@example.org>")), qPrintable(header));
        QVERIFY(header.contains(QStringLiteral("bob@example.test")));
        QVERIFY(header.contains(QStringLiteral("Report")));
        QVERIFY(view.attachmentBar()->isVisibleTo(&view)); // the attachment under the header
        QCOMPARE(view.attachmentBar()->fileName(0), QStringLiteral("report.pdf"));

        // View → Message Source: the raw bytes as plain text.
        heron::ui::MessageSourceWindow *source = view.showSource();
        QVERIFY(source);
        QVERIFY(source->text().contains(QStringLiteral("Content-Type: application/pdf; name=report.pdf")));
        QVERIFY(source->text().contains(QStringLiteral("<img src=\"https://tracker.example/x.png\">")));
        source->close();

        view.showMessage(record, std::nullopt);
        QVERIFY(!view.showsHtml());
        QVERIFY(!view.showSource());
        QVERIFY(view.bodyText().contains(QStringLiteral("Loading")));
    }
};

QTEST_MAIN(TestMessageView)
#include "tst_message_view.moc"
