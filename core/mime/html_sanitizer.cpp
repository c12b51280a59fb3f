#include "mime/html_sanitizer.h"

#include "mime/css_url_rewriter.h"
#include "mime/html_tokenizer.h"

#include <algorithm>

namespace heron::mime {

namespace {

using Token = HtmlTokenizer::Token;
using Attribute = HtmlTokenizer::Attribute;

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QLatin1String(n); });
}

// Elements removed with everything inside them.
bool dropsContent(const QString &name)
{
    return isOneOf(name, {"object", "applet", "frameset", "svg", "math", "template", "portal"});
}

// Raw text elements whose text is removed with them.
bool dropsRawText(const QString &name)
{
    return isOneOf(name, {"script", "iframe", "noembed", "noframes"});
}

// Elements whose tag goes but whose text stays (form controls), and void ones that just go.
bool dropsTagOnly(const QString &name)
{
    return isOneOf(name,
                   {"embed", "frame", "base", "meta", "form", "input", "button", "select", "option", "optgroup",
                    "datalist", "keygen", "textarea", "plaintext", "param", "basefont", "bgsound", "isindex"});
}

bool isVoid(const QString &name)
{
    return isOneOf(name,
                   {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                    "track", "wbr", "frame", "keygen", "basefont", "bgsound", "image"});
}

// Attributes removed whatever their value: they submit, ping, navigate
// elsewhere or embed documents.
bool isForbiddenAttribute(const QString &name)
{
    return name.startsWith(QLatin1String("on"))
        || isOneOf(name,
                   {"action", "formaction", "form", "ping", "srcdoc", "target", "manifest", "codebase", "data",
                    "dynsrc", "lowsrc", "xlink:href", "http-equiv", "imagesrcset", "archive", "classid", "profile",
                    "icon", "autofocus"});
}

bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u':' || u == u'.';
    });
}

QString escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Text as written, with only what could start or end markup escaped: character
// references in text only ever decode to text.
void appendText(QString &out, QStringView text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c != QChar(0))
            out += c;
    }
}

// A URL as a browser's URL parser sees it: outer spaces and controls trimmed,
// tabs and line breaks inside removed; and its kind.
struct CleanUrl
{
    enum class Kind { Empty, Fragment, Relative, Cid, Part, Remote, Data, Mailto, Other };
    Kind kind = Kind::Empty;
    QString url;
};

// A URL without the spaces and C0 controls a URL parser trims from its ends.
QStringView trimUrl(QStringView raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && raw[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && raw[end - 1].unicode() <= 0x20)
        --end;
    return raw.mid(begin, end - begin);
}

CleanUrl classify(const QString &raw)
{
    CleanUrl result;
    const QStringView trimmed = trimUrl(raw);
    result.url.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            result.url += c;
    }
    const QString &url = result.url;
    if (url.isEmpty())
        return result;
    if (url.startsWith(QLatin1String("//"))) { // scheme-relative: it would be fetched over the network
        result.kind = CleanUrl::Kind::Remote;
        result.url.prepend(QLatin1String("https:"));
        return result;
    }
    if (url.startsWith(QLatin1Char('#'))) {
        result.kind = CleanUrl::Kind::Fragment;
        return result;
    }
    qsizetype colon = 0;
    const auto schemeChar = [](QChar c, bool first) {
        const char16_t u = c.unicode() | 0x20;
        const bool letter = u >= u'a' && u <= u'z';
        return first ? letter
                     : letter || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+')
                || c == QLatin1Char('-') || c == QLatin1Char('.');
    };
    while (colon < url.size() && schemeChar(url[colon], colon == 0))
        ++colon;
    if (colon == 0 || colon >= url.size() || url[colon] != QLatin1Char(':')) {
        result.kind = CleanUrl::Kind::Relative;
        return result;
    }
    const QString scheme = url.left(colon).toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        result.kind = CleanUrl::Kind::Remote;
    else if (scheme == QLatin1String("cid"))
        result.kind = CleanUrl::Kind::Cid;
    else if (scheme == QLatin1String(HtmlSanitizer::kPartScheme))
        result.kind = CleanUrl::Kind::Part; // what cid: became (sanitising twice changes nothing)
    else if (scheme == QLatin1String("data"))
        result.kind = CleanUrl::Kind::Data;
    else if (scheme == QLatin1String("mailto"))
        result.kind = CleanUrl::Kind::Mailto;
    else
        result.kind = CleanUrl::Kind::Other;
    return result;
}

