#include "mime/html_tokenizer.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace heron::mime {

namespace {

struct NamedReference
{
    std::string_view name;
    char32_t codePoint;
};

// Latin-1 names in code point order from U+00A0: the legacy references that
// browsers also accept without the semicolon.
constexpr std::array<std::string_view, 96> kLatin1Names
    = {"nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
       "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
       "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
       "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
       "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
       "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
       "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
       "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
       "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

// Named references that need their semicolon: the punctuation ones (so
// "javascript&colon;" is read as a browser reads it) and common typography.
constexpr NamedReference kOtherNames[] = {
    {"amp", U'&'},         {"lt", U'<'},          {"gt", U'>'},          {"quot", U'"'},        {"apos", U'\''},
    {"Tab", U'\t'},        {"NewLine", U'\n'},    {"excl", U'!'},        {"num", U'#'},         {"dollar", U'$'},
    {"percnt", U'%'},      {"lpar", U'('},        {"rpar", U')'},        {"ast", U'*'},         {"plus", U'+'},
    {"comma", U','},       {"period", U'.'},      {"sol", U'/'},         {"colon", U':'},       {"semi", U';'},
    {"equals", U'='},      {"quest", U'?'},       {"commat", U'@'},      {"lsqb", U'['},        {"bsol", U'\\'},
    {"rsqb", U']'},        {"Hat", U'^'},         {"lowbar", U'_'},      {"grave", U'`'},       {"lcub", U'{'},
    {"verbar", U'|'},      {"rcub", U'}'},        {"ensp", U'\u2002'},   {"emsp", U'\u2003'},   {"thinsp", U'\u2009'},
    {"zwnj", U'\u200C'},   {"zwj", U'\u200D'},    {"lrm", U'\u200E'},    {"rlm", U'\u200F'},    {"ndash", U'\u2013'},
    {"mdash", U'\u2014'},  {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'},  {"sbquo", U'\u201A'},  {"ldquo", U'\u201C'},
    {"rdquo", U'\u201D'},  {"bdquo", U'\u201E'},  {"dagger", U'\u2020'}, {"Dagger", U'\u2021'}, {"bull", U'\u2022'},
    {"hellip", U'\u2026'}, {"permil", U'\u2030'}, {"prime", U'\u2032'},  {"Prime", U'\u2033'},  {"lsaquo", U'\u2039'},
    {"rsaquo", U'\u203A'}, {"euro", U'\u20AC'},   {"trade", U'\u2122'},  {"larr", U'\u2190'},   {"uarr", U'\u2191'},
    {"rarr", U'\u2192'},   {"darr", U'\u2193'},   {"harr", U'\u2194'},   {"OElig", U'\u0152'},  {"oelig", U'\u0153'},
    {"Scaron", U'\u0160'}, {"scaron", U'\u0161'}, {"Yuml", U'\u0178'},   {"fnof", U'\u0192'},   {"circ", U'\u02C6'},
    {"tilde", U'\u02DC'},  {"hearts", U'\u2665'}, {"check", U'\u2713'}};

constexpr qsizetype kLongestName = 8;

bool isAsciiAlpha(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// The HTML tokenizer's whitespace: tab, LF, FF, CR, space.
bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\f')
        || c == QLatin1Char('\r');
}

bool equalsAscii(QStringView text, std::string_view name)
{
    if (text.size() != qsizetype(name.size()))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char(name[size_t(i)]))
            return false;
    }
    return true;
}

// The code point of a named reference, 0 when unknown. *legacy: usable without ';'.
char32_t lookupName(QStringView name, bool *legacy)
{
    *legacy = false;
    for (size_t i = 0; i < kLatin1Names.size(); ++i) {
        if (equalsAscii(name, kLatin1Names[i])) {
            *legacy = true;
            return char32_t(0xA0 + i);
        }
    }
    for (const NamedReference &reference : kOtherNames) {
        if (equalsAscii(name, reference.name)) {
            *legacy = reference.codePoint == U'&' || reference.codePoint == U'<' || reference.codePoint == U'>'
                || reference.codePoint == U'"';
            return reference.codePoint;
        }
    }
    return 0;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    // What the HTML spec makes of NUL, surrogates and values beyond Unicode.
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        codePoint = 0xFFFD;
    const char32_t single[1] = {codePoint};
    out += QString::fromUcs4(single, 1);
}

// A numeric reference at text[pos] ("&#..."). Returns the index after it, or pos when it is none.
qsizetype decodeNumeric(QStringView text, qsizetype pos, QString &out)
{
    qsizetype i = pos + 2;
    const bool hex = i < text.size() && (text[i] == QLatin1Char('x') || text[i] == QLatin1Char('X'));
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (hex && c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (hex && c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            break;
        // Saturate: a thousand digits must not overflow, only end up out of range.
        value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + char32_t(digit);
    }
    if (i == digitsStart)
        return pos;
    appendCodePoint(out, value);
    if (i < text.size() && text[i] == QLatin1Char(';'))
        ++i;
    return i;
}

// A named reference at text[pos]. Returns the index after it, or pos when it is none.
qsizetype decodeNamed(QStringView text, qsizetype pos, bool inAttribute, QString &out)
{
    qsizetype end = pos + 1;
    while (end < text.size() && end - pos - 1 < kLongestName + 1 && isAsciiAlnum(text[end]))
        ++end;
    const QStringView name = text.mid(pos + 1, end - pos - 1);
    bool legacy = false;
    const char32_t codePoint = name.isEmpty() ? 0 : lookupName(name, &legacy);
    if (codePoint == 0)
        return pos;
    const bool semicolon = end < text.size() && text[end] == QLatin1Char(';');
    if (!semicolon) {
        // Without ';' only the legacy names count, and in attributes not before '=' or
        // more letters (so "?a=1&copy=2" in a URL stays as written).
        if (!legacy)
            return pos;
        if (inAttribute && end < text.size() && (text[end] == QLatin1Char('=') || isAsciiAlnum(text[end])))
            return pos;
    }
    appendCodePoint(out, codePoint);
    return semicolon ? end + 1 : end;
}

bool isRawTextElement(QStringView name)
{
    static const char *const names[] = {"script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"};
    for (const char *element : names) {
        if (name == QLatin1String(element))
            return true;
    }
    return false;
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{
}

QString HtmlTokenizer::decodeReferences(QStringView text, bool inAttribute)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == QChar(0)) {
            out += QChar(0xFFFD);
            ++i;
            continue;
        }
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype after = i;
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('#'))
            after = decodeNumeric(text, i, out);
        else
            after = decodeNamed(text, i, inAttribute, out);
        if (after == i) {
            out += c;
            ++i;
        } else {
            i = after;
        }
    }
    return out;
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    Token token;
    if (m_pos >= m_html.size())
        return token;
    if (m_plainText) {
        token.kind = Token::Kind::Text;
        token.text = m_html.mid(m_pos);
        m_pos = m_html.size();
        return token;
    }
    if (!m_rawTextElement.isEmpty())
        return rawTextUntilEnd();

    const qsizetype start = m_pos;
    if (m_html[m_pos] == QLatin1Char('<')) {
        Token markup = tag(start);
        if (markup.kind != Token::Kind::Text)
            return markup;
        m_pos = start + 1; // a '<' that starts nothing is text
    }
    while (m_pos < m_html.size() && m_html[m_pos] != QLatin1Char('<'))
        ++m_pos;
    token.kind = Token::Kind::Text;
    token.text = m_html.mid(start, m_pos - start);
    return token;
}

