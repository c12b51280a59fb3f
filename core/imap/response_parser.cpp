#include "imap/response_parser.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <utility>

namespace heron::imap {

namespace {

// Shrinking m_text back after one huge response keeps an idle connection small.
constexpr qsizetype kKeptBufferCapacity = 64 * 1024;
constexpr qsizetype kExcerptRadius = 24;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The length in a "{n}", "{n+}" or "~{n}" that ends a line, announcing a literal.
// Lengths beyond 19 digits are returned as the largest value, which every limit refuses.
std::optional<quint64> literalLength(QByteArrayView line)
{
    if (!line.endsWith('}'))
        return std::nullopt;
    qsizetype digitsEnd = line.size() - 1;
    if (digitsEnd > 0 && line.at(digitsEnd - 1) == '+')
        --digitsEnd;
    qsizetype digitsStart = digitsEnd;
    while (digitsStart > 0 && isDigit(line.at(digitsStart - 1)))
        --digitsStart;
    if (digitsStart == digitsEnd || digitsStart == 0 || line.at(digitsStart - 1) != '{')
        return std::nullopt;
    if (digitsEnd - digitsStart > 19)
        return std::numeric_limits<quint64>::max();
    quint64 length = 0;
    for (qsizetype i = digitsStart; i < digitsEnd; ++i)
        length = length * 10 + quint64(line.at(i) - '0');
    return length;
}

bool isFetchItemChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) || c == '.';
}

