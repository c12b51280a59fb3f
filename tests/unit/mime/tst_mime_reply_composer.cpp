#include "mime/envelope.h"
#include "mime/flowed_text.h"
#include "mime/header_fields.h"
#include "mime/message_parser.h"
#include "mime/reply_composer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace heron::mime;

using Mailboxes = QList<Mailbox>;

namespace {

QByteArray corpus(const char *name)
{
    QFile file(QStringLiteral(HERON_SOURCE_DIR "/tests/data/mime/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Mailbox box(const char *name, const char *address)
{
    return {QString::fromUtf8(name), QString::fromUtf8(address)};
}

} // namespace

class TestMimeReplyComposer : public QObject
{
    Q_OBJECT

private slots:
    void replySubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Re: Hello");
        QTest::newRow("already a reply") << QStringLiteral("Re: Hello") << QStringLiteral("Re: Hello");
        QTest::newRow("stacked") << QStringLiteral("RE: Re: re:Hello") << QStringLiteral("Re: Hello");
        QTest::newRow("counted") << QStringLiteral("Re[2]: Hello") << QStringLiteral("Re: Hello");
        QTest::newRow("space before colon") << QStringLiteral("Re : Hello") << QStringLiteral("Re: Hello");
        QTest::newRow("German") << QStringLiteral("AW: Hello") << QStringLiteral("Re: Hello");
        QTest::newRow("forward kept") << QStringLiteral("Re: Fwd: Hello") << QStringLiteral("Re: Fwd: Hello");
        QTest::newRow("word starting with re") << QStringLiteral("Report: Q3") << QStringLiteral("Re: Report: Q3");
        QTest::newRow("empty") << QString() << QStringLiteral("Re: ");
    }

    void replySubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        QCOMPARE(ReplyComposer::replySubject(subject), expected);
    }

    void hugeSubjectsStayLinear()
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(ReplyComposer::replySubject(QStringLiteral("Re: ").repeated(100000) + QLatin1Char('x')),
                 QStringLiteral("Re: x"));
        const QString flowed = FlowedText::encode(QStringLiteral("word ").repeated(200000));
        QCOMPARE(flowed.count(QLatin1Char('\n')), 200000 / 15);
        QCOMPARE(ReplyComposer::plainText(MessageParser::parse("Content-Type: text/html\n\n" + QByteArray(200000, '&')))
                     .size(),
                 200000);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void forwardSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Fwd: Hello");
        QTest::newRow("Outlook") << QStringLiteral("FW: Hello") << QStringLiteral("Fwd: Hello");
        QTest::newRow("stacked") << QStringLiteral("Fwd: Fwd: Hello") << QStringLiteral("Fwd: Hello");
        QTest::newRow("German") << QStringLiteral("WG: Hello") << QStringLiteral("Fwd: Hello");
        QTest::newRow("reply kept") << QStringLiteral("Re: Hello") << QStringLiteral("Fwd: Re: Hello");
    }

