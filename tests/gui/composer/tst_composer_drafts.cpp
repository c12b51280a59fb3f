// Drafts from the composer, against the stack: Save as Draft (Ctrl+S) puts
// the message in alice's Drafts folder, a second save replaces it (one copy,
// with the new text), the autosave does the same on its own, and closing with
// Discard takes an autosaved draft away again. A draft reopened from the
// Drafts folder comes back whole (recipients with Bcc, subject, text,
// attachment) and, once sent, arrives without its Bcc header and leaves the
// Drafts folder. With the IMAP server out of reach the draft is kept on this
// computer, said so, and reaches Drafts at the next check for mail.
#include "../identity/gui_test_helpers.h"
#include "accounts/account_store.h"
#include "composer_manager.h"
#include "composer_test_helpers.h"
#include "composer_window.h"
#include "mime/header_fields.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUuid>

using namespace heron;
using heron::ui::ComposerWindow;
using heron::ui::MainWindow;

namespace {

constexpr int kWaitMs = test::kComposerWaitMs;

// Types into the fields as a user would, so the composer counts them as changes.
void type(ComposerWindow *composer, const char *field, const QString &text)
{
    QWidget *widget = composer->findChild<QWidget *>(QLatin1String(field));
    QVERIFY(widget);
    QTest::keyClicks(widget, text);
}

bool waitForDraftStatus(ComposerWindow *composer, const QString &words)
{
    auto *status = test::child<QLabel>(composer, "DraftStatus");
    return QTest::qWaitFor([&] { return status->text().contains(words); }, kWaitMs);
}

} // namespace

class TestComposerDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void saveTwiceLeavesOneCopyWithTheNewText();
    void autosavedDraftReopensWholeAndGoesOnceSent();
    void discardTakesAnAutosavedDraftAway();
    void unreachableServerKeepsTheDraftHereUntilTheNextCheck();

private:
    // The UIDs in alice's Drafts whose Message-ID is messageId (nullopt: IMAP failed).
    std::optional<QList<quint32>> draftCopies(const QByteArray &messageId, QByteArray *newest = nullptr);
    // Waits until alice's Drafts holds exactly count copies of the draft.
    bool waitForCopies(const QByteArray &messageId, int count, QByteArray *newest = nullptr);
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    // A composer from alice, shown; autosaveMs: a shorter autosave than the 30 s default.
    ComposerWindow *openComposer(MainWindow &window, int autosaveMs = 0);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

std::optional<QList<quint32>> TestComposerDrafts::draftCopies(const QByteArray &messageId, QByteArray *newest)
{
    net::TlsPolicy policy;
    QString error;
    policy.addCaFile(m_stack.caFile, &error);
    test::ImapFetchClient client(policy);
    if (!client.open(m_stack.imapsPort, m_stack.user1, m_stack.pass1, "Drafts")) {
        qWarning("IMAP: %s", qPrintable(client.errorString()));
        return std::nullopt;
    }
    std::optional<QList<quint32>> uids = client.searchMessageId(messageId);
    if (uids && !uids->isEmpty() && newest)
        *newest = client.fetchMessage(uids->constLast()).value_or(QByteArray());
    client.logout();
    return uids;
}

bool TestComposerDrafts::waitForCopies(const QByteArray &messageId, int count, QByteArray *newest)
{
    return QTest::qWaitFor(
        [&] {
            const std::optional<QList<quint32>> uids = draftCopies(messageId, newest);
            return uids && uids->size() == count;
        },
        kWaitMs);
}

std::unique_ptr<MainWindow> TestComposerDrafts::openWindow(const QString &name)
{
    const auto profile = test::composerProfile(m_stack, m_dir.filePath(name), m_stack.submissionsPort);
    if (!profile)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*profile);
    window->resize(1000, 640);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !test::waitUntilWatching(*window))
        return nullptr;
    return window;
}

ComposerWindow *TestComposerDrafts::openComposer(MainWindow &window, int autosaveMs)
{
    ComposerWindow *composer = window.composerManager()->compose(m_stack.user1);
    if (!QTest::qWaitForWindowExposed(composer))
        return nullptr;
    if (autosaveMs > 0)
        composer->setAutosaveInterval(autosaveMs);
    return composer;
}

