// libFuzzer target: heron::smtp::SmtpReplyParser.
//
// Input: one flags byte, two bytes choosing where to split the stream, then the stream.
// The stream is parsed whole and in two pieces; the replies and the failed state must be
// the same. Flags pick tight limits so the limit paths are reached with short inputs.
#include "smtp/smtp_reply_parser.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using heron::smtp::SmtpReply;
using heron::smtp::SmtpReplyParser;

bool sameReplies(const QList<SmtpReply> &a, const QList<SmtpReply> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].code != b[i].code || a[i].enhancedStatus != b[i].enhancedStatus || a[i].lines != b[i].lines)
            return false;
    }
    return true;
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

    SmtpReplyParser::Limits limits;
    if (flags & 0x01) {
        limits.maxLineLength = 16 + (flags >> 4);
        limits.maxLinesPerReply = 1 + ((flags >> 1) & 0x07);
    }

    SmtpReplyParser whole(limits);
    whole.feed(stream);
    const QList<SmtpReply> wholeReplies = whole.takeReplies();

    SmtpReplyParser pieces(limits);
    QList<SmtpReply> pieceReplies;
    if (pieces.feed(stream.first(split)))
        pieceReplies = pieces.takeReplies();
    pieces.feed(stream.sliced(split));
    pieceReplies += pieces.takeReplies();

    if (whole.hasFailed() != pieces.hasFailed() || !sameReplies(wholeReplies, pieceReplies))
        std::abort(); // the split changed the result

    for (const SmtpReply &reply : wholeReplies) {
        if (reply.code < 200 || reply.code > 599 || reply.lines.isEmpty())
            std::abort();
        (void)reply.summary();
    }

    // reset() forgets a failure and anything half-read.
    whole.reset();
    whole.feed(QByteArrayView("250 ok\r\n"));
    if (whole.hasFailed() || whole.takeReplies().size() != 1)
        std::abort();
    return 0;
}
