#pragma once

#include "imap/parse_error.h"
#include "imap/response.h"
#include "imap/string_cache.h"

#include <QByteArray>
#include <QList>

namespace heron::imap {

// A literal of a framed response, collected by ResponseParser.
struct FramedLiteral
{
    qsizetype position = 0; // in the response text, just after its "{n}" header
    qint64 streamOffset = 0; // stream offset of the first byte after the literal
    quint64 size = 0;
    bool streamed = false; // sent to the LiteralSink; data stays empty
    QByteArray data;
};

// Reads one complete response into the typed model. ResponseParser does the framing
// (line ends, literals, limits); this class knows the grammar (RFC 3501, RFC 9051 and the
// extensions Heron uses), tolerating what real servers send.
class ResponseReader
{
public:
    struct Options
    {
        int maxNestingDepth = 64;
        bool utf8Accept = false; // mailbox names are UTF-8, not modified UTF-7
        StringCache *strings = nullptr; // optional; shares repeated address fields across responses
    };

    struct Failure
    {
        ParseError::Kind kind = ParseError::Kind::Malformed;
        qsizetype position = 0; // in the response text
        QString what;
    };

    // text: the response's lines without their CRLFs, each literal left as its "{n}"
    // header; literals: their contents in order (moved into the response).
    static bool read(QByteArrayView text, QList<FramedLiteral> &literals, const Options &options, Response *response,
                     Failure *failure);
};

} // namespace heron::imap
