// libFuzzer target: heron::imap::ResponseParser, the front that reads server bytes.
//
// Input: one flags byte, two bytes choosing where to split the stream, then the stream.
// The stream is parsed twice: whole in one feed() with responses queued, and in two
// feeds split at the chosen byte with responses delivered through the handler. The
// parser promises the result does not depend on the split, so any difference aborts.
// Flags pick UTF8=ACCEPT, tight limits, and a literal sink with a low threshold.
#include "imap/literal_sink.h"
#include "imap/response_parser.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using heron::imap::LiteralContext;
using heron::imap::LiteralSink;
using heron::imap::Response;
using heron::imap::ResponseParser;

// Checks the sink contract: begin, data adding up to the announced size, then end
// (or abort at any point after begin).
class CheckingSink : public LiteralSink
{
public:
    void begin(const LiteralContext &context) override
    {
        if (m_open)
            std::abort();
        m_open = true;
        m_expected = context.size;
        m_received = 0;
        ++m_literals;
    }
    void data(QByteArrayView chunk) override
    {
        if (!m_open)
            std::abort();
        m_received += quint64(chunk.size());
        if (m_received > m_expected)
            std::abort();
    }
    void end() override
    {
        if (!m_open || m_received != m_expected)
            std::abort();
        m_open = false;
    }
    void abort() override { m_open = false; }
    int literals() const { return m_literals; }

private:
    bool m_open = false;
    quint64 m_expected = 0;
    quint64 m_received = 0;
    int m_literals = 0;
};

ResponseParser::Limits limitsFor(uint8_t flags)
{
    ResponseParser::Limits limits;
    if (flags & 0x02) {
        limits.maxLineLength = 512;
        limits.maxLiteralSize = 2048;
        limits.maxResponseSize = 4096;
        limits.maxNestingDepth = 8;
    }
    limits.streamThreshold = (flags & 0x04) ? 16 : 1024 * 1024;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const uint8_t flags = data[0];
    const size_t splitChoice = size_t(data[1]) << 8 | data[2];
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    const qsizetype split = stream.isEmpty() ? 0 : qsizetype(splitChoice % size_t(stream.size() + 1));

    const ResponseParser::Limits limits = limitsFor(flags);
    const bool useSink = flags & 0x04;

    CheckingSink wholeSink;
    ResponseParser whole(limits);
    whole.setUtf8Accept(flags & 0x01);
    if (useSink)
        whole.setLiteralSink(&wholeSink);
    whole.feed(stream);
    const QList<Response> queued = whole.takeResponses();

    CheckingSink splitSink;
    ResponseParser pieces(limits);
    pieces.setUtf8Accept(flags & 0x01);
    if (useSink)
        pieces.setLiteralSink(&splitSink);
    QList<Response> handled;
    pieces.setResponseHandler([&handled](Response &&response) { handled.append(std::move(response)); });
    if (pieces.feed(stream.first(split)))
        pieces.feed(stream.sliced(split));

    if (whole.hasFailed() != pieces.hasFailed() || queued != handled)
        std::abort(); // the split changed the result
    if (!whole.hasFailed() && whole.bytesConsumed() != pieces.bytesConsumed())
        std::abort();
    if (useSink && wholeSink.literals() != splitSink.literals())
        std::abort();

    // A reset parser must start clean.
    const qsizetype before = handled.size();
    pieces.reset();
    pieces.feed(QByteArrayView("* OK ready\r\n"));
    if (pieces.hasFailed() || handled.size() != before + 1)
        std::abort();
    return 0;
}
