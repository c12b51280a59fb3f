#include "identity/registration_link.h"

#include <QTest>

using heron::accounts::MailProtocol;
using heron::identity::ClientIdServerStatus;
using heron::identity::RegistrationLink;

class TestRegistrationLink : public QObject
{
    Q_OBJECT

private:
    static ClientIdServerStatus status(MailProtocol protocol, const QString &reply, int minute)
    {
        ClientIdServerStatus result;
        result.protocol = protocol;
        result.host = QStringLiteral("mail.example.test");
        result.advertised = true;
        result.lastReply = reply;
        result.at = QDateTime(QDate(2026, 11, 29), QTime(9, minute), Qt::UTC);
        return result;
    }

private slots:
    void fromReply_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("expected"); // empty: no link

        // The provider gate's own wording (tests/servers/clientid_gate.py).
        QTest::newRow("imap NO from the gate")
            << QStringLiteral("NO [ALERT] device not registered; approve it at "
                              "https://mail.example.test/devices?token=3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f")
            << QStringLiteral("https://mail.example.test/devices?token=3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f");
        QTest::newRow("smtp 550, sentence ends with a full stop")
            << QStringLiteral("550 5.7.1 Unknown device. Register it at https://portal.example.com/register.")
            << QStringLiteral("https://portal.example.com/register");
        QTest::newRow("in angle brackets") << QStringLiteral("NO Register this device: <https://example.org/d?x=1>")
                                           << QStringLiteral("https://example.org/d?x=1");
        QTest::newRow("in parentheses") << QStringLiteral("NO unknown device (see https://example.org/devices), sorry")
                                        << QStringLiteral("https://example.org/devices");
        QTest::newRow("parenthesis of the path kept")
            << QStringLiteral("NO see https://example.org/wiki/Device_(mail).")
            << QStringLiteral("https://example.org/wiki/Device_(mail)");
        QTest::newRow("in quotes") << QStringLiteral("NO \"https://example.org/a\"")
                                   << QStringLiteral("https://example.org/a");
        QTest::newRow("scheme in capitals")
            << QStringLiteral("NO go to HTTPS://Example.org/Devices") << QStringLiteral("https://example.org/Devices");
        QTest::newRow("first of two") << QStringLiteral("NO https://one.example/a or https://two.example/b")
                                      << QStringLiteral("https://one.example/a");
        QTest::newRow("port and fragment") << QStringLiteral("NO https://example.org:8443/dev#new")
                                           << QStringLiteral("https://example.org:8443/dev#new");

        QTest::newRow("no link") << QStringLiteral("NO device not registered") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain http is not offered")
            << QStringLiteral("NO register at http://example.org/devices") << QString();
        QTest::newRow("http skipped, https taken") << QStringLiteral("NO http://example.org/a or https://example.org/b")
                                                   << QStringLiteral("https://example.org/b");
        QTest::newRow("user info looks like another site")
            << QStringLiteral("NO register at https://bank.example@evil.example/devices") << QString();
        QTest::newRow("no host") << QStringLiteral("NO register at https:///devices") << QString();
        QTest::newRow("scheme only") << QStringLiteral("NO https://") << QString();
        QTest::newRow("javascript is not a link") << QStringLiteral("NO javascript:alert(1)") << QString();
        QTest::newRow("bad link skipped, good one taken")
            << QStringLiteral("NO https://a@b.example/x then https://c.example/y")
            << QStringLiteral("https://c.example/y");
    }

    void fromReply()
    {
        QFETCH(QString, reply);
        QFETCH(QString, expected);
        const QUrl url = RegistrationLink::fromReply(reply);
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        } else {
            QVERIFY(url.isValid());
            QCOMPARE(url.toString(), expected);
            QCOMPARE(url.scheme(), QStringLiteral("https"));
        }
    }

    void fromStatusesTakesTheNewestReplyWithALink()
    {
        QCOMPARE(RegistrationLink::fromStatuses({}), QUrl());
        ClientIdServerStatus neverSent = status(MailProtocol::Imap, QString(), 0);
        neverSent.lastReply.reset();
        QCOMPARE(RegistrationLink::fromStatuses({neverSent}), QUrl());

        const ClientIdServerStatus older
            = status(MailProtocol::Imap, QStringLiteral("NO [ALERT] register at https://old.example/d"), 1);
        const ClientIdServerStatus newer
            = status(MailProtocol::Smtp, QStringLiteral("550 5.7.1 register at https://new.example/d"), 2);
        const ClientIdServerStatus newestWithout = status(MailProtocol::Imap, QStringLiteral("OK accepted"), 3);
        QCOMPARE(RegistrationLink::fromStatuses({older, newer, newestWithout}),
                 QUrl(QStringLiteral("https://new.example/d")));
        QCOMPARE(RegistrationLink::fromStatuses({newer, older}), QUrl(QStringLiteral("https://new.example/d")));
        QCOMPARE(RegistrationLink::fromStatuses({older, neverSent}), QUrl(QStringLiteral("https://old.example/d")));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationLink)
#include "tst_registration_link.moc"
