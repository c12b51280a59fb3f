// Sending from the GUI through the outbox, against the stack: a message with
// an attachment written in the composer in rich text arrives in the
// recipient's INBOX (the attachment's SHA-256 equal, the bold word in the HTML
// and marked in the plain-text version) and a copy is in the sender's Sent; a reply
// started from the list keeps In-Reply-To and References in the bytes that
// arrive; the gate's submission port refusing this device's CLIENTID token
// (SMTP 550) opens the refusal dialog, and after the provider approves the
// token, Try again sends the message that waited in the outbox; a message a
// (scripted) server refuses for good stays in the outbox as failed, and the
// status bar shows the server's words.
#include "../identity/gui_test_helpers.h"
#include "composer_manager.h"
#include "composer_test_helpers.h"
#include "composer_window.h"
#include "device_refusal_dialog.h"
#include "mime/header_fields.h"
#include "mime/message_parser.h"
#include "mime/reply_composer.h"
#include "smtp_scripted_fixture.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QAction>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUuid>

using namespace heron;
using heron::ui::ComposerWindow;
using heron::ui::MainWindow;

namespace {

constexpr int kWaitMs = test::kComposerWaitMs;

// Fills a composer's fields as a user would.
void write(ComposerWindow *composer, const QString &to, const QString &subject, const QString &body)
{
    test::child<QLineEdit>(composer, "ToField")->setText(to);
    test::child<QLineEdit>(composer, "SubjectField")->setText(subject);
    test::child<QTextEdit>(composer, "BodyEdit")->setPlainText(body);
}

// Presses Send; the Message-ID handed to the outbox, once the composer has closed.
QByteArray sendAndWaitClosed(ComposerWindow *composer)
{
    const QPointer<ComposerWindow> guard(composer);
    test::child<QAction>(composer, "SendAction")->trigger();
    const QByteArray messageId = composer->sentMessageId();
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, kWaitMs))
        return {};
    return messageId;
}

} // namespace

class TestComposerSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
    }

    void sendWithAttachmentArrivesAndIsInSent();
    void replyKeepsThreadingHeaders();
    void smtpDeviceRefusalOpensTheDialogAndTryAgainSends();
    void rejectedMessageStaysInTheOutboxWithTheServersWords();

private:
    test::MailStack m_stack;
    QTemporaryDir m_dir;
};

