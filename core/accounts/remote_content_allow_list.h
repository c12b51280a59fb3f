#pragma once

#include "accounts/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace heron::accounts {

// The senders whose mail may load remote content (images, style sheets) in
// the message view: "Always allow for <sender>". Kept in the profile's
// settings file (remoteContent/allowedSenders) as lower-case addresses; read
// afresh on every question, so two windows of one profile agree.
class RemoteContentAllowList
{
    Q_DECLARE_TR_FUNCTIONS(RemoteContentAllowList)

public:
    explicit RemoteContentAllowList(Profile profile);

    bool allows(const QString &senderAddress) const;
    QStringList senders() const;
    // Adds the sender; false with *error in words when the settings cannot be written.
    bool allow(const QString &senderAddress, QString *error = nullptr);
    bool revoke(const QString &senderAddress, QString *error = nullptr);

private:
    bool write(const QStringList &senders, QString *error);

    Profile m_profile;
};

} // namespace heron::accounts
