// sync::ConnectionTest against the stack's own ports (no CLIENTID gate):
// with the stack's CA every step passes over implicit TLS and over STARTTLS,
// CLIENTID is reported as not offered; a wrong password fails the login and
// SMTP in words; without the CA the TLS step names the certificate problem
// and skips the rest.
#include "accounts/profile.h"
#include "mail_stack.h"
#include "sync/connection_test.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heron;
using Step = sync::ConnectionTest::Step;
using State = sync::ConnectionTest::State;

namespace {

struct Outcome
{
    QHash<Step, State> states;
    QHash<Step, QString> texts;
    bool allPassed = false;
};

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
        qputenv("HERON_SECRET_BACKEND", "file");
        const auto profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(profile, qPrintable(error));
        m_profile = profile;
    }

    void everyStepPasses_data()
    {
        QTest::addColumn<bool>("startTls");
        QTest::newRow("implicit TLS") << false;
        QTest::newRow("STARTTLS") << true;
    }

    void everyStepPasses()
    {
        QFETCH(bool, startTls);
        accounts::Account account = stackAccount(startTls);
        const Outcome outcome = run(account, m_stack.pass1);
        QVERIFY2(outcome.allPassed, qPrintable(QStringList(outcome.texts.values()).join(QLatin1Char('\n'))));
        for (const Step step : {Step::Tls, Step::ClientId, Step::Login, Step::Smtp})
            QCOMPARE(outcome.states.value(step), State::Passed);
        QVERIFY2(outcome.texts.value(Step::ClientId).contains(QStringLiteral("does not offer CLIENTID")),
                 qPrintable(outcome.texts.value(Step::ClientId)));
    }

    void wrongPasswordIsSaid()
    {
        const Outcome outcome = run(stackAccount(false), QStringLiteral("not the password"));
        QVERIFY(!outcome.allPassed);
        QCOMPARE(outcome.states.value(Step::Tls), State::Passed);
        QCOMPARE(outcome.states.value(Step::Login), State::Failed);
        QCOMPARE(outcome.states.value(Step::Smtp), State::Failed);
        QVERIFY(!outcome.texts.value(Step::Login).isEmpty());
    }

    void unknownCaIsExplainedAndTheRestSkipped()
    {
        accounts::Account account = stackAccount(false);
        account.caFile.clear();
        sync::ConnectionTest test(*m_profile);
        const Outcome outcome = run(account, m_stack.pass1, &test);
        QCOMPARE(outcome.states.value(Step::Tls), State::Failed);
        QVERIFY2(outcome.texts.value(Step::Tls).contains(QStringLiteral("does not trust")),
                 qPrintable(outcome.texts.value(Step::Tls)));
        for (const Step step : {Step::ClientId, Step::Login, Step::Smtp})
            QCOMPARE(outcome.states.value(step), State::Skipped);
        QVERIFY(!test.rejectedCertificates().isEmpty());
        QCOMPARE(test.rejectedCertificates().constFirst().sha256.size(), 32);
    }

private:
    accounts::Account stackAccount(bool startTls) const
    {
        accounts::Account account;
        account.email = m_stack.user1;
        account.caFile = m_stack.caFile;
        const auto security = startTls ? accounts::Security::StartTls : accounts::Security::Tls;
        account.imap = {QStringLiteral("localhost"), startTls ? m_stack.imapPort : m_stack.imapsPort, security};
        account.smtp
            = {QStringLiteral("localhost"), startTls ? m_stack.submissionPort : m_stack.submissionsPort, security};
        return account;
    }

    Outcome run(const accounts::Account &account, const QString &password, sync::ConnectionTest *given = nullptr)
    {
        sync::ConnectionTest own(*m_profile);
        sync::ConnectionTest *test = given ? given : &own;
        Outcome outcome;
        connect(test, &sync::ConnectionTest::stepChanged, this,
                [&outcome](Step step, State state, const QString &text) {
                    outcome.states.insert(step, state);
                    outcome.texts.insert(step, text);
                });
        QSignalSpy finished(test, &sync::ConnectionTest::finished);
        test->start(account, password);
        if (!finished.wait(30000))
            qFatal("the connection test never finished");
        outcome.allPassed = finished.constFirst().constFirst().toBool();
        return outcome;
    }

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    std::optional<accounts::Profile> m_profile;
};

QTEST_MAIN(TestConnectionTest)
#include "tst_connection_test.moc"
