#include "imap/envelope.h"

namespace heron::imap {

bool Address::operator==(const Address &other) const = default;

} // namespace heron::imap
