#include "mime/address_parser.h"

#include "mime/ascii.h"
#include "mime/forward_finder.h"
#include "mime/header_decoder.h"

#include <QUrl>

namespace heron::mime {

namespace {

constexpr qsizetype kMaxCharsetLength = 64;

enum class TokenKind { End, Atom, Quoted, Comment, Special };

struct Token
{
    TokenKind kind = TokenKind::End;
    QByteArray text; // the atom, the unescaped quoted or comment content, or the special character
};

bool isSpecial(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == ',' || c == ';' || c == ':' || c == '@' || c == '"'
        || c == '\\';
}

bool isWhitespaceAt(QByteArrayView text, qsizetype i)
{
    return Ascii::isWhitespace(text[i]);
}

class Tokenizer
{
public:
    explicit Tokenizer(QByteArrayView raw)
        : m_raw(raw)
        , m_closes(raw, &isEncodedWordEnd)
        , m_blanks(raw, &isWhitespaceAt)
    {
    }

    Token next()
    {
        while (m_pos < m_raw.size() && Ascii::isWhitespace(m_raw[m_pos]))
            ++m_pos;
        if (m_pos >= m_raw.size())
            return {};
        const char c = m_raw[m_pos];
        if (c == '"')
            return {TokenKind::Quoted, readDelimited('"', '"')};
        if (c == '(')
            return {TokenKind::Comment, readDelimited('(', ')')};
        if (isSpecial(c) && c != '\\') {
            ++m_pos;
            return {TokenKind::Special, QByteArray(1, c)};
        }
        return {TokenKind::Atom, readAtom()};
    }

private:
    // Quoted strings and (nestable) comments; quoted-pairs unescaped; an
    // unterminated one runs to the end.
    QByteArray readDelimited(char open, char close)
    {
        QByteArray out;
        int depth = 0;
        for (++m_pos; m_pos < m_raw.size(); ++m_pos) {
            const char c = m_raw[m_pos];
            if (c == '\\' && m_pos + 1 < m_raw.size()) {
                out.append(m_raw[++m_pos]);
                continue;
            }
            if (c == close && depth-- == 0) {
                ++m_pos;
                break;
            }
            if (c == open && open != close)
                ++depth;
            if (c != '\r' && c != '\n')
                out.append(c);
        }
        return out;
    }

    // An encoded-word may hold characters that are specials elsewhere
    // ("=?utf-8?Q?Doe,_J.?="); it stays one atom when it closes before any whitespace.
    qsizetype encodedWordEnd(qsizetype start)
    {
        if (start + 1 >= m_raw.size() || m_raw[start] != '=' || m_raw[start + 1] != '?')
            return -1;
        qsizetype i = start + 2;
        while (i < m_raw.size() && i - start <= kMaxCharsetLength && m_raw[i] != '?' && !Ascii::isWhitespace(m_raw[i]))
            ++i;
        if (i + 3 >= m_raw.size() || m_raw[i] != '?' || m_raw[i + 2] != '?')
            return -1;
        const qsizetype textStart = i + 3;
        const qsizetype close = m_closes.next(textStart);
        const qsizetype blank = m_blanks.next(textStart);
        if (close < 0 || (blank >= 0 && blank < close))
            return -1;
        return close + 2;
    }

    QByteArray readAtom()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_raw.size()) {
            if (const qsizetype end = encodedWordEnd(m_pos); end > 0) {
                m_pos = end;
                continue;
            }
            if (Ascii::isWhitespace(m_raw[m_pos]) || isSpecial(m_raw[m_pos]))
                break;
            ++m_pos;
        }
        if (m_pos == start) // a stray backslash
            ++m_pos;
        return m_raw.sliced(start, m_pos - start).toByteArray();
    }

    QByteArrayView m_raw;
    qsizetype m_pos = 0;
    // Shared by all atoms, so hostile input stays linear.
    ForwardFinder<decltype(&isEncodedWordEnd)> m_closes;
    ForwardFinder<decltype(&isWhitespaceAt)> m_blanks;
};

bool isDotAtom(QByteArrayView text)
{
    if (text.isEmpty() || text.front() == '.' || text.back() == '.' || text.contains(".."))
        return false;
    for (const char c : text) {
        if (Ascii::isWhitespace(c) || isSpecial(c) || c == '[' || c == ']' || static_cast<unsigned char>(c) < 32)
            return false;
    }
    return true;
}

