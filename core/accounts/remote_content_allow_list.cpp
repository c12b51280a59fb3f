#include "accounts/remote_content_allow_list.h"

#include <QSettings>

namespace heron::accounts {

namespace {

const QString kKey = QStringLiteral("remoteContent/allowedSenders");

QString normalised(const QString &address)
{
    return address.trimmed().toLower();
}

} // namespace

RemoteContentAllowList::RemoteContentAllowList(Profile profile)
    : m_profile(std::move(profile))
{
}

QStringList RemoteContentAllowList::senders() const
{
    const QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    return settings.value(kKey).toStringList();
}

bool RemoteContentAllowList::allows(const QString &senderAddress) const
{
    const QString address = normalised(senderAddress);
    return !address.isEmpty() && senders().contains(address);
}

bool RemoteContentAllowList::allow(const QString &senderAddress, QString *error)
{
    const QString address = normalised(senderAddress);
    QStringList list = senders();
    if (address.isEmpty() || list.contains(address))
        return true;
    list.append(address);
    list.sort();
    return write(list, error);
}

bool RemoteContentAllowList::revoke(const QString &senderAddress, QString *error)
{
    QStringList list = senders();
    if (list.removeAll(normalised(senderAddress)) == 0)
        return true;
    return write(list, error);
}

bool RemoteContentAllowList::write(const QStringList &senders, QString *error)
{
    QSettings settings(m_profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(kKey, senders);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("Heron could not save the senders allowed to load remote content in %1; check that the file "
                    "can be written.")
                     .arg(settings.fileName());
    return false;
}

} // namespace heron::accounts
