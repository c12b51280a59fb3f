#include "mime/charset.h"

#include <QHash>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <utility>

namespace heron::mime {

namespace {

// Labels senders use for a smaller charset while writing bytes of its superset,
// mapped the way browsers do (WHATWG Encoding), plus spellings ICU does not know.
constexpr std::array<std::pair<const char *, const char *>, 26> kAliases {{
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"latin-1", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"iso-8859-9", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"gb2312", "gb18030"},
    {"gbk", "gb18030"},
    {"x-gbk", "gb18030"},
    {"cp936", "gb18030"},
    {"euc-cn", "gb18030"},
    {"ks_c_5601-1987", "windows-949"},
    {"ks_c_5601", "windows-949"},
    {"euc-kr", "windows-949"},
    {"cp949", "windows-949"}, // ICU's cp949 is IBM's table, not Microsoft's
    {"big5", "big5-hkscs"},
    {"utf8", "utf-8"},
    {"unicode-1-1-utf-7", "utf-7"},
    {"iso-8859-8-i", "iso-8859-8"},
}};

QByteArray normalizedLabel(QByteArrayView label)
{
    QByteArray name = label.trimmed().toByteArray().toLower();
    // Quotes survive in sloppy headers: charset="'utf-8'".
    while (!name.isEmpty() && (name.front() == '"' || name.front() == '\''))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == '"' || name.back() == '\''))
        name.chop(1);
    return name;
}

QString decodeWith(const QByteArray &decoderLabel, QByteArrayView bytes)
{
    // Most text is ASCII under one of these two labels, and both read ASCII as Latin-1 does:
    // Qt's Latin-1 conversion is far cheaper than a converter opened by name (ICU).
    if ((decoderLabel == "utf-8" || decoderLabel == "windows-1252") && Charset::isAscii(bytes))
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(decoderLabel.constData());
    return decoder.decode(bytes);
}

// decoderName() without the alias table and the converter lookup (which opens an ICU
// converter) for labels seen before on this thread. Bounded: hostile mail cannot grow it.
QByteArray cachedDecoderName(const QByteArray &name, QByteArray (*lookUp)(const QByteArray &))
{
    thread_local QHash<QByteArray, QByteArray> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    if (cache.size() >= 256)
        cache.clear();
    const QByteArray decoder = lookUp(name);
    cache.insert(name, decoder);
    return decoder;
}

// Length of the UTF-8 sequence starting at bytes[i], or 0 when it is malformed
// (overlong forms, surrogates and code points past U+10FFFF included).
qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0;
        else if (lead == 0xed)
            high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const unsigned char next = byte(i + k);
        const unsigned char min = k == 1 ? low : 0x80;
        const unsigned char max = k == 1 ? high : 0xbf;
        if (next < min || next > max)
            return 0;
    }
    return length;
}

// How many bytes at the start are ASCII; eight at a time, most text is.
qsizetype asciiPrefixLength(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
    }
    while (i < size && static_cast<unsigned char>(data[i]) < 0x80)
        ++i;
    return i;
}

} // namespace

QByteArray Charset::decoderName(QByteArrayView label)
{
    const QByteArray name = normalizedLabel(label);
    if (name.isEmpty())
        return {};
    return cachedDecoderName(name, [](const QByteArray &normalized) {
        QByteArray target = normalized;
        for (const auto &[alias, superset] : kAliases) {
            if (normalized == alias) {
                target = superset;
                break;
            }
        }
        return QStringDecoder(target.constData()).isValid() ? target : QByteArray();
    });
}

Charset::Decoded Charset::decode(QByteArrayView bytes, QByteArrayView label)
{
    const QByteArray name = decoderName(label);
    if (!name.isEmpty())
        return {decodeWith(name, bytes), name, false};
    const bool utf8 = isValidUtf8(bytes);
    const QByteArray used = utf8 ? QByteArrayLiteral("utf-8") : QByteArrayLiteral("windows-1252");
    return {decodeWith(used, bytes), used, !normalizedLabel(label).isEmpty()};
}

QString Charset::decodeUndeclared(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    return decode(bytes, {}).text;
}

bool Charset::isValidUtf8(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        i += asciiPrefixLength(bytes.sliced(i));
        if (i == bytes.size())
            break;
        const qsizetype length = utf8SequenceLength(bytes, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

bool Charset::isAscii(QByteArrayView bytes)
{
    return asciiPrefixLength(bytes) == bytes.size();
}

} // namespace heron::mime