class Sanitizer
{
public:
    explicit Sanitizer(QStringView prologue)
        : m_prologue(prologue)
    {
    }

    HtmlSanitizer::Result run(QStringView html)
    {
        m_result.html.reserve(html.size() + html.size() / 8 + m_prologue.size());
        HtmlTokenizer tokenizer(html);
        for (Token token = tokenizer.next(); token.kind != Token::Kind::End; token = tokenizer.next())
            handle(token);
        if (!m_started)
            startBody();
        return std::move(m_result);
    }

private:
    void handle(const Token &token)
    {
        if (m_skipDepth > 0) {
            skip(token);
            return;
        }
        switch (token.kind) {
        case Token::Kind::Text:
            text(token);
            break;
        case Token::Kind::StartTag:
            startTag(token);
            break;
        case Token::Kind::EndTag:
            endTag(token);
            break;
        case Token::Kind::Doctype:
            doctype(token);
            break;
        case Token::Kind::Comment:
        case Token::Kind::End:
            break;
        }
    }

    // Inside an element removed with its content: only its own nesting counts.
    void skip(const Token &token)
    {
        if (token.name != m_skipName)
            return;
        if (token.kind == Token::Kind::StartTag && !token.selfClosing)
            ++m_skipDepth;
        else if (token.kind == Token::Kind::EndTag)
            --m_skipDepth;
    }

    void doctype(const Token &token)
    {
        if (m_started)
            return;
        const bool plain = std::all_of(token.text.cbegin(), token.text.cend(), [](QChar c) {
            return (c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('<') && c != QLatin1Char('>'));
        });
        m_result.html += QLatin1String("<!DOCTYPE");
        m_result.html += plain ? token.text.toString() : QStringLiteral(" html");
        m_result.html += QLatin1Char('>');
        startBody();
    }

    // Before the first thing written: the prologue (a doctype may only come before it).
    void ensureStarted()
    {
        if (!m_started)
            startBody();
    }

    void startBody()
    {
        m_started = true;
        m_result.html += m_prologue;
    }

    void text(const Token &token)
    {
        if (token.rawText && m_dropRawText) {
            m_dropRawText = false;
            return;
        }
        m_dropRawText = false;
        if (!m_started) {
            const bool blank = std::all_of(token.text.cbegin(), token.text.cend(), [](QChar c) {
                return c.isSpace() || c == QChar(0); // NUL is never written
            });
            if (blank)
                return;
            startBody();
        }
        if (token.rawText && m_inStyle) {
            // The rewriter writes no "</", so the style sheet cannot close its element.
            m_result.html += rewriteCss(token.text);
            return;
        }
        appendText(m_result.html, token.text);
        if (m_linkIndex >= 0)
            collectLinkText(token.text);
    }

    void startTag(const Token &token)
    {
        m_dropRawText = false;
        m_inStyle = false;
        const QString &name = token.name;
        if (name == QLatin1String("a"))
            m_linkIndex = -1; // an <a> inside an <a> closes the first
        if (dropsContent(name)) {
            ++m_result.removed;
            if (!token.selfClosing && !isVoid(name)) {
                m_skipName = name;
                m_skipDepth = 1;
            }
            return;
        }
        if (dropsRawText(name)) {
            ++m_result.removed;
            m_dropRawText = true;
            return;
        }
        if (dropsTagOnly(name) || !isValidName(name)) {
            ++m_result.removed;
            return;
        }
        if (name == QLatin1String("link")) {
            styleSheetLink(token);
            return;
        }
        const QString written = name == QLatin1String("xmp") ? QStringLiteral("pre") : name;
        ensureStarted();
        m_result.html += QLatin1Char('<') + written;
        QString href;
        for (const Attribute &attribute : token.attributes)
            writeAttribute(name, attribute, &href);
        m_result.html += QLatin1Char('>');
        if (name == QLatin1String("style"))
            m_inStyle = true;
        if (name == QLatin1String("a") && !href.isEmpty() && m_result.links.size() < HtmlSanitizer::kMaxLinks) {
            m_linkIndex = int(m_result.links.size());
            m_result.links.append({href, QString()});
        }
    }

