#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QString>

class QMenu;
class QSystemTrayIcon;

namespace heron::store {
class MailCache;
} // namespace heron::store

namespace heron::ui {

// New mail at the desktop: a tray icon (where the desktop has a tray) whose
// badge and tooltip give the unread count of every account's Inbox, with a
// menu of its own; and a notification when a check brings unread messages
// into an Inbox that were not there before (freedesktop notifications on
// Linux, through Qt's tray icon). The first look at an Inbox after start only
// remembers where it stands: mail that was already there is not news.
// Clicking the notification asks for that message to be shown.
class MailNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notice
    {
        QString accountEmail;
        QString folder;
        quint32 uid = 0; // the newest of the new messages
        QString title;
        QString text;
    };

    MailNotifier(store::MailCache &cache, const QIcon &appIcon, QObject *parent = nullptr);
    ~MailNotifier() override;

    // Whether new mail shows a notification (Preferences; kept in heron.ini by the caller).
    void setNotificationsEnabled(bool enabled) { m_enabled = enabled; }
    // The tray icon's menu (the main window's Show, Get Messages, Write, Quit actions).
    void setMenu(QMenu *menu);

    // The cache changed for a folder (MailEngine::folderUpdated): news for an Inbox is notified.
    void folderUpdated(const QString &accountEmail, const QString &folder, qint64 folderId);
    // The unread count the icon shows (every account's Inbox).
    void setUnreadCount(qint64 unread);

    qint64 unreadCount() const { return m_unread; }
    const Notice &lastNotice() const { return m_last; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The icon with the count on it (what the tray shows).
    static QIcon badgedIcon(const QIcon &icon, qint64 unread);

signals:
    void noticeShown(const heron::ui::MailNotifier::Notice &notice);
    // The user clicked the notification, or the icon itself (uid 0: just bring the window up).
    void activated(const QString &accountEmail, const QString &folder, quint32 uid);

private:
    store::MailCache &m_cache;
    QIcon m_appIcon;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<qint64, quint32> m_newestSeen; // by folder id: the highest unread UID already known
    qint64 m_unread = -1;
    bool m_enabled = true;
    Notice m_last;
};

} // namespace heron::ui
