#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace heron::mime {

// Decodes RFC 2047 encoded-words in header text.
//
// - Words are recognised anywhere, also glued to other text, as real clients
//   write them; whitespace between two encoded-words is dropped.
// - Adjacent words in the same charset are joined as bytes before decoding, so
//   a multi-byte character split across two words comes out whole.
// - Malformed words (bad encoding letter, base64 with foreign characters,
//   unterminated) stay as written rather than disappear.
// - Raw 8-bit bytes outside encoded-words (EAI, sloppy senders) are read as
//   UTF-8 when valid, else in fallbackCharset, else as windows-1252.
// Linear in the input length.
class HeaderDecoder
{
public:
    static QString decodeText(QByteArrayView raw, QByteArrayView fallbackCharset = {});

    // Raw header bytes without encoded-words, e.g. an address or a parameter value.
    static QString decodeRaw(QByteArrayView raw, QByteArrayView fallbackCharset = {});
};

} // namespace heron::mime
