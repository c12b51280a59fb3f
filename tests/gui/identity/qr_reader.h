#pragma once

// A small QR code reader for the tests, written from ISO/IEC 18004 and
// independent of libqrencode: it checks the format information (BCH code),
// undoes the mask, reads the codewords in the standard zigzag order and
// decodes one byte-mode segment. It handles the symbols whose data sits in a
// single block (versions 1 and 2, and version 3 at levels L and M), which
// covers a device ID (36 bytes: version 3-M). It does no error correction, so
// a symbol reads back only if every data module is where the standard puts it.

#include <QByteArray>
#include <QList>

#include <cstdlib>
#include <functional>
#include <optional>

namespace heron::test {

class QrReader
{
public:
    // isDark(x, y) for 0 <= x, y < size.
    using Matrix = std::function<bool(int x, int y)>;

    struct Result
    {
        int version = 0;
        char level = '?'; // 'L', 'M', 'Q', 'H'
        int mask = -1;
        QByteArray text;
    };

    static std::optional<Result> read(int size, const Matrix &dark)
    {
        if (size < 21 || (size - 17) % 4 != 0)
            return std::nullopt;
        Result result;
        result.version = (size - 17) / 4;

        // Format information, first copy, around the top-left finder pattern.
        int bits = 0;
        const auto bitAt = [&](int index, int x, int y) {
            if (dark(x, y))
                bits |= 1 << index;
        };
        for (int i = 0; i <= 5; ++i)
            bitAt(i, 8, i);
        bitAt(6, 8, 7);
        bitAt(7, 8, 8);
        bitAt(8, 7, 8);
        for (int i = 9; i < 15; ++i)
            bitAt(i, 14 - i, 8);
        const int data = (bits ^ 0x5412) >> 10;
        int remainder = data;
        for (int i = 0; i < 10; ++i)
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        if ((((data << 10) | remainder) ^ 0x5412) != bits)
            return std::nullopt; // not a valid BCH code word
        static const char levels[] = {'M', 'L', 'H', 'Q'};
        result.level = levels[data >> 3];
        result.mask = data & 7;

        const int dataCodewords = singleBlockDataCodewords(result.version, result.level);
        if (dataCodewords == 0)
            return std::nullopt;

        const auto isFunction = [&](int x, int y) {
            const int alignment = size - 7;
            return (x <= 8 && y <= 8) || (x >= size - 8 && y <= 8) || (x <= 8 && y >= size - 8) || x == 6 || y == 6
                || (result.version >= 2 && std::abs(x - alignment) <= 2 && std::abs(y - alignment) <= 2);
        };
        QByteArray codewords(dataCodewords, '\0');
        int index = 0;
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6)
                right = 5; // the vertical timing pattern is skipped
            const bool upward = ((right + 1) & 2) == 0;
            for (int vert = 0; vert < size; ++vert) {
                for (int j = 0; j < 2; ++j) {
                    const int x = right - j;
                    const int y = upward ? size - 1 - vert : vert;
                    if (isFunction(x, y) || index >= dataCodewords * 8)
                        continue;
                    if (dark(x, y) != masked(result.mask, x, y))
                        codewords[index / 8] = char(codewords[index / 8] | (0x80 >> (index % 8)));
                    ++index;
                }
            }
        }

        // One byte-mode segment: mode 0100, an 8-bit count (versions 1-9), the bytes.
        auto take = [&codewords, position = 0](int count) mutable {
            int value = 0;
            for (int i = 0; i < count; ++i, ++position)
                value = (value << 1) | ((quint8(codewords[position / 8]) >> (7 - position % 8)) & 1);
            return value;
        };
        if (take(4) != 0b0100)
            return std::nullopt;
        const int length = take(8);
        if (4 + 8 + length * 8 > dataCodewords * 8)
            return std::nullopt;
        for (int i = 0; i < length; ++i)
            result.text.append(char(take(8)));
        return result;
    }

    // Byte-mode capacity (characters) of versions 1-10 at level M, from the standard's table.
    static int byteCapacityM(int version)
    {
        static const int capacity[] = {14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
        return version >= 1 && version <= 10 ? capacity[version - 1] : 0;
    }

private:
    static bool masked(int mask, int x, int y)
    {
        switch (mask) {
        case 0:
            return (x + y) % 2 == 0;
        case 1:
            return y % 2 == 0;
        case 2:
            return x % 3 == 0;
        case 3:
            return (x + y) % 3 == 0;
        case 4:
            return (x / 3 + y / 2) % 2 == 0;
        case 5:
            return x * y % 2 + x * y % 3 == 0;
        case 6:
            return (x * y % 2 + x * y % 3) % 2 == 0;
        default:
            return ((x + y) % 2 + x * y % 3) % 2 == 0;
        }
    }

    static int singleBlockDataCodewords(int version, char level)
    {
        switch (version) {
        case 1:
            return level == 'L' ? 19 : level == 'M' ? 16 : level == 'Q' ? 13 : 9;
        case 2:
            return level == 'L' ? 34 : level == 'M' ? 28 : level == 'Q' ? 22 : 16;
        case 3:
            return level == 'L' ? 55 : level == 'M' ? 44 : 0;
        default:
            return 0;
        }
    }
};

} // namespace heron::test
