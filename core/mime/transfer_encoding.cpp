#include "mime/transfer_encoding.h"

#include "mime/ascii.h"

#include <array>

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

// One line of quoted-printable without its line break; returns whether it
// ended in a soft line break.
bool decodeQuotedPrintableLine(QByteArrayView line, QByteArray *out)
{
    qsizetype end = line.size();
    while (end > 0 && (Ascii::isBlank(line[end - 1]) || line[end - 1] == '\r'))
        --end;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = line[i];
        if (c != '=') {
            out->append(c);
            continue;
        }
        if (i + 1 == end)
            return true;
        const int high = i + 2 < end ? Ascii::hexValue(line[i + 1]) : -1;
        const int low = i + 2 < end ? Ascii::hexValue(line[i + 2]) : -1;
        if (high < 0 || low < 0) {
            out->append(c); // a broken escape stays readable
            continue;
        }
        out->append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return false;
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
    QByteArray out;
    out.reserve(data.size() * 3 / 4);
    quint32 bits = 0;
    int count = 0;
    // A partial group of 2 or 3 characters still holds 1 or 2 whole bytes.
    const auto flushPartial = [&] {
        if (count == 2)
            out.append(static_cast<char>((bits >> 4) & 0xff));
        else if (count == 3)
            out.append(static_cast<char>((bits >> 10) & 0xff)).append(static_cast<char>((bits >> 2) & 0xff));
        bits = 0;
        count = 0;
    };
    for (const char c : data) {
        if (c == '=') {
            flushPartial();
            continue;
        }
        const int value = kBase64[static_cast<unsigned char>(c)];
        if (value < 0)
            continue;
        bits = (bits << 6) | static_cast<quint32>(value);
        if (++count == 4) {
            out.append(static_cast<char>((bits >> 16) & 0xff))
                .append(static_cast<char>((bits >> 8) & 0xff))
                .append(static_cast<char>(bits & 0xff));
            bits = 0;
            count = 0;
        }
    }
    flushPartial();
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
    QByteArray out;
    out.reserve(data.size());
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline;
        const bool soft = decodeQuotedPrintableLine(data.sliced(start, end - start), &out);
        if (newline >= 0 && !soft)
            out.append(end > start && data[end - 1] == '\r' ? "\r\n" : "\n");
        start = end + 1;
    }
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