// For "* 12 FETCH (UID 7 BODY[1.2]<0> {n}": sequence number 12, item "BODY[1.2]<0>".
// Only body items stream; any other literal stays in memory.
std::optional<LiteralContext> fetchLiteralContext(QByteArrayView text, quint64 size)
{
    if (!text.startsWith("* "))
        return std::nullopt;
    qsizetype i = 2;
    quint64 number = 0;
    while (i < text.size() && isDigit(text.at(i)) && number <= 0xFFFFFFFFu)
        number = number * 10 + quint64(text.at(i++) - '0');
    if (i == 2 || number > 0xFFFFFFFFu || text.size() < i + 7
        || text.sliced(i, 7).compare(QByteArrayView(" FETCH "), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    qsizetype end = text.lastIndexOf('{');
    if (end > 0 && text.at(end - 1) == '~')
        --end;
    while (end > 0 && text.at(end - 1) == ' ')
        --end;
    qsizetype nameEnd = end;
    if (nameEnd > 0 && text.at(nameEnd - 1) == '>')
        nameEnd = text.lastIndexOf('<', nameEnd - 1);
    if (nameEnd > 0 && text.at(nameEnd - 1) == ']')
        nameEnd = text.lastIndexOf('[', nameEnd - 1);
    if (nameEnd <= 0)
        return std::nullopt;
    qsizetype begin = nameEnd;
    while (begin > 0 && isFetchItemChar(text.at(begin - 1)))
        --begin;
    const QByteArrayView name = text.sliced(begin, nameEnd - begin);
    static constexpr const char *kStreamable[] = {"BODY", "BINARY", "RFC822", "RFC822.TEXT", "RFC822.HEADER"};
    const bool streamable = std::any_of(std::begin(kStreamable), std::end(kStreamable), [name](const char *item) {
        return name.compare(QByteArrayView(item), Qt::CaseInsensitive) == 0;
    });
    if (!streamable)
        return std::nullopt;
    return LiteralContext {quint32(number), text.sliced(begin, end - begin).toByteArray(), size};
}

// Bytes around a position, safe to print in a log line.
QByteArray excerptAround(QByteArrayView text, qsizetype position)
{
    const qsizetype from = std::max<qsizetype>(0, position - kExcerptRadius);
    const qsizetype to = std::min(text.size(), position + kExcerptRadius);
    QByteArray excerpt;
    if (from > 0)
        excerpt.append("...");
    for (const char c : text.sliced(from, to - from)) {
        if (c >= 0x20 && c < 0x7f) {
            excerpt.append(c);
        } else {
            excerpt.append("\\x");
            excerpt.append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
        }
    }
    if (to < text.size())
        excerpt.append("...");
    return excerpt;
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

ResponseParser::ResponseParser()
    : ResponseParser(Limits {})
{
}

ResponseParser::ResponseParser(Limits limits)
    : m_limits(limits)
{
    m_readerOptions.maxNestingDepth = limits.maxNestingDepth;
    m_readerOptions.strings = &m_strings;
}

ResponseParser::~ResponseParser()
{
    if (m_state == State::Literal && !m_literals.isEmpty() && m_literals.last().streamed)
        m_sink->abort();
}

bool ResponseParser::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && m_state != State::Failed) {
        if (m_state == State::Line)
            readLine(bytes);
        else
            readLiteral(bytes);
    }
    return m_state != State::Failed;
}

QList<Response> ResponseParser::takeResponses()
{
    return std::exchange(m_responses, {});
}

bool ResponseParser::isMidResponse() const
{
    return m_state == State::Literal || !m_text.isEmpty() || !m_literals.isEmpty();
}

void ResponseParser::reset()
{
    if (m_state == State::Literal && m_literals.last().streamed)
        m_sink->abort();
    clearResponse();
    m_state = State::Line;
    m_offset = 0;
    m_responseStart = 0;
    m_responses.clear();
    m_handled = Response();
    m_error = {};
    m_strings.clear();
}

void ResponseParser::readLine(QByteArrayView &bytes)
{
    const auto *newline = static_cast<const char *>(std::memchr(bytes.data(), '\n', size_t(bytes.size())));
    const qsizetype take = newline ? newline - bytes.data() : bytes.size();
    // A CR last is not counted: it may be the line end's, with the LF still to come.
    const bool endsWithCr
        = take > 0 ? bytes.at(take - 1) == '\r' : (m_text.size() > m_lineStart && m_text.endsWith('\r'));
    const qsizetype lineLength = m_text.size() - m_lineStart + take - (endsWithCr ? 1 : 0);
    if (lineLength > m_limits.maxLineLength) {
        const QByteArrayView line = QByteArrayView(m_text).sliced(m_lineStart);
        fail(ParseError::Kind::LineTooLong, lineStartOffset(),
             QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLineLength),
             excerptAround(line.isEmpty() ? bytes : line, 0));
        return;
    }
    if (m_text.size() + take + m_literalBytes > m_limits.maxResponseSize) {
        fail(ParseError::Kind::ResponseTooLarge, m_responseStart,
             QStringLiteral("a response larger than %1 bytes").arg(m_limits.maxResponseSize), excerptAround(m_text, 0));
        return;
    }
    const QByteArrayView piece = bytes.first(take);
    m_offset += take + (newline ? 1 : 0);
    bytes = bytes.sliced(take + (newline ? 1 : 0));
    if (newline && m_text.isEmpty() && m_literals.isEmpty() && !literalLength(withoutCr(piece))) {
        // The whole response is this one line, still in the caller's buffer: parse it there.
        if (!withoutCr(piece).isEmpty())
            finishResponse(withoutCr(piece));
        m_responseStart = m_offset;
        return;
    }
    m_text.append(piece);
    if (newline)
        endOfLine();
}

void ResponseParser::endOfLine()
{
    if (m_text.size() > m_lineStart && m_text.endsWith('\r'))
        m_text.chop(1);
    if (const auto length = literalLength(QByteArrayView(m_text).sliced(m_lineStart))) {
        startLiteral(*length);
    } else if (m_text.isEmpty() && m_literals.isEmpty()) {
        m_responseStart = m_offset; // an empty line between responses: harmless, skip it
    } else {
        finishResponse(m_text);
        clearResponse();
        m_responseStart = m_offset;
    }
}

