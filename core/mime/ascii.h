#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace heron::mime {

// The few byte classes and escapes every MIME codec needs, in one place.
// Mail syntax is defined over ASCII bytes, so these never consult a locale.
class Ascii
{
public:
    static constexpr bool isBlank(char c) { return c == ' ' || c == '\t'; }
    static constexpr bool isWhitespace(char c) { return isBlank(c) || c == '\r' || c == '\n'; }
    static constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static constexpr bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static constexpr bool isAlphanumeric(char c) { return isLetter(c) || isDigit(c); }

    static bool isAllWhitespace(QByteArrayView text)
    {
        for (const char c : text) {
            if (!isWhitespace(c))
                return false;
        }
        return true;
    }

    // 0..15 for a hex digit of either case, -1 otherwise.
    static constexpr int hexValue(char c)
    {
        if (isDigit(c))
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    }

    // "=XX" (quoted-printable, Q) or "%XX" (RFC 2231), uppercase hex.
    static void appendEscaped(QByteArray *out, char marker, char byte)
    {
        constexpr char digits[] = "0123456789ABCDEF";
        const auto value = static_cast<unsigned char>(byte);
        out->append(marker).append(digits[value >> 4]).append(digits[value & 0xf]);
    }
};

} // namespace heron::mime
