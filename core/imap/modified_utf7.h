#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace heron::imap {

// RFC 3501 section 5.1.3: mailbox names on the wire unless UTF8=ACCEPT is enabled.
class ModifiedUtf7
{
public:
    // nullopt when the bytes are not valid modified UTF-7 (some servers send raw UTF-8).
    static std::optional<QString> decode(QByteArrayView encoded);
    static QByteArray encode(QStringView name);
};

} // namespace heron::imap
