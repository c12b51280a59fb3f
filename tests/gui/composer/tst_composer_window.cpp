// The composer window in the main window of a profile on the stack: a
// mailto: link fills it (several addresses, cc, bcc, percent-decoded subject
// and body, unsafe headers ignored); Send names invalid addresses and asks
// when the text speaks of an attachment that is missing; files dropped on the
// window and an image pasted into the text become attachments, removable;
// closing with unsaved work asks (Cancel keeps it, Discard closes); the To
// field completes an address known from the cache, in a comma-separated list.
#include "../identity/gui_test_helpers.h"
#include "address_completer.h"
#include "composer_manager.h"
#include "composer_test_helpers.h"
#include "composer_window.h"
#include "message_view.h"
#include "mime/draft_reader.h"
#include "mime/message_parser.h"
#include "mime/reply_composer.h"
#include "preferences_dialog.h"
#include "rich_text_document.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QUuid>

using namespace heron;
using heron::ui::ComposerWindow;
using heron::ui::MainWindow;
using heron::ui::PreferencesDialog;

class TestComposerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { delete m_window; }
    void mailtoPrefillsTheComposer();
    void checksBeforeSending();
    void attachmentsByDropAndPaste();
    void closingAsksAboutUnsavedWork();
    void completesAnAddressFromTheStore();
    void signatureFollowsTheFromAccount();
    void richTextFormatsAndGoesOutWithAPlainVersion();
    void richTextDraftReopensRichAndPreferenceChoosesTheStart();

private:
    ComposerWindow *newComposer();
    // A cache file of its own, for composers made without the main window.
    struct ScratchCache
    {
        store::Database database;
        std::unique_ptr<store::MailCache> cache;
    };
    std::unique_ptr<ScratchCache> scratchCache(const QString &name);
    // The message the composer would keep as a draft now, parsed.
    static mime::MimePart draftOf(ComposerWindow &composer);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    std::optional<accounts::Profile> m_profile;
    MainWindow *m_window = nullptr;
};

void TestComposerWindow::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    qputenv("HERON_SECRET_BACKEND", "file");
    m_profile = test::composerProfile(m_stack, m_dir.filePath(QStringLiteral("profile")), m_stack.submissionsPort);
    QVERIFY(m_profile);
    m_window = new MainWindow(*m_profile);
    m_window->resize(1000, 640);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

ComposerWindow *TestComposerWindow::newComposer()
{
    ComposerWindow *composer = m_window->composerManager()->compose(m_stack.user1);
    if (!QTest::qWaitForWindowExposed(composer))
        qWarning("the composer did not show");
    return composer;
}

void TestComposerWindow::mailtoPrefillsTheComposer()
{
    m_window->openMailto(QUrl(QStringLiteral(
        "mailto:ann@example.org,ben@example.org?cc=cy@example.org&bcc=di@example.org&subject=Tickets%20%C3%A0%20Paris"
        "&body=Hello%2C%0D%0Asecond+line&In-Reply-To=%3Cspoof@example.org%3E&From=boss@example.org")));
    QCOMPARE(m_window->composerManager()->composers().size(), 1);
    ComposerWindow *composer = m_window->composerManager()->composers().constFirst();
    QVERIFY(QTest::qWaitForWindowExposed(composer));
    QCOMPARE(test::child<QLineEdit>(composer, "ToField")->text(), QStringLiteral("ann@example.org,ben@example.org"));
    QCOMPARE(test::child<QLineEdit>(composer, "CcField")->text(), QStringLiteral("cy@example.org"));
    QCOMPARE(test::child<QLineEdit>(composer, "BccField")->text(), QStringLiteral("di@example.org"));
    QCOMPARE(test::child<QLineEdit>(composer, "SubjectField")->text(), QStringLiteral("Tickets à Paris"));
    QCOMPARE(test::child<QTextEdit>(composer, "BodyEdit")->toPlainText(), QStringLiteral("Hello,\nsecond+line"));
    QCOMPARE(composer->windowTitle(), QStringLiteral("Write: Tickets à Paris"));
    QCOMPARE(composer->fromAccount(), m_stack.user1); // the spoofed From is not taken
    QVERIFY(!composer->isModified()); // nothing of the user's to lose yet
    test::saveScreenshot(composer, QStringLiteral("composer_mailto"));
    composer->close();
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());

    // A mailto: link clicked in a message opens a composer the same way.
    emit m_window->findChild<ui::MessageView *>(QStringLiteral("MessageViewPane"))
        ->mailtoRequested(QUrl(QStringLiteral("mailto:eve@example.org?subject=From%20a%20link")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->composerManager()->composers().size(), 1, 5000);
    QCOMPARE(test::child<QLineEdit>(m_window->composerManager()->composers().constLast(), "SubjectField")->text(),
             QStringLiteral("From a link"));
    m_window->composerManager()->composers().constLast()->close();
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());
}

