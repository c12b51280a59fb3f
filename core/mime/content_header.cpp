#include "mime/content_header.h"

#include "mime/ascii.h"
#include "mime/charset.h"
#include "mime/header_decoder.h"

#include <optional>

namespace heron::mime {

namespace {

constexpr int kMaxSectionIndex = 9999;

// One "name*N*=value" as written.
struct RawParameter
{
    QByteArray name; // without section index and star
    int section = -1; // -1: not a continuation
    bool encoded = false; // trailing star: charset'lang'%XX
    QByteArray value;
};

// All pieces of one parameter name, gathered before they can be joined.
struct ParameterPieces
{
    QByteArray plain;
    bool hasPlain = false;
    QMap<int, RawParameter> sections; // RFC 2231 pieces by index
};

// Reads a quoted-string starting at raw[*pos] == '"'; an unterminated one runs to the end.
QByteArray readQuoted(QByteArrayView raw, qsizetype *pos)
{
    QByteArray out;
    qsizetype i = *pos + 1;
    for (; i < raw.size() && raw[i] != '"'; ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size())
            ++i;
        out.append(raw[i]);
    }
    *pos = std::min(i + 1, raw.size());
    return out;
}

// Text up to the next ';' with trailing comments and surrounding whitespace removed.
QByteArray readUnquoted(QByteArrayView raw, qsizetype *pos)
{
    const qsizetype start = *pos;
    qsizetype end = raw.indexOf(';', start);
    if (end < 0)
        end = raw.size();
    *pos = end;
    QByteArrayView value = raw.sliced(start, end - start);
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (value[i] == '(' && Ascii::isWhitespace(value[i - 1])) {
            value.truncate(i);
            break;
        }
    }
    return value.trimmed().toByteArray();
}

void skipBlanks(QByteArrayView raw, qsizetype *pos)
{
    while (*pos < raw.size() && Ascii::isWhitespace(raw[*pos]))
        ++*pos;
}

// Splits "title*1*" into name "title", section 1, encoded.
RawParameter splitName(QByteArray name)
{
    RawParameter parameter;
    if (name.endsWith('*')) {
        parameter.encoded = true;
        name.chop(1);
    }
    const qsizetype star = name.lastIndexOf('*');
    if (star > 0) {
        bool ok = false;
        const int section = name.sliced(star + 1).toInt(&ok);
        if (ok && section >= 0 && section <= kMaxSectionIndex && name.size() - star - 1 <= 4) {
            parameter.section = section;
            name.truncate(star);
        }
    }
    parameter.name = name;
    return parameter;
}

// "text/plain" (lowercase) at the start, and a comment right after it. The
// token ends at whitespace too, so "text/plain charset=x" (no ';') still
// yields its parameter.
QByteArray readValueToken(QByteArrayView raw, qsizetype *pos)
{
    skipBlanks(raw, pos);
    QByteArray value;
    while (*pos < raw.size() && raw[*pos] != ';' && raw[*pos] != '(' && !Ascii::isWhitespace(raw[*pos]))
        value.append(raw[(*pos)++]);
    if (*pos < raw.size() && raw[*pos] == '(') {
        const qsizetype close = raw.indexOf(')', *pos);
        *pos = close < 0 ? raw.size() : close + 1;
    }
    return value.toLower();
}

// One "; name=value" from *pos on; nullopt for a bare word or an empty name.
std::optional<RawParameter> readParameter(QByteArrayView raw, qsizetype *pos)
{
    skipBlanks(raw, pos);
    if (*pos < raw.size() && raw[*pos] == ';')
        ++*pos;
    skipBlanks(raw, pos);
    const qsizetype nameStart = *pos;
    while (*pos < raw.size() && raw[*pos] != '=' && raw[*pos] != ';')
        ++*pos;
    const QByteArray name = raw.sliced(nameStart, *pos - nameStart).trimmed().toByteArray().toLower();
    if (*pos >= raw.size() || raw[*pos] != '=')
        return std::nullopt;
    ++*pos;
    skipBlanks(raw, pos);
    QByteArray value;
    if (*pos < raw.size() && raw[*pos] == '"') {
        value = readQuoted(raw, pos);
        readUnquoted(raw, pos); // junk after the closing quote
    } else {
        value = readUnquoted(raw, pos);
    }
    if (name.isEmpty())
        return std::nullopt;
    RawParameter parameter = splitName(name);
    parameter.value = std::move(value);
    return parameter;
}

void addParameter(QMap<QByteArray, ParameterPieces> *pieces, RawParameter parameter)
{
    ParameterPieces &entry = (*pieces)[parameter.name];
    if (parameter.section < 0 && !parameter.encoded) {
        if (!entry.hasPlain) {
            entry.plain = parameter.value;
            entry.hasPlain = true;
        }
        return;
    }
    const int section = std::max(parameter.section, 0);
    if (!entry.sections.contains(section))
        entry.sections.insert(section, std::move(parameter));
}

QString joinSections(const QMap<int, RawParameter> &sections)
{
    QByteArray charset;
    QByteArray bytes;
    bool first = true;
    for (const RawParameter &piece : sections) {
        QByteArray value = piece.value;
        if (piece.encoded && first) {
            // charset'language'text; senders that leave out the quotes get no charset.
            const qsizetype quote1 = value.indexOf('\'');
            const qsizetype quote2 = quote1 < 0 ? -1 : value.indexOf('\'', quote1 + 1);
            if (quote2 >= 0) {
                charset = value.first(quote1);
                value = value.sliced(quote2 + 1);
            }
        }
        bytes += piece.encoded ? QByteArray::fromPercentEncoding(value) : value;
        first = false;
    }
    return charset.isEmpty() ? HeaderDecoder::decodeRaw(bytes) : Charset::toUnicode(bytes, charset);
}

} // namespace

ContentHeader ContentHeader::parse(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    ContentHeader header;
    qsizetype pos = 0;
    header.value = readValueToken(raw, &pos);
    QMap<QByteArray, ParameterPieces> pieces;
    while (pos < raw.size()) {
        if (std::optional<RawParameter> parameter = readParameter(raw, &pos))
            addParameter(&pieces, std::move(*parameter));
    }
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        const ParameterPieces &entry = it.value();
        header.parameters.insert(it.key(),
                                 entry.sections.isEmpty() ? HeaderDecoder::decodeText(entry.plain, fallbackCharset)
                                                          : joinSections(entry.sections));
    }
    return header;
}

QByteArray ContentHeader::type() const
{
    const qsizetype slash = value.indexOf('/');
    return slash < 0 ? value : value.first(slash);
}

QByteArray ContentHeader::subtype() const
{
    const qsizetype slash = value.indexOf('/');
    return slash < 0 ? QByteArray() : value.sliced(slash + 1);
}

} // namespace heron::mime
