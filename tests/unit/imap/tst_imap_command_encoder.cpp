#include "imap/command_encoder.h"

#include <QTest>

using heron::imap::CommandEncoder;
using heron::imap::SequenceSet;
using Caps = CommandEncoder::Capabilities;

Q_DECLARE_METATYPE(heron::imap::CommandEncoder::Capabilities)

namespace {

Caps plain()
{
    return Caps {};
}

Caps utf8()
{
    return Caps {false, false, true};
}

} // namespace

class TestImapCommandEncoder : public QObject
{
    Q_OBJECT

private slots:
    void astring_data()
    {
        QTest::addColumn<Caps>("caps");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QList<QByteArray>>("parts");

        QTest::newRow("atom") << plain() << QByteArray("INBOX") << QList<QByteArray> {"t1 X INBOX\r\n"};
        QTest::newRow("']' is an ASTRING-CHAR") << plain() << QByteArray("a]b") << QList<QByteArray> {"t1 X a]b\r\n"};
        QTest::newRow("space needs quotes")
            << plain() << QByteArray("hello world") << QList<QByteArray> {"t1 X \"hello world\"\r\n"};
        QTest::newRow("quote and backslash escaped")
            << plain() << QByteArray("a\"b\\c") << QList<QByteArray> {"t1 X \"a\\\"b\\\\c\"\r\n"};
        QTest::newRow("empty") << plain() << QByteArray("") << QList<QByteArray> {"t1 X \"\"\r\n"};
        QTest::newRow("list wildcard") << plain() << QByteArray("50%") << QList<QByteArray> {"t1 X \"50%\"\r\n"};
        QTest::newRow("parentheses") << plain() << QByteArray("(x)") << QList<QByteArray> {"t1 X \"(x)\"\r\n"};
        QTest::newRow("8-bit without UTF8=ACCEPT: literal") << plain()
                                                            << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                                          "e")
                                                            << QList<QByteArray> {"t1 X {7}\r\n",
                                                                                  "Gr\xc3\xbc\xc3\x9f"
                                                                                  "e\r\n"};
        QTest::newRow("UTF-8 with UTF8=ACCEPT: quoted") << utf8()
                                                        << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                                      "e")
                                                        << QList<QByteArray> {"t1 X \"Gr\xc3\xbc\xc3\x9f"
                                                                              "e\"\r\n"};
        QTest::newRow("invalid UTF-8 with UTF8=ACCEPT: literal")
            << utf8() << QByteArray("\xff") << QList<QByteArray> {"t1 X {1}\r\n", "\xff\r\n"};
        QTest::newRow("line break: literal")
            << plain() << QByteArray("two\r\nlines") << QList<QByteArray> {"t1 X {10}\r\n", "two\r\nlines\r\n"};
    }

    void astring()
    {
        QFETCH(Caps, caps);
        QFETCH(QByteArray, value);
        QFETCH(QList<QByteArray>, parts);
        const auto command = CommandEncoder("t1", caps).token("X").astring(value).finish();
        QCOMPARE(command.parts, parts);
        QCOMPARE(command.needsContinuation(), parts.size() > 1);
        QCOMPARE(command.tag, QByteArray("t1"));
    }

    void literals_data()
    {
        QTest::addColumn<Caps>("caps");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("waits");

        QTest::newRow("synchronising") << plain() << qsizetype(5) << QByteArray("{5}\r\n") << true;
        QTest::newRow("LITERAL+") << Caps {true, false, false} << qsizetype(100000) << QByteArray("{100000+}\r\n")
                                  << false;
        QTest::newRow("LITERAL- small") << Caps {false, true, false} << qsizetype(4096) << QByteArray("{4096+}\r\n")
                                        << false;
        QTest::newRow("LITERAL- large") << Caps {false, true, false} << qsizetype(4097) << QByteArray("{4097}\r\n")
                                        << true;
        QTest::newRow("empty literal") << plain() << qsizetype(0) << QByteArray("{0}\r\n") << true;
    }

    void literals()
    {
        QFETCH(Caps, caps);
        QFETCH(qsizetype, size);
        QFETCH(QByteArray, header);
        QFETCH(bool, waits);
        const QByteArray data(size, 'm');
        const auto command = CommandEncoder("a", caps).token("APPEND").mailbox(u"Drafts").literal(data).finish();
        const QByteArray start = "a APPEND Drafts " + header;
        if (waits)
            QCOMPARE(command.parts, (QList<QByteArray> {start, data + "\r\n"}));
        else
            QCOMPARE(command.parts, QList<QByteArray> {start + data + "\r\n"});
    }

    void everySynchronisingLiteralCutsTheCommand()
    {
        const auto command = CommandEncoder("a1", plain()).token("LOGIN").string("al\nice").string("p\"w\r").finish();
        QCOMPARE(command.parts, (QList<QByteArray> {"a1 LOGIN {6}\r\n", "al\nice {4}\r\n", "p\"w\r\r\n"}));
    }

    void longStringsGoAsLiterals()
    {
        const QByteArray quotable(CommandEncoder::kMaxQuotedLength, 'x');
        QCOMPARE(CommandEncoder("a", plain()).string(quotable).finish().parts.size(), 1);
        const QByteArray tooLong(CommandEncoder::kMaxQuotedLength + 1, 'x');
        QCOMPARE(CommandEncoder("a", plain()).string(tooLong).finish().parts.first(), QByteArray("a {1025}\r\n"));
    }

    void mailboxNames_data()
    {
        QTest::addColumn<Caps>("caps");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("wire");

        QTest::newRow("INBOX any case") << plain() << QStringLiteral("inbox") << QByteArray("INBOX");
        QTest::newRow("modified UTF-7") << plain() << QStringLiteral(u"Entwürfe") << QByteArray("Entw&APw-rfe");
        QTest::newRow("RFC 3501 example")
            << plain() << QStringLiteral(u"~peter/mail/台北/日本語") << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        QTest::newRow("ampersand") << plain() << QStringLiteral("Tom & Jerry") << QByteArray("\"Tom &- Jerry\"");
        QTest::newRow("space") << plain() << QStringLiteral("Sent Items") << QByteArray("\"Sent Items\"");
        QTest::newRow("UTF8=ACCEPT") << utf8() << QStringLiteral(u"Entwürfe") << QByteArray("\"Entw\xc3\xbcrfe\"");
        QTest::newRow("UTF8=ACCEPT keeps '&'") << utf8() << QStringLiteral("R&D") << QByteArray("R&D");
    }

    void mailboxNames()
    {
        QFETCH(Caps, caps);
        QFETCH(QString, name);
        QFETCH(QByteArray, wire);
        QCOMPARE(CommandEncoder("s", caps).token("SELECT").mailbox(name).finish().parts,
                 QList<QByteArray> {"s SELECT " + wire + "\r\n"});
    }

    void wholeCommands_data()
    {
        QTest::addColumn<QByteArray>("built");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("UID FETCH with compact UID set")
            << CommandEncoder("t5", plain())
                   .token("UID")
                   .token("FETCH")
                   .sequenceSet(SequenceSet::fromNumbers({10, 1, 2, 3, 5, 9}))
                   .beginList()
                   .token("UID")
                   .token("FLAGS")
                   .token("BODY.PEEK[HEADER.FIELDS (FROM)]")
                   .endList()
                   .finish()
                   .parts.join()
            << QByteArray("t5 UID FETCH 1:3,5,9:10 (UID FLAGS BODY.PEEK[HEADER.FIELDS (FROM)])\r\n");
        QTest::newRow("UID STORE, empty and nested lists")
            << CommandEncoder("t6", plain())
                   .token("UID")
                   .token("STORE")
                   .sequenceSet(SequenceSet::fromRange(4, 5))
                   .token("+FLAGS.SILENT")
                   .beginList()
                   .token("\\Seen")
                   .beginList()
                   .endList()
                   .endList()
                   .finish()
                   .parts.join()
            << QByteArray("t6 UID STORE 4:5 +FLAGS.SILENT (\\Seen ())\r\n");
        QTest::newRow("numbers")
            << CommandEncoder("t7", plain()).token("X").number(0).number(18446744073709551615ull).finish().parts.join()
            << QByteArray("t7 X 0 18446744073709551615\r\n");
        QTest::newRow("a token cannot inject a line")
            << CommandEncoder("t8", Caps {true, false, false}).token("NOOP\r\nt9 DELETE INBOX").finish().parts.join()
            << QByteArray("t8 {21+}\r\nNOOP\r\nt9 DELETE INBOX\r\n");
    }

    void wholeCommands()
    {
        QFETCH(QByteArray, built);
        QFETCH(QByteArray, expected);
        QCOMPARE(built, expected);
    }
};

QTEST_GUILESS_MAIN(TestImapCommandEncoder)
#include "tst_imap_command_encoder.moc"
