#pragma once

#include "imap/literal_sink.h"
#include "imap/parse_error.h"
#include "imap/response.h"
#include "imap/response_reader.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace heron::imap {

// Turns the server's byte stream into complete responses. Bytes may arrive split anywhere
// (inside a line, a quoted string or a literal); the result does not depend on the split.
//
// Memory is bounded by Limits. Literals of FETCH body items at least streamThreshold bytes
// long go to the LiteralSink, if one is set, instead of memory. Input that breaks a limit
// or is not IMAP puts the parser in a failed state with a specific ParseError: the session
// must drop the connection, since nothing after it can be trusted.
class ResponseParser
{
public:
    struct Limits
    {
        // One line between CRLFs, literals excluded. Generous: SEARCH results and big
        // BODYSTRUCTUREs are long lines.
        qsizetype maxLineLength = qsizetype(8) * 1024 * 1024;
        qsizetype maxLiteralSize = qsizetype(64) * 1024 * 1024; // a literal held in memory
        qsizetype maxResponseSize = qsizetype(128) * 1024 * 1024; // lines plus in-memory literals of one response
        int maxNestingDepth = 64; // parentheses inside a response (nested MIME parts)
        qsizetype streamThreshold = qsizetype(1024) * 1024; // only applies with a LiteralSink
    };

    ResponseParser();
    explicit ResponseParser(Limits limits);
    ~ResponseParser();
    ResponseParser(const ResponseParser &) = delete;
    ResponseParser &operator=(const ResponseParser &) = delete;

    // Not owned; nullptr keeps every literal in memory (up to maxLiteralSize).
    void setLiteralSink(LiteralSink *sink) { m_sink = sink; }
    // After "ENABLED UTF8=ACCEPT" mailbox names are UTF-8 instead of modified UTF-7.
    void setUtf8Accept(bool enabled) { m_readerOptions.utf8Accept = enabled; }
    const Limits &limits() const { return m_limits; }

    // Instead of queueing for takeResponses(), hand each response over as soon as it is
    // complete, from inside feed(); this keeps a long FETCH stream from piling up in a batch.
    // The handler must not call feed() or reset(). An empty function restores queueing.
    void setResponseHandler(std::function<void(Response &&)> handler) { m_handler = std::move(handler); }

    // Consumes bytes; returns false once the stream has failed (see error()).
    bool feed(QByteArrayView bytes);
    QList<Response> takeResponses();
    bool hasResponses() const { return !m_responses.isEmpty(); }

    bool hasFailed() const { return m_state == State::Failed; }
    const ParseError &error() const { return m_error; }
    // True while part of a response is buffered (or a literal is being received).
    bool isMidResponse() const;
    qint64 bytesConsumed() const { return m_offset; }
    // Forgets everything, queued responses included (after STARTTLS nothing from before counts).
    void reset();

private:
    enum class State { Line, Literal, Failed };

    void readLine(QByteArrayView &bytes);
    void readLiteral(QByteArrayView &bytes);
    void endOfLine();
    void startLiteral(quint64 size);
    void endLiteral();
    void finishResponse(QByteArrayView text);
    void clearResponse();
    qint64 streamOffsetOf(qsizetype position) const;
    qint64 lineStartOffset() const;
    void fail(ParseError::Kind kind, qint64 offset, const QString &what, QByteArrayView excerpt);

    Limits m_limits;
    ResponseReader::Options m_readerOptions;
    LiteralSink *m_sink = nullptr;
    State m_state = State::Line;
    QByteArray m_text; // the current response's lines without CRLF, literal headers kept
    qsizetype m_lineStart = 0; // where the current line starts in m_text
    QList<FramedLiteral> m_literals;
    qsizetype m_literalBytes = 0; // in-memory literal bytes of the current response
    quint64 m_literalRemaining = 0;
    qint64 m_offset = 0; // bytes consumed since construction or reset()
    qint64 m_responseStart = 0; // stream offset of the current response
    QList<Response> m_responses;
    std::function<void(Response &&)> m_handler;
    Response m_handled; // the one response under construction when a handler is set
    ParseError m_error;
    StringCache m_strings;
};

} // namespace heron::imap