void TestComposerWindow::checksBeforeSending()
{
    ComposerWindow *composer = newComposer();
    auto *to = test::child<QLineEdit>(composer, "ToField");
    auto *body = test::child<QTextEdit>(composer, "BodyEdit");
    to->setText(QStringLiteral("%1, bob@@example.org").arg(m_stack.user2));
    body->setPlainText(QStringLiteral("Please find the plan attached."));
    {
        test::MessageBoxAnswer ok(QStringLiteral("OK"));
        composer->send();
        QVERIFY(ok.answered);
        QCOMPARE(ok.objectName, QStringLiteral("InvalidAddressBox"));
        QVERIFY2(ok.text.contains(QStringLiteral("bob@@example.org")), qPrintable(ok.text));
    }
    QVERIFY(composer->sentMessageId().isEmpty());

    to->setText(m_stack.user2);
    {
        test::MessageBoxAnswer cancel(QStringLiteral("Cancel"));
        composer->send();
        QVERIFY(cancel.answered);
        QCOMPARE(cancel.objectName, QStringLiteral("MissingAttachmentBox"));
    }
    QVERIFY(composer->isVisible());
    QVERIFY(composer->sentMessageId().isEmpty());
    test::saveScreenshot(composer, QStringLiteral("composer_checks"));

    // Quoted lines speak of the original's attachments; the other languages count too.
    QVERIFY(!ComposerWindow::mentionsAttachment(QStringLiteral("Thanks!\n> see the attached file")));
    QVERIFY(ComposerWindow::mentionsAttachment(QStringLiteral("Die Liste ist im Anhang.")));
    QVERIFY(ComposerWindow::mentionsAttachment(QStringLiteral("Ich habe sie angehängt")));
    QVERIFY(ComposerWindow::mentionsAttachment(QStringLiteral("Voir la pièce jointe")));
    QVERIFY(ComposerWindow::mentionsAttachment(QStringLiteral("Ci-joint le devis")));
    QVERIFY(ComposerWindow::mentionsAttachment(QStringLiteral("The contract is enclosed")));
    QVERIFY(!ComposerWindow::mentionsAttachment(QStringLiteral("We are attentive; the chapter is closed.")));

    test::MessageBoxAnswer discard(QStringLiteral("Discard"));
    composer->close();
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());
}