void TestComposerSend::sendWithAttachmentArrivesAndIsInSent()
{
    const auto profile
        = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("send")), m_stack.submissionsPort);
    QVERIFY(profile);
    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // 200 kB of random bytes: base64 over several lines, and a part the cache keeps as a file.
    QByteArray data(200 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    const QString path = m_dir.filePath(QStringLiteral("report 2026.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
    file.close();

    ComposerWindow *composer = window.composerManager()->compose(m_stack.user1);
    QVERIFY(QTest::qWaitForWindowExposed(composer));
    const QString subject = test::unique(QStringLiteral("Quarterly numbers"));
    write(composer, m_stack.user2, subject, QStringLiteral("Hello Bob,\n\nthe numbers, as promised."));
    // In rich text, with one word in bold: it goes out as HTML beside a plain-text version.
    test::child<QAction>(composer, "RichTextAction")->trigger();
    auto *body = test::child<QTextEdit>(composer, "BodyEdit");
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" They look "));
    test::child<QAction>(composer, "BoldAction")->trigger();
    QTest::keyClicks(body, QStringLiteral("good"));
    QString error;
    QVERIFY2(composer->attachFile(path, &error), qPrintable(error));
    QCOMPARE(test::child<QWidget>(composer, "AttachmentList")->isVisible(), true);
    QCOMPARE(composer->windowTitle(), QStringLiteral("Write: %1").arg(subject));
    test::saveScreenshot(composer, QStringLiteral("composer_with_attachment"));

    const QByteArray messageId = sendAndWaitClosed(composer);
    QVERIFY(!messageId.isEmpty());

    const std::optional<QByteArray> arrived
        = test::fetchByMessageId(m_stack, m_stack.user2, m_stack.pass2, "INBOX", messageId);
    QVERIFY2(arrived, "the message did not arrive in the recipient's INBOX");
    const mime::MimePart message = mime::MessageParser::parse(*arrived);
    const QList<const mime::MimePart *> attachments = message.attachments();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.constFirst()->filename, QStringLiteral("report 2026.bin"));
    QCOMPARE(QCryptographicHash::hash(attachments.constFirst()->body, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QVERIFY(!arrived->contains("Bcc:"));
    const mime::MimePart *html = message.bodyToDisplay(mime::MimePart::Preference::Html);
    const mime::MimePart *plain = message.bodyToDisplay(mime::MimePart::Preference::PlainText);
    QCOMPARE(html->mimeType(), QByteArray("text/html"));
    QVERIFY2(html->text().contains(QStringLiteral(">good</span>")), qPrintable(html->text()));
    QCOMPARE(plain->mimeType(), QByteArray("text/plain"));
    QVERIFY2(mime::ReplyComposer::plainText(message).contains(QStringLiteral("They look *good*")),
             qPrintable(mime::ReplyComposer::plainText(message)));

    QVERIFY2(test::fetchByMessageId(m_stack, m_stack.user1, m_stack.pass1, "Sent", messageId),
             "no copy in the sender's Sent folder");
    auto *status = test::child<QLabel>(&window, "SendStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("was sent")), kWaitMs);
    test::saveScreenshot(&window, QStringLiteral("main_window_after_send"));
}

void TestComposerSend::replyKeepsThreadingHeaders()
{
    const QString subject = test::unique(QStringLiteral("Plans for Friday"));
    const QByteArray root = "<root-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "@example.test>";
    const QByteArray original = "<orig-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "@example.test>";
    const QByteArray bytes = "From: Bob Sender <" + m_stack.user2.toUtf8() + ">\r\nTo: Alice <" + m_stack.user1.toUtf8()
        + ">\r\nCc: Alice at the desk <alice.desk@example.test>\r\nSubject: " + subject.toUtf8()
        + "\r\nMessage-ID: " + original + "\r\nReferences: " + root + "\r\nIn-Reply-To: " + root
        + "\r\nDate: Sun, 29 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
          "charset=utf-8\r\n\r\nShall we meet at noon?\r\n";
    QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1, bytes));

    const auto profile
        = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("reply")), m_stack.submissionsPort);
    QVERIFY(profile);
    // The original went (also) to an identity of the account: the reply comes from it, signed.
    accounts::AccountStore store(*profile);
    std::optional<accounts::Account> account = store.find(m_stack.user1);
    QVERIFY(account);
    account->identities = {{QStringLiteral("Alice at the desk"), QStringLiteral("alice.desk@example.test")}};
    account->signature = QStringLiteral("Alice, front desk");
    QString error;
    QVERIFY2(store.update(*account, &error), qPrintable(error));
    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::waitUntilWatching(window));
    QVERIFY2(test::selectMessage(window, subject), "the message never showed in the list");
    QAction *reply = test::child<QAction>(&window, "ReplyAction");
    QTRY_VERIFY(reply->isEnabled());
    reply->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.composerManager()->composers().size() == 1, kWaitMs);
    ComposerWindow *composer = window.composerManager()->composers().constFirst();
    QVERIFY(QTest::qWaitForWindowExposed(composer));
    QCOMPARE(test::child<QLineEdit>(composer, "ToField")->text(), QStringLiteral("Bob Sender <%1>").arg(m_stack.user2));
    QCOMPARE(test::child<QLineEdit>(composer, "SubjectField")->text(), QStringLiteral("Re: ") + subject);
    auto *body = test::child<QTextEdit>(composer, "BodyEdit");
    QVERIFY2(body->toPlainText().contains(QStringLiteral("> Shall we meet at noon?")), qPrintable(body->toPlainText()));
    QCOMPARE(composer->fromAddress().address, QStringLiteral("alice.desk@example.test"));
    QCOMPARE(composer->fromAccount(), m_stack.user1);
    QVERIFY2(body->toPlainText().startsWith(QStringLiteral("\n\n-- \nAlice, front desk\n\nOn ")),
             qPrintable(body->toPlainText()));
    QVERIFY(!composer->isModified());
    QTest::keyClicks(body, QStringLiteral("Noon is fine."));
    QVERIFY(composer->isModified());
    test::saveScreenshot(composer, QStringLiteral("composer_reply"));

    const QByteArray messageId = sendAndWaitClosed(composer);
    QVERIFY(!messageId.isEmpty());
    const std::optional<QByteArray> arrived
        = test::fetchByMessageId(m_stack, m_stack.user2, m_stack.pass2, "INBOX", messageId);
    QVERIFY2(arrived, "the reply did not arrive");
    const mime::HeaderFields headers = mime::HeaderFields::parse(*arrived);
    QCOMPARE(headers.value("In-Reply-To").trimmed(), original);
    QCOMPARE(headers.value("References").simplified(), root + ' ' + original);
    QVERIFY(arrived->contains("Noon is fine."));
    QVERIFY2(headers.value("From").contains("alice.desk@example.test"), headers.value("From").constData());
    QVERIFY(arrived->contains("-- \r\nAlice, front desk"));
}

