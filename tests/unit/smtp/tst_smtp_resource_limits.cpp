// Hostile SMTP servers against SmtpSession's limits: a reply line of 16 MB
// and a multi-line reply that never ends. Both must fail the session with a
// Protocol error in words, before any credential or CLIENTID token is sent.
#include "smtp_scripted_fixture.h"

using heron::smtp::SmtpError;
using heron::smtp::SmtpSession;
using heron::test::openSession;
using heron::test::SmtpBehaviour;
using heron::test::SmtpFixture;

class TestSmtpResourceLimits : public QObject
{
    Q_OBJECT

private slots:
    void hostileEhloReply_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("words");
        QTest::newRow("16 MB line") << "250 " + QByteArray(16 * 1024 * 1024, 'a') << QStringLiteral("line");
        QByteArray endless;
        for (int i = 0; i < 20'000; ++i)
            endless += "250-EXTENSION" + QByteArray::number(i) + "\r\n";
        QTest::newRow("endless multi-line reply") << endless + "250 last" << QStringLiteral("lines");
    }

    void hostileEhloReply()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, words);
        SmtpBehaviour behaviour;
        behaviour.ehloReply = reply;
        SmtpFixture fixture(behaviour);
        SmtpSession session(fixture.settings());
        SmtpError error;
        QVERIFY(!openSession(session, &error));
        qInfo("%s", qPrintable(error.message.left(300))); // the words the user would read
        QCOMPARE(error.kind, SmtpError::Kind::Protocol);
        QVERIFY2(error.message.contains(words, Qt::CaseInsensitive), qPrintable(error.message.left(300)));
        QCOMPARE(fixture.server().indexOf("AUTH"), -1);
        QCOMPARE(fixture.server().indexOf("CLIENTID"), -1);
    }
};

QTEST_GUILESS_MAIN(TestSmtpResourceLimits)
#include "tst_smtp_resource_limits.moc"