void TestComposerWindow::attachmentsByDropAndPaste()
{
    ComposerWindow *composer = newComposer();
    const QString path = m_dir.filePath(QStringLiteral("dropped.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("dropped bytes\n") > 0);
    file.close();

    // A file dropped on the window.
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer, &dropped);
    QCOMPARE(composer->attachments().size(), 1);
    QCOMPARE(composer->attachments().constFirst().filename, QStringLiteral("dropped.txt"));
    QCOMPARE(composer->attachments().constFirst().data, QByteArray("dropped bytes\n"));

    // An image pasted into the text (a screenshot: no text with it).
    QImage image(32, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QGuiApplication::clipboard()->setImage(image);
    auto *body = test::child<QTextEdit>(composer, "BodyEdit");
    body->setFocus();
    body->paste();
    QCOMPARE(composer->attachments().size(), 2);
    QCOMPARE(composer->attachments().at(1).filename, QStringLiteral("image.png"));
    QCOMPARE(QImage::fromData(composer->attachments().at(1).data, "PNG").size(), image.size());
    QVERIFY(body->toPlainText().isEmpty());
    auto *list = test::child<QListWidget>(composer, "AttachmentList");
    QCOMPARE(list->count(), 2);
    test::saveScreenshot(composer, QStringLiteral("composer_attachments"));

    // Removed again.
    list->setCurrentRow(0);
    QTest::mouseClick(test::child<QPushButton>(composer, "RemoveAttachmentButton"), Qt::LeftButton);
    QCOMPARE(composer->attachments().size(), 1);
    QCOMPARE(list->item(0)->toolTip(), QStringLiteral("image.png"));

    test::MessageBoxAnswer discard(QStringLiteral("Discard"));
    composer->close();
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());
}

void TestComposerWindow::closingAsksAboutUnsavedWork()
{
    ComposerWindow *composer = newComposer();
    QVERIFY(!composer->isModified());
    QTest::keyClicks(test::child<QTextEdit>(composer, "BodyEdit"), QStringLiteral("Half a thought"));
    QVERIFY(composer->isModified());
    {
        test::MessageBoxAnswer cancel(QStringLiteral("Cancel"));
        composer->close();
        QVERIFY(cancel.answered);
        QCOMPARE(cancel.objectName, QStringLiteral("UnsavedMessageBox"));
    }
    QVERIFY(composer->isVisible());
    {
        test::MessageBoxAnswer discard(QStringLiteral("Discard"));
        composer->close();
        QVERIFY(discard.answered);
    }
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());

    // Closing the main window closes its composers, asking first: Cancel keeps both open.
    ComposerWindow *pending = newComposer();
    QTest::keyClicks(test::child<QLineEdit>(pending, "SubjectField"), QStringLiteral("Unfinished"));
    {
        test::MessageBoxAnswer cancel(QStringLiteral("Cancel"));
        QVERIFY(!m_window->close());
        QVERIFY(cancel.answered);
    }
    QVERIFY(m_window->isVisible());
    QVERIFY(pending->isVisible());
    {
        test::MessageBoxAnswer discard(QStringLiteral("Discard"));
        pending->close();
    }
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());

    // An untouched composer closes without asking.
    ComposerWindow *untouched = newComposer();
    untouched->close();
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());
}

void TestComposerWindow::completesAnAddressFromTheStore()
{
    // A correspondent only this test knows, in the Inbox the window watches (IDLE).
    QVERIFY(test::waitUntilWatching(*m_window));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString address = QStringLiteral("zoe.%1@example.org").arg(tag);
    const QString subject = QStringLiteral("Completion %1").arg(tag);
    QVERIFY(test::appendMessage(m_stack, m_stack.user1, m_stack.pass1,
                                "From: Zoe Completion <" + address.toUtf8() + ">\r\nTo: " + m_stack.user1.toUtf8()
                                    + "\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: <" + tag.toUtf8()
                                    + "@example.org>\r\nDate: Sun, 29 Nov 2026 11:00:00 +0000\r\n\r\nHi.\r\n"));
    m_window->getMessages();
    QVERIFY2(test::selectMessage(*m_window, subject), "the message never showed in the list");

    ComposerWindow *composer = newComposer();
    auto *to = test::child<QLineEdit>(composer, "ToField");
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("ann@example.org, zoe.") + tag.left(6));
    auto *completer = to->findChild<ui::AddressCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    const QString offered = completer->completionModel()->index(0, 0).data().toString();
    QCOMPARE(offered, QStringLiteral("Zoe Completion <%1>").arg(address));
    test::saveScreenshot(composer, QStringLiteral("composer_completion"));
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(to->text(), QStringLiteral("ann@example.org, Zoe Completion <%1>, ").arg(address));

    test::MessageBoxAnswer discard(QStringLiteral("Discard"));
    composer->close();
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());
}