// Text up to the end tag of the raw text element just opened (or to the end).
HtmlTokenizer::Token HtmlTokenizer::rawTextUntilEnd()
{
    Token token;
    token.kind = Token::Kind::Text;
    token.rawText = true;
    token.rcdata = m_rawTextElement == QLatin1String("title") || m_rawTextElement == QLatin1String("textarea");
    const qsizetype start = m_pos;
    while (m_pos < m_html.size() && !atRawTextEnd(m_pos))
        ++m_pos;
    token.text = m_html.mid(start, m_pos - start);
    m_rawTextElement.clear();
    if (token.text.isEmpty())
        return next();
    return token;
}

// "</name" followed by whitespace, '/' or '>' (or the end), name being the open raw text element.
bool HtmlTokenizer::atRawTextEnd(qsizetype pos) const
{
    if (m_html[pos] != QLatin1Char('<') || pos + 1 >= m_html.size() || m_html[pos + 1] != QLatin1Char('/'))
        return false;
    const qsizetype nameStart = pos + 2;
    const qsizetype nameEnd = nameStart + m_rawTextElement.size();
    if (nameEnd > m_html.size())
        return false;
    if (m_html.mid(nameStart, m_rawTextElement.size()).compare(m_rawTextElement, Qt::CaseInsensitive) != 0)
        return false;
    return nameEnd == m_html.size() || isHtmlSpace(m_html[nameEnd]) || m_html[nameEnd] == QLatin1Char('/')
        || m_html[nameEnd] == QLatin1Char('>');
}

HtmlTokenizer::Token HtmlTokenizer::tag(qsizetype start)
{
    Token token; // Kind::Text: "not a tag, read '<' as text"
    token.kind = Token::Kind::Text;
    qsizetype i = start + 1;
    if (i >= m_html.size())
        return token;
    if (m_html[i] == QLatin1Char('!') || m_html[i] == QLatin1Char('?'))
        return markupDeclaration(start);
    bool endTag = false;
    if (m_html[i] == QLatin1Char('/')) {
        endTag = true;
        ++i;
        if (i < m_html.size() && m_html[i] == QLatin1Char('>')) { // "</>" is dropped
            m_pos = i + 1;
            token.kind = Token::Kind::Comment;
            return token;
        }
        if (i < m_html.size() && !isAsciiAlpha(m_html[i]))
            return markupDeclaration(start); // "</3" and the like: a bogus comment
    }
    if (i >= m_html.size() || !isAsciiAlpha(m_html[i]))
        return token;

    const qsizetype nameStart = i;
    while (i < m_html.size() && !isHtmlSpace(m_html[i]) && m_html[i] != QLatin1Char('/')
           && m_html[i] != QLatin1Char('>'))
        ++i;
    token.kind = endTag ? Token::Kind::EndTag : Token::Kind::StartTag;
    token.name = m_html.mid(nameStart, i - nameStart).toString().toLower();
    m_pos = i;
    readAttributes(token);
    if (token.kind == Token::Kind::End) { // the document ended inside the tag: a browser drops it
        m_pos = m_html.size();
        return token;
    }
    // Browsers ignore "/>" on these: <style/> still opens raw text.
    if (token.kind == Token::Kind::StartTag) {
        if (isRawTextElement(token.name))
            m_rawTextElement = token.name;
        else if (token.name == QLatin1String("plaintext"))
            m_plainText = true;
    }
    if (endTag)
        token.attributes.clear();
    return token;
}

