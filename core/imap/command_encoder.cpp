#include "imap/command_encoder.h"

#include "imap/modified_utf7.h"

#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace heron::imap {

namespace {

// ASTRING-CHAR: ATOM-CHAR or "]". No 8-bit: outside UTF8=ACCEPT it needs a literal, and
// even with it an atom must be ASCII.
bool isAstringChar(char c)
{
    const uchar u = uchar(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' && c != '\\';
}

bool isAtom(QByteArrayView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), isAstringChar);
}

bool breaksLine(QByteArrayView value)
{
    return std::any_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

bool isAscii(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) { return uchar(c) < 0x80; });
}

bool isValidUtf8(QByteArrayView value)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(value); // decode() is lazy: the conversion does the work
    return !decoder.hasError();
}

} // namespace

CommandEncoder::CommandEncoder(QByteArrayView tag, Capabilities capabilities)
    : m_capabilities(capabilities)
    , m_tag(tag.toByteArray())
    , m_current(tag.toByteArray())
{
}

void CommandEncoder::separate()
{
    if (m_needSpace)
        m_current.append(' ');
    m_needSpace = true;
}

CommandEncoder &CommandEncoder::token(QByteArrayView token)
{
    if (token.isEmpty() || breaksLine(token))
        return string(token);
    separate();
    m_current.append(token);
    return *this;
}

CommandEncoder &CommandEncoder::number(quint64 number)
{
    separate();
    m_current.append(QByteArray::number(number));
    return *this;
}

CommandEncoder &CommandEncoder::astring(QByteArrayView value)
{
    if (!isAtom(value))
        return string(value);
    separate();
    m_current.append(value);
    return *this;
}

CommandEncoder &CommandEncoder::string(QByteArrayView value)
{
    if (!isQuotable(value))
        return literal(value);
    separate();
    appendQuoted(value);
    return *this;
}

CommandEncoder &CommandEncoder::literal(QByteArrayView value)
{
    separate();
    const bool nonSynchronising
        = m_capabilities.literalPlus || (m_capabilities.literalMinus && value.size() <= kLiteralMinusLimit);
    m_current.append('{');
    m_current.append(QByteArray::number(value.size()));
    m_current.append(nonSynchronising ? "+}\r\n" : "}\r\n");
    if (!nonSynchronising) {
        // The server must say "+" before the literal's bytes may follow.
        m_parts.append(std::exchange(m_current, QByteArray()));
    }
    m_current.append(value);
    return *this;
}

CommandEncoder &CommandEncoder::mailbox(QStringView name)
{
    return astring(encodeMailboxName(name, m_capabilities.utf8Accept));
}

CommandEncoder &CommandEncoder::sequenceSet(const SequenceSet &set)
{
    separate();
    m_current.append(set.toByteArray());
    return *this;
}

CommandEncoder &CommandEncoder::beginList()
{
    separate();
    m_current.append('(');
    m_needSpace = false;
    return *this;
}

CommandEncoder &CommandEncoder::endList()
{
    m_current.append(')');
    m_needSpace = true;
    return *this;
}

EncodedCommand CommandEncoder::finish()
{
    m_current.append("\r\n");
    m_parts.append(std::exchange(m_current, QByteArray()));
    return EncodedCommand {m_tag, std::exchange(m_parts, {})};
}

QByteArray CommandEncoder::encodeMailboxName(QStringView name, bool utf8Accept)
{
    if (name.compare(QLatin1StringView("INBOX"), Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("INBOX");
    return utf8Accept ? name.toUtf8() : ModifiedUtf7::encode(name);
}

// Quoted strings hold no CR, LF or NUL; 8-bit only as UTF-8 once UTF8=ACCEPT is enabled.
bool CommandEncoder::isQuotable(QByteArrayView value) const
{
    if (value.size() > kMaxQuotedLength || breaksLine(value))
        return false;
    return isAscii(value) || (m_capabilities.utf8Accept && isValidUtf8(value));
}

void CommandEncoder::appendQuoted(QByteArrayView value)
{
    m_current.append('"');
    for (const char c : value) {
        if (c == '"' || c == '\\')
            m_current.append('\\');
        m_current.append(c);
    }
    m_current.append('"');
}

} // namespace heron::imap
