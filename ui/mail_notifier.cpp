#include "mail_notifier.h"

#include "store/mail_cache.h"

#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace heron::ui {

MailNotifier::MailNotifier(store::MailCache &cache, const QIcon &appIcon, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_appIcon(appIcon)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // no tray (or the offscreen platform): notices are still worked out and signalled
    m_tray = new QSystemTrayIcon(m_appIcon, this);
    m_tray->setToolTip(tr("Heron"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit activated(m_last.accountEmail, m_last.folder, m_last.uid); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated(QString(), QString(), 0);
    });
    m_tray->show();
}

MailNotifier::~MailNotifier() = default;

void MailNotifier::setMenu(QMenu *menu)
{
    if (m_tray)
        m_tray->setContextMenu(menu);
}

void MailNotifier::setUnreadCount(qint64 unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    if (!m_tray)
        return;
    m_tray->setIcon(badgedIcon(m_appIcon, unread));
    m_tray->setToolTip(unread > 0 ? tr("Heron: %n unread message(s)", nullptr, int(unread)) : tr("Heron"));
}

void MailNotifier::folderUpdated(const QString &accountEmail, const QString &folder, qint64 folderId)
{
    if (folder.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0 || folderId == 0)
        return;
    const QList<quint32> unseen = m_cache.unseenUids(folderId); // ascending
    const quint32 newest = unseen.isEmpty() ? 0 : unseen.constLast();
    const auto known = m_newestSeen.constFind(folderId);
    const quint32 before = known == m_newestSeen.cend() ? newest : *known;
    m_newestSeen.insert(folderId, qMax(before, newest));
    if (known == m_newestSeen.cend() || newest <= before || !m_enabled)
        return;
    QList<quint32> fresh;
    for (const quint32 uid : unseen) {
        if (uid > before)
            fresh.append(uid);
    }
    Notice notice;
    notice.accountEmail = accountEmail;
    notice.folder = folder;
    notice.uid = newest;
    if (fresh.size() == 1) {
        const std::optional<store::MessageRecord> message = m_cache.message(folderId, newest);
        const QString sender = !message || message->from.isEmpty() ? tr("unknown sender")
            : message->from.constFirst().name.isEmpty()            ? message->from.constFirst().address
                                                                   : message->from.constFirst().name;
        notice.title = tr("New mail from %1").arg(sender);
        notice.text = message && !message->subject.isEmpty() ? message->subject : tr("(no subject)");
    } else {
        notice.title = tr("%n new message(s)", nullptr, int(fresh.size()));
        notice.text = tr("in the Inbox of %1").arg(accountEmail);
    }
    m_last = notice;
    if (m_tray)
        m_tray->showMessage(notice.title, notice.text, m_appIcon, 10'000);
    emit noticeShown(notice);
}

QIcon MailNotifier::badgedIcon(const QIcon &icon, qint64 unread)
{
    if (unread <= 0)
        return icon;
    QIcon badged;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = icon.pixmap(size, size);
        if (pixmap.isNull())
            pixmap = QPixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(7, size * 9 / 20));
        painter.setFont(font);
        const QRect bounds = painter.fontMetrics().boundingRect(text).adjusted(-2, -1, 2, 1);
        QRect badge(size - bounds.width(), size - bounds.height(), bounds.width(), bounds.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace heron::ui
