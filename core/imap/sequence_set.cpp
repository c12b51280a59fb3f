#include "imap/sequence_set.h"

#include <algorithm>

namespace heron::imap {

namespace {

// seq-number = nz-number / "*"
std::optional<quint32> parseSeqNumber(QByteArrayView text)
{
    if (text == "*")
        return SequenceSet::Star;
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value == 0 || value > 0xFFFFFFFFu)
        return std::nullopt;
    return quint32(value);
}

void appendNumber(QByteArray &out, quint32 number)
{
    if (number == SequenceSet::Star)
        out.append('*');
    else
        out.append(QByteArray::number(number));
}

} // namespace

SequenceSet SequenceSet::fromNumbers(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    SequenceSet set;
    for (const quint32 n : numbers) {
        if (n == 0)
            continue;
        if (!set.m_ranges.isEmpty() && n <= set.m_ranges.last().last + 1) {
            set.m_ranges.last().last = std::max(set.m_ranges.last().last, n);
            continue;
        }
        set.m_ranges.append({n, n});
    }
    return set;
}

SequenceSet SequenceSet::fromRange(quint32 first, quint32 last)
{
    SequenceSet set;
    if (first == Star)
        std::swap(first, last);
    if (last != Star && last < first)
        std::swap(first, last);
    set.m_ranges.append({first, last});
    return set;
}

std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text)
{
    SequenceSet set;
    if (text.isEmpty())
        return std::nullopt;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView item = text.sliced(start, comma - start);
        const qsizetype colon = item.indexOf(':');
        const auto first = parseSeqNumber(colon < 0 ? item : item.first(colon));
        const auto last = colon < 0 ? first : parseSeqNumber(item.sliced(colon + 1));
        if (!first || !last)
            return std::nullopt;
        set.m_ranges.append(fromRange(*first, *last).m_ranges.first());
        start = comma + 1;
    }
    return set;
}

SequenceSet SequenceSet::united(const SequenceSet &other) const
{
    SequenceSet result = *this;
    result.m_ranges += other.m_ranges;
    return result;
}

bool SequenceSet::contains(quint32 number) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [number](const Range &r) { return number >= r.first && (r.last == Star || number <= r.last); });
}

quint64 SequenceSet::count() const
{
    quint64 total = 0;
    for (const Range &r : m_ranges)
        total += (r.last == Star || r.first == Star) ? 1 : quint64(r.last) - r.first + 1;
    return total;
}

std::optional<QList<quint32>> SequenceSet::toNumbers(quint64 maxCount) const
{
    const bool hasStar = std::any_of(m_ranges.cbegin(), m_ranges.cend(), [](const Range &r) { return r.last == Star; });
    if (hasStar || count() > maxCount)
        return std::nullopt;
    QList<quint32> numbers;
    numbers.reserve(qsizetype(count()));
    for (const Range &r : m_ranges) {
        for (quint64 n = r.first; n <= r.last; ++n)
            numbers.append(quint32(n));
    }
    return numbers;
}

QByteArray SequenceSet::toByteArray() const
{
    QByteArray out;
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out.append(',');
        appendNumber(out, r.first);
        if (r.last != r.first) {
            out.append(':');
            appendNumber(out, r.last);
        }
    }
    return out;
}

} // namespace heron::imap
