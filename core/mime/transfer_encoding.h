#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace heron::mime {

// Content-Transfer-Encoding codecs. Decoders are tolerant of the damage found
// in real mail and never fail: what cannot be decoded is skipped (base64) or
// kept literally (quoted-printable). Encoders produce lines within 76 octets.
class TransferEncoding
{
public:
    enum class Kind { SevenBit, EightBit, Binary, QuotedPrintable, Base64, Unknown };

    // From a Content-Transfer-Encoding value; empty means 7bit.
    static Kind fromHeader(QByteArrayView value);
    static QByteArray headerValue(Kind kind);

    // Leaves 7bit, 8bit, binary and unknown encodings untouched.
    static QByteArray decode(QByteArrayView data, Kind kind);

    // Skips whitespace and foreign characters; missing padding is fine; padding
    // in the middle (concatenated encodings) restarts decoding.
    static QByteArray decodeBase64(QByteArrayView data);
    // Lines of 76 characters separated by CRLF, no trailing line break.
    static QByteArray encodeBase64(QByteArrayView data);

    // Soft line breaks removed, lowercase hex accepted, broken escapes kept
    // literally, trailing whitespace on a line (added in transport) dropped.
    // Hard line breaks are kept as they were (CRLF or LF).
    static QByteArray decodeQuotedPrintable(QByteArrayView data);
    // Text mode: every line break (LF or CRLF) becomes CRLF; lines are soft-broken
    // within 76 octets; trailing whitespace and "From " at a line start are escaped.
    static QByteArray encodeQuotedPrintable(QByteArrayView data);
};

} // namespace heron::mime
