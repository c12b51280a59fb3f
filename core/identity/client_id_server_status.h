#pragma once

#include "accounts/account.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace heron::identity {

// What one server last showed of CLIENTID (spec/clientid.md, "Registering the
// device"): whether its capability list advertised it, the server's last reply
// to our CLIENTID command, and when that was seen. Shown by the Device page
// and `heronctl clientid`.
struct ClientIdServerStatus
{
    accounts::MailProtocol protocol = accounts::MailProtocol::Imap;
    QString host; // lower-case
    std::optional<bool> advertised; // nullopt: not known yet
    std::optional<QString> lastReply; // the server's text, e.g. "250 2.0.0 OK"; nullopt: never sent
    QDateTime at; // when the status was recorded (UTC); invalid: never

    bool operator==(const ClientIdServerStatus &) const = default;

    // The object of `heronctl clientid --json` (shared/CLI.md):
    // {"protocol", "host", "advertised": bool|null, "last_reply": str|null, "at": ISO-8601|null}
    QJsonObject toJson() const;
    static std::optional<ClientIdServerStatus> fromJson(const QJsonObject &object);
};

} // namespace heron::identity
