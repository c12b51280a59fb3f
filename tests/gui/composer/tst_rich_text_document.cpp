// RichTextDocument on bare documents: the plain-text alternative of a
// formatted body (emphasis marks, list items by level and numbering, a
// link's address after its text unless the text is the address, line breaks
// within a paragraph), the HTML part without the editor's font on <body> and
// reading back as the same text, images removed from pasted HTML (with the
// text around them kept), and whether a body has formatting to lose.
#include "rich_text_document.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using heron::ui::RichTextDocument;

class TestRichTextDocument : public QObject
{
    Q_OBJECT

private slots:
    void plainTextMarksEmphasis()
    {
        QTextDocument document;
        document.setHtml(QStringLiteral("<p>Hello <b>dear</b> <i>old</i> <u>friend </u>and <b><i>you</i></b></p>"
                                        "<p>line one<br>line two</p>"));
        QCOMPARE(RichTextDocument::plainText(document),
                 QStringLiteral("Hello *dear* /old/ _friend_ and */you/*\nline one\nline two"));
    }

    void plainTextKeepsListsByLevel()
    {
        QTextDocument document;
        document.setHtml(QStringLiteral("<p>Agenda:</p><ul><li>coffee</li><li>plans<ul><li>Monday</li></ul></li></ul>"
                                        "<ol><li>first</li><li>second</li></ol><p>end</p>"));
        QCOMPARE(RichTextDocument::plainText(document),
                 QStringLiteral("Agenda:\n- coffee\n- plans\n  - Monday\n1. first\n2. second\nend"));
    }

    void plainTextNamesLinkTargets()
    {
        QTextDocument document;
        document.setHtml(QStringLiteral("<p>See <a href=\"https://example.org/plan\">the <b>plan</b></a>, "
                                        "<a href=\"https://example.org/\">https://example.org/</a>, "
                                        "<a href=\"https://example.org\">example.org</a> and "
                                        "<a href=\"mailto:bob@example.org\">bob@example.org</a>.</p>"));
        QCOMPARE(RichTextDocument::plainText(document),
                 QStringLiteral("See the *plan* <https://example.org/plan>, https://example.org/, "
                                "example.org <https://example.org> and bob@example.org."));
    }

    void htmlLeavesTheFontToTheReader()
    {
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("Courier"), 17));
        QTextCursor cursor(&document);
        cursor.insertText(QStringLiteral("plain "));
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(QStringLiteral("bold"), bold);
        cursor.insertList(QTextListFormat::ListDisc);
        // Typed after the bold word, with bold switched off: the list item keeps the bold block
        // format Qt carried over, which Qt's HTML would pass on to the item's text.
        cursor.insertText(QStringLiteral("item <&>"), QTextCharFormat());
        const QString html = RichTextDocument::html(document);
        QVERIFY2(html.contains(QStringLiteral("<body>")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("Courier")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<ul")));
        QVERIFY(html.contains(QStringLiteral("item &lt;&amp;&gt;")));

        QTextDocument read;
        read.setHtml(html);
        QCOMPARE(RichTextDocument::plainText(read), QStringLiteral("plain *bold*\n- item <&>"));
    }

    void imagesAreRemovedTextKept()
    {
        QTextDocument document;
        document.setHtml(QStringLiteral("<p>before<img src=\"file:///etc/heron-test.png\">after "
                                        "<img src=\"https://tracker.example/p.gif\"><b>bold</b></p>"
                                        "<p><img src=\"cid:x\"></p><p>last</p>"));
        QVERIFY(RichTextDocument::hasFormatting(document));
        RichTextDocument::removeImages(&document);
        QCOMPARE(RichTextDocument::plainText(document), QStringLiteral("beforeafter *bold*\n\nlast"));
        const QString html = RichTextDocument::html(document);
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("tracker.example")));
        QVERIFY(!html.contains(QStringLiteral("file:")));
    }

    void hasFormatting_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("formatted");
        QTest::newRow("plain") << QStringLiteral("<p>just text</p><p>two lines</p>") << false;
        QTest::newRow("bold") << QStringLiteral("<p>a <b>b</b></p>") << true;
        QTest::newRow("italic") << QStringLiteral("<p><i>a</i></p>") << true;
        QTest::newRow("underline") << QStringLiteral("<p><u>a</u></p>") << true;
        QTest::newRow("list") << QStringLiteral("<ul><li>a</li></ul>") << true;
        QTest::newRow("link") << QStringLiteral("<p><a href=\"https://example.org\">a</a></p>") << true;
    }

    void hasFormatting()
    {
        QFETCH(QString, html);
        QFETCH(bool, formatted);
        QTextDocument document;
        document.setHtml(html);
        QCOMPARE(RichTextDocument::hasFormatting(document), formatted);
    }
};

QTEST_MAIN(TestRichTextDocument)
#include "tst_rich_text_document.moc"
