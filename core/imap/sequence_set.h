#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace heron::imap {

// A set of message sequence numbers or UIDs as IMAP writes them ("1:3,7,9:*").
// Ranges are kept, never expanded, so a hostile "1:4294967295" costs a few bytes.
class SequenceSet
{
public:
    // "*": the largest number in use. 0 is never a valid message number or UID.
    static constexpr quint32 Star = 0;

    struct Range
    {
        quint32 first = 0;
        quint32 last = 0; // >= first, or Star
        bool operator==(const Range &) const = default;
    };

    SequenceSet() = default;
    // Sorted, duplicates dropped, runs merged: {5, 1, 2, 3} gives "1:3,5". Zeros are ignored.
    static SequenceSet fromNumbers(QList<quint32> numbers);
    static SequenceSet fromRange(quint32 first, quint32 last);
    // RFC 3501 sequence-set; nullopt when the text is not one.
    static std::optional<SequenceSet> parse(QByteArrayView text);

    // Both sets' members; ranges are appended as they are (not merged).
    SequenceSet united(const SequenceSet &other) const;

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    bool contains(quint32 number) const;
    // Members of ranges without "*" (a range with "*" has no fixed size and counts as its first member).
    quint64 count() const;
    // Every member, in set order; nullopt if there are more than maxCount or a "*".
    std::optional<QList<quint32>> toNumbers(quint64 maxCount) const;
    QByteArray toByteArray() const;

    bool operator==(const SequenceSet &) const = default;

private:
    QList<Range> m_ranges;
};

} // namespace heron::imap
