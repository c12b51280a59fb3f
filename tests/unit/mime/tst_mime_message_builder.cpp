#include "mime/address_parser.h"
#include "mime/content_header.h"
#include "mime/envelope.h"
#include "mime/flowed_text.h"
#include "mime/header_decoder.h"
#include "mime/header_encoder.h"
#include "mime/header_fields.h"
#include "mime/message_builder.h"
#include "mime/message_parser.h"

#include <QTest>

using namespace heron::mime;

using Mailboxes = QList<Mailbox>;

namespace {

QByteArrayList lines(const QByteArray &message)
{
    QByteArrayList out = message.split('\n');
    for (QByteArray &line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return out;
}

// The value part of a single folded field produced by HeaderEncoder::field.
QByteArray fieldValue(const QByteArray &field)
{
    return HeaderFields::parse(field).fields().value(0).value;
}

QString normalized(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace

class TestMimeMessageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void subjectEncoding_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QByteArray>("exact"); // empty: only the properties are checked

        QTest::newRow("ascii stays plain")
            << QStringLiteral("Lunch on Friday?") << QByteArray("Subject: Lunch on Friday?\r\n");
        QTest::newRow("only the non-ASCII word is encoded")
            << QStringLiteral("Re: Grüße") << QByteArray("Subject: Re: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n");
        QTest::newRow("CJK uses B") << QStringLiteral("中文") << QByteArray("Subject: =?UTF-8?B?5Lit5paH?=\r\n");
        QTest::newRow("mostly ASCII word uses Q")
            << QStringLiteral("Café") << QByteArray("Subject: =?UTF-8?Q?Caf=C3=A9?=\r\n");
        QTest::newRow("adjacent non-ASCII words share a word") << QStringLiteral("Grüße aus Köln") << QByteArray();
        QTest::newRow("looks like an encoded-word") << QStringLiteral("what =?x?q?y?= means") << QByteArray();
        QTest::newRow("long ASCII folds") << QStringLiteral("word ").repeated(40).trimmed() << QByteArray();
        QTest::newRow("long CJK")
            << QStringLiteral("会议纪要：第三季度预算和第四季度计划的讨论结果以及下一步的工作安排").repeated(3)
            << QByteArray();
        QTest::newRow("RTL") << QStringLiteral("مرحبا بالعالم / שלום עולם") << QByteArray();
        QTest::newRow("emoji") << QStringLiteral("Party 🎉🎉🎉 tonight 🍕") << QByteArray();
        QTest::newRow("header injection") << QStringLiteral("Hi\r\nBcc: evil@example.com") << QByteArray();
        QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray();
        QTest::newRow("very long word") << QStringLiteral("x").repeated(200) << QByteArray();
        QTest::newRow("double spaces kept") << QStringLiteral("a  b") << QByteArray("Subject: a  b\r\n");
    }

    void subjectEncoding()
    {
        QFETCH(QString, subject);
        QFETCH(QByteArray, exact);
        const QByteArray field = HeaderEncoder::field("Subject", HeaderEncoder::text(subject));
        if (!exact.isEmpty())
            QCOMPARE(field, exact);
        for (const QByteArray &line : lines(field))
            QVERIFY2(line.size() <= 78, line.constData());
        QVERIFY(field.endsWith("\r\n"));
        QVERIFY(!field.chopped(2).contains("\n\r") && !field.contains("\n\n"));
        for (qsizetype i = field.indexOf('\n'); i >= 0 && i + 1 < field.size(); i = field.indexOf('\n', i + 1))
            QVERIFY2(field.at(i + 1) == ' ', field.constData()); // every inner line break is a fold
        for (const char c : field)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        // Line breaks inside a subject can only be shown as spaces.
        QCOMPARE(HeaderDecoder::decodeText(fieldValue(field)),
                 QString(subject).remove(QLatin1Char('\r')).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }

    void phraseEncoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("exact");

        QTest::newRow("atoms") << QStringLiteral("John Doe") << QByteArray("To: John Doe <jd@example.com>\r\n");
        QTest::newRow("specials are quoted")
            << QStringLiteral("Doe, John \"JD\"") << QByteArray("To: \"Doe, John \\\"JD\\\"\" <jd@example.com>\r\n");
        QTest::newRow("non-ASCII") << QStringLiteral("Müller, Hans") << QByteArray();
        QTest::newRow("CJK") << QStringLiteral("王小明") << QByteArray();
        QTest::newRow("no name") << QString() << QByteArray("To: jd@example.com\r\n");
    }

    void phraseEncoding()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, exact);
        const Mailboxes mailboxes {{name, QStringLiteral("jd@example.com")}};
        const QByteArray field = HeaderEncoder::field("To", HeaderEncoder::mailboxes(mailboxes));
        if (!exact.isEmpty())
            QCOMPARE(field, exact);
        QCOMPARE(AddressParser::parse(fieldValue(field)), mailboxes);
    }

    void addressListFolds()
    {
        Mailboxes many;
        for (int i = 0; i < 30; ++i)
            many.append({QStringLiteral("Person %1 Ünïcode").arg(i), QStringLiteral("p%1@example.com").arg(i)});
        many.append({QString(), QStringLiteral("jürgen@bücher.example")});
        const QByteArray field = HeaderEncoder::field("To", HeaderEncoder::mailboxes(many));
        for (const QByteArray &line : lines(field))
            QVERIFY2(line.size() <= 78, line.constData());
        QVERIFY(field.contains("@xn--bcher-kva.example"));
        QCOMPARE(AddressParser::parse(fieldValue(field)), many);
    }

    void parameters_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::newRow("ascii") << QStringLiteral("report.pdf");
        QTest::newRow("ascii with quotes") << QStringLiteral("my \"best\" file.txt");
        QTest::newRow("latin") << QStringLiteral("résumé.pdf");
        QTest::newRow("long non-ASCII") << QStringLiteral(
            "Übersicht der Quartalszahlen für das Geschäftsjahr 2020 — endgültig.xlsx");
        QTest::newRow("CJK") << QStringLiteral("会议纪要第三季度预算和第四季度计划的讨论结果.docx");
        QTest::newRow("RTL") << QStringLiteral("تقرير.pdf");
        QTest::newRow("very long ascii") << QStringLiteral("a").repeated(150) + QStringLiteral(".txt");
    }

    void parameters()
    {
        QFETCH(QString, filename);
        const QByteArray field = HeaderEncoder::contentField("Content-Disposition", "attachment",
                                                             {{"filename", filename}, {"size", QStringLiteral("3")}});
        for (const QByteArray &line : lines(field))
            QVERIFY2(line.size() <= 78, line.constData());
        const ContentHeader parsed = ContentHeader::parse(fieldValue(field));
        QCOMPARE(parsed.value, QByteArray("attachment"));
        QCOMPARE(parsed.parameter("filename"), filename);
        QCOMPARE(parsed.parameter("size"), QStringLiteral("3"));
    }

    void flowed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded"); // empty: only the round trip is checked

        QTest::newRow("short") << QStringLiteral("Hello\nWorld") << QStringLiteral("Hello\nWorld");
        QTest::newRow("trailing spaces removed") << QStringLiteral("Hello   \nWorld") << QStringLiteral("Hello\nWorld");
        QTest::newRow("signature separator kept")
            << QStringLiteral("Text\n-- \nAlice") << QStringLiteral("Text\n-- \nAlice");
        QTest::newRow("From is stuffed") << QStringLiteral("From here on") << QStringLiteral(" From here on");
        QTest::newRow("leading space is stuffed") << QStringLiteral(" indented") << QStringLiteral("  indented");
        QTest::newRow("long line wraps") << QStringLiteral("word ").repeated(30).trimmed()
                                         << QStringLiteral("word ").repeated(15) + QLatin1Char('\n')
                + QStringLiteral("word ").repeated(14) + QStringLiteral("word");
        QTest::newRow("quote keeps its marks")
            << QStringLiteral("> ") + QStringLiteral("quoted ").repeated(15).trimmed() << QString();
        QTest::newRow("nested quote") << QStringLiteral(">> deep\n> shallow\nreply")
                                      << QStringLiteral(">> deep\n> shallow\nreply");
        QTest::newRow("empty quoted line") << QStringLiteral("> a\n>\n> b") << QStringLiteral("> a\n>\n> b");
        QTest::newRow("overlong word") << QStringLiteral("x").repeated(100) + QStringLiteral(" end") << QString();
        QTest::newRow("CJK without spaces") << QStringLiteral("会议").repeated(60) << QString();
    }

    void flowed()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        const QString actual = FlowedText::encode(text);
        if (!encoded.isEmpty())
            QCOMPARE(actual, encoded);
        for (const QString &line : actual.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 78 || !line.trimmed().contains(QLatin1Char(' ')), qPrintable(line));
        QCOMPARE(FlowedText::decode(actual), text.replace(QStringLiteral("   \n"), QStringLiteral("\n")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Mailbox>("from");
        QTest::addColumn<Mailboxes>("to");
        QTest::addColumn<Mailboxes>("cc");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("attachmentNames");
        QTest::addColumn<bool>("eightBit");

        const Mailbox alice {QStringLiteral("Alice Example"), QStringLiteral("alice@example.com")};
        const Mailboxes bob {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
        QTest::newRow("ascii") << alice << bob << Mailboxes {} << QStringLiteral("Lunch on Friday?")
                               << QStringLiteral("Hi Bob,\n\nLunch on Friday?\n\n-- \nAlice") << QString()
                               << QStringList {} << false;
        QTest::newRow("utf-8") << Mailbox {QStringLiteral("Jürgen Weiß"), QStringLiteral("juergen@example.de")}
                               << Mailboxes {{QStringLiteral("Zoë"), QStringLiteral("zoe@example.fr")}}
                               << Mailboxes {{QStringLiteral("Doe, John"), QStringLiteral("jd@example.com")}}
                               << QStringLiteral("Grüße aus Köln — à bientôt")
                               << QStringLiteral("Schöne Grüße!\nEin sehr langer Satz, der bestimmt über die "
                                                 "Grenze von achtundsiebzig Zeichen hinausgeht und umbrochen wird.")
                               << QString() << QStringList {} << false;
        QTest::newRow("utf-8, 8bit allowed") << alice << bob << Mailboxes {} << QStringLiteral("Café")
                                             << QStringLiteral("Crème brûlée") << QString() << QStringList {} << true;
        QTest::newRow("CJK") << Mailbox {QStringLiteral("王小明"), QStringLiteral("xiaoming@example.cn")}
                             << Mailboxes {{QStringLiteral("山田 太郎"), QStringLiteral("taro@example.jp")}}
                             << Mailboxes {}
                             << QStringLiteral("会议纪要：第三季度预算和第四季度计划的讨论结果以及下一步的工作安排")
                             << QStringLiteral("大家好，\n\n附件是第三季度预算草案，请在周五前回复。").repeated(4)
                             << QStringLiteral("<p>大家好</p>") << QStringList {QStringLiteral("预算草案.xlsx")}
                             << false;
        QTest::newRow("RTL") << Mailbox {QStringLiteral("أحمد"), QStringLiteral("ahmad@example.sa")}
                             << Mailboxes {{QStringLiteral("שרה"), QStringLiteral("sara@example.il")}} << Mailboxes {}
                             << QStringLiteral("مرحبا / שלום") << QStringLiteral("مرحبا بالعالم\nשלום עולם")
                             << QStringLiteral("<p dir=\"rtl\">مرحبا</p>") << QStringList {} << false;
        QTest::newRow("attachments with non-ASCII names")
            << alice << bob << Mailboxes {} << QStringLiteral("Files") << QStringLiteral("> quoted line\nSee attached.")
            << QString()
            << QStringList {QStringLiteral("résumé.pdf"),
                            QStringLiteral("Übersicht der Quartalszahlen für das "
                                           "Geschäftsjahr 2020 — endgültig.txt"),
                            QStringLiteral("照片.png"), QStringLiteral("plain.txt")}
            << false;
    }

    void roundTrip()
    {
        QFETCH(Mailbox, from);
        QFETCH(Mailboxes, to);
        QFETCH(Mailboxes, cc);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QStringList, attachmentNames);
        QFETCH(bool, eightBit);

        const Mailboxes bcc {{QStringLiteral("Secret"), QStringLiteral("hidden@example.net")}};
        const QDateTime date(QDate(2020, 7, 22), QTime(8, 56, 20), Qt::OffsetFromUTC, -7 * 3600);
        MessageBuilder builder;
        builder.setFrom(from);
        builder.setTo(to);
        builder.setCc(cc);
        builder.setBcc(bcc);
        builder.setSubject(subject);
        builder.setDate(date);
        builder.setInReplyTo("<parent@example.com>");
        builder.setReferences({"<root@example.com>", "<parent@example.com>"});
        builder.setText(text);
        builder.setHtml(html);
        builder.setEightBitAllowed(eightBit);
        QList<QByteArray> attachmentData;
        for (qsizetype i = 0; i < attachmentNames.size(); ++i) {
            QByteArray data(int(100 + i * 1000), Qt::Uninitialized);
            for (qsizetype k = 0; k < data.size(); ++k)
                data[k] = static_cast<char>((k * 31 + i) & 0xff);
            attachmentData.append(data);
            builder.addAttachment({attachmentNames.at(i), data, {}});
        }
        const QByteArray message = builder.build();

        for (const QByteArray &line : lines(message))
            QVERIFY2(line.size() <= 78, line.constData());
        QVERIFY(!message.contains("hidden@example.net"));
        QVERIFY(!message.contains("Bcc"));
        QVERIFY(builder.envelopeRecipients().contains(QStringLiteral("hidden@example.net")));
        if (!eightBit) {
            for (const char c : message)
                QVERIFY(static_cast<unsigned char>(c) < 0x80);
        }

        const MimePart root = MessageParser::parse(message);
        const Envelope envelope = Envelope::fromHeaders(root.headers);
        QCOMPARE(envelope.subject.value_or(QString()), subject);
        QCOMPARE(envelope.from, Mailboxes {from});
        QCOMPARE(envelope.to, to);
        QCOMPARE(envelope.cc, cc);
        QVERIFY(envelope.bcc.isEmpty());
        QCOMPARE(envelope.date, date);
        QCOMPARE(envelope.date.offsetFromUtc(), -7 * 3600);
        QVERIFY(envelope.messageId.endsWith("@" + from.address.section(QLatin1Char('@'), 1).toUtf8() + ">"));
        QCOMPARE(envelope.inReplyTo, QByteArray("<parent@example.com>"));
        QCOMPARE(envelope.references, (QByteArrayList {"<root@example.com>", "<parent@example.com>"}));
        QCOMPARE(root.headers.value("MIME-Version"), QByteArray("1.0"));

        const MimePart *plain = root.bodyToDisplay(MimePart::Preference::PlainText);
        QVERIFY(plain);
        QCOMPARE(plain->parameters.value("format"), QStringLiteral("flowed"));
        QCOMPARE(normalized(FlowedText::decode(plain->text())), normalized(text));
        if (eightBit)
            QCOMPARE(plain->encoding, QByteArray("8bit"));
        if (!html.isEmpty()) {
            const MimePart *rich = root.bodyToDisplay(MimePart::Preference::Html);
            QCOMPARE(rich->mimeType(), QByteArray("text/html"));
            QCOMPARE(normalized(rich->text()), html);
        }

        const QList<const MimePart *> attachments = root.attachments();
        QCOMPARE(attachments.size(), attachmentNames.size());
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QCOMPARE(attachments.at(i)->filename, attachmentNames.at(i));
            QCOMPARE(attachments.at(i)->body, attachmentData.at(i));
            QCOMPARE(attachments.at(i)->disposition, QByteArray("attachment"));
        }
    }

    void attachmentTypesComeFromTheMimeDatabase()
    {
        MessageBuilder builder;
        builder.setFrom({QString(), QStringLiteral("a@example.com")});
        builder.setText(QStringLiteral("x"));
        builder.addAttachment({QStringLiteral("report.pdf"), QByteArray("%PDF-1.4\n"), {}});
        builder.addAttachment({QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n"), {}});
        builder.addAttachment({QStringLiteral("data"), QByteArray("\x00\x01\x02", 3), {}});
        builder.addAttachment({QStringLiteral("forced.bin"), QByteArray("x"), QByteArray("application/x-custom")});
        const MimePart root = MessageParser::parse(builder.build());
        const QList<const MimePart *> attachments = root.attachments();
        QCOMPARE(attachments.size(), 4);
        QCOMPARE(attachments.at(0)->mimeType(), QByteArray("application/pdf"));
        QCOMPARE(attachments.at(1)->mimeType(), QByteArray("image/png"));
        QCOMPARE(attachments.at(2)->mimeType(), QByteArray("application/octet-stream"));
        QCOMPARE(attachments.at(3)->mimeType(), QByteArray("application/x-custom"));
    }

    void messageIdUsesTheSendersDomain_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("plain") << QStringLiteral("a@example.com") << QByteArray("@example.com>");
        QTest::newRow("IDN") << QStringLiteral("a@bücher.example") << QByteArray("@xn--bcher-kva.example>");
        QTest::newRow("no domain") << QStringLiteral("nobody") << QByteArray("@heron.invalid>");
    }

    void messageIdUsesTheSendersDomain()
    {
        QFETCH(QString, sender);
        QFETCH(QByteArray, suffix);
        const QByteArray id = MessageBuilder::generateMessageId(sender);
        QVERIFY2(id.startsWith('<') && id.endsWith(suffix), id.constData());
        QVERIFY(id != MessageBuilder::generateMessageId(sender));
    }

    void bodyEncodingChoice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("eightBit");
        QTest::addColumn<QByteArray>("encoding");

        QTest::newRow("ascii") << QStringLiteral("plain") << false << QByteArray("7bit");
        QTest::newRow("latin, no 8bit") << QStringLiteral("Crème brûlée") << false << QByteArray("quoted-printable");
        QTest::newRow("latin, 8bit") << QStringLiteral("Crème brûlée") << true << QByteArray("8bit");
        QTest::newRow("CJK, no 8bit") << QStringLiteral("大家好，附件是第三季度预算草案") << false
                                      << QByteArray("base64");
        QTest::newRow("long unbreakable line")
            << QStringLiteral("x").repeated(1200) << true << QByteArray("quoted-printable");
    }

    void bodyEncodingChoice()
    {
        QFETCH(QString, text);
        QFETCH(bool, eightBit);
        QFETCH(QByteArray, encoding);
        MessageBuilder builder;
        builder.setFrom({QString(), QStringLiteral("a@example.com")});
        builder.setText(text);
        builder.setEightBitAllowed(eightBit);
        const QByteArray message = builder.build();
        for (const QByteArray &line : lines(message))
            QVERIFY(line.size() <= 998);
        const MimePart root = MessageParser::parse(message);
        QCOMPARE(root.encoding, encoding);
        QCOMPARE(normalized(FlowedText::decode(root.text())), text);
    }
};

QTEST_GUILESS_MAIN(TestMimeMessageBuilder)
#include "tst_mime_message_builder.moc"
