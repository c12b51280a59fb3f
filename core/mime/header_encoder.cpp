#include "mime/header_encoder.h"

#include "mime/ascii.h"

#include <QUrl>

namespace heron::mime {

namespace {

// Leaves room for "Subject: " before the first word on a 78-octet line.
constexpr qsizetype kMaxEncodedWord = 68;
constexpr qsizetype kEncodedWordOverhead = 12; // "=?UTF-8?Q?" and "?="

bool isQSafe(char c)
{
    return Ascii::isAlphanumeric(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/';
}

qsizetype qCost(char c)
{
    return isQSafe(c) || c == ' ' ? 1 : 3;
}

qsizetype bLength(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

// Q stays readable, so it is used unless it is more than half again as long as B.
bool preferQ(qsizetype qLength, qsizetype bytes)
{
    return qLength * 2 <= bLength(bytes) * 3;
}

qsizetype encodedLength(qsizetype qLength, qsizetype bytes)
{
    return kEncodedWordOverhead + (preferQ(qLength, bytes) ? qLength : bLength(bytes));
}

QByteArray encodeWord(const QByteArray &bytes, qsizetype qLength)
{
    if (!preferQ(qLength, bytes.size()))
        return "=?UTF-8?B?" + bytes.toBase64() + "?=";
    QByteArray word = "=?UTF-8?Q?";
    for (const char c : bytes) {
        if (c == ' ')
            word += '_';
        else if (isQSafe(c))
            word += c;
        else
            Ascii::appendEscaped(&word, '=', c);
    }
    return word + "?=";
}

bool isAtext(QChar c)
{
    static const QByteArrayView specials("!#$%&'*+-/=?^_`{|}~");
    const char latin = c.toLatin1(); // 0 for anything beyond Latin-1
    return c.unicode() < 0x80 && (Ascii::isAlphanumeric(latin) || specials.contains(latin));
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A word of unstructured text that cannot go out as it is.
bool needsEncoding(const QString &word)
{
    return !isPrintableAscii(word) || word.contains(QLatin1String("=?")) || word.size() > kMaxEncodedWord;
}

QByteArray quoted(const QString &text)
{
    QByteArray escaped = text.toLatin1();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

bool isAttributeChar(char c)
{
    static const QByteArrayView extra("!#$&+-.^_`|~");
    return Ascii::isAlphanumeric(c) || extra.contains(c);
}

QByteArray percentEncoded(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        if (isAttributeChar(c))
            out += c;
        else
            Ascii::appendEscaped(&out, '%', c);
    }
    return out;
}

// name="value", or RFC 2231 name*=utf-8''... split into name*0*, name*1*... when
// long. Each piece is sized to fit a folded line " piece;" of 78 octets.
QByteArrayList parameterChunks(const QByteArray &name, const QString &value)
{
    constexpr qsizetype kRoom = HeaderEncoder::kMaxLine - 2; // the leading space and the ';'
    if (isPrintableAscii(value) && name.size() + 1 + quoted(value).size() <= kRoom)
        return {name + '=' + quoted(value)};
    const QByteArray encoded = percentEncoded(value.toUtf8());
    const QByteArray charset = "utf-8''";
    if (name.size() + 2 + charset.size() + encoded.size() <= kRoom)
        return {name + "*=" + charset + encoded};
    QByteArrayList chunks;
    qsizetype start = 0;
    while (start < encoded.size()) {
        const QByteArray head = name + '*' + QByteArray::number(chunks.size()) + "*=" + (start == 0 ? charset : "");
        qsizetype end = std::min(start + std::max<qsizetype>(kRoom - head.size(), 3), encoded.size());
        // Never cut a %XX escape in two.
        if (end < encoded.size() && encoded[end - 1] == '%')
            end -= 1;
        else if (end < encoded.size() && encoded[end - 2] == '%')
            end -= 2;
        chunks << head + encoded.sliced(start, end - start);
        start = end;
    }
    return chunks;
}

QByteArray encodeAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address.toUtf8();
    const QString domain = address.sliced(at + 1);
    const QByteArray ace = QUrl::toAce(domain);
    // A non-ASCII local part stays UTF-8; sending it needs SMTPUTF8.
    return address.first(at + 1).toUtf8() + (ace.isEmpty() ? domain.toUtf8() : ace);
}

} // namespace

QByteArray HeaderEncoder::field(QByteArrayView name, const QByteArrayList &chunks)
{
    QByteArray out = name.toByteArray() + ':';
    qsizetype column = out.size();
    for (const QByteArray &chunk : chunks) {
        // Folding right after the colon is allowed, and the only way to fit a long first chunk.
        if (column + 1 + chunk.size() > kMaxLine) {
            out += "\r\n";
            column = 0;
        }
        out += ' ' + chunk;
        column += 1 + chunk.size();
    }
    return out + "\r\n";
}

QByteArrayList HeaderEncoder::encodedWords(const QString &text)
{
    QByteArrayList words;
    QByteArray bytes;
    qsizetype qLength = 0;
    const auto flush = [&] {
        if (!bytes.isEmpty())
            words << encodeWord(bytes, qLength);
        bytes.clear();
        qLength = 0;
    };
    // Whole characters only: a word may not end inside a UTF-8 sequence.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.sliced(i, length).toUtf8();
        i += length - 1;
        qsizetype cost = 0;
        for (const char c : character)
            cost += qCost(c);
        if (!bytes.isEmpty() && encodedLength(qLength + cost, bytes.size() + character.size()) > kMaxEncodedWord)
            flush();
        bytes += character;
        qLength += cost;
    }
    flush();
    return words;
}

QByteArrayList HeaderEncoder::text(const QString &text)
{
    QByteArrayList chunks;
    QStringList run; // consecutive words that need encoding, encoded together with their spaces
    const auto flushRun = [&] {
        if (!run.isEmpty())
            chunks += encodedWords(run.join(QLatin1Char(' ')));
        run.clear();
    };
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (needsEncoding(word)) {
            run << word;
        } else {
            flushRun();
            chunks << word.toLatin1();
        }
    }
    flushRun();
    return chunks;
}

QByteArrayList HeaderEncoder::phrase(const QString &name)
{
    if (name.isEmpty())
        return {};
    if (!isPrintableAscii(name) || name.contains(QLatin1String("=?")))
        return encodedWords(name);
    const bool atoms
        = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c == QLatin1Char(' ') || isAtext(c); });
    if (!atoms)
        return {quoted(name)};
    QByteArrayList chunks;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        chunks << word.toLatin1();
    return chunks;
}

QByteArrayList HeaderEncoder::mailboxes(const QList<Mailbox> &mailboxes)
{
    QByteArrayList chunks;
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const Mailbox &mailbox = mailboxes.at(i);
        const QByteArrayList name = phrase(mailbox.name);
        QByteArray address = encodeAddress(mailbox.address);
        if (!name.isEmpty())
            address = '<' + address + '>';
        if (i + 1 < mailboxes.size())
            address += ',';
        chunks += name;
        chunks << address;
    }
    return chunks;
}

QByteArray HeaderEncoder::contentField(QByteArrayView name, QByteArrayView value,
                                       const QList<std::pair<QByteArray, QString>> &parameters)
{
    QByteArrayList chunks {value.toByteArray()};
    for (const auto &[parameterName, parameterValue] : parameters) {
        for (const QByteArray &chunk : parameterChunks(parameterName, parameterValue)) {
            chunks.last() += ';';
            chunks << chunk;
        }
    }
    return field(name, chunks);
}

} // namespace heron::mime