void TestComposerWindow::signatureFollowsTheFromAccount()
{
    accounts::Account alice;
    alice.email = QStringLiteral("alice@example.org");
    alice.signature = QStringLiteral("Alice\nExample Corp");
    alice.identities = {{QStringLiteral("Alice at Work"), QStringLiteral("alice@work.example")}};
    accounts::Account bob;
    bob.email = QStringLiteral("bob@example.org");
    bob.signature = QStringLiteral("Bob");
    accounts::Account carol;
    carol.email = QStringLiteral("carol@example.org");
    const std::unique_ptr<ScratchCache> scratch = scratchCache(QStringLiteral("signature"));
    QVERIFY(scratch);
    store::MailCache &cache = *scratch->cache;

    // A new message: room to write, then the signature; nothing of the user's to lose yet.
    ComposerWindow composer({alice, bob, carol}, cache);
    auto *body = test::child<QTextEdit>(&composer, "BodyEdit");
    composer.insertSignature();
    QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \nAlice\nExample Corp"));
    QVERIFY(!composer.hasUnsavedChanges());
    QTest::keyClicks(body, QStringLiteral("Hi,"));
    QCOMPARE(body->toPlainText(), QStringLiteral("Hi,\n\n-- \nAlice\nExample Corp"));
    // An identity of the account: the same account (outbox, Drafts, signature), its own address.
    QCOMPARE(test::child<QComboBox>(&composer, "FromChooser")->count(), 4);
    composer.setFromAccount(QStringLiteral("alice@work.example"));
    QCOMPARE(composer.fromAccount(), alice.email);
    QCOMPARE(composer.fromAddress().name, QStringLiteral("Alice at Work"));
    QCOMPARE(composer.fromAddress().address, QStringLiteral("alice@work.example"));
    QCOMPARE(body->toPlainText(), QStringLiteral("Hi,\n\n-- \nAlice\nExample Corp"));
    // Another From: its signature in place of the first, the user's text untouched.
    composer.setFromAccount(bob.email);
    QCOMPARE(body->toPlainText(), QStringLiteral("Hi,\n\n-- \nBob"));
    QVERIFY(composer.hasUnsavedChanges());
    composer.setFromAccount(carol.email);
    QCOMPARE(body->toPlainText(), QStringLiteral("Hi,\n\n"));
    composer.setFromAccount(alice.email);
    QVERIFY2(body->toPlainText().startsWith(QStringLiteral("Hi,\n")), qPrintable(body->toPlainText()));
    QVERIFY(body->toPlainText().endsWith(QStringLiteral("\n-- \nAlice\nExample Corp")));
    // A signature the user edited is theirs: From no longer touches it.
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Ltd"));
    composer.setFromAccount(bob.email);
    QVERIFY(body->toPlainText().endsWith(QStringLiteral("Example Corp Ltd")));

    // A reply: the signature under the user's text, above the quote.
    ComposerWindow reply({alice, bob}, cache);
    mime::MessageBuilder quoted;
    quoted.setText(QStringLiteral("On Monday, Bob wrote:\n> Lunch?\n"));
    reply.prefill(quoted);
    reply.insertSignature(ComposerWindow::SignaturePlace::AboveQuote);
    auto *replyBody = test::child<QTextEdit>(&reply, "BodyEdit");
    QCOMPARE(replyBody->toPlainText(),
             QStringLiteral("\n\n-- \nAlice\nExample Corp\n\nOn Monday, Bob wrote:\n> Lunch?\n"));
    QCOMPARE(replyBody->textCursor().position(), 0); // written above the quote

    // A draft reopened already has what it had: no signature is added, not even on a From change.
    ComposerWindow draft({alice, bob}, cache);
    mime::MessageBuilder saved;
    saved.setText(QStringLiteral("Half done"));
    saved.setMessageId("<d@example.org>");
    draft.continueDraft(saved, 7);
    draft.setFromAccount(bob.email);
    QCOMPARE(test::child<QTextEdit>(&draft, "BodyEdit")->toPlainText(), QStringLiteral("Half done"));
}

