#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// RFC 2971 ID. Heron tells only its name and version: nothing about the
// machine or the user. The result is what the server says about itself.
class IdCommand : public ImapCommand
{
    Q_OBJECT

public:
    IdCommand(QByteArray clientName, QByteArray clientVersion);

    const IdData &serverId() const { return m_server; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "ID"; }
    int allowedStates() const override { return Any; }
    QByteArray requiredCapability() const override { return "ID"; }
    bool canPipeline() const override { return true; }
    quint32 untaggedKinds() const override { return kindsOf<IdData>(); }
    bool handleUntagged(const Response &response) override;

private:
    QByteArray m_name;
    QByteArray m_version;
    IdData m_server;
};

} // namespace heron::imap
