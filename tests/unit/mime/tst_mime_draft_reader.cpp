// DraftReader: what MessageBuilder writes as a draft comes back as the same
// builder fields (Bcc from its header, long flowed lines joined, non-ASCII
// subject and names, threading headers, attachments byte for byte, an attached
// message whole); drafts another client wrote (HTML only, no Message-ID) still
// give their text.
#include "mime/draft_reader.h"
#include "mime/message_builder.h"
#include "mime/message_parser.h"
#include "mime/reply_composer.h"

#include <QTest>

using heron::mime::DraftReader;
using heron::mime::Mailbox;
using heron::mime::MessageBuilder;

class TestMimeDraftReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        MessageBuilder draft;
        draft.setFrom({QStringLiteral("Zoë Ærø"), QStringLiteral("zoe@example.test")});
        draft.setTo({{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}});
        draft.setCc({{QString(), QStringLiteral("carol@example.test")}});
        draft.setBcc({{QStringLiteral("Dave, the boss"), QStringLiteral("dave@example.test")}});
        draft.setSubject(QStringLiteral("Über the plan — draft"));
        draft.setMessageId("<draft.42@example.test>");
        draft.setInReplyTo("<parent@example.test>");
        draft.setReferences({"<root@example.test>", "<parent@example.test>"});
        const QString text = QStringLiteral("Hello Bob,\n\n") + QString(40, QLatin1Char('x')) + QLatin1Char(' ')
            + QStringLiteral("a line much longer than seventy-eight characters that format=flowed has to wrap "
                             "and join again\n> not a quote of ours, typed by the user\n\nZoë\n");
        draft.setText(text);
        QByteArray binary(3000, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 7);
        draft.addAttachment({QStringLiteral("plan ü.bin"), binary, "application/octet-stream"});
        draft.setBccInHeader(true);
        const QByteArray bytes = draft.build();
        QVERIFY(bytes.contains("\r\nBcc: "));

        const MessageBuilder read = DraftReader::read(bytes);
        QCOMPARE(read.from().address, QStringLiteral("zoe@example.test"));
        QCOMPARE(read.from().name, QStringLiteral("Zoë Ærø"));
        QCOMPARE(read.to().size(), 1);
        QCOMPARE(read.to().constFirst().address, QStringLiteral("bob@example.test"));
        QCOMPARE(read.cc().constFirst().address, QStringLiteral("carol@example.test"));
        QCOMPARE(read.bcc().size(), 1);
        QCOMPARE(read.bcc().constFirst().name, QStringLiteral("Dave, the boss"));
        QCOMPARE(read.bcc().constFirst().address, QStringLiteral("dave@example.test"));
        QCOMPARE(read.subject(), draft.subject());
        QCOMPARE(read.messageId(), QByteArray("<draft.42@example.test>"));
        QCOMPARE(read.inReplyTo(), QByteArray("<parent@example.test>"));
        QCOMPARE(read.references(), draft.references());
        QCOMPARE(read.text(), text);
        QCOMPARE(read.attachments().size(), 1);
        QCOMPARE(read.attachments().constFirst().filename, QStringLiteral("plan ü.bin"));
        QCOMPARE(read.attachments().constFirst().data, binary);
    }

    void bccStaysOutOfASentMessage()
    {
        MessageBuilder message;
        message.setFrom({QString(), QStringLiteral("zoe@example.test")});
        message.setBcc({{QString(), QStringLiteral("dave@example.test")}});
        QVERIFY(!message.build().contains("Bcc:"));
        QVERIFY(DraftReader::read(message.build()).bcc().isEmpty());
    }

    void attachedMessageComesBackWhole()
    {
        const QByteArray inner = "From: eve@example.test\r\nSubject: inner\r\nMessage-ID: <inner@example.test>\r\n"
                                 "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n"
                                 "\r\ninner text\r\n--b--\r\n";
        MessageBuilder draft;
        draft.setFrom({QString(), QStringLiteral("zoe@example.test")});
        draft.setText(QStringLiteral("See the attached message.\n"));
        draft.addAttachment({QStringLiteral("inner.eml"), inner, "message/rfc822"});
        const MessageBuilder read = DraftReader::read(draft.build());
        QCOMPARE(read.attachments().size(), 1);
        QCOMPARE(read.attachments().constFirst().mimeType, QByteArray("message/rfc822"));
        QCOMPARE(read.attachments().constFirst().data, inner);

        // Forwarding inline keeps it too, now that the parser can keep its bytes.
        const auto parsed
            = heron::mime::MessageParser::parse(draft.build(), heron::mime::MessageParser::AttachedMessages::KeepBytes);
        const MessageBuilder forward
            = heron::mime::ReplyComposer::forwardInline(parsed, {QString(), QStringLiteral("zoe@example.test")});
        QCOMPARE(forward.attachments().size(), 1);
        QCOMPARE(forward.attachments().constFirst().data, inner);
        // Without KeepBytes the parser keeps only the parts, and the message is left out rather than sent empty.
        QVERIFY(heron::mime::ReplyComposer::attachmentsOf(heron::mime::MessageParser::parse(draft.build())).isEmpty());
    }

    void otherClientsHtmlDraftGivesItsText()
    {
        const QByteArray html = "From: Zoe <zoe@example.test>\r\nTo: bob@example.test\r\nSubject: html draft\r\n"
                                "Content-Type: text/html; charset=utf-8\r\n\r\n<p>Hello <b>Bob</b></p><p>Bye</p>\r\n";
        const MessageBuilder read = DraftReader::read(html);
        QVERIFY(read.messageId().isEmpty()); // the composer makes a new one and replaces the copy by UID
        QCOMPARE(read.to().constFirst().address, QStringLiteral("bob@example.test"));
        QVERIFY2(read.text().contains(QStringLiteral("Hello Bob")), qPrintable(read.text()));
        QVERIFY(read.text().contains(QStringLiteral("Bye")));
        // ... and its HTML, so the composer reopens it rich.
        QVERIFY2(read.html().contains(QStringLiteral("<b>Bob</b>")), qPrintable(read.html()));
    }

    void richDraftKeepsItsHtml()
    {
        MessageBuilder draft;
        draft.setFrom({QString(), QStringLiteral("zoe@example.test")});
        draft.setText(QStringLiteral("Hello *Bob*\n"));
        const QString html = QStringLiteral("<html><body><p>Hello <b>Bob</b> — über</p></body></html>");
        draft.setHtml(html);
        draft.addAttachment({QStringLiteral("a.txt"), "attached", "text/plain"});
        const MessageBuilder read = DraftReader::read(draft.build());
        QCOMPARE(read.text(), QStringLiteral("Hello *Bob*\n"));
        QCOMPARE(read.html().trimmed(), html);
        QCOMPARE(read.attachments().size(), 1);
    }

    void plainDraftHasNoHtml()
    {
        MessageBuilder draft;
        draft.setFrom({QString(), QStringLiteral("zoe@example.test")});
        draft.setText(QStringLiteral("<b>not markup</b>\n"));
        const MessageBuilder read = DraftReader::read(draft.build());
        QVERIFY(read.html().isEmpty());
        QCOMPARE(read.text(), QStringLiteral("<b>not markup</b>\n"));
    }
};

QTEST_GUILESS_MAIN(TestMimeDraftReader)
#include "tst_mime_draft_reader.moc"