std::unique_ptr<TestComposerWindow::ScratchCache> TestComposerWindow::scratchCache(const QString &name)
{
    auto scratch = std::make_unique<ScratchCache>();
    QString error;
    if (!scratch->database.open(m_dir.filePath(name + QStringLiteral(".sqlite")), &error)) {
        qWarning("cache: %s", qPrintable(error));
        return nullptr;
    }
    scratch->cache = std::make_unique<store::MailCache>(scratch->database);
    return scratch;
}

mime::MimePart TestComposerWindow::draftOf(ComposerWindow &composer)
{
    QByteArray bytes;
    const QMetaObject::Connection connection = QObject::connect(
        &composer, &ComposerWindow::draftSaveRequested,
        [&bytes](const QString &, const sync::OutgoingMessage &draft, quint32) { bytes = draft.bytes; });
    composer.saveDraft();
    QObject::disconnect(connection);
    if (bytes.isEmpty())
        qFatal("no draft was handed on");
    return mime::MessageParser::parse(bytes);
}

void TestComposerWindow::richTextFormatsAndGoesOutWithAPlainVersion()
{
    accounts::Account alice;
    alice.email = QStringLiteral("alice@example.org");
    const std::unique_ptr<ScratchCache> scratch = scratchCache(QStringLiteral("rich"));
    QVERIFY(scratch);
    store::MailCache &cache = *scratch->cache;
    ComposerWindow composer({alice}, cache);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *body = test::child<QTextEdit>(&composer, "BodyEdit");
    auto *toolBar = test::child<QToolBar>(&composer, "FormatToolBar");
    auto *bold = test::child<QAction>(&composer, "BoldAction");
    QVERIFY(!composer.isRichText());
    QVERIFY(!toolBar->isVisible());
    QVERIFY(!bold->isEnabled());

    // Plain text: what is typed goes out as text/plain alone, and pasted HTML arrives as its text.
    QTest::keyClicks(body, QStringLiteral("plain "));
    auto *pastedHtml = new QMimeData;
    pastedHtml->setHtml(QStringLiteral("<b>pasted</b>"));
    pastedHtml->setText(QStringLiteral("pasted"));
    QGuiApplication::clipboard()->setMimeData(pastedHtml);
    body->paste();
    QCOMPARE(body->toPlainText(), QStringLiteral("plain pasted"));
    QCOMPARE(draftOf(composer).mimeType(), QByteArray("text/plain"));

    // Rich text: bold by the action, a bulleted list, a link over a word, pasted HTML without its image.
    test::child<QAction>(&composer, "RichTextAction")->trigger();
    QVERIFY(composer.isRichText());
    QVERIFY(toolBar->isVisible());
    QVERIFY(bold->isEnabled());
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" and "));
    bold->trigger();
    QTest::keyClicks(body, QStringLiteral("important"));
    bold->trigger();
    QVERIFY(!bold->isChecked());
    QTest::keyClick(body, Qt::Key_Return);
    test::child<QAction>(&composer, "BulletListAction")->trigger();
    QTest::keyClicks(body, QStringLiteral("first"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("second"));
    QVERIFY(test::child<QAction>(&composer, "BulletListAction")->isChecked());
    QTest::keyClick(body, Qt::Key_Return);
    test::child<QAction>(&composer, "BulletListAction")->trigger(); // the list ends
    QTest::keyClicks(body, QStringLiteral("Read the plan"));
    QTextCursor word = body->textCursor();
    word.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
    body->setTextCursor(word);
    composer.linkSelection(QUrl(QStringLiteral("https://example.org/plan")));
    body->moveCursor(QTextCursor::End);
    auto *clip = new QMimeData;
    clip->setHtml(QStringLiteral("<p>, with <i>style</i><img src=\"file:///etc/heron-test.png\">"
                                 "<img src=\"https://tracker.example/pixel.gif\"></p>"));
    clip->setText(QStringLiteral(", with style"));
    QGuiApplication::clipboard()->setMimeData(clip);
    body->paste();
    test::saveScreenshot(&composer, QStringLiteral("composer_rich_text"));

    const mime::MimePart message = draftOf(composer);
    QCOMPARE(message.mimeType(), QByteArray("multipart/alternative"));
    const QString text = mime::ReplyComposer::plainText(message);
    QCOMPARE(text.trimmed(),
             QStringLiteral("plain pasted and *important*\n- first\n- second\nRead the plan "
                            "<https://example.org/plan>, with /style/"));
    const QString html = message.bodyToDisplay(mime::MimePart::Preference::Html)->text();
    QVERIFY2(html.contains(QStringLiteral("font-weight:700")) || html.contains(QStringLiteral("<b>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<ul")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/plan\"")));
    QVERIFY2(!html.contains(QStringLiteral("<img")) && !html.contains(QStringLiteral("tracker.example")),
             qPrintable(html));
    // What a reader shows of the HTML is what the plain version says (no bold that leaked into later lines).
    QTextDocument shown;
    shown.setHtml(html);
    QCOMPARE(ui::RichTextDocument::plainText(shown).trimmed(), text.trimmed());

    // Back to plain text: asked first (Cancel keeps it rich), then the marks stay in the text.
    {
        test::MessageBoxAnswer cancel(QStringLiteral("Cancel"));
        test::child<QAction>(&composer, "RichTextAction")->trigger();
        QVERIFY(cancel.answered);
        QCOMPARE(cancel.objectName, QStringLiteral("PlainTextConversionBox"));
    }
    QVERIFY(composer.isRichText());
    QVERIFY(test::child<QAction>(&composer, "RichTextAction")->isChecked());
    {
        test::MessageBoxAnswer convert(QStringLiteral("Switch to Plain Text"));
        test::child<QAction>(&composer, "RichTextAction")->trigger();
        QVERIFY(convert.answered);
    }
    QVERIFY(!composer.isRichText());
    QVERIFY(!toolBar->isVisible());
    QCOMPARE(body->toPlainText(), text.trimmed());
    QCOMPARE(draftOf(composer).mimeType(), QByteArray("text/plain"));
}

