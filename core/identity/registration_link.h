#pragma once

#include "identity/client_id_server_status.h"

#include <QList>
#include <QStringView>
#include <QUrl>

namespace heron::identity {

// The provider's device registration page (spec/clientid.md, "Registering the
// device"): an https URL found in a server's refusal text, such as
// "NO [ALERT] device not registered; approve it at https://mail.example/devices?token=…".
// Only https links count, and none with user info ("https://bank@evil.example"
// reads like another site), because the user is sent there with one click.
class RegistrationLink
{
public:
    // The first acceptable https URL in the text, without the punctuation
    // that ends the sentence around it; an invalid QUrl when there is none.
    static QUrl fromReply(QStringView replyText);

    // The link in the most recent reply of these server statuses that has one.
    static QUrl fromStatuses(const QList<ClientIdServerStatus> &statuses);
};

} // namespace heron::identity
