#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// RFC 5161 ENABLE; the result is what the server reports ENABLED.
class EnableCommand : public ImapCommand
{
    Q_OBJECT

public:
    explicit EnableCommand(QByteArrayList extensions);

    const QByteArrayList &enabled() const { return m_enabled; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "ENABLE"; }
    int allowedStates() const override { return Authenticated; }
    QByteArray requiredCapability() const override { return "ENABLE"; }
    bool handleUntagged(const Response &response) override;

private:
    QByteArrayList m_extensions;
    QByteArrayList m_enabled;
};

} // namespace heron::imap
