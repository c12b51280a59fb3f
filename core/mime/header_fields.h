#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace heron::mime {

// The header fields of a message or body part, in order, with raw (still
// encoded) values. Values are unfolded: the line breaks of folding are removed,
// the whitespace after them kept, and the value trimmed.
class HeaderFields
{
public:
    struct Field
    {
        QByteArray name; // as written
        QByteArray value;
    };

    // Parses the header at the start of an entity (message or body part), LF
    // or CRLF. It ends at the first empty line, or at a line that is neither a
    // field nor a continuation (then that line starts the body). A first line
    // "From ..." (an mbox separator) is skipped. *bodyStart receives the index
    // where the body begins (data.size() when there is none).
    static HeaderFields parse(QByteArrayView data, qsizetype *bodyStart = nullptr);

    // Removes folding from one raw value: CR/LF dropped, the rest kept.
    static QByteArray unfold(QByteArrayView value);

    // Names compare case-insensitively. value() gives the first occurrence.
    bool contains(QByteArrayView name) const;
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;

    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void append(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }

private:
    const Field *find(QByteArrayView name) const;

    QList<Field> m_fields;
};

} // namespace heron::mime
