#include "mime/header_decoder.h"

#include "mime/ascii.h"
#include "mime/charset.h"
#include "mime/forward_finder.h"
#include "mime/transfer_encoding.h"

#include <optional>

namespace heron::mime {

namespace {

constexpr qsizetype kMaxCharsetLength = 64;

struct EncodedWord
{
    QByteArray charset; // lowercase, RFC 2231 language suffix removed
    QByteArray bytes; // after B or Q decoding
    qsizetype end = 0; // index just past "?="
};

// Q is quoted-printable with "_" for space and no line breaks.
QByteArray decodeQ(QByteArrayView text)
{
    QByteArray escaped = text.toByteArray();
    escaped.replace('_', "=20");
    return TransferEncoding::decodeQuotedPrintable(escaped);
}

// Strict about the alphabet (a word with foreign characters is not base64, so
// it stays literal) but tolerant of missing padding.
std::optional<QByteArray> decodeB(QByteArrayView text)
{
    for (const char c : text) {
        const bool alphabet = Ascii::isAlphanumeric(c) || c == '+' || c == '/' || c == '=';
        if (!alphabet && !Ascii::isWhitespace(c))
            return std::nullopt;
    }
    return TransferEncoding::decodeBase64(text);
}

using CloseFinder = ForwardFinder<decltype(&isEncodedWordEnd)>;

std::optional<EncodedWord> parseEncodedWord(QByteArrayView raw, qsizetype start, CloseFinder *closes)
{
    // =?charset?E?text?=
    qsizetype i = start + 2;
    const qsizetype charsetStart = i;
    while (i < raw.size() && raw[i] != '?' && !Ascii::isWhitespace(raw[i]) && i - charsetStart <= kMaxCharsetLength)
        ++i;
    if (i == charsetStart || i + 2 >= raw.size() || raw[i] != '?' || raw[i + 2] != '?')
        return std::nullopt;
    const char encoding = raw[i + 1];
    const qsizetype textStart = i + 3;
    const qsizetype close = closes->next(textStart);
    if (close < 0)
        return std::nullopt;

    QByteArray charset = raw.sliced(charsetStart, i - charsetStart).toByteArray().toLower();
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    const QByteArrayView text = raw.sliced(textStart, close - textStart);
    std::optional<QByteArray> bytes;
    if (encoding == 'B' || encoding == 'b')
        bytes = decodeB(text);
    else if (encoding == 'Q' || encoding == 'q')
        bytes = decodeQ(text);
    if (!bytes || charset.isEmpty())
        return std::nullopt;
    return EncodedWord {charset, *bytes, close + 2};
}

// Collects decoded text; consecutive same-charset words are held back as bytes.
class TextSink
{
public:
    explicit TextSink(QByteArrayView fallbackCharset)
        : m_fallback(fallbackCharset)
    {
    }

    void addRaw(QByteArrayView raw)
    {
        flushWords();
        m_text += HeaderDecoder::decodeRaw(raw, m_fallback);
    }

    void addWord(const EncodedWord &word)
    {
        if (word.charset != m_charset)
            flushWords();
        m_charset = word.charset;
        m_bytes += word.bytes;
    }

    QString take()
    {
        flushWords();
        return std::move(m_text);
    }

private:
    void flushWords()
    {
        if (!m_charset.isEmpty())
            m_text += Charset::toUnicode(m_bytes, m_charset);
        m_charset.clear();
        m_bytes.clear();
    }

    QByteArrayView m_fallback;
    QString m_text;
    QByteArray m_charset;
    QByteArray m_bytes;
};

} // namespace

QString HeaderDecoder::decodeRaw(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    if (Charset::isAscii(raw) || Charset::isValidUtf8(raw) || fallbackCharset.isEmpty())
        return Charset::decodeUndeclared(raw);
    return Charset::toUnicode(raw, fallbackCharset);
}

QString HeaderDecoder::decodeText(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    TextSink sink(fallbackCharset);
    CloseFinder closes(raw, &isEncodedWordEnd); // shared by all candidates, so hostile input stays linear
    qsizetype plainStart = 0; // start of text not yet handed to the sink
    qsizetype searchFrom = 0;
    bool afterWord = false;
    while (true) {
        const qsizetype candidate = raw.indexOf("=?", searchFrom);
        if (candidate < 0)
            break;
        const std::optional<EncodedWord> word = parseEncodedWord(raw, candidate, &closes);
        if (!word) {
            searchFrom = candidate + 2;
            continue;
        }
        const QByteArrayView between = raw.sliced(plainStart, candidate - plainStart);
        if (!(afterWord && Ascii::isAllWhitespace(between)))
            sink.addRaw(between);
        sink.addWord(*word);
        plainStart = searchFrom = word->end;
        afterWord = true;
    }
    sink.addRaw(raw.sliced(plainStart));
    QString text = sink.take();
    // Unfolding may leave CR or LF behind in values that were not pre-unfolded.
    text.remove(QLatin1Char('\r'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace heron::mime
