// libFuzzer target: the header decoders of core/mime, which see every header of every
// message: RFC 2047 encoded-words (HeaderDecoder), address lists (AddressParser), dates
// (DateParser), Content-Type/-Disposition with RFC 2231 parameters (ContentHeader), the
// header block itself (HeaderFields) and Message-ID lists.
//
// Input: one byte choosing the fallback charset for raw 8-bit bytes, then the field value.
// Every decoder reads the same value. A parsed date must survive format() and parse() again.
#include "mime/address_parser.h"
#include "mime/content_header.h"
#include "mime/date_parser.h"
#include "mime/envelope.h"
#include "mime/header_decoder.h"
#include "mime/header_fields.h"

#include <QDateTime>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace heron::mime;

constexpr std::array<const char *, 6> kFallbacks = {"", "utf-8", "iso-8859-1", "koi8-r", "shift_jis", "x-unknown"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView fallback(kFallbacks[data[0] % kFallbacks.size()]);
    const QByteArrayView value(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    (void)HeaderDecoder::decodeText(value, fallback);
    (void)HeaderDecoder::decodeRaw(value, fallback);
    (void)AddressParser::parse(value, fallback);
    (void)ContentHeader::parse(value, fallback);
    (void)Envelope::messageIds(value);
    (void)HeaderFields::unfold(value);

    qsizetype bodyStart = -1;
    const HeaderFields fields = HeaderFields::parse(value, &bodyStart);
    if (bodyStart < 0 || bodyStart > value.size())
        std::abort();
    (void)Envelope::fromHeaders(fields, fallback);

    const QDateTime date = DateParser::parse(value);
    if (date.isValid()) {
        const QDateTime again = DateParser::parse(DateParser::format(date));
        if (again.toSecsSinceEpoch() != date.toSecsSinceEpoch())
            std::abort(); // format() wrote something parse() reads differently
        (void)DateParser::toIso8601(date);
    }
    return 0;
}
