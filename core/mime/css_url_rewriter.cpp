#include "mime/css_url_rewriter.h"

#include <QList>

namespace heron::mime {

namespace {

constexpr int kMaxFunctionDepth = 64; // deeper nesting is counted, not remembered

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

char32_t hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= u'9')
        return u - u'0';
    return (u | 0x20) - u'a' + 10;
}

bool isNewline(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

bool isCssSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || isNewline(c);
}

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' || u >= 0x80;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isNameStart(c) || (u >= u'0' && u <= u'9') || u == u'-';
}

// A backslash at css[i] that starts an escape (not one before a line end).
bool isValidEscape(QStringView css, qsizetype i)
{
    return css[i] == QLatin1Char('\\') && (i + 1 >= css.size() || !isNewline(css[i + 1]));
}

// Decodes the escape at css[i] (a backslash) into out; returns the index after it.
qsizetype decodeEscape(QStringView css, qsizetype i, QString &out)
{
    ++i;
    if (i >= css.size()) {
        out += QChar(0xFFFD);
        return i;
    }
    if (!isHexDigit(css[i])) {
        out += css[i];
        return i + 1;
    }
    char32_t value = 0;
    const qsizetype start = i;
    while (i < css.size() && i - start < 6 && isHexDigit(css[i]))
        value = value * 16 + hexValue(css[i++]);
    if (i < css.size() && isCssSpace(css[i])) {
        // "\d\r\n" counts as one whitespace after the escape.
        if (css[i] == QLatin1Char('\r') && i + 1 < css.size() && css[i + 1] == QLatin1Char('\n'))
            ++i;
        ++i;
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        value = 0xFFFD;
    const char32_t single[1] = {value};
    out += QString::fromUcs4(single, 1);
    return i;
}

// A name (identifier characters and escapes) from css[i]; returns the index after it.
qsizetype readName(QStringView css, qsizetype i, QString &decoded)
{
    while (i < css.size()) {
        if (isNameChar(css[i]))
            decoded += css[i++];
        else if (isValidEscape(css, i))
            i = decodeEscape(css, i, decoded);
        else
            break;
    }
    return i;
}

bool startsName(QStringView css, qsizetype i)
{
    if (i >= css.size())
        return false;
    if (isNameStart(css[i]) || isValidEscape(css, i))
        return true;
    return css[i] == QLatin1Char('-') && i + 1 < css.size()
        && (isNameStart(css[i + 1]) || css[i + 1] == QLatin1Char('-') || isValidEscape(css, i + 1));
}

// A string starting at its quote css[i]: its decoded value; returns the index after it.
// An unescaped line end ends it (a "bad string" to CSS), as does the end of the input.
qsizetype readString(QStringView css, qsizetype i, QString &value)
{
    const QChar quote = css[i++];
    while (i < css.size()) {
        const QChar c = css[i];
        if (c == quote)
            return i + 1;
        if (isNewline(c))
            return i;
        if (c == QLatin1Char('\\')) {
            if (i + 1 < css.size() && isNewline(css[i + 1])) { // a continued line
                i += (css[i + 1] == QLatin1Char('\r') && i + 2 < css.size() && css[i + 2] == QLatin1Char('\n')) ? 3 : 2;
                continue;
            }
            i = decodeEscape(css, i, value);
            continue;
        }
        value += c;
        ++i;
    }
    return i;
}

qsizetype skipSpace(QStringView css, qsizetype i)
{
    while (i < css.size() && isCssSpace(css[i]))
        ++i;
    return i;
}

// The argument of url( from css[i] (just after the parenthesis); returns the index
// after the closing parenthesis. Anything malformed still counts as a URL: the
// caller only ever makes more safe than a browser would.
qsizetype readUrlArgument(QStringView css, qsizetype i, QString &url)
{
    i = skipSpace(css, i);
    if (i < css.size() && (css[i] == QLatin1Char('"') || css[i] == QLatin1Char('\''))) {
        i = readString(css, i, url);
    } else {
        while (i < css.size() && css[i] != QLatin1Char(')') && !isCssSpace(css[i])) {
            if (css[i] == QLatin1Char('\\'))
                i = decodeEscape(css, i, url);
            else
                url += css[i++];
        }
    }
    while (i < css.size() && css[i] != QLatin1Char(')'))
        ++i;
    return i < css.size() ? i + 1 : i;
}

class Rewriter
{
public:
    Rewriter(QStringView css, const CssUrlRewriter::UrlFunction &rewriteUrl)
        : m_css(css)
        , m_rewriteUrl(rewriteUrl)
    {
        m_out.reserve(css.size());
    }

    QString run()
    {
        qsizetype i = 0;
        while (i < m_css.size())
            i = step(i);
        return m_out;
    }

private:
    qsizetype step(qsizetype i)
    {
        const QChar c = m_css[i];
        if (c == QLatin1Char('/') && i + 1 < m_css.size() && m_css[i + 1] == QLatin1Char('*')) {
            const qsizetype end = m_css.indexOf(QLatin1String("*/"), i + 2);
            m_out += QLatin1Char(' ');
            return end < 0 ? m_css.size() : end + 2;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return string(i);
        if (c == QLatin1Char('@') && startsName(m_css, i + 1)) {
            QString name;
            const qsizetype end = readName(m_css, i + 1, name);
            if (name.compare(QLatin1String("import"), Qt::CaseInsensitive) == 0)
                m_importPending = true;
            appendName(m_css.mid(i, end - i));
            return end;
        }
        if (startsName(m_css, i))
            return name(i);
        if (c == QLatin1Char('('))
            pushFunction(QString());
        else if (c == QLatin1Char(')'))
            popFunction();
        else if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char(';'))
            m_importPending = false;
        m_out += c;
        // "</" could end a <style> element; a space between the two delimiters changes no token.
        if (c == QLatin1Char('<') && i + 1 < m_css.size() && m_css[i + 1] == QLatin1Char('/'))
            m_out += QLatin1Char(' ');
        return i + 1;
    }

    // A name copied as it is, but for an escaped "<" ("\<"), which becomes the hex
    // escape "\3c " so that no "</" is written; the name it spells stays the same.
    void appendName(QStringView raw)
    {
        for (const QChar c : raw) {
            if (c == QLatin1Char('<'))
                m_out += QLatin1String("3c ");
            else
                m_out += c;
        }
    }

    // A string: a URL after @import and inside image-set(), else copied, in the
    // canonical quoting when it holds a "<" (which might start "</").
    qsizetype string(qsizetype i)
    {
        QString value;
        const qsizetype end = readString(m_css, i, value);
        const QStringView raw = m_css.mid(i, end - i);
        if (m_importPending || inImageSet())
            m_out += CssUrlRewriter::quotedUrl(replacement(value));
        else if (raw.contains(QLatin1Char('<')))
            m_out += CssUrlRewriter::quotedUrl(value);
        else
            m_out += raw;
        return end;
    }

    // An identifier, or a function when "(" follows: url( is read whole.
    qsizetype name(qsizetype i)
    {
        QString decoded;
        const qsizetype end = readName(m_css, i, decoded);
        if (end >= m_css.size() || m_css[end] != QLatin1Char('(')) {
            appendName(m_css.mid(i, end - i));
            return end;
        }
        if (decoded.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0) {
            QString url;
            const qsizetype after = readUrlArgument(m_css, end + 1, url);
            m_out += QLatin1String("url(") + CssUrlRewriter::quotedUrl(replacement(url)) + QLatin1Char(')');
            return after;
        }
        appendName(m_css.mid(i, end - i + 1));
        pushFunction(decoded.toLower());
        return end + 1;
    }

    QString replacement(const QString &url)
    {
        const std::optional<QString> rewritten = m_rewriteUrl(url);
        return rewritten ? *rewritten : QStringLiteral("about:invalid");
    }

    void pushFunction(const QString &name)
    {
        if (m_functions.size() < kMaxFunctionDepth)
            m_functions.append(name);
        else
            ++m_hiddenDepth;
    }

    void popFunction()
    {
        if (m_hiddenDepth > 0)
            --m_hiddenDepth;
        else if (!m_functions.isEmpty())
            m_functions.removeLast();
    }

    bool inImageSet() const
    {
        if (m_hiddenDepth > 0 || m_functions.isEmpty())
            return false;
        const QString &name = m_functions.constLast();
        return name == QLatin1String("image-set") || name == QLatin1String("-webkit-image-set");
    }

    QStringView m_css;
    const CssUrlRewriter::UrlFunction &m_rewriteUrl;
    QString m_out;
    QList<QString> m_functions;
    qsizetype m_hiddenDepth = 0;
    bool m_importPending = false;
};

} // namespace

QString CssUrlRewriter::rewrite(QStringView css, const UrlFunction &rewriteUrl)
{
    return Rewriter(css, rewriteUrl).run();
}

QString CssUrlRewriter::quotedUrl(const QString &url)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : url) {
        const char16_t u = c.unicode();
        if (u == 0) // what a CSS parser makes of it anyway
            out += QChar(0xFFFD);
        else if (u == u'"' || u == u'\\' || u == u'<' || u == u'>' || u < 0x20 || u == 0x7F)
            out += QStringLiteral("\\%1 ").arg(uint(u), 0, 16);
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace heron::mime
