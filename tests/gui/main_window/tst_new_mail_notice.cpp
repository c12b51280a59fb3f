// New mail at the desktop, against the stack, as alice: the Inbox's mail at
// start is not news; a message arriving later (through IDLE) gives one notice
// with its sender and subject, and the unread count follows; clicking the
// notice shows that message. Switched off in Preferences, nothing is shown.
#include "../composer/composer_test_helpers.h"
#include "../identity/gui_test_helpers.h"
#include "mail_notifier.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace heron;
using heron::ui::MailNotifier;
using heron::ui::MainWindow;
using heron::ui::MessageListModel;

namespace {

constexpr int kWaitMs = test::kComposerWaitMs;

QByteArray fromCarl(const QString &subject)
{
    return "From: Carl Notice <carl@example.org>\r\nTo: alice@example.test\r\nSubject: " + subject.toUtf8()
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@example.org>\r\nDate: Fri, 04 Dec 2026 12:00:00 +0000\r\n\r\nNews.\r\n";
}

} // namespace

class TestNewMailNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void newMailIsNoticedOnce()
    {
        // Unread mail before the start: known, not news.
        QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1,
                                    fromCarl(test::unique(QStringLiteral("old news")))));
        const auto profile
            = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("notice")), m_stack.submissionsPort);
        QVERIFY(profile);
        MainWindow window(*profile);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilWatching(window));
        MailNotifier *notifier = window.mailNotifier();
        QSignalSpy notices(notifier, &MailNotifier::noticeShown);
        QCOMPARE(notifier->lastNotice().uid, 0u);
        QVERIFY(notifier->unreadCount() > 0);
        const qint64 unreadBefore = notifier->unreadCount();

        const QString subject = test::unique(QStringLiteral("fresh news"));
        QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1, fromCarl(subject)));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, kWaitMs);
        QCOMPARE(notifier->lastNotice().title, QStringLiteral("New mail from Carl Notice"));
        QCOMPARE(notifier->lastNotice().text, subject);
        QCOMPARE(notifier->unreadCount(), unreadBefore + 1);
        QVERIFY(!MailNotifier::badgedIcon(QIcon(QPixmap(32, 32)), 3).isNull());

        // A click on the notice: the Inbox with that message shown.
        emit notifier->activated(notifier->lastNotice().accountEmail, notifier->lastNotice().folder,
                                 notifier->lastNotice().uid);
        auto *list = test::child<QTreeView>(&window, "MessageList");
        QTRY_COMPARE_WITH_TIMEOUT(list->currentIndex().data(MessageListModel::UidRole).toUInt(),
                                  notifier->lastNotice().uid, kWaitMs);
        QCOMPARE(list->currentIndex().siblingAtColumn(MessageListModel::SubjectColumn).data().toString(), subject);

        // Switched off: new mail comes, no notice.
        notifier->setNotificationsEnabled(false);
        const QString quiet = test::unique(QStringLiteral("quiet news"));
        QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1, fromCarl(quiet)));
        QVERIFY(test::selectMessage(window, quiet));
        QCOMPARE(notices.size(), 1);
    }

private:
    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNewMailNotice)
#include "tst_new_mail_notice.moc"
