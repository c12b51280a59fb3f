#pragma once

#include <QByteArray>

namespace heron::imap {

// Which FETCH item a streamed literal belongs to.
struct LiteralContext
{
    quint32 sequenceNumber = 0; // of the "* n FETCH" response
    QByteArray item; // the item as sent, e.g. "BODY[1.2]<0>", "BINARY[2]" or "RFC822"
    quint64 size = 0;
};

// Receives large FETCH literals (body parts, whole messages) chunk by chunk instead of the
// parser holding them in memory. The rest of the response is parsed as usual; its
// FetchSection says streamed. Calls come from inside ResponseParser::feed().
class LiteralSink
{
public:
    virtual ~LiteralSink() = default;
    virtual void begin(const LiteralContext &context) = 0;
    virtual void data(QByteArrayView chunk) = 0;
    virtual void end() = 0; // all context.size bytes delivered
    // The stream failed or was reset before the literal ended; discard what arrived.
    virtual void abort() { }
};

} // namespace heron::imap
