#pragma once

#include <QByteArray>

#include <array>

namespace heron::imap {

// Recently parsed short strings, so that repeats (hosts, the names and mailboxes of a
// mailbox's usual correspondents) share one implicitly shared QByteArray instead of each
// costing an allocation. Direct-mapped: a colliding string replaces the older one, so the
// cache never holds more than kSlots strings of at most kMaxLength bytes.
class StringCache
{
public:
    QByteArray get(QByteArrayView bytes);
    void clear();

private:
    static constexpr std::size_t kSlots = 1024; // a power of two
    static constexpr qsizetype kMaxLength = 64;

    std::array<QByteArray, kSlots> m_slots;
};

} // namespace heron::imap
