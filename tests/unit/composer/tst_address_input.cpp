// AddressInput: typed address lists split outside quotes and brackets, the
// last entry found for completion, invalid entries named, names formatted.
#include "mime/address_input.h"

#include <QTest>

using heron::mime::AddressInput;
using heron::mime::Mailbox;

class TestAddressInput : public QObject
{
    Q_OBJECT

private slots:
    void entries()
    {
        QCOMPARE(AddressInput::entries(QStringLiteral(" a@x.org, \"Smith, Jo\" <jo@y.org>; <b@z.org> ,, ")),
                 (QStringList {QStringLiteral("a@x.org"), QStringLiteral("\"Smith, Jo\" <jo@y.org>"),
                               QStringLiteral("<b@z.org>")}));
        QVERIFY(AddressInput::entries(QStringLiteral("  ,  ")).isEmpty());
    }

    void lastEntryStart()
    {
        QCOMPARE(AddressInput::lastEntryStart(QStringLiteral("bo")), 0);
        QCOMPARE(AddressInput::lastEntryStart(QStringLiteral("a@x.org,  bo")), 10);
        QCOMPARE(AddressInput::lastEntryStart(QStringLiteral("\"Smith, Jo\" <jo")), 0);
        QCOMPARE(AddressInput::lastEntryStart(QStringLiteral("a@x.org, ")), 9);
    }

    void parseNamesInvalid()
    {
        QStringList invalid;
        const QList<Mailbox> parsed = AddressInput::parse(
            QStringLiteral("Ann <ann@example.org>, bob@localhost, bob@@example.org, just words, x@-bad-.org, c@d."),
            &invalid);
        QCOMPARE(parsed,
                 (QList<Mailbox> {{QStringLiteral("Ann"), QStringLiteral("ann@example.org")},
                                  {QString(), QStringLiteral("bob@localhost")}}));
        QCOMPARE(invalid,
                 (QStringList {QStringLiteral("bob@@example.org"), QStringLiteral("just words"),
                               QStringLiteral("x@-bad-.org"), QStringLiteral("c@d.")}));
    }

    void format()
    {
        QCOMPARE(AddressInput::format({QString(), QStringLiteral("a@x.org")}), QStringLiteral("a@x.org"));
        QCOMPARE(AddressInput::format({QStringLiteral("Ann Lee"), QStringLiteral("a@x.org")}),
                 QStringLiteral("Ann Lee <a@x.org>"));
        QCOMPARE(AddressInput::format({QStringLiteral("Smith, \"Jo\""), QStringLiteral("j@x.org")}),
                 QStringLiteral("\"Smith, \\\"Jo\\\"\" <j@x.org>"));
        // What format() writes reads back as the same mailbox.
        QStringList invalid;
        QCOMPARE(AddressInput::parse(QStringLiteral("\"Smith, \\\"Jo\\\"\" <j@x.org>"), &invalid),
                 (QList<Mailbox> {{QStringLiteral("Smith, \"Jo\""), QStringLiteral("j@x.org")}}));
        QVERIFY(invalid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAddressInput)
#include "tst_address_input.moc"
