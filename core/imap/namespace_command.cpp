#include "imap/namespace_command.h"

namespace heron::imap {

bool NamespaceCommand::handleUntagged(const Response &response)
{
    if (const auto *namespaces = response.get<NamespaceData>()) {
        m_namespaces = *namespaces;
        return true;
    }
    return false;
}

} // namespace heron::imap
