#include "mime/transfer_encoding.h"

#include "mime/ascii.h"

#include <array>
#include <cstring>

namespace heron::mime {

namespace {

constexpr int kLineLength = 76;

// -1 for characters outside the base64 alphabet.
constexpr std::array<signed char, 256> base64Table()
{
    std::array<signed char, 256> table {};
    for (auto &entry : table)
        entry = -1;
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return table;
}

constexpr std::array<signed char, 256> kBase64 = base64Table();

// One line of quoted-printable without its line break, written at *to (which has room for
// the whole line: decoding never grows it); returns whether it ended in a soft line break.
bool decodeQuotedPrintableLine(QByteArrayView line, char **to)
{
    qsizetype end = line.size();
    while (end > 0 && (Ascii::isBlank(line[end - 1]) || line[end - 1] == '\r'))
        --end;
    const char *data = line.data();
    char *out = *to;
    qsizetype i = 0;
    bool soft = false;
    while (i < end) {
        const void *found = std::memchr(data + i, '=', size_t(end - i));
        const qsizetype escape = found ? static_cast<const char *>(found) - data : end;
        std::memcpy(out, data + i, size_t(escape - i));
        out += escape - i;
        i = escape;
        if (i == end)
            break;
        if (i + 1 == end) {
            soft = true;
            break;
        }
        const int high = i + 2 < end ? Ascii::hexValue(data[i + 1]) : -1;
        const int low = i + 2 < end ? Ascii::hexValue(data[i + 2]) : -1;
        if (high < 0 || low < 0) {
            *out++ = '='; // a broken escape stays readable
            ++i;
            continue;
        }
        *out++ = static_cast<char>(high * 16 + low);
        i += 3;
    }
    *to = out;
    return soft;
}

} // namespace

TransferEncoding::Kind TransferEncoding::fromHeader(QByteArrayView value)
{
    const QByteArray name = value.trimmed().toByteArray().toLower();
    if (name.isEmpty() || name == "7bit")
        return Kind::SevenBit;
    if (name == "8bit")
        return Kind::EightBit;
    if (name == "binary")
        return Kind::Binary;
    if (name == "quoted-printable")
        return Kind::QuotedPrintable;
    if (name == "base64")
        return Kind::Base64;
    return Kind::Unknown;
}

QByteArray TransferEncoding::headerValue(Kind kind)
{
    switch (kind) {
    case Kind::SevenBit:
    case Kind::Unknown:
        return QByteArrayLiteral("7bit");
    case Kind::EightBit:
        return QByteArrayLiteral("8bit");
    case Kind::Binary:
        return QByteArrayLiteral("binary");
    case Kind::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case Kind::Base64:
        return QByteArrayLiteral("base64");
    }
    return {};
}

QByteArray TransferEncoding::decode(QByteArrayView data, Kind kind)
{
    switch (kind) {
    case Kind::QuotedPrintable:
        return decodeQuotedPrintable(data);
    case Kind::Base64:
        return decodeBase64(data);
    default:
        return data.toByteArray();
    }
}

QByteArray TransferEncoding::decodeBase64(QByteArrayView data)
{
    // Every 4 characters give at most 3 bytes (a partial group of 2 or 3 gives 1 or 2), so
    // the output fits in size / 4 * 3 + 3 bytes; it is written through a pointer and cut
    // to length at the end, which is several times faster than appending byte by byte.
    QByteArray out(data.size() / 4 * 3 + 3, Qt::Uninitialized);
    char *to = out.data();
    const auto *from = reinterpret_cast<const unsigned char *>(data.data());
    const auto *const end = from + data.size();
    quint32 bits = 0;
    int count = 0;
    const auto put3 = [&to](quint32 group) {
        to[0] = static_cast<char>((group >> 16) & 0xff);
        to[1] = static_cast<char>((group >> 8) & 0xff);
        to[2] = static_cast<char>(group & 0xff);
        to += 3;
    };
    // A partial group of 2 or 3 characters still holds 1 or 2 whole bytes.
    const auto flushPartial = [&] {
        if (count == 2) {
            *to++ = static_cast<char>((bits >> 4) & 0xff);
        } else if (count == 3) {
            *to++ = static_cast<char>((bits >> 10) & 0xff);
            *to++ = static_cast<char>((bits >> 2) & 0xff);
        }
        bits = 0;
        count = 0;
    };
    while (from < end) {
        // Fast path, between groups: four alphabet characters in a row (a 76-column line
        // is 19 such groups). Anything else falls through to the careful loop below.
        while (count == 0 && end - from >= 4) {
            const int a = kBase64[from[0]];
            const int b = kBase64[from[1]];
            const int c = kBase64[from[2]];
            const int d = kBase64[from[3]];
            if ((a | b | c | d) < 0)
                break;
            put3(static_cast<quint32>(a) << 18 | static_cast<quint32>(b) << 12 | static_cast<quint32>(c) << 6
                 | static_cast<quint32>(d));
            from += 4;
        }
        if (from == end)
            break;
        const unsigned char c = *from++;
        if (c == '=') {
            flushPartial();
            continue;
        }
        const int value = kBase64[c];
        if (value < 0)
            continue;
        bits = (bits << 6) | static_cast<quint32>(value);
        if (++count == 4) {
            put3(bits);
            bits = 0;
            count = 0;
        }
    }
    flushPartial();
    out.truncate(to - out.constData());
    return out;
}

QByteArray TransferEncoding::encodeBase64(QByteArrayView data)
{
    const QByteArray flat = data.toByteArray().toBase64();
    QByteArray out;
    out.reserve(flat.size() + flat.size() / kLineLength * 2);
    for (qsizetype i = 0; i < flat.size(); i += kLineLength) {
        if (i > 0)
            out.append("\r\n");
        out.append(QByteArrayView(flat).sliced(i, std::min<qsizetype>(kLineLength, flat.size() - i)));
    }
    return out;
}

QByteArray TransferEncoding::decodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out(data.size(), Qt::Uninitialized); // the decoded text is never longer
    char *to = out.data();
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline;
        const bool soft = decodeQuotedPrintableLine(data.sliced(start, end - start), &to);
        if (newline >= 0 && !soft) {
            if (end > start && data[end - 1] == '\r')
                *to++ = '\r';
            *to++ = '\n';
        }
        start = end + 1;
    }
    out.truncate(to - out.constData());
    return out;
}

QByteArray TransferEncoding::encodeQuotedPrintable(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 8);
    qsizetype lineLength = 0;
    const auto put = [&](QByteArrayView piece) {
        if (lineLength + piece.size() > kLineLength - 1) { // keep room for the soft break '='
            out.append("=\r\n");
            lineLength = 0;
        }
        out.append(piece);
        lineLength += piece.size();
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n' || (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n')) {
            if (c == '\r')
                ++i;
            out.append("\r\n");
            lineLength = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == data.size() || data[i + 1] == '\n' || data[i + 1] == '\r';
        const bool fromLine = lineLength == 0 && c == 'F' && data.sliced(i).startsWith("From ");
        const bool literal = (byte >= 33 && byte <= 126 && c != '=' && !fromLine) || (Ascii::isBlank(c) && !atLineEnd);
        QByteArray piece;
        if (literal)
            piece.append(c);
        else
            Ascii::appendEscaped(&piece, '=', c);
        put(piece);
    }
    return out;
}

} // namespace heron::mime