void TestComposerDrafts::saveTwiceLeavesOneCopyWithTheNewText()
{
    const std::unique_ptr<MainWindow> window = openWindow(QStringLiteral("save"));
    QVERIFY(window);
    ComposerWindow *composer = openComposer(*window);
    QVERIFY(composer);
    const QString subject = test::unique(QStringLiteral("Plans for the trip"));
    type(composer, "ToField", m_stack.user2);
    type(composer, "SubjectField", subject);
    type(composer, "BodyEdit", QStringLiteral("First thoughts"));

    test::child<QAction>(composer, "SaveDraftAction")->trigger();
    QVERIFY(waitForDraftStatus(composer, QStringLiteral("saved in Drafts")));
    const QByteArray messageId = composer->messageId();
    QVERIFY(!messageId.isEmpty());
    QByteArray copy;
    QVERIFY(waitForCopies(messageId, 1, &copy));
    QVERIFY(copy.contains("First thoughts"));

    type(composer, "BodyEdit", QStringLiteral(", and second ones"));
    QVERIFY(composer->hasUnsavedChanges());
    test::child<QAction>(composer, "SaveDraftAction")->trigger();
    QVERIFY(!composer->hasUnsavedChanges());
    QVERIFY(waitForDraftStatus(composer, QStringLiteral("saved in Drafts")));
    QCOMPARE(composer->messageId(), messageId); // one message from the first save to sending
    QVERIFY(waitForCopies(messageId, 1, &copy));
    QVERIFY2(copy.contains("First thoughts, and second ones"), copy.constData());
    test::saveScreenshot(composer, QStringLiteral("composer_draft_saved"));

    // Saved and unchanged: closing asks nothing, and the draft stays.
    QVERIFY(composer->close());
    QVERIFY(waitForCopies(messageId, 1));
}

void TestComposerDrafts::autosavedDraftReopensWholeAndGoesOnceSent()
{
    const std::unique_ptr<MainWindow> window = openWindow(QStringLiteral("reopen"));
    QVERIFY(window);
    ComposerWindow *composer = openComposer(*window, 300);
    QVERIFY(composer);
    const QString subject = test::unique(QStringLiteral("Minutes of Tuesday"));
    const QByteArray attachment = QByteArrayLiteral("item,owner\nbudget,alice\n");
    composer->addAttachment({QStringLiteral("actions.csv"), attachment, "text/csv"});
    type(composer, "ToField", m_stack.user2);
    type(composer, "BccField", m_stack.user1);
    type(composer, "SubjectField", subject);
    type(composer, "BodyEdit", QStringLiteral("Present: Alice, Bob."));

    // Nothing pressed: the autosave puts it in Drafts.
    QVERIFY(waitForDraftStatus(composer, QStringLiteral("saved in Drafts")));
    const QByteArray messageId = composer->messageId();
    QByteArray copy;
    QVERIFY(waitForCopies(messageId, 1, &copy));
    const mime::HeaderFields headers = mime::HeaderFields::parse(copy);
    QVERIFY2(headers.value("Bcc").contains(m_stack.user1.toUtf8()), copy.left(600).constData());
    QVERIFY(composer->close());
    QTRY_VERIFY_WITH_TIMEOUT(window->composerManager()->composers().isEmpty(), kWaitMs);

    // Reopened from the Drafts folder: everything is back.
    QVERIFY(window->selectFolder(m_stack.user1, QStringLiteral("Drafts")));
    QVERIFY(test::selectMessage(*window, subject));
    auto *editDraft = window->findChild<QAction *>(QStringLiteral("EditDraftAction"));
    QVERIFY(editDraft);
    QTRY_VERIFY(editDraft->isEnabled());
    editDraft->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->composerManager()->composers().size() == 1, kWaitMs);
    ComposerWindow *reopened = window->composerManager()->composers().constFirst();
    QVERIFY(QTest::qWaitForWindowExposed(reopened));
    QCOMPARE(reopened->messageId(), messageId);
    QVERIFY(reopened->hasDraft());
    QVERIFY(reopened->draftUid() != 0);
    QCOMPARE(test::child<QLineEdit>(reopened, "ToField")->text(), m_stack.user2);
    QCOMPARE(test::child<QLineEdit>(reopened, "BccField")->text(), m_stack.user1);
    QCOMPARE(test::child<QLineEdit>(reopened, "SubjectField")->text(), subject);
    QCOMPARE(test::child<QTextEdit>(reopened, "BodyEdit")->toPlainText().trimmed(),
             QStringLiteral("Present: Alice, Bob."));
    QCOMPARE(reopened->attachments().size(), 1);
    QCOMPARE(reopened->attachments().constFirst().filename, QStringLiteral("actions.csv"));
    QCOMPARE(reopened->attachments().constFirst().data, attachment);
    QVERIFY(!reopened->hasUnsavedChanges());
    test::saveScreenshot(reopened, QStringLiteral("composer_draft_reopened"));

    // Finished and sent: it arrives (Bcc on the envelope only), and the draft goes.
    type(reopened, "BodyEdit", QStringLiteral(" Next meeting: Friday."));
    const QPointer<ComposerWindow> guard(reopened);
    test::child<QAction>(reopened, "SendAction")->trigger();
    QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }, kWaitMs));
    const std::optional<QByteArray> arrived
        = test::fetchByMessageId(m_stack, m_stack.user2, m_stack.pass2, "INBOX", messageId);
    QVERIFY(arrived);
    QVERIFY(arrived->contains("Next meeting: Friday."));
    QVERIFY2(!mime::HeaderFields::parse(*arrived).contains("Bcc"), arrived->left(600).constData());
    QVERIFY(test::fetchByMessageId(m_stack, m_stack.user1, m_stack.pass1, "INBOX", messageId)); // the Bcc
    QVERIFY(waitForCopies(messageId, 0));
}