void TestComposerSend::smtpDeviceRefusalOpensTheDialogAndTryAgainSends()
{
    if (!m_stack.hasGate())
        QSKIP("the mail stack runs no CLIENTID gate");
    // IMAP direct, submission through the gate, which does not know this new device.
    const auto profile
        = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("refused")), m_stack.gateSubmissionsPort);
    QVERIFY(profile);
    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ComposerWindow *composer = window.composerManager()->compose(m_stack.user1);
    const QString subject = test::unique(QStringLiteral("Sent after approval"));
    write(composer, m_stack.user2, subject, QStringLiteral("This waited in the outbox."));
    const QByteArray messageId = sendAndWaitClosed(composer);
    QVERIFY(!messageId.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(
        window.deviceRefusalDialog(m_stack.user1) && window.deviceRefusalDialog(m_stack.user1)->isVisible(), kWaitMs);
    const QPointer<ui::DeviceRefusalDialog> dialog = window.deviceRefusalDialog(m_stack.user1);
    const QString token = test::identityToken(*profile, m_stack.user1);
    QCOMPARE(dialog->token(), token);
    const QString reply = test::child<QLabel>(dialog, "DeviceRefusalServerReply")->text();
    QVERIFY2(reply.contains(QStringLiteral("550")), qPrintable(reply));
    auto *status = test::child<QLabel>(&window, "SendStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(subject), kWaitMs);
    QVERIFY2(status->text().contains(QStringLiteral("stays in the outbox")), qPrintable(status->text()));

    // IMAP goes to the server directly and accepts this device: an IMAP sync that succeeds while the
    // dialog is open says nothing about the SMTP refusal, so the dialog stays.
    auto *statusText = test::child<QLabel>(&window, "StatusText");
    statusText->clear();
    window.getMessages();
    QVERIFY(QTest::qWaitFor([statusText] { return statusText->text().contains(QStringLiteral("is up to date")); },
                            kWaitMs));
    QVERIFY2(dialog && dialog->isVisible(), "a successful IMAP sync closed the SMTP refusal dialog");
    test::saveScreenshot(dialog, QStringLiteral("device_refusal_dialog_smtp"));

    QProcess approve;
    approve.start(m_stack.gateScript,
                  {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                   QStringLiteral("--account"), m_stack.user1, QStringLiteral("--token"), token});
    QVERIFY(approve.waitForFinished(kWaitMs));
    QVERIFY2(approve.exitStatus() == QProcess::NormalExit && approve.exitCode() == 0,
             approve.readAllStandardError().constData());
    QTest::mouseClick(test::child<QPushButton>(dialog, "TryAgainButton"), Qt::LeftButton);

    QVERIFY2(test::fetchByMessageId(m_stack, m_stack.user2, m_stack.pass2, "INBOX", messageId),
             "the message did not go out after Try again");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("was sent")), kWaitMs);
    test::saveScreenshot(&window, QStringLiteral("main_window_sent_after_approval"));
}