void TestComposerWindow::richTextDraftReopensRichAndPreferenceChoosesTheStart()
{
    accounts::Account alice;
    alice.email = QStringLiteral("alice@example.org");
    const std::unique_ptr<ScratchCache> scratch = scratchCache(QStringLiteral("rich-draft"));
    QVERIFY(scratch);
    store::MailCache &cache = *scratch->cache;

    mime::MessageBuilder saved;
    saved.setFrom({QString(), alice.email});
    saved.setText(QStringLiteral("Keep *this*"));
    saved.setHtml(QStringLiteral("<p>Keep <b>this</b><img src=\"file:///etc/heron-test.png\"></p>"));
    saved.setMessageId("<rich-draft@example.org>");
    ComposerWindow draft({alice}, cache);
    draft.continueDraft(mime::DraftReader::read(saved.build()), 9);
    QVERIFY(draft.isRichText());
    QVERIFY(test::child<QAction>(&draft, "RichTextAction")->isChecked());
    auto *body = test::child<QTextEdit>(&draft, "BodyEdit");
    QCOMPARE(body->toPlainText(), QStringLiteral("Keep this"));
    QVERIFY(!body->toHtml().contains(QStringLiteral("<img")));
    QVERIFY(!draft.hasUnsavedChanges());

    // The Preferences' choice is where a new message starts.
    QCOMPARE(PreferencesDialog::composeRichText(*m_profile), false);
    ComposerWindow *plain = newComposer();
    QVERIFY(!plain->isRichText());
    plain->close();
    {
        PreferencesDialog preferences(*m_profile);
        test::child<QCheckBox>(&preferences, "ComposeRichText")->setChecked(true);
    }
    QVERIFY(PreferencesDialog::composeRichText(*m_profile));
    ComposerWindow *rich = newComposer();
    QVERIFY(rich->isRichText());
    rich->close();
    QSettings(m_profile->settingsFile(), QSettings::IniFormat).remove(QStringLiteral("composing/richText"));
    QTRY_VERIFY(m_window->composerManager()->composers().isEmpty());
}

QTEST_MAIN(TestComposerWindow)
#include "tst_composer_window.moc"
