#pragma once

#include "mime/mailbox.h"

#include <QByteArrayView>
#include <QList>

namespace heron::mime {

// Parses RFC 5322 address lists (From, To, Cc, Reply-To...) leniently:
// - display names quoted or not, with RFC 2047 encoded-words even inside
//   quotes (as many clients write them) and raw UTF-8 (EAI);
// - comments skipped, but "addr (Name)" takes the comment as the name;
// - groups are flattened ("undisclosed-recipients:;" gives nothing);
// - obsolete routes "<@relay:user@host>" are dropped;
// - punycode domains are shown in Unicode.
// Never fails: what cannot be read as a mailbox is skipped. Linear time.
class AddressParser
{
public:
    static QList<Mailbox> parse(QByteArrayView raw, QByteArrayView fallbackCharset = {});
};

} // namespace heron::mime
