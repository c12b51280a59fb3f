#pragma once

#include "accounts/account.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace heron::accounts {

// One server a provider offers for a protocol, in the provider's order of preference,
// with the username already filled in for the address it was looked up for.
struct ServerCandidate
{
    ServerEndpoint endpoint;
    QString username; // empty when the provider left it to the user
    QList<AuthMethod> authMethods; // the ones Heron can use, in the provider's order

    bool operator==(const ServerCandidate &) const = default;
};

// What autoconfiguration learnt about a mail provider (Mozilla's config-v1.1
// format): the servers Heron may use — encrypted ones only — and how to log in.
struct ProviderConfig
{
    QString displayName;
    QStringList domains;
    QList<ServerCandidate> imap;
    QList<ServerCandidate> smtp;
    std::optional<OAuth2Endpoints> oauth2;
    // Offered by the provider but left out: cleartext servers, POP3 and others Heron
    // does not speak. Said to the user so the choice is visible.
    QStringList skipped;

    bool isUsable() const { return !imap.isEmpty() && !smtp.isEmpty(); }
};

} // namespace heron::accounts
