// HtmlSanitizer, HtmlTokenizer and CssUrlRewriter: what is removed, what is
// rewritten, what is kept, what is reported as remote, and that hostile
// input costs linear time.
#include "mime/css_url_rewriter.h"
#include "mime/html_sanitizer.h"
#include "mime/html_tokenizer.h"

#include <QElapsedTimer>
#include <QTest>

using heron::mime::CssUrlRewriter;
using heron::mime::HtmlSanitizer;
using heron::mime::HtmlTokenizer;

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *text : list)
        out << QString::fromUtf8(text);
    return out;
}

QString clean(const QString &html)
{
    return HtmlSanitizer::sanitize(html).html;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void removes_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("absent"); // case-insensitive
        QTest::addColumn<QStringList>("present");

        const auto row = [](const char *name, const char *html, std::initializer_list<const char *> absent,
                            std::initializer_list<const char *> present = {}) {
            QTest::newRow(name) << QString::fromUtf8(html) << strings(absent) << strings(present);
        };
        row("script", "<p>a</p><script>document.title='x'</script><p>b</p>", {"script", "document.title"},
            {"<p>a</p>", "<p>b</p>"});
        row("script uppercase", "<SCRIPT type=text/javascript>alert(1)</SCRIPT>ok", {"script", "alert"}, {"ok"});
        row("script with markup inside", "<script>var s='</p><img src=x>';</script>t", {"script", "img", "var s"},
            {"t"});
        row("script never closed", "<p>x</p><script>alert(1)", {"script", "alert"}, {"<p>x</p>"});
        row("self-closed script still raw", "<script/>alert(1)</script>z", {"alert", "script"}, {"z"});
        row("iframe", "<iframe src=\"https://evil.example/\">fallback</iframe>after", {"iframe", "evil", "fallback"},
            {"after"});
        row("frameset", "<frameset><frame src=\"https://evil.example/\"></frameset>", {"frame", "evil"});
        row("object and embed",
            "<object data=\"x.swf\"><param name=a value=b><embed src=\"x.swf\"></object><embed src=y.swf>k",
            {"object", "embed", "swf", "param"}, {"k"});
        row("applet", "<applet code=x.class>alt</applet>k", {"applet", "x.class"}, {"k"});
        row("svg with script", "<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\">s</a></svg>k",
            {"svg", "alert", "javascript"}, {"k"});
        row("nested svg", "<svg><svg></svg><text>in</text></svg>out", {"svg", "in<"}, {"out"});
        row("math", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>k", {"math", "javascript"}, {"k"});
        row("template", "<template><img src=x onerror=alert(1)></template>k", {"template", "onerror"}, {"k"});
        row("form keeps text",
            "<form action=\"https://phish.example/\"><input name=p type=password>"
            "<button formaction=\"https://x.example\">Send</button></form>",
            {"form", "input", "phish", "button", "formaction"}, {"Send"});
        row("textarea text escaped", "<textarea><img src=x></textarea>", {"textarea", "<img"}, {"&lt;img src=x&gt;"});
        row("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">k",
            {"meta", "refresh", "evil"}, {"k"});
        row("meta charset", "<meta charset=iso-8859-1>k", {"meta"}, {"k"});
        row("base", "<base href=\"https://evil.example/\"><a href=\"x\">l</a>", {"base", "evil", "href"}, {"l"});
        row("event handlers",
            "<body onload=\"alert(1)\"><img src=\"cid:a\" onerror=alert(2) OnMouseOver=x>"
            "<div onclick='y'>d</div>",
            {"onload", "onerror", "onmouseover", "onclick", "alert"}, {"<body>", "<div>d</div>"});
        row("javascript link", "<a href=\"javascript:alert(1)\">x</a>", {"javascript", "href"}, {"<a>x</a>"});
        row("javascript with entities", "<a href=\"jav&#x61;script&colon;alert(1)\">x</a>", {"href", "alert"});
        row("javascript with tabs and spaces", "<a href=\"  java\tscr\nipt:alert(1)\">x</a>", {"href", "alert"});
        row("javascript numeric without semicolon",
            "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58"
            "alert(1)\">x</a>",
            {"href", "alert"});
        row("vbscript", "<a href=\"VBScript:msgbox(1)\">x</a>", {"href", "msgbox"});
        row("data link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", {"href", "data:"});
        row("data image outside img", "<div background=\"data:image/png;base64,AAAA\">x</div>", {"data:"});
        row("data html in img", "<img src=\"data:text/html,<script>alert(1)</script>\">", {"data:", "script"});
        row("file link", "<a href=\"file:///etc/passwd\">x</a>", {"file:", "href"});
        row("relative link", "<a href=\"../x\">x</a>", {"href"});
        row("target", "<a href=\"https://example.org/\" target=\"_blank\">x</a>", {"target"},
            {"href=\"https://example.org/\""});
        row("ping", "<a href=\"https://example.org/\" ping=\"https://track.example/\">x</a>", {"ping", "track"});
        row("link prefetch",
            "<link rel=prefetch href=\"https://x.example/\"><link rel=dns-prefetch href=//y.example>"
            "<link rel=icon href=\"https://z.example/favicon.ico\">k",
            {"link", "x.example", "y.example", "z.example"}, {"k"});
        row("comments", "<!-- secret --><!--[if mso]><script>x</script><![endif]-->k", {"secret", "mso", "<!--"},
            {"k"});
        row("bogus comment", "<?xml version=\"1.0\"?><!x>k</3>", {"xml", "<!x", "</3"}, {"k"});
        row("srcdoc", "<div srcdoc=\"<script>alert(1)</script>\">k</div>", {"srcdoc", "script"}, {"k"});
        row("css expression", "<div style=\"background:url(javascript:alert(1))\">k</div>", {"javascript"},
            {"about:invalid"});
        row("style element closes only once", "<style>p{color:red}</sty/**/le><script>alert(1)</script></style>k",
            {"</sty le>", "</script>"}, {"< /script>", "</style>k"});
        row("duplicate attribute keeps the first", "<a href=\"https://ok.example/\" href=\"javascript:x\">l</a>",
            {"javascript"}, {"https://ok.example/"});
        row("quote breaking", "<img alt='\" onerror=\"alert(1)' src=\"cid:a\">", {"\" onerror=\"", "onerror=\"alert"},
            {"&quot; onerror=&quot;alert(1)"});
        row("unterminated tag at end", "<p>k</p><img src=\"https://evil.example/x", {"evil", "<img"}, {"<p>k</p>"});
        row("tag name with odd characters", "<a\"b>t</a\"b>", {"<a\""}, {"t"});
        row("plaintext", "<plaintext><script>x</script>", {"plaintext", "<script"}, {"&lt;script&gt;"});
        row("noscript kept as markup", "<noscript><img src=x onerror=alert(1)></noscript>", {"onerror"},
            {"<noscript>"});
        row("less-than in text", "a < b > c", {"<b"}, {"a &lt; b &gt; c"});
        row("NUL", QByteArray("a\0b<scr\0ipt>", 12).constData(), {});
        row("xmp becomes pre", "<xmp><b>x</b></xmp>", {"xmp"}, {"<pre>"});
    }

    void removes()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, absent);
        QFETCH(QStringList, present);
        const QString out = clean(html);
        for (const QString &text : absent)
            QVERIFY2(!out.contains(text, Qt::CaseInsensitive), qPrintable(QStringLiteral("%1 in: %2").arg(text, out)));
        for (const QString &text : present)
            QVERIFY2(out.contains(text), qPrintable(QStringLiteral("%1 not in: %2").arg(text, out)));
    }

    void remoteContent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("remote");
        QTest::addColumn<QString>("url");
        const auto row = [](const char *name, const char *html, bool remote, const char *url = "") {
            QTest::newRow(name) << QString::fromUtf8(html) << remote << QString::fromUtf8(url);
        };
        row("img", "<img src=\"https://t.example/p.gif\" width=1 height=1>", true, "https://t.example/p.gif");
        row("img http upper case", "<IMG SRC=HTTP://t.example/p.gif>", true, "HTTP://t.example/p.gif");
        row("scheme-relative", "<img src=\"//t.example/p.gif\">", true, "https://t.example/p.gif");
        row("srcset", "<img srcset=\"cid:a 1x, https://t.example/2x.png 2x\">", true, "https://t.example/2x.png");
        row("background attribute", "<table background=\"http://t.example/bg.png\">", true, "http://t.example/bg.png");
        row("poster", "<video poster=\"https://t.example/v.png\"></video>", true, "https://t.example/v.png");
        row("style url", "<div style=\"background-image: url('https://t.example/bg.png')\">", true,
            "https://t.example/bg.png");
        row("style url escaped", "<div style=\"background: \\75 rl(https://t.example/e.png)\">", true,
            "https://t.example/e.png");
        row("style element url", "<style>body { background: URL( \"http://t.example/s.png\" ) }</style>", true,
            "http://t.example/s.png");
        row("css import string", "<style>@import \"https://t.example/i.css\";</style>", true,
            "https://t.example/i.css");
        row("css import url", "<style>@IMPORT url(https://t.example/j.css) screen;</style>", true,
            "https://t.example/j.css");
        row("image-set", "<div style=\"background-image: image-set('https://t.example/1.png' 1x)\">", true,
            "https://t.example/1.png");
        row("link stylesheet", "<link rel=\"Stylesheet\" href=\"https://t.example/l.css\">", true,
            "https://t.example/l.css");
        row("font face", "<style>@font-face { src: url(https://t.example/f.woff) }</style>", true,
            "https://t.example/f.woff");
        row("entity-encoded url", "<img src=\"https&#58;//t.example/n.png\">", true, "https://t.example/n.png");
        row("cid only", "<img src=\"cid:logo@x\">", false);
        row("data image", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", false);
        row("link is not content", "<a href=\"https://example.org/\">x</a>", false);
        row("plain string in css is not a url", "<div style=\"font-family: 'https://x'\">x</div>", false);
        row("text mentioning a url", "<p>see https://example.org/x.png</p>", false);
    }

    void remoteContent()
    {
        QFETCH(QString, html);
        QFETCH(bool, remote);
        QFETCH(QString, url);
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
        QCOMPARE(result.hasRemoteContent, remote);
        if (remote) {
            QVERIFY2(result.remoteUrls.contains(url), qPrintable(result.remoteUrls.join(QLatin1Char(' '))));
            QVERIFY2(result.html.contains(url), qPrintable(result.html)); // kept: the view decides
        }
    }

    void cidRewritten()
    {
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(
            QStringLiteral("<img src=\"cid:logo%40x.example\"><img src=\"CID:part1.06090408.01060107@example.com\">"
                           "<div style=\"background:url(cid:bg)\"></div>"));
        QVERIFY2(result.html.contains(QStringLiteral("src=\"heron-cid:part/logo%40x.example\"")),
                 qPrintable(result.html));
        QVERIFY(result.html.contains(QStringLiteral("heron-cid:part/part1.06090408.01060107%40example.com")));
        QVERIFY(result.html.contains(QStringLiteral("url(&quot;heron-cid:part/bg&quot;)")));
        QVERIFY(!result.hasRemoteContent);
        QCOMPARE(HtmlSanitizer::contentIdOf(QUrl(HtmlSanitizer::partUrl("logo@x.example"))),
                 std::optional<QByteArray>("logo@x.example"));
        QCOMPARE(HtmlSanitizer::contentIdOf(QUrl(HtmlSanitizer::partUrl("a/b c<>\"@x"))),
                 std::optional<QByteArray>("a/b c<>\"@x"));
        QVERIFY(!HtmlSanitizer::contentIdOf(HtmlSanitizer::documentUrl()));
        QVERIFY(!HtmlSanitizer::contentIdOf(QUrl(QStringLiteral("https://example.org/part/x"))));
    }

    void keepsMailFormatting()
    {
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html><head><title>T &amp; U</title><style>td{color:#333}</style></head>"
            "<body bgcolor=\"#fff\"><table width=\"100%\" cellpadding=0><tr><td align=center "
            "style=\"font-family:Arial;color:red\">Caf&eacute; &nbsp;<b>bold</b></td></tr></table>"
            "<a href=\"mailto:a@example.org?subject=Hi&amp;body=x\">mail</a> <a href=\"#top\">top</a></body></html>");
        const QString out = clean(html);
        QVERIFY2(out.startsWith(QStringLiteral("<!DOCTYPE html>")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("<title>T &amp; U</title>")));
        QVERIFY(out.contains(QStringLiteral("<style>td{color:#333}</style>")));
        QVERIFY(out.contains(QStringLiteral("<td align=\"center\" style=\"font-family:Arial;color:red\">")));
        QVERIFY(out.contains(QStringLiteral("Caf&eacute; &nbsp;<b>bold</b>")));
        QVERIFY(out.contains(QStringLiteral("href=\"mailto:a@example.org?subject=Hi&amp;body=x\"")));
        QVERIFY(out.contains(QStringLiteral("href=\"#top\"")));
        QVERIFY(out.contains(QStringLiteral("bgcolor=\"#fff\"")));
    }

    // Inputs fuzz_html_sanitizer found where a second pass changed the first one's output.
    void idempotent_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("part URL kept") << QStringLiteral("<img src=\"cid:logo@x\">");
        QTest::newRow("NUL in a CSS URL") << QStringLiteral("<style>@import url(https://t.example/a\0b</style>");
        QTest::newRow("space after a dropped tag") << QStringLiteral("<im<!DOCTYPE html>\n<p>x</p>");
        QTest::newRow("NUL before the first tag") << QString::fromUtf8("\n\0\0<div t=x>", 11);
        QTest::newRow("removed raw text first") << QStringLiteral("<iframe>x</iframe>\n<applet>y</applet>\n");
        QTest::newRow("end tag in a style sheet") << QStringLiteral("<style></url(//l{ x</head>");
        QTest::newRow("end tag first") << QStringLiteral("</p>\n<!DOCTYPE html>x");
        // Found by the fuzzer: "\\3c " written for "</" made the at-rule "@import<".
        QTest::newRow("import then end tag") << QStringLiteral("<style>@import</\"//");
        QTest::newRow("srcset comma before a control") << QStringLiteral("<img srcset=\"http:,\x12 2x\">");
        QTest::newRow("escaped < in a name") << QStringLiteral("<style>@import\\</\"//x\"; a\\</b{}</style>");
    }

    void idempotent()
    {
        QFETCH(QString, html);
        const HtmlSanitizer::Result first = HtmlSanitizer::sanitize(html);
        const HtmlSanitizer::Result second = HtmlSanitizer::sanitize(first.html);
        QCOMPARE(second.html, first.html);
        QCOMPARE(second.removed, 0);
        QCOMPARE(second.hasRemoteContent, first.hasRemoteContent);
    }

    void prologueAfterDoctype()
    {
        const QString prologue = QStringLiteral("<meta charset=\"utf-8\">");
        QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("  <!doctype html><p>x"), prologue).html,
                 QStringLiteral("<!DOCTYPE html><meta charset=\"utf-8\"><p>x"));
        QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<p>x<!DOCTYPE html>"), prologue).html,
                 QStringLiteral("<meta charset=\"utf-8\"><p>x"));
        QCOMPARE(HtmlSanitizer::sanitize(QString(), prologue).html, prologue);
        QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<!DOCTYPE <script>>x"), prologue).html,
                 QStringLiteral("<!DOCTYPE html><meta charset=\"utf-8\">&gt;x"));
    }

    void linkTexts()
    {
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(
            QStringLiteral("<a href=\"https://evil.example/login\">https://bank.example/\n  <b>login</b></a>"
                           "<a href=\"javascript:x\">js</a><a href=\"https://ok.example/\">O&amp;K</a>"));
        QCOMPARE(result.links.size(), 2);
        QCOMPARE(result.links[0].href, QStringLiteral("https://evil.example/login"));
        QCOMPARE(result.links[0].text, QStringLiteral("https://bank.example/ login"));
        QCOMPARE(result.links[1].text, QStringLiteral("O&K"));
    }

    void srcsetFiltered()
    {
        const QString out = clean(QStringLiteral(
            "<img srcset=\"javascript:a 1x,cid:b 2x, data:text/html,x 3x,https://t.example/4.png 4x\">"));
        QVERIFY2(out.contains(QStringLiteral("srcset=\"heron-cid:part/b 2x, https://t.example/4.png 4x\"")),
                 qPrintable(out));
    }

    void references()
    {
        QCOMPARE(HtmlTokenizer::decodeReferences(QStringLiteral("&lt;&#65;&#x42;&eacute;&colon;&unknown;&#0;"), false),
                 QStringLiteral("<AB\u00e9:&unknown;\ufffd"));
        QCOMPARE(HtmlTokenizer::decodeReferences(QStringLiteral("a?x=1&copy=2&amp"), true),
                 QStringLiteral("a?x=1&copy=2&"));
        QCOMPARE(HtmlTokenizer::decodeReferences(QStringLiteral("&copy 2026"), false), QStringLiteral("\u00a9 2026"));
        QCOMPARE(HtmlTokenizer::decodeReferences(QStringLiteral("&#99999999999999999999;&#xD800;"), false),
                 QStringLiteral("\ufffd\ufffd"));
    }

    void tokens()
    {
        HtmlTokenizer tokenizer(QStringLiteral("<p class=a CLASS=b data-x='1' checked/>t<!--c--></P>"));
        HtmlTokenizer::Token token = tokenizer.next();
        QCOMPARE(token.kind, HtmlTokenizer::Token::Kind::StartTag);
        QCOMPARE(token.name, QStringLiteral("p"));
        QCOMPARE(token.attributes.size(), 3);
        QCOMPARE(token.attributes[0].value, QStringLiteral("a"));
        QCOMPARE(token.attributes[2].name, QStringLiteral("checked"));
        QVERIFY(token.selfClosing);
        QCOMPARE(tokenizer.next().text, QStringView(u"t"));
        QCOMPARE(tokenizer.next().kind, HtmlTokenizer::Token::Kind::Comment);
        token = tokenizer.next();
        QCOMPARE(token.kind, HtmlTokenizer::Token::Kind::EndTag);
        QCOMPARE(token.name, QStringLiteral("p"));
        QCOMPARE(tokenizer.next().kind, HtmlTokenizer::Token::Kind::End);
    }

    void cssCanonicalUrls()
    {
        const auto keep = [](const QString &url) -> std::optional<QString> { return url; };
        QCOMPARE(CssUrlRewriter::rewrite(u"a{b:url( x\\29 y )}", keep), QStringLiteral("a{b:url(\"x)y\")}"));
        QCOMPARE(CssUrlRewriter::rewrite(u"a{b:url(\"q\\\"</style>\")}", keep),
                 QStringLiteral("a{b:url(\"q\\22 \\3c /style\\3e \")}"));
        QCOMPARE(CssUrlRewriter::rewrite(u"/* c */x", keep), QStringLiteral(" x"));
        QCOMPARE(CssUrlRewriter::rewrite(u"b:url(x", keep), QStringLiteral("b:url(\"x\")"));
        const auto drop = [](const QString &) -> std::optional<QString> { return std::nullopt; };
        QCOMPARE(CssUrlRewriter::rewrite(u"@import 'a.css'; p{}", drop),
                 QStringLiteral("@import \"about:invalid\"; p{}"));
        QCOMPARE(CssUrlRewriter::rewrite(u"p{font-family:'a.css'}", drop), QStringLiteral("p{font-family:'a.css'}"));
    }

    // No "</" comes out, whichever token it was in, and each token reads as before.
    void cssWritesNoEndTag_data()
    {
        QTest::addColumn<QString>("css");
        QTest::addColumn<QString>("expected");
        QTest::newRow("delimiters") << QStringLiteral("a</style>") << QStringLiteral("a< /style>");
        QTest::newRow("at-rule name") << QStringLiteral("@import</\"x\"")
                                      << QStringLiteral("@import< /\"about:invalid\"");
        QTest::newRow("escape in a name") << QStringLiteral("p\\</style") << QStringLiteral("p\\3c /style");
        QTest::newRow("escape in at-rule") << QStringLiteral("@a\\<b") << QStringLiteral("@a\\3c b");
        QTest::newRow("string") << QStringLiteral("p{content:'</style>'}")
                                << QStringLiteral("p{content:\"\\3c /style\\3e \"}");
        QTest::newRow("bad string") << QStringLiteral("p{content:'<\n}") << QStringLiteral("p{content:\"\\3c \"\n}");
    }

    void cssWritesNoEndTag()
    {
        QFETCH(QString, css);
        QFETCH(QString, expected);
        const auto drop = [](const QString &) -> std::optional<QString> { return std::nullopt; };
        const QString out = CssUrlRewriter::rewrite(css, drop);
        QCOMPARE(out, expected);
        QCOMPARE(CssUrlRewriter::rewrite(out, drop), out);
    }

    // Hostile shapes that make naive scanners quadratic; each must finish in one pass.
    void linearOnHostileInput_data()
    {
        QTest::addColumn<QString>("html");
        const qsizetype n = 1024 * 1024;
        QTest::newRow("open angles") << QString(n, QLatin1Char('<'));
        QTest::newRow("unclosed tags") << QStringLiteral("<a ").repeated(n / 3);
        QTest::newRow("unclosed comment") << QStringLiteral("<!--") + QString(n, QLatin1Char('-'));
        QTest::newRow("nested svg") << QStringLiteral("<svg>").repeated(n / 5);
        QTest::newRow("ampersands") << QStringLiteral("&#").repeated(n / 2);
        QTest::newRow("raw text near-ends") << QStringLiteral("<style>") + QStringLiteral("</styl").repeated(n / 6);
        QTest::newRow("css functions") << QStringLiteral("<p style=\"") + QStringLiteral("a(").repeated(n / 2)
                + QStringLiteral("\">");
        QTest::newRow("attributes") << QStringLiteral("<p ") + QStringLiteral("a ").repeated(n / 2)
                + QStringLiteral(">");
        QTest::newRow("huge table") << QStringLiteral("<table>")
                + QStringLiteral("<tr><td style=\"color:red\">x</td></tr>").repeated(n / 40);
    }

    void linearOnHostileInput()
    {
        QFETCH(QString, html);
        // Not a timing assertion: it completes (a quadratic scan of 2 MB would not, within the test timeout).
        const HtmlSanitizer::Result result = HtmlSanitizer::sanitize(html);
        QVERIFY(result.html.size() <= html.size() * 8 + 64);
    }
};

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "tst_html_sanitizer.moc"
