#include "imap/folder_order.h"

#include <array>

namespace heron::imap {

int FolderOrder::rank(const QString &name, QByteArrayView specialUse)
{
    if (isInbox(name))
        return 0;
    static constexpr std::array<QByteArrayView, 5> kOrder = {"\\Drafts", "\\Sent", "\\Archive", "\\Junk", "\\Trash"};
    for (std::size_t i = 0; i < kOrder.size(); ++i) {
        if (specialUse.compare(kOrder[i], Qt::CaseInsensitive) == 0)
            return int(i) + 1;
    }
    return int(kOrder.size()) + 1;
}

bool FolderOrder::lessThan(const QString &nameA, QByteArrayView specialUseA, const QString &nameB,
                           QByteArrayView specialUseB)
{
    const int rankA = rank(nameA, specialUseA);
    const int rankB = rank(nameB, specialUseB);
    if (rankA != rankB)
        return rankA < rankB;
    // Case-folded first, so "archive 2019" and "Archive 2020" sit together in every locale.
    return nameA.toCaseFolded().localeAwareCompare(nameB.toCaseFolded()) < 0;
}

bool FolderOrder::isInbox(const QString &name)
{
    return name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
}

} // namespace heron::imap