void TestComposerSend::rejectedMessageStaysInTheOutboxWithTheServersWords()
{
    test::SmtpBehaviour behaviour;
    behaviour.mailReply = [](int) { return QByteArray("550 5.7.1 Sender rejected: policy says no"); };
    test::SmtpFixture smtp(behaviour);
    // One CA file for the stack's IMAP and the scripted submission server.
    const QString caFile = m_dir.filePath(QStringLiteral("both-ca.pem"));
    QFile both(caFile);
    QVERIFY(both.open(QIODevice::WriteOnly));
    for (const QString &part : {m_stack.caFile, test::TestCertificates::instance().caFile()}) {
        QFile file(part);
        QVERIFY(file.open(QIODevice::ReadOnly));
        both.write(file.readAll() + '\n');
    }
    both.close();
    const auto profile = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("rejected")),
                                               smtp.server().serverPort(), caFile);
    QVERIFY(profile);
    MainWindow window(*profile);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ComposerWindow *composer = window.composerManager()->compose(m_stack.user1);
    const QString subject = test::unique(QStringLiteral("Refused for good"));
    write(composer, m_stack.user2, subject, QStringLiteral("The server will not take this."));
    QVERIFY(!sendAndWaitClosed(composer).isEmpty());

    auto *status = test::child<QLabel>(&window, "SendStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("policy says no")), kWaitMs);
    QVERIFY2(status->text().contains(subject) && status->text().contains(QStringLiteral("stays in the outbox")),
             qPrintable(status->text()));
    test::saveScreenshot(&window, QStringLiteral("main_window_send_rejected"));

    store::Database database;
    QString error;
    QVERIFY2(database.open(profile->cacheDatabaseFile(), &error), qPrintable(error));
    const QList<store::Outbox::Entry> entries = store::Outbox(database).list(&error);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().state, store::Outbox::State::Failed);
    QVERIFY2(entries.constFirst().lastError.contains(QStringLiteral("policy says no")),
             qPrintable(entries.constFirst().lastError));
    // The client ends the DATA it must not fill with a lone dot: no byte of the message went.
    QVERIFY(!smtp.dataLines().join('\n').contains("The server will not take this."));

    // File → Unsent Messages names it with the server's words; choosing it takes it out of the
    // outbox into a composer, whole and under its Message-ID, to edit and send again.
    auto *unsent = window.findChild<QMenu *>(QStringLiteral("UnsentMessagesMenu"));
    QVERIFY(unsent);
    emit unsent->aboutToShow();
    const QList<QAction *> listed = unsent->actions();
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.constFirst()->text().contains(subject), qPrintable(listed.constFirst()->text()));
    QVERIFY(listed.constFirst()->toolTip().contains(QStringLiteral("policy says no")));
    listed.constFirst()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.composerManager()->composers().size() == 1, kWaitMs);
    ComposerWindow *reopened = window.composerManager()->composers().constFirst();
    QCOMPARE(reopened->messageId(), entries.constFirst().messageId);
    QCOMPARE(test::child<QLineEdit>(reopened, "SubjectField")->text(), subject);
    QCOMPARE(test::child<QLineEdit>(reopened, "ToField")->text(), m_stack.user2);
    QVERIFY(test::child<QTextEdit>(reopened, "BodyEdit")
                ->toPlainText()
                .contains(QStringLiteral("The server will not take this.")));
    QVERIFY(reopened->hasUnsavedChanges()); // it is nowhere else now: closing asks
    QVERIFY(store::Outbox(database).list(&error).isEmpty());
    emit unsent->aboutToShow();
    QCOMPARE(unsent->actions().size(), 1);
    QVERIFY(!unsent->actions().constFirst()->isEnabled()); // "No unsent messages"
    test::saveScreenshot(reopened, QStringLiteral("composer_unsent_reopened"));
    test::MessageBoxAnswer discard(QStringLiteral("Discard"));
    reopened->close();
}

QTEST_MAIN(TestComposerSend)
#include "tst_composer_send.moc"
