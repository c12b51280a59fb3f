#include "imap/parse_error.h"

#include <QCoreApplication>

namespace heron::imap {

QString ParseError::toString() const
{
    if (!isError())
        return {};
    if (excerpt.isEmpty())
        return QCoreApplication::translate("ImapParseError", "IMAP response error: %1 (at byte %2)")
            .arg(what)
            .arg(offset);
    return QCoreApplication::translate("ImapParseError", "IMAP response error: %1 (at byte %2, near \"%3\")")
        .arg(what)
        .arg(offset)
        .arg(QString::fromLatin1(excerpt));
}

} // namespace heron::imap