    void endTag(const Token &token)
    {
        const QString &name = token.name;
        m_dropRawText = false;
        m_inStyle = false;
        if (name == QLatin1String("a"))
            m_linkIndex = -1;
        if (dropsContent(name) || dropsRawText(name) || dropsTagOnly(name) || name == QLatin1String("link")
            || !isValidName(name))
            return;
        ensureStarted();
        m_result.html
            += QLatin1String("</") + (name == QLatin1String("xmp") ? QStringLiteral("pre") : name) + QLatin1Char('>');
    }

    // <link rel=stylesheet href=...> is kept (a remote or cid: style sheet), every other <link> goes.
    void styleSheetLink(const Token &token)
    {
        QString rel;
        QString href;
        QString media;
        for (const Attribute &attribute : token.attributes) {
            if (attribute.name == QLatin1String("rel"))
                rel = attribute.value.toLower();
            else if (attribute.name == QLatin1String("href"))
                href = attribute.value;
            else if (attribute.name == QLatin1String("media"))
                media = attribute.value;
        }
        const bool styleSheet = rel.simplified().split(QLatin1Char(' ')).contains(QLatin1String("stylesheet"));
        const std::optional<QString> url = styleSheet ? resourceUrl(href, false) : std::nullopt;
        if (!url) {
            ++m_result.removed;
            return;
        }
        ensureStarted();
        m_result.html += QLatin1String("<link rel=\"stylesheet\" href=\"") + escapeAttribute(*url) + QLatin1Char('"');
        if (!media.isEmpty())
            m_result.html += QLatin1String(" media=\"") + escapeAttribute(media) + QLatin1Char('"');
        m_result.html += QLatin1Char('>');
    }

    void writeAttribute(const QString &element, const Attribute &attribute, QString *href)
    {
        const QString &name = attribute.name;
        std::optional<QString> value = attribute.value;
        if (!isValidName(name) || isForbiddenAttribute(name)) {
            value.reset();
        } else if (name == QLatin1String("href") || name == QLatin1String("cite")
                   || name == QLatin1String("longdesc")) {
            value = linkUrl(attribute.value);
            if (value && name == QLatin1String("href"))
                *href = *value;
        } else if (name == QLatin1String("src") || name == QLatin1String("background")
                   || name == QLatin1String("poster")) {
            value = resourceUrl(attribute.value, element == QLatin1String("img") && name == QLatin1String("src"));
        } else if (name == QLatin1String("srcset")) {
            value = srcset(attribute.value, element == QLatin1String("img") || element == QLatin1String("source"));
        } else if (name == QLatin1String("usemap")) {
            if (!attribute.value.startsWith(QLatin1Char('#')))
                value.reset();
        } else if (name == QLatin1String("style")) {
            value = rewriteCss(attribute.value);
        }
        if (!value) {
            ++m_result.removed;
            return;
        }
        m_result.html += QLatin1Char(' ') + name + QLatin1String("=\"") + escapeAttribute(*value) + QLatin1Char('"');
    }

    // Where a link may lead: the web, mail, or a place in this document.
    std::optional<QString> linkUrl(const QString &raw)
    {
        const CleanUrl url = classify(raw);
        switch (url.kind) {
        case CleanUrl::Kind::Remote:
        case CleanUrl::Kind::Mailto:
        case CleanUrl::Kind::Fragment:
            return url.url;
        default:
            return std::nullopt;
        }
    }

    // What a resource may be loaded from: a part of this message, the network
    // (recorded; the view decides), or an inline image where images go.
    std::optional<QString> resourceUrl(const QString &raw, bool imageData)
    {
        const CleanUrl url = classify(raw);
        switch (url.kind) {
        case CleanUrl::Kind::Cid:
            return HtmlSanitizer::partUrl(QByteArray::fromPercentEncoding(url.url.mid(4).toUtf8()));
        case CleanUrl::Kind::Part:
            return url.url;
        case CleanUrl::Kind::Remote:
            m_result.hasRemoteContent = true;
            if (m_result.remoteUrls.size() < HtmlSanitizer::kMaxRemoteUrls)
                m_result.remoteUrls.append(url.url);
            return url.url;
        case CleanUrl::Kind::Data:
            if (imageData && url.url.mid(5, 6).compare(QLatin1String("image/"), Qt::CaseInsensitive) == 0)
                return url.url;
            return std::nullopt;
        default:
            return std::nullopt;
        }
    }

