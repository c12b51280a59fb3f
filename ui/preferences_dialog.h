#pragma once

#include "accounts/profile.h"

#include <QCoreApplication>
#include <QDialog>
#include <QList>

class QAction;
class QFormLayout;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace heron::ui {

// Edit → Preferences: what holds for the whole profile, not one account.
// - Reading: the senders whose mail may load remote content (added from the
//   message view's banner with "Always allow"), each removable; everything
//   else stays blocked, which is not a setting.
// - Reading: a message shown is marked read after N seconds (0: at once; -1:
//   only by hand), as in the big desktop clients; kept in heron.ini.
// - Notifications: new mail in an Inbox shows a desktop notification, unless switched off.
// - Writing: new messages start as rich text (HTML) or plain text (the default).
// - Checking mail: every account's Inbox is checked every N minutes besides
//   the folder IDLE watches (0: only on request), kept in heron.ini.
// - Choices the menus also offer (layout, language), shown with the menus'
//   own actions, so both places do one thing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(accounts::Profile profile, QWidget *parent = nullptr);

    // A choice among checkable actions (one action group): a combo box whose
    // item triggers its action; the checked action is the current item.
    void addChoice(const QString &label, const char *objectName, const QList<QAction *> &actions);

    // Minutes between checks of every account's Inbox; 0: none (the default is kDefaultCheckMinutes).
    static int checkIntervalMinutes(const accounts::Profile &profile);
    static constexpr int kDefaultCheckMinutes = 10;
    // Seconds a message is shown before it is marked read; 0: at once (the default); -1: never.
    static int markReadDelaySeconds(const accounts::Profile &profile);
    // Whether new mail in an Inbox shows a desktop notification (default: yes).
    static bool newMailNotifications(const accounts::Profile &profile);
    // Whether a new message (also a reply or forward) starts in rich text (default: plain text).
    static bool composeRichText(const accounts::Profile &profile);

signals:
    void checkIntervalChanged(int minutes);
    void markReadDelayChanged(int seconds);
    void newMailNotificationsChanged(bool enabled);

private:
    void loadAllowedSenders();
    void removeAllowedSender();
    void saveCheckInterval(int minutes);
    void saveMarkReadDelay(int seconds);

    accounts::Profile m_profile;
    QFormLayout *m_general = nullptr;
    QListWidget *m_allowedSenders = nullptr;
    QPushButton *m_removeSender = nullptr;
    QSpinBox *m_checkInterval = nullptr;
    QSpinBox *m_markReadDelay = nullptr;
};

} // namespace heron::ui