    void forwardSubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        QCOMPARE(ReplyComposer::forwardSubject(subject), expected);
    }

    void replyRecipients_data()
    {
        QTest::addColumn<Mailboxes>("from");
        QTest::addColumn<Mailboxes>("replyTo");
        QTest::addColumn<Mailboxes>("to");
        QTest::addColumn<Mailboxes>("cc");
        QTest::addColumn<bool>("all");
        QTest::addColumn<Mailboxes>("expectedTo");
        QTest::addColumn<Mailboxes>("expectedCc");

        const Mailbox alice = box("Alice", "alice@example.com");
        const Mailbox me = box("Me", "me@example.org");
        const Mailbox meOtherCase = box("Me", "ME@Example.org");
        const Mailbox alias = box("Me too", "alias@example.org");
        const Mailbox bob = box("Bob", "bob@example.com");
        const Mailbox carol = box("Carol", "carol@example.com");
        const Mailbox list = box("List", "list@lists.example.com");

        QTest::newRow("reply") << Mailboxes {alice} << Mailboxes {} << Mailboxes {me, bob} << Mailboxes {carol} << false
                               << Mailboxes {alice} << Mailboxes {};
        QTest::newRow("reply to Reply-To") << Mailboxes {alice} << Mailboxes {list} << Mailboxes {me} << Mailboxes {}
                                           << false << Mailboxes {list} << Mailboxes {};
        QTest::newRow("reply all") << Mailboxes {alice} << Mailboxes {} << Mailboxes {me, bob}
                                   << Mailboxes {carol, alias} << true << Mailboxes {alice, bob} << Mailboxes {carol};
        QTest::newRow("reply all, own address in another case")
            << Mailboxes {alice} << Mailboxes {} << Mailboxes {meOtherCase} << Mailboxes {bob} << true
            << Mailboxes {alice} << Mailboxes {bob};
        QTest::newRow("reply all, duplicates")
            << Mailboxes {alice} << Mailboxes {} << Mailboxes {alice, bob} << Mailboxes {bob, carol} << true
            << Mailboxes {alice, bob} << Mailboxes {carol};
        QTest::newRow("reply to own sent message") << Mailboxes {me} << Mailboxes {} << Mailboxes {bob}
                                                   << Mailboxes {carol} << false << Mailboxes {bob} << Mailboxes {};
        QTest::newRow("reply all to own sent message")
            << Mailboxes {me} << Mailboxes {} << Mailboxes {bob, me} << Mailboxes {carol} << true << Mailboxes {bob}
            << Mailboxes {carol};
        QTest::newRow("only Cc left") << Mailboxes {me} << Mailboxes {} << Mailboxes {alias} << Mailboxes {carol}
                                      << true << Mailboxes {carol} << Mailboxes {};
    }

    void replyRecipients()
    {
        QFETCH(Mailboxes, from);
        QFETCH(Mailboxes, replyTo);
        QFETCH(Mailboxes, to);
        QFETCH(Mailboxes, cc);
        QFETCH(bool, all);
        QFETCH(Mailboxes, expectedTo);
        QFETCH(Mailboxes, expectedCc);
        Envelope original;
        original.from = from;
        original.replyTo = replyTo;
        original.to = to;
        original.cc = cc;
        Mailboxes actualTo;
        Mailboxes actualCc;
        ReplyComposer::replyRecipients(
            original, all ? ReplyComposer::Recipients::All : ReplyComposer::Recipients::Sender,
            {QStringLiteral("me@example.org"), QStringLiteral("alias@example.org")}, &actualTo, &actualCc);
        QCOMPARE(actualTo, expectedTo);
        QCOMPARE(actualCc, expectedCc);
    }

    void quote()
    {
        Envelope original;
        original.from = {box("Alice", "alice@example.com")};
        original.date = QDateTime(QDate(2020, 7, 22), QTime(8, 56, 20), Qt::OffsetFromUTC, -7 * 3600);
        QCOMPARE(ReplyComposer::quote(original, QStringLiteral("Hello\r\n\r\n> earlier\nBye\n")),
                 QStringLiteral("On 2020-07-22 08:56, Alice wrote:\n> Hello\n>\n>> earlier\n> Bye"));
        original.date = {};
        original.from = {box("", "alice@example.com")};
        QCOMPARE(ReplyComposer::quote(original, QStringLiteral("x")), QStringLiteral("alice@example.com wrote:\n> x"));
    }

    void plainText_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");

        QTest::newRow("flowed") << QByteArray(
            "Content-Type: text/plain; format=flowed\n\nA long \nline\n> quoted \n> more")
                                << QStringLiteral("A long line\n> quoted more");
        QTest::newRow("flowed delsp") << QByteArray("Content-Type: text/plain; format=flowed; delsp=yes\n\n"
                                                    "Donau\ndampf \nschiff")
                                      << QStringLiteral("Donau\ndampfschiff");
        QTest::newRow("html only") << QByteArray("Content-Type: text/html\n\n<html><head><style>p {color: red}"
                                                 "</style></head><body><p>Hello &amp; welcome</p>"
                                                 "<p>Second<br>line &#8364;5</p></body></html>")
                                   << QStringLiteral("Hello & welcome\nSecond\nline €5");
        QTest::newRow("CRLF") << QByteArray("Content-Type: text/plain\r\n\r\na\r\nb") << QStringLiteral("a\nb");
    }

    void plainText()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        QCOMPARE(ReplyComposer::plainText(MessageParser::parse(message)), expected);
    }

    void replyToOutlookMessage()
    {
        const MimePart original = MessageParser::parse(corpus("outlook_html_attachment.eml"));
        const Mailbox me = box("Team Vertrieb", "vertrieb@example.de");
        const QByteArray built = ReplyComposer::reply(original, me, ReplyComposer::Recipients::All,
                                                      {QStringLiteral("vertrieb@example.de")})
                                     .build();
        const MimePart reply = MessageParser::parse(built);
        const Envelope envelope = Envelope::fromHeaders(reply.headers);
        QCOMPARE(envelope.subject.value_or(QString()), QStringLiteral("Re: Q3 Überblick"));
        QCOMPARE(envelope.from, Mailboxes {me});
        QCOMPARE(envelope.to,
                 (Mailboxes {box("Müller, Hans", "hans.mueller@example.de"), box("Jörg Schäfer", "joerg@example.de")}));
        QCOMPARE(envelope.cc, (Mailboxes {box("", "chef@example.de")}));
        const QByteArray parentId = "<AM0PR01MB1234ABCD@AM0PR01MB1234.eurprd01.prod.outlook.com>";
        QCOMPARE(envelope.inReplyTo, parentId);
        QCOMPARE(envelope.references, QByteArrayList {parentId});
        const QString text = ReplyComposer::plainText(reply);
        QVERIFY2(text.startsWith(QStringLiteral("On 2020-10-06 09:14, Müller, Hans wrote:\n> Hallo zusammen,\n>\n"
                                                "> anbei der Überblick für Q3. Umsatz: 1.200 € “vorläufig”.")),
                 qPrintable(text));
    }

    void referencesGrow()
    {
        const MimePart original = MessageParser::parse("From: a@example.com\nSubject: Re: x\n"
                                                       "Message-ID: <3@x>\nIn-Reply-To: <2@x>\n"
                                                       "References: <1@x> <2@x>\n\nbody");
        const Envelope envelope = Envelope::fromHeaders(
            MessageParser::parse(
                ReplyComposer::reply(original, box("", "b@example.com"), ReplyComposer::Recipients::Sender, {}).build())
                .headers);
        QCOMPARE(envelope.subject.value_or(QString()), QStringLiteral("Re: x"));
        QCOMPARE(envelope.inReplyTo, QByteArray("<3@x>"));
        QCOMPARE(envelope.references, (QByteArrayList {"<1@x>", "<2@x>", "<3@x>"}));
    }

    void forwardInlineKeepsAttachments()
    {
        const MimePart original = MessageParser::parse(corpus("rfc2231_filenames.eml"));
        const MimePart forward
            = MessageParser::parse(ReplyComposer::forwardInline(original, box("Me", "me@example.org")).build());
        QCOMPARE(Envelope::fromHeaders(forward.headers).subject.value_or(QString()),
                 QStringLiteral("Fwd: Attachments with awkward names"));
        const QString text = ReplyComposer::plainText(forward);
        QVERIFY2(text.contains(QStringLiteral("-------- Forwarded Message --------\nSubject: Attachments with awkward "
                                              "names\nDate: Thu, 1 Oct 2020 10:00:00 +0200\nFrom: files@example.com\n"
                                              "To: you@example.com\n\nFive files.")),
                 qPrintable(text));
        const QList<const MimePart *> before = original.attachments();
        const QList<const MimePart *> after = forward.attachments();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i)->filename, before.at(i)->filename);
            QCOMPARE(after.at(i)->mimeType(), before.at(i)->mimeType());
            QCOMPARE(after.at(i)->body, before.at(i)->body);
        }
    }

    void forwardAsAttachment_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("ascii message goes as it is") << QStringLiteral("nested_forward.eml") << QByteArray("7bit");
        QTest::newRow("8-bit message without 8BITMIME")
            << QStringLiteral("koi8r_mailing_list.eml") << QByteArray("base64");
    }

    void forwardAsAttachment()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, encoding);
        const QByteArray originalBytes = corpus(file.toLatin1().constData());
        const MimePart original = MessageParser::parse(originalBytes);
        const MimePart forward = MessageParser::parse(
            ReplyComposer::forwardAsAttachment(originalBytes, box("", "me@example.org")).build());
        const QList<const MimePart *> attachments = forward.attachments();
        QCOMPARE(attachments.size(), 1);
        const MimePart &attached = *attachments.constFirst();
        QCOMPARE(attached.mimeType(), QByteArray("message/rfc822"));
        QCOMPARE(attached.encoding, encoding);
        const QString subject = Envelope::fromHeaders(original.headers, original.charset).subject.value_or(QString());
        QCOMPARE(attached.filename,
                 QString(subject).replace(QLatin1Char(':'), QLatin1Char('_')) + QStringLiteral(".eml"));
        QCOMPARE(Envelope::fromHeaders(forward.headers).subject.value_or(QString()),
                 ReplyComposer::forwardSubject(subject));
        const MimePart &inner = attached.children.constFirst();
        QCOMPARE(Envelope::fromHeaders(inner.headers, inner.charset).subject.value_or(QString()), subject);
        QCOMPARE(inner.leaves().size(), original.leaves().size());
        for (qsizetype i = 0; i < original.leaves().size(); ++i)
            QCOMPARE(inner.leaves().at(i)->text(), original.leaves().at(i)->text());
    }
};

QTEST_GUILESS_MAIN(TestMimeReplyComposer)
#include "tst_mime_reply_composer.moc"
