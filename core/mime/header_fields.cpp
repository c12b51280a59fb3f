#include "mime/header_fields.h"

#include "mime/ascii.h"

namespace heron::mime {

namespace {

// The length of the field name when line starts a field ("Name:"), else -1.
qsizetype fieldNameLength(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == ':')
            return i > 0 ? i : -1;
        if (c <= 32 || c >= 127) {
            // "Subject : x" (space before the colon) is obsolete but seen.
            qsizetype j = i;
            while (j < line.size() && Ascii::isBlank(line[j]))
                ++j;
            return j > i && j < line.size() && line[j] == ':' && i > 0 ? i : -1;
        }
    }
    return -1;
}

} // namespace

HeaderFields HeaderFields::parse(QByteArrayView data, qsizetype *bodyStart)
{
    HeaderFields headers;
    QByteArray *current = nullptr;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline;
        QByteArrayView line = data.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);

        if (line.isEmpty()) {
            start = end + 1;
            break;
        }
        if (Ascii::isBlank(line.front()) && current) {
            current->append(line);
        } else if (const qsizetype nameLength = fieldNameLength(line); nameLength > 0) {
            const qsizetype colon = line.indexOf(':', nameLength);
            // Leading blanks dropped now, so the final trim rarely has to copy the value.
            qsizetype valueStart = colon + 1;
            while (valueStart < line.size() && Ascii::isBlank(line[valueStart]))
                ++valueStart;
            headers.m_fields.append({line.first(nameLength).toByteArray(), line.sliced(valueStart).toByteArray()});
            current = &headers.m_fields.last().value;
        } else if (!(start == 0 && line.startsWith("From "))) {
            break; // not a header line: the body starts here
        }
        start = end + 1;
    }
    if (bodyStart)
        *bodyStart = std::min(start, data.size());
    for (Field &field : headers.m_fields)
        field.value = field.value.trimmed();
    return headers;
}

QByteArray HeaderFields::unfold(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

const HeaderFields::Field *HeaderFields::find(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

bool HeaderFields::contains(QByteArrayView name) const
{
    return find(name) != nullptr;
}

QByteArray HeaderFields::value(QByteArrayView name) const
{
    const Field *field = find(name);
    return field ? field->value : QByteArray();
}

QList<QByteArray> HeaderFields::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            found.append(field.value);
    }
    return found;
}

} // namespace heron::mime