// An addr-spec is rebuilt from its tokens; a quoted local part keeps its quotes
// only when it needs them.
void appendToSpec(QByteArray *spec, const Token &token)
{
    if (token.kind == TokenKind::Quoted && !isDotAtom(token.text)) {
        QByteArray quoted = token.text;
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        spec->append('"').append(quoted).append('"');
    } else {
        spec->append(token.text);
    }
}

// The pieces of one mailbox while its tokens go by.
class MailboxBuilder
{
public:
    explicit MailboxBuilder(QByteArrayView fallbackCharset)
        : m_fallback(fallbackCharset)
    {
    }

    void addWord(const Token &token)
    {
        if (!m_phrase.isEmpty())
            m_phrase.append(' ');
        m_phrase.append(token.text);
        ++m_words;
        addToSpec(token);
    }

    void addToSpec(const Token &token) { appendToSpec(&m_spec, token); }

    void setComment(const QByteArray &comment) { m_comment = comment; }
    void setAngleAddress(const QByteArray &address)
    {
        m_angle = address;
        m_hasAngle = true;
    }

    void reset() { *this = MailboxBuilder(m_fallback); }

    // Appends the mailbox collected so far, if any, and starts over.
    void finish(QList<Mailbox> *out)
    {
        if (m_hasAngle) {
            // "a@b.c <a@b.c>" unquoted: the address-looking name reads best as written.
            const QByteArray &name = m_spec.contains('@') ? m_spec : m_phrase;
            out->append({decodeName(name), decodeAddress(m_angle)});
        } else if (m_spec.contains('@') || m_words == 1) {
            out->append({decodeName(m_comment), decodeAddress(m_spec)});
        } else if (!m_phrase.isEmpty()) {
            out->append({decodeName(m_phrase), QString()});
        }
        reset();
    }

private:
    QString decodeName(const QByteArray &phrase) const
    {
        return HeaderDecoder::decodeText(phrase, m_fallback).trimmed();
    }

    QString decodeAddress(const QByteArray &spec) const
    {
        QString address = HeaderDecoder::decodeRaw(spec, m_fallback);
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        if (at < 0)
            return address;
        const QString domain = address.sliced(at + 1);
        if (!domain.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
            return address;
        const QString unicode = QUrl::fromAce(domain.toLatin1(), QUrl::IgnoreIDNWhitelist);
        return unicode.isEmpty() ? address : address.first(at + 1) + unicode;
    }

    QByteArrayView m_fallback;
    QByteArray m_phrase;
    QByteArray m_spec;
    QByteArray m_comment;
    QByteArray m_angle;
    bool m_hasAngle = false;
    int m_words = 0;
};

// Reads an angle address after '<' up to '>' (or the end), dropping an obsolete route.
QByteArray readAngleAddress(Tokenizer *tokens)
{
    QByteArray address;
    for (Token token = tokens->next(); token.kind != TokenKind::End; token = tokens->next()) {
        if (token.kind == TokenKind::Special && token.text == ">")
            break;
        if (token.kind == TokenKind::Comment)
            continue;
        if (token.kind == TokenKind::Special && token.text == ":") {
            address.clear(); // "@relay1,@relay2:" was a route
            continue;
        }
        appendToSpec(&address, token);
    }
    return address;
}

} // namespace

QList<Mailbox> AddressParser::parse(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    QList<Mailbox> mailboxes;
    Tokenizer tokens(raw);
    MailboxBuilder current(fallbackCharset);
    for (Token token = tokens.next(); token.kind != TokenKind::End; token = tokens.next()) {
        switch (token.kind) {
        case TokenKind::Atom:
        case TokenKind::Quoted:
            current.addWord(token);
            break;
        case TokenKind::Comment:
            current.setComment(token.text);
            break;
        case TokenKind::Special:
            if (token.text == "<") {
                current.setAngleAddress(readAngleAddress(&tokens));
            } else if (token.text == "@") {
                current.addToSpec(token);
            } else if (token.text == ":") {
                current.reset(); // a group's name
            } else if (token.text == "," || token.text == ";") {
                current.finish(&mailboxes);
            }
            break;
        case TokenKind::End:
            break;
        }
    }
    current.finish(&mailboxes);
    return mailboxes;
}

} // namespace heron::mime
