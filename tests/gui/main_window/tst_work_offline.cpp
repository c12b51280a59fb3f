// File → Work Offline against the stack, as alice: while offline no mail
// arrives (not even through IDLE), a message read meanwhile stays unread on
// the server, Get Messages says why nothing happens; going online brings the
// new mail and sends the queued change. The switch is kept for the next start.
#include "../composer/composer_test_helpers.h"
#include "../identity/gui_test_helpers.h"
#include "imap/search_command.h"
#include "imap/select_command.h"

#include <QAction>
#include <QTemporaryDir>
#include <QToolButton>

using namespace heron;
using heron::ui::MainWindow;
using heron::ui::MessageListModel;

namespace {

constexpr int kWaitMs = test::kComposerWaitMs;

QByteArray plainMessage(const QString &subject)
{
    return "From: Bob <bob@example.org>\r\nTo: alice@example.test\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: <"
        + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@example.org>\r\nDate: Fri, 04 Dec 2026 11:00:00 +0000\r\n\r\nHello.\r\n";
}

bool listed(MainWindow &window, const QString &subject)
{
    MessageListModel *model = window.messageListModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MessageListModel::SubjectColumn).data().toString() == subject)
            return true;
    }
    return false;
}

} // namespace

class TestWorkOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void changesWaitUntilOnline();

private:
    // Whether alice's INBOX has the message with that subject unread (nullopt: IMAP failed).
    std::optional<bool> unreadOnServer(const QString &subject);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

std::optional<bool> TestWorkOffline::unreadOnServer(const QString &subject)
{
    const std::unique_ptr<imap::ImapSession> session
        = test::MailStack::openImap(m_stack.imapSettings(m_stack.user1, m_stack.pass1));
    if (!session)
        return std::nullopt;
    auto *select = new imap::SelectCommand(QStringLiteral("INBOX"));
    select->setParent(session.get());
    session->run(select);
    imap::SearchCommand *unseen = imap::SearchCommand::unseen();
    imap::SearchCommand *named = imap::SearchCommand::header(QByteArrayLiteral("Subject"), subject);
    for (imap::SearchCommand *search : {unseen, named}) {
        search->setParent(session.get());
        session->run(search);
    }
    const bool answered = QTest::qWaitFor([named] { return named->isFinished(); }, kWaitMs);
    std::optional<bool> unread;
    if (answered && unseen->succeeded() && named->succeeded() && named->uids().size() == 1)
        unread = unseen->uids().contains(named->uids().constFirst());
    session->logout();
    return unread;
}

void TestWorkOffline::changesWaitUntilOnline()
{
    const QString read = test::unique(QStringLiteral("read offline"));
    QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1, plainMessage(read)));
    const auto profile
        = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("offline")), m_stack.submissionsPort);
    QVERIFY(profile);
    {
        MainWindow window(*profile);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilWatching(window));
        QTRY_VERIFY_WITH_TIMEOUT(listed(window, read), kWaitMs);
        auto *button = test::child<QToolButton>(&window, "OfflineButton");
        QCOMPARE(button->text(), QStringLiteral("Online"));

        window.findChild<QAction *>(QStringLiteral("WorkOfflineAction"))->trigger();
        QVERIFY(window.isOffline());
        QCOMPARE(button->text(), QStringLiteral("Offline"));
        // Shown offline: marked read here at once, on the server only later.
        QVERIFY(test::selectMessage(window, read));
        const QString arrived = test::unique(QStringLiteral("arrived offline"));
        QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1, plainMessage(arrived)));
        window.getMessages();
        auto *status = test::child<QLabel>(&window, "StatusText");
        QVERIFY2(status->text().contains(QStringLiteral("offline")), qPrintable(status->text()));
        QTest::qWait(1500); // IDLE would have brought it by now (the stack pushes within a second)
        QVERIFY(!listed(window, arrived));
        QCOMPARE(unreadOnServer(read), std::optional<bool>(true));
        test::saveScreenshot(&window, QStringLiteral("main_window_offline"));

        button->click();
        QVERIFY(!window.isOffline());
        QTRY_VERIFY_WITH_TIMEOUT(listed(window, arrived), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(unreadOnServer(read), std::optional<bool>(false), kWaitMs);
        window.setOffline(true); // kept for the next start
    }
    MainWindow again(*profile);
    QVERIFY(again.isOffline());
    QVERIFY(again.findChild<QAction *>(QStringLiteral("WorkOfflineAction"))->isChecked());
    again.setOffline(false);
}

QTEST_MAIN(TestWorkOffline)
#include "tst_work_offline.moc"