void ResponseParser::startLiteral(quint64 size)
{
    FramedLiteral literal;
    literal.position = m_text.size();
    literal.size = size;
    const auto context
        = (m_sink && size >= quint64(m_limits.streamThreshold)) ? fetchLiteralContext(m_text, size) : std::nullopt;
    // Where "{n}" sits in the stream, for errors: the line started at lineStartOffset().
    const qint64 headerOffset = lineStartOffset() + (m_text.lastIndexOf('{') - m_lineStart);
    if (context) {
        literal.streamed = true;
        m_sink->begin(*context);
    } else if (size > quint64(m_limits.maxLiteralSize)) {
        fail(ParseError::Kind::LiteralTooLarge, headerOffset,
             QStringLiteral("a literal of %1 bytes (limit %2)").arg(size).arg(m_limits.maxLiteralSize),
             excerptAround(m_text, m_text.size()));
        return;
    } else if (quint64(m_text.size() + m_literalBytes) + size > quint64(m_limits.maxResponseSize)) {
        fail(ParseError::Kind::ResponseTooLarge, headerOffset,
             QStringLiteral("a response larger than %1 bytes").arg(m_limits.maxResponseSize),
             excerptAround(m_text, m_text.size()));
        return;
    } else {
        // Empty but not null: a "{0}" literal is "", not NIL.
        literal.data = size == 0 ? QByteArray("") : QByteArray();
        literal.data.reserve(qsizetype(size)); // the only copy the literal's bytes get
        m_literalBytes += qsizetype(size);
    }
    m_literals.append(std::move(literal));
    m_literalRemaining = size;
    m_state = State::Literal;
    if (size == 0)
        endLiteral();
}

void ResponseParser::readLiteral(QByteArrayView &bytes)
{
    const qsizetype take = qsizetype(std::min<quint64>(m_literalRemaining, quint64(bytes.size())));
    FramedLiteral &literal = m_literals.last();
    if (literal.streamed)
        m_sink->data(bytes.first(take));
    else
        literal.data.append(bytes.first(take));
    m_offset += take;
    m_literalRemaining -= quint64(take);
    bytes = bytes.sliced(take);
    if (m_literalRemaining == 0)
        endLiteral();
}

void ResponseParser::endLiteral()
{
    FramedLiteral &literal = m_literals.last();
    literal.streamOffset = m_offset;
    if (literal.streamed)
        m_sink->end();
    m_lineStart = m_text.size();
    m_state = State::Line;
}

void ResponseParser::finishResponse(QByteArrayView text)
{
    // Read straight into its destination: a FETCH response is large and moving it costs.
    Response &response = m_handler ? m_handled : m_responses.emplaceBack();
    ResponseReader::Failure failure;
    if (ResponseReader::read(text, m_literals, m_readerOptions, &response, &failure)) {
        if (m_handler) {
            m_handler(std::move(response));
            m_handled = Response(); // nothing of it may leak into the next one
        }
        return;
    }
    if (!m_handler)
        m_responses.removeLast();
    fail(failure.kind, streamOffsetOf(failure.position), failure.what, excerptAround(text, failure.position));
}

void ResponseParser::clearResponse()
{
    if (m_text.capacity() > kKeptBufferCapacity)
        m_text.clear();
    else
        m_text.resize(0);
    m_literals.clear();
    m_lineStart = 0;
    m_literalBytes = 0;
    m_literalRemaining = 0;
}

// Maps a position in the response text back to the stream, across the literals cut out of it.
qint64 ResponseParser::streamOffsetOf(qsizetype position) const
{
    qsizetype segmentStart = 0;
    qint64 segmentOffset = m_responseStart;
    for (const FramedLiteral &literal : m_literals) {
        if (literal.position > position || literal.streamOffset == 0)
            break;
        segmentStart = literal.position;
        segmentOffset = literal.streamOffset;
    }
    return segmentOffset + (position - segmentStart);
}

qint64 ResponseParser::lineStartOffset() const
{
    return m_literals.isEmpty() ? m_responseStart : m_literals.last().streamOffset;
}

void ResponseParser::fail(ParseError::Kind kind, qint64 offset, const QString &what, QByteArrayView excerpt)
{
    if (m_state == State::Literal && m_literals.last().streamed)
        m_sink->abort();
    m_error = {kind, offset, what, excerpt.toByteArray()};
    m_state = State::Failed;
    m_handled = Response();
    clearResponse();
    m_text.clear();
}

} // namespace heron::imap
