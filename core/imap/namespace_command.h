#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// RFC 2342 NAMESPACE: where personal, other users' and shared folders live.
class NamespaceCommand : public ImapCommand
{
    Q_OBJECT

public:
    using ImapCommand::ImapCommand;

    const NamespaceData &namespaces() const { return m_namespaces; }

protected:
    void encode(CommandEncoder &encoder) override { encoder.token("NAMESPACE"); }
    QByteArray name() const override { return "NAMESPACE"; }
    QByteArray requiredCapability() const override { return "NAMESPACE"; }
    bool canPipeline() const override { return true; }
    quint32 untaggedKinds() const override { return kindsOf<NamespaceData>(); }
    bool handleUntagged(const Response &response) override;

private:
    NamespaceData m_namespaces;
};

} // namespace heron::imap