void TestComposerDrafts::discardTakesAnAutosavedDraftAway()
{
    const std::unique_ptr<MainWindow> window = openWindow(QStringLiteral("discard"));
    QVERIFY(window);
    ComposerWindow *composer = openComposer(*window, 300);
    QVERIFY(composer);
    type(composer, "SubjectField", test::unique(QStringLiteral("Never mind")));
    QVERIFY(waitForDraftStatus(composer, QStringLiteral("saved in Drafts")));
    const QByteArray messageId = composer->messageId();
    QVERIFY(waitForCopies(messageId, 1));

    composer->setAutosaveInterval(0);
    type(composer, "BodyEdit", QStringLiteral("on second thought"));
    {
        test::MessageBoxAnswer discard(QStringLiteral("Discard"));
        composer->close();
        QVERIFY(discard.answered);
        QCOMPARE(discard.objectName, QStringLiteral("UnsavedMessageBox"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->composerManager()->composers().isEmpty(), kWaitMs);
    QVERIFY(waitForCopies(messageId, 0));
}

void TestComposerDrafts::unreachableServerKeepsTheDraftHereUntilTheNextCheck()
{
    // The account's IMAP port points at a listener that closes every connection at once.
    QTcpServer closing;
    QVERIFY(closing.listen(QHostAddress::LocalHost));
    connect(&closing, &QTcpServer::newConnection, &closing, [&closing] {
        while (QTcpSocket *socket = closing.nextPendingConnection())
            socket->abort();
    });
    const auto profile
        = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("offline")), m_stack.submissionsPort);
    QVERIFY(profile);
    accounts::AccountStore accounts(*profile);
    QString error;
    std::optional<accounts::Account> account = accounts.find(m_stack.user1, &error);
    QVERIFY2(account, qPrintable(error));
    const quint16 realPort = account->imap.port;
    account->imap.port = closing.serverPort();
    QVERIFY2(accounts.update(*account, &error), qPrintable(error));

    MainWindow window(*profile);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ComposerWindow *composer = openComposer(window);
    QVERIFY(composer);
    type(composer, "SubjectField", test::unique(QStringLiteral("Written on the train")));
    type(composer, "BodyEdit", QStringLiteral("No network here."));
    test::child<QAction>(composer, "SaveDraftAction")->trigger();
    QVERIFY(waitForDraftStatus(composer, QStringLiteral("on this computer only")));
    const QByteArray messageId = composer->messageId();
    QVERIFY(composer->close()); // kept: nothing to ask

    // Back online: the next check for mail puts it in Drafts.
    account->imap.port = realPort;
    QVERIFY2(accounts.update(*account, &error), qPrintable(error));
    window.reconnectAccount(m_stack.user1);
    window.getMessages();
    QByteArray copy;
    QVERIFY(waitForCopies(messageId, 1, &copy));
    QVERIFY(copy.contains("No network here."));
    auto *status = test::child<QLabel>(&window, "SendStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("is saved in Drafts")), kWaitMs);
}

QTEST_MAIN(TestComposerDrafts)
#include "tst_composer_drafts.moc"