void HtmlTokenizer::readAttributes(Token &token)
{
    const qsizetype size = m_html.size();
    qsizetype &i = m_pos;
    while (true) {
        while (i < size && (isHtmlSpace(m_html[i]) || m_html[i] == QLatin1Char('/'))) {
            if (m_html[i] == QLatin1Char('/') && i + 1 < size && m_html[i + 1] == QLatin1Char('>'))
                token.selfClosing = true;
            ++i;
        }
        if (i >= size) {
            token.kind = Token::Kind::End;
            return;
        }
        if (m_html[i] == QLatin1Char('>')) {
            ++i;
            return;
        }
        token.selfClosing = false;
        // The name: up to whitespace, '/', '>' or '=' (a leading '=' belongs to it).
        const qsizetype nameStart = i;
        ++i;
        while (i < size && !isHtmlSpace(m_html[i]) && m_html[i] != QLatin1Char('/') && m_html[i] != QLatin1Char('>')
               && m_html[i] != QLatin1Char('='))
            ++i;
        Attribute attribute;
        attribute.name = m_html.mid(nameStart, i - nameStart).toString().toLower();
        qsizetype j = i;
        while (j < size && isHtmlSpace(m_html[j]))
            ++j;
        if (j < size && m_html[j] == QLatin1Char('=')) {
            i = j + 1;
            while (i < size && isHtmlSpace(m_html[i]))
                ++i;
            qsizetype valueStart = i;
            qsizetype valueEnd = i;
            if (i < size && (m_html[i] == QLatin1Char('"') || m_html[i] == QLatin1Char('\''))) {
                const QChar quote = m_html[i];
                valueStart = ++i;
                while (i < size && m_html[i] != quote)
                    ++i;
                if (i >= size) {
                    token.kind = Token::Kind::End;
                    return;
                }
                valueEnd = i++;
            } else {
                while (i < size && !isHtmlSpace(m_html[i]) && m_html[i] != QLatin1Char('>'))
                    ++i;
                valueEnd = i;
            }
            attribute.value = decodeReferences(m_html.mid(valueStart, valueEnd - valueStart), true);
        }
        const bool duplicate = std::any_of(token.attributes.cbegin(), token.attributes.cend(),
                                           [&](const Attribute &a) { return a.name == attribute.name; });
        if (!duplicate && token.attributes.size() < kMaxAttributes)
            token.attributes.append(std::move(attribute));
    }
}

// "<!--...-->", "<!DOCTYPE ...>", and the bogus comments ("<!x>", "<?x>", "</3>") up to '>'.
HtmlTokenizer::Token HtmlTokenizer::markupDeclaration(qsizetype start)
{
    Token token;
    const QStringView rest = m_html.mid(start);
    if (rest.startsWith(QLatin1String("<!--"))) {
        token.kind = Token::Kind::Comment;
        qsizetype i = start + 4;
        // "<!-->" and "<!--->" close at once.
        if (m_html.mid(i).startsWith(QLatin1Char('>')) || m_html.mid(i).startsWith(QLatin1String("->"))) {
            m_pos = m_html.indexOf(QLatin1Char('>'), i) + 1;
            return token;
        }
        while (i < m_html.size()) {
            if (m_html[i] == QLatin1Char('-') && m_html.mid(i).startsWith(QLatin1String("-->"))) {
                token.text = m_html.mid(start + 4, i - start - 4);
                m_pos = i + 3;
                return token;
            }
            if (m_html[i] == QLatin1Char('-') && m_html.mid(i).startsWith(QLatin1String("--!>"))) {
                token.text = m_html.mid(start + 4, i - start - 4);
                m_pos = i + 4;
                return token;
            }
            ++i;
        }
        token.text = m_html.mid(start + 4);
        m_pos = m_html.size();
        return token;
    }
    const bool doctype = rest.size() >= 9 && rest.mid(2, 7).compare(QLatin1String("doctype"), Qt::CaseInsensitive) == 0;
    token.kind = doctype ? Token::Kind::Doctype : Token::Kind::Comment;
    const qsizetype contentStart = start + (doctype ? 9 : 2);
    qsizetype end = m_html.indexOf(QLatin1Char('>'), contentStart);
    if (end < 0)
        end = m_html.size();
    token.text = m_html.mid(contentStart, end - contentStart);
    m_pos = std::min(end + 1, m_html.size());
    return token;
}

} // namespace heron::mime
