#include "imap/modified_utf7.h"

namespace heron::imap {

namespace {

// Base64 with ',' in place of '/' (RFC 3501 5.1.3).
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

// Decodes the base64 run between '&' and '-' into UTF-16 units; false if malformed.
bool decodeRun(QByteArrayView run, QString &out)
{
    quint32 bits = 0;
    int bitCount = 0;
    const qsizetype start = out.size();
    for (const char c : run) {
        const int value = sextet(c);
        if (value < 0)
            return false;
        bits = (bits << 6) | quint32(value);
        bitCount += 6;
        if (bitCount >= 16) {
            bitCount -= 16;
            out.append(QChar(char16_t((bits >> bitCount) & 0xFFFF)));
        }
    }
    // Leftover bits are padding and must be zero; an encoded run never holds plain ASCII.
    if (bitCount >= 6 || (bits & ((1u << bitCount) - 1)) != 0 || out.size() == start)
        return false;
    for (qsizetype i = start; i < out.size(); ++i) {
        if (isDirect(out.at(i).unicode()))
            return false;
    }
    return true;
}

void encodeRun(QStringView run, QByteArray &out)
{
    quint32 bits = 0;
    int bitCount = 0;
    out.append('&');
    for (const QChar c : run) {
        bits = (bits << 16) | c.unicode();
        bitCount += 16;
        while (bitCount >= 6) {
            bitCount -= 6;
            out.append(kAlphabet[(bits >> bitCount) & 0x3F]);
        }
    }
    if (bitCount > 0)
        out.append(kAlphabet[(bits << (6 - bitCount)) & 0x3F]);
    out.append('-');
}

} // namespace

std::optional<QString> ModifiedUtf7::decode(QByteArrayView encoded)
{
    QString out;
    out.reserve(encoded.size());
    qsizetype i = 0;
    while (i < encoded.size()) {
        const char c = encoded.at(i);
        if (!isDirect(char16_t(uchar(c))))
            return std::nullopt;
        if (c != '&') {
            out.append(QLatin1Char(c));
            ++i;
            continue;
        }
        const qsizetype end = encoded.indexOf('-', i + 1);
        if (end < 0)
            return std::nullopt;
        if (end == i + 1)
            out.append(QLatin1Char('&'));
        else if (!decodeRun(encoded.sliced(i + 1, end - i - 1), out))
            return std::nullopt;
        i = end + 1;
    }
    // Unpaired surrogates mean the run was cut or forged.
    if (!QStringView(out).isValidUtf16())
        return std::nullopt;
    return out;
}

QByteArray ModifiedUtf7::encode(QStringView name)
{
    QByteArray out;
    out.reserve(name.size());
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name.at(i).unicode();
        if (c == u'&') {
            out.append("&-");
            ++i;
        } else if (isDirect(c)) {
            out.append(char(c));
            ++i;
        } else {
            qsizetype end = i;
            while (end < name.size() && !isDirect(name.at(end).unicode()))
                ++end;
            encodeRun(name.sliced(i, end - i), out);
            i = end;
        }
    }
    return out;
}

} // namespace heron::imap
