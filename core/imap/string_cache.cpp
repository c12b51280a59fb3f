#include "imap/string_cache.h"

#include <cstring>

namespace heron::imap {

QByteArray StringCache::get(QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes.size() > kMaxLength)
        return bytes.toByteArray();
    // FNV-1a: fast on short strings and spreads hosts that differ in one letter.
    quint32 hash = 2166136261u;
    for (const char c : bytes)
        hash = (hash ^ uchar(c)) * 16777619u;
    QByteArray &slot = m_slots[hash & (kSlots - 1)];
    if (slot.size() != bytes.size() || std::memcmp(slot.constData(), bytes.data(), size_t(bytes.size())) != 0)
        slot = bytes.toByteArray();
    return slot;
}

void StringCache::clear()
{
    m_slots.fill(QByteArray());
}

} // namespace heron::imap
