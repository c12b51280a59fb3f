#include "mime/address_parser.h"

#include <QElapsedTimer>
#include <QTest>

using heron::mime::AddressParser;
using heron::mime::Mailbox;

using Mailboxes = QList<Mailbox>;

namespace QTest {
template<>
char *toString(const Mailboxes &mailboxes)
{
    QStringList parts;
    for (const Mailbox &mailbox : mailboxes)
        parts << QStringLiteral("[%1|%2]").arg(mailbox.name, mailbox.address);
    return qstrdup(parts.join(QLatin1Char(' ')).toUtf8().constData());
}
} // namespace QTest

class TestMimeAddressParser : public QObject
{
    Q_OBJECT

private:
    static Mailbox box(const QString &name, const QString &address) { return {name, address}; }

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Mailboxes>("expected");

        QTest::newRow("bare") << QByteArray("a@b.example") << Mailboxes {box({}, QStringLiteral("a@b.example"))};
        QTest::newRow("name and angle") << QByteArray("John Doe <jd@x.example>")
                                        << Mailboxes {box(QStringLiteral("John Doe"), QStringLiteral("jd@x.example"))};
        QTest::newRow("quoted name with comma")
            << QByteArray("\"Doe, John\" <jd@x.example>, a@b.example")
            << Mailboxes {box(QStringLiteral("Doe, John"), QStringLiteral("jd@x.example")),
                          box({}, QStringLiteral("a@b.example"))};
        QTest::newRow("quoted-pairs in name")
            << QByteArray("\"Joe \\\"the Pro\\\" Smith\" <j@x.example>")
            << Mailboxes {box(QStringLiteral("Joe \"the Pro\" Smith"), QStringLiteral("j@x.example"))};
        QTest::newRow("encoded-word") << QByteArray("=?utf-8?q?J=C3=BCrgen?= <j@x.example>")
                                      << Mailboxes {box(QStringLiteral("Jürgen"), QStringLiteral("j@x.example"))};
        QTest::newRow("encoded-word inside quotes")
            << QByteArray("\"=?utf-8?q?J=C3=BCrgen_M=C3=BCller?=\" <j@x.example>")
            << Mailboxes {box(QStringLiteral("Jürgen Müller"), QStringLiteral("j@x.example"))};
        QTest::newRow("encoded-word holding a comma")
            << QByteArray("=?utf-8?Q?M=C3=BCller,_Hans?= <h@x.example>, b@c.example")
            << Mailboxes {box(QStringLiteral("Müller, Hans"), QStringLiteral("h@x.example")),
                          box({}, QStringLiteral("b@c.example"))};
        QTest::newRow("adjacent encoded-words")
            << QByteArray("=?utf-8?B?5pel5pys?= =?utf-8?B?6Kqe?= <n@x.example>")
            << Mailboxes {box(QStringLiteral("日本語"), QStringLiteral("n@x.example"))};
        QTest::newRow("encoded-word next to plain word")
            << QByteArray("Dr. =?iso-8859-1?q?J=FCrgen?= Schmidt <j@x.example>")
            << Mailboxes {box(QStringLiteral("Dr. Jürgen Schmidt"), QStringLiteral("j@x.example"))};
        QTest::newRow("comment as name") << QByteArray("jd@x.example (John Doe)")
                                         << Mailboxes {box(QStringLiteral("John Doe"), QStringLiteral("jd@x.example"))};
        QTest::newRow("nested comment as name")
            << QByteArray("jd@x.example (John (Johnny) Doe)")
            << Mailboxes {box(QStringLiteral("John (Johnny) Doe"), QStringLiteral("jd@x.example"))};
        QTest::newRow("comment inside phrase")
            << QByteArray("John (nickname) Doe <jd@x.example>")
            << Mailboxes {box(QStringLiteral("John Doe"), QStringLiteral("jd@x.example"))};
        QTest::newRow("RFC 5322 A.5 comments")
            << QByteArray("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>")
            << Mailboxes {box(QStringLiteral("Pete"), QStringLiteral("pete@silly.test"))};
        QTest::newRow("initials") << QByteArray("John Q. Public <jqp@x.example>")
                                  << Mailboxes {box(QStringLiteral("John Q. Public"), QStringLiteral("jqp@x.example"))};
        QTest::newRow("undisclosed recipients") << QByteArray("undisclosed-recipients:;") << Mailboxes {};
        QTest::newRow("undisclosed recipients with space") << QByteArray("undisclosed-recipients: ;") << Mailboxes {};
        QTest::newRow("RFC 5322 A.1.3 group")
            << QByteArray("A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;, after@x.example")
            << Mailboxes {box(QStringLiteral("Ed Jones"), QStringLiteral("c@a.test")),
                          box({}, QStringLiteral("joe@where.test")),
                          box(QStringLiteral("John"), QStringLiteral("jdoe@one.test")),
                          box({}, QStringLiteral("after@x.example"))};
        QTest::newRow("obsolete route") << QByteArray("Relay <@relay1.example,@relay2.example:user@host.example>")
                                        << Mailboxes {
                                               box(QStringLiteral("Relay"), QStringLiteral("user@host.example"))};
        QTest::newRow("obsolete spaces around dots")
            << QByteArray("john . doe @ example . com") << Mailboxes {box({}, QStringLiteral("john.doe@example.com"))};
        QTest::newRow("IDN domain") << QByteArray("j@xn--bcher-kva.example")
                                    << Mailboxes {box({}, QStringLiteral("j@bücher.example"))};
        QTest::newRow("EAI UTF-8") << QByteArray(
            "J\xc3\xbcrgen <j\xc3\xbcrgen@b\xc3\xbc"
            "cher.example>") << Mailboxes {box(QStringLiteral("Jürgen"), QStringLiteral("jürgen@bücher.example"))};
        QTest::newRow("EAI CJK") << QByteArray("\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.\xe5\xb9\xbf"
                                               "\xe5\x91\x8a")
                                 << Mailboxes {box({}, QStringLiteral("用户@例子.广告"))};
        QTest::newRow("quoted local part kept when needed")
            << QByteArray("\"john doe\"@example.com")
            << Mailboxes {box({}, QStringLiteral("\"john doe\"@example.com"))};
        QTest::newRow("needless quotes dropped")
            << QByteArray("\"john.doe\"@example.com") << Mailboxes {box({}, QStringLiteral("john.doe@example.com"))};
        QTest::newRow("null address") << QByteArray("<>") << Mailboxes {box({}, {})};
        QTest::newRow("empty") << QByteArray() << Mailboxes {};
        QTest::newRow("stray commas") << QByteArray(",, a@b.example ,,")
                                      << Mailboxes {box({}, QStringLiteral("a@b.example"))};
        QTest::newRow("name without address")
            << QByteArray("Undisclosed recipients") << Mailboxes {box(QStringLiteral("Undisclosed recipients"), {})};
        QTest::newRow("unclosed angle") << QByteArray("John <jd@x.example")
                                        << Mailboxes {box(QStringLiteral("John"), QStringLiteral("jd@x.example"))};
        QTest::newRow("unquoted address as name")
            << QByteArray("a@b.example <a@b.example>")
            << Mailboxes {box(QStringLiteral("a@b.example"), QStringLiteral("a@b.example"))};
        QTest::newRow("empty quoted name")
            << QByteArray("\"\" <a@b.example>") << Mailboxes {box({}, QStringLiteral("a@b.example"))};
        QTest::newRow("local only") << QByteArray("root") << Mailboxes {box({}, QStringLiteral("root"))};
    }

    void parse()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Mailboxes, expected);
        QCOMPARE(AddressParser::parse(raw), expected);
    }

    void fallbackCharsetForRawNames()
    {
        const Mailboxes parsed = AddressParser::parse("\xf0\xd2\xc9\xd7\xc5\xd4 <p@x.example>", "koi8-r");
        QCOMPARE(parsed, (Mailboxes {box(QStringLiteral("Привет"), QStringLiteral("p@x.example"))}));
    }

    void hostileInputIsLinear_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("many addresses") << QByteArray("\"N, M\" <a@b.example>, ").repeated(5000);
        QTest::newRow("open comments") << QByteArray("(").repeated(100000);
        QTest::newRow("open quotes") << QByteArray("a\"").repeated(50000);
        QTest::newRow("encoded-word starts") << QByteArray("=?a?q?,").repeated(20000);
        QTest::newRow("angles") << QByteArray("<<<<>").repeated(20000);
        QTest::newRow("colons") << QByteArray(":;").repeated(50000);
    }

    void hostileInputIsLinear()
    {
        QFETCH(QByteArray, raw);
        QElapsedTimer timer;
        timer.start();
        AddressParser::parse(raw);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMimeAddressParser)
#include "tst_mime_address_parser.moc"