    // "url 1x, url 2x": each candidate through resourceUrl; the ones refused are left out.
    std::optional<QString> srcset(const QString &value, bool imageData)
    {
        QStringList kept;
        qsizetype i = 0;
        const qsizetype size = value.size();
        while (i < size) {
            while (i < size && (value[i].isSpace() || value[i] == QLatin1Char(',')))
                ++i;
            const qsizetype urlStart = i;
            while (i < size && !value[i].isSpace())
                ++i;
            // Trailing commas end the candidate; the controls the URL parser trims
            // go first, so that what is written reads back as the same candidate.
            QStringView candidate = trimUrl(QStringView(value).mid(urlStart, i - urlStart));
            bool endsCandidate = false;
            while (candidate.endsWith(QLatin1Char(','))) {
                candidate = trimUrl(candidate.chopped(1));
                endsCandidate = true;
            }
            QString descriptor;
            if (!endsCandidate) {
                const qsizetype descriptorStart = i;
                while (i < size && value[i] != QLatin1Char(','))
                    ++i;
                descriptor = value.mid(descriptorStart, i - descriptorStart).trimmed();
            }
            if (candidate.isEmpty())
                continue;
            if (const std::optional<QString> url = resourceUrl(candidate.toString(), imageData))
                kept << (descriptor.isEmpty() ? *url : *url + QLatin1Char(' ') + descriptor);
        }
        if (kept.isEmpty())
            return std::nullopt;
        return kept.join(QLatin1String(", "));
    }

    QString rewriteCss(QStringView css)
    {
        return CssUrlRewriter::rewrite(css, [this](const QString &url) { return resourceUrl(url, true); });
    }

    void collectLinkText(QStringView text)
    {
        QString &collected = m_result.links[m_linkIndex].text;
        if (collected.size() >= HtmlSanitizer::kMaxLinkText)
            return;
        const QString decoded = HtmlTokenizer::decodeReferences(text.left(HtmlSanitizer::kMaxLinkText * 8), false);
        for (const QChar c : decoded) {
            if (collected.size() >= HtmlSanitizer::kMaxLinkText)
                break;
            if (c.isSpace()) {
                if (!collected.isEmpty() && !collected.endsWith(QLatin1Char(' ')))
                    collected += QLatin1Char(' ');
            } else {
                collected += c;
            }
        }
    }

    QStringView m_prologue;
    HtmlSanitizer::Result m_result;
    bool m_started = false; // something other than a doctype was written
    bool m_dropRawText = false; // the next raw text belongs to a removed element
    bool m_inStyle = false; // the next raw text is a style sheet
    QString m_skipName;
    int m_skipDepth = 0;
    int m_linkIndex = -1; // the link whose text is being collected
};

} // namespace

HtmlSanitizer::Result HtmlSanitizer::sanitize(QStringView html, QStringView prologue)
{
    Result result = Sanitizer(prologue).run(html);
    for (Link &link : result.links) {
        if (link.text.endsWith(QLatin1Char(' ')))
            link.text.chop(1);
    }
    return result;
}

QString HtmlSanitizer::partUrl(const QByteArray &contentId)
{
    return QLatin1String(kPartScheme) + QLatin1String(":part/")
        + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(contentId)));
}

std::optional<QByteArray> HtmlSanitizer::contentIdOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(kPartScheme))
        return std::nullopt;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!path.startsWith(QLatin1String("part/")))
        return std::nullopt;
    return QByteArray::fromPercentEncoding(path.mid(5).toLatin1());
}

QUrl HtmlSanitizer::documentUrl()
{
    return QUrl(QLatin1String(kPartScheme) + QLatin1String(":message"));
}

} // namespace heron::mime
