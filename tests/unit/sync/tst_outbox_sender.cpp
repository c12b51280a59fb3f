// OutboxSender's decisions against a scripted SMTP server, for what the real
// Postfix of the integration test cannot be made to do: a 421 in the middle
// of a session, a connection dropped after the end of DATA before the reply,
// CLIENTID and AUTH refusals, temporary refusals. Each case checks what the
// outbox holds afterwards.
#include "smtp_scripted_fixture.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "store/outbox.h"
#include "sync/outbox_sender.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using heron::identity::ClientIdServerStatus;
using heron::smtp::SmtpError;
using heron::store::Outbox;
using heron::sync::OutboxSender;
using heron::test::ScriptedServer;
using heron::test::TestCertificates;

namespace {

constexpr int kWaitMs = 20000;

using Behaviour = heron::test::SmtpBehaviour;
using SmtpServer = heron::test::SmtpFixture;

QByteArray message(const QByteArray &id)
{
    return "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: test\r\nMessage-ID: " + id
        + "\r\n\r\nHello.\r\n";
}

// A cache database with one account and its outbox.
class Fixture
{
public:
    Fixture()
    {
        QString error;
        if (!m_database.open(m_directory.filePath(QStringLiteral("cache.sqlite")), &error))
            qFatal("cannot open the database: %s", qPrintable(error));
        m_outbox = std::make_unique<Outbox>(m_database);
        m_accountId = *heron::store::MailCache(m_database).accountId(QStringLiteral("alice@example.test"), &error);
    }

    Outbox &outbox() { return *m_outbox; }
    qint64 accountId() const { return m_accountId; }
    qint64 otherAccountId()
    {
        QString error;
        return *heron::store::MailCache(m_database).accountId(QStringLiteral("carol@example.test"), &error);
    }

    qint64 enqueue(const QByteArray &id, const QByteArrayList &recipients = {"bob@example.test"},
                   std::optional<qint64> account = std::nullopt)
    {
        QString error;
        const auto entry = m_outbox->enqueue(account.value_or(m_accountId), id, "alice@example.test", recipients,
                                             message(id), &error);
        if (!entry)
            qFatal("enqueue failed: %s", qPrintable(error));
        return *entry;
    }

    std::optional<Outbox::Entry> entry(qint64 id) { return m_outbox->entry(id); }

    // Runs a sender against server to its end.
    std::unique_ptr<OutboxSender> run(ScriptedServer &server, bool includeDeferred = false)
    {
        heron::accounts::Account account;
        account.email = QStringLiteral("alice@example.test");
        account.smtp = {QStringLiteral("localhost"), server.serverPort(), heron::accounts::Security::Tls};
        account.imap = {QStringLiteral("localhost"), 1, heron::accounts::Security::Tls};
        account.serverSavesSent = true; // no IMAP here; the integration test covers the copy in Sent
        heron::net::TlsPolicy tls;
        QString error;
        tls.addCaFile(TestCertificates::instance().caFile(), &error);
        auto sender = std::make_unique<OutboxSender>(account, QStringLiteral("secret"), tls,
                                                     QStringLiteral("3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f"),
                                                     m_accountId, *m_outbox);
        sender->setIncludeDeferred(includeDeferred);
        QSignalSpy finished(sender.get(), &OutboxSender::finished);
        sender->start();
        if (!sender->isFinished() && !finished.wait(kWaitMs))
            qWarning("the sender did not finish");
        return sender;
    }

private:
    QTemporaryDir m_directory;
    heron::store::Database m_database;
    std::unique_ptr<Outbox> m_outbox;
    qint64 m_accountId = 0;
};

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(TestCertificates::instance().isValid()); }

    void deliversEveryDueEntryOverOneConnection()
    {
        Fixture fixture;
        fixture.enqueue("<one@example.test>");
        fixture.enqueue("<two@example.test>");
        fixture.enqueue("<three@example.test>");
        SmtpServer server {Behaviour {}};
        const auto sender = fixture.run(server.server());
        QVERIFY(sender->isFinished());
        QCOMPARE(sender->reports().size(), 3);
        for (const auto &report : sender->reports())
            QCOMPARE(report.outcome, OutboxSender::Outcome::Delivered);
        QVERIFY(!sender->sessionError().isError());
        QCOMPARE(server.server().connectionCount(), 1);
        QCOMPARE(server.state().delivered, 3);
        QVERIFY(fixture.outbox().list().isEmpty());
        QVERIFY2(server.server().indexOf("QUIT") > 0, server.server().texts().join(" | ").constData());
    }

    void reportsTheServersClientIdStatus()
    {
        Fixture fixture;
        fixture.enqueue("<status@example.test>");
        SmtpServer server {Behaviour {}};
        heron::accounts::Account account;
        // Connected before start() through the signal: run() starts at once, so use a fresh sender here.
        QList<ClientIdServerStatus> seen;
        {
            heron::net::TlsPolicy tls;
            QString error;
            tls.addCaFile(TestCertificates::instance().caFile(), &error);
            account.email = QStringLiteral("alice@example.test");
            account.smtp = {QStringLiteral("localhost"), server.server().serverPort(), heron::accounts::Security::Tls};
            account.serverSavesSent = true;
            OutboxSender sender(account, QStringLiteral("secret"), tls,
                                QStringLiteral("3f6c2a1e-8d4b-8c21-9e0f-5b7a1c2d3e4f"), fixture.accountId(),
                                fixture.outbox());
            connect(&sender, &OutboxSender::clientIdStatusSeen, this,
                    [&seen](const ClientIdServerStatus &status) { seen.append(status); });
            QSignalSpy finished(&sender, &OutboxSender::finished);
            sender.start();
            QVERIFY(sender.isFinished() || finished.wait(kWaitMs));
        }
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.constFirst().protocol, heron::accounts::MailProtocol::Smtp);
        QCOMPARE(seen.constFirst().host, QStringLiteral("localhost"));
        QCOMPARE(seen.constFirst().advertised, std::optional<bool>(true));
        QVERIFY(seen.constFirst().lastReply->startsWith(QLatin1String("250")));
    }

    void refusedRecipientFailsPermanentlyOthersGoOn()
    {
        Fixture fixture;
        const qint64 refused = fixture.enqueue("<refused@example.test>", {"nobody@example.test"});
        fixture.enqueue("<fine@example.test>");
        Behaviour behaviour;
        behaviour.rcptReply = [](const QByteArray &address) {
            return address == "nobody@example.test" ? QByteArray("550 5.1.1 <nobody@example.test>: no such user")
                                                    : QByteArray();
        };
        SmtpServer server(behaviour);
        const auto sender = fixture.run(server.server());
        QCOMPARE(sender->reports().size(), 2);
        QCOMPARE(sender->reports().at(0).outcome, OutboxSender::Outcome::Rejected);
        QCOMPARE(sender->reports().at(0).error.kind, SmtpError::Kind::MessageRejected);
        QCOMPARE(sender->reports().at(1).outcome, OutboxSender::Outcome::Delivered);
        const auto entry = fixture.entry(refused);
        QVERIFY(entry);
        QCOMPARE(entry->state, Outbox::State::Failed);
        QVERIFY2(entry->lastError.contains(QLatin1String("no such user")), qPrintable(entry->lastError));
        QCOMPARE(fixture.outbox().list().size(), 1);
        QCOMPARE(server.server().connectionCount(), 1);
    }

    void partialAcceptanceIsDeliveredWithTheRefusedAddresses()
    {
        Fixture fixture;
        fixture.enqueue("<partial@example.test>", {"bob@example.test", "nobody@example.test"});
        Behaviour behaviour;
        behaviour.rcptReply = [](const QByteArray &address) {
            return address == "nobody@example.test" ? QByteArray("550 5.1.1 no such user") : QByteArray();
        };
        SmtpServer server(behaviour);
        const auto sender = fixture.run(server.server());
        QCOMPARE(sender->reports().size(), 1);
        const OutboxSender::Report &report = sender->reports().constFirst();
        QCOMPARE(report.outcome, OutboxSender::Outcome::Delivered);
        QCOMPARE(report.refused.size(), 1);
        QCOMPARE(report.refused.constFirst().address, QByteArray("nobody@example.test"));
        QVERIFY(fixture.outbox().list().isEmpty());
    }

    void temporaryRefusalRequeuesWithBackoff()
    {
        Fixture fixture;
        const qint64 id = fixture.enqueue("<later@example.test>");
        Behaviour behaviour;
        behaviour.rcptReply = [](const QByteArray &) { return QByteArray("451 4.3.0 try again later"); };
        SmtpServer server(behaviour);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto sender = fixture.run(server.server());
        QCOMPARE(sender->reports().constFirst().outcome, OutboxSender::Outcome::Requeued);
        auto entry = fixture.entry(id);
        QCOMPARE(entry->state, Outbox::State::Queued);
        QCOMPARE(entry->attempts, 1);
        QVERIFY(entry->nextAttemptAt >= before.addMSecs(Outbox::kFirstRetryMs));

        // Not due yet: a plain run leaves it; an explicit flush sends it now.
        SmtpServer fine {Behaviour {}};
        QVERIFY(fixture.run(fine.server())->reports().isEmpty());
        QCOMPARE(fine.server().connectionCount(), 0);
        const auto flushed = fixture.run(fine.server(), true);
        QCOMPARE(flushed->reports().size(), 1);
        QCOMPARE(flushed->reports().constFirst().outcome, OutboxSender::Outcome::Delivered);
        QVERIFY(!fixture.entry(id));
    }

    void closingMidSessionRequeuesAndStops()
    {
        Fixture fixture;
        fixture.enqueue("<first@example.test>");
        const qint64 second = fixture.enqueue("<second@example.test>");
        const qint64 third = fixture.enqueue("<third@example.test>");
        Behaviour behaviour;
        behaviour.mailReply
            = [](int message) { return message == 1 ? QByteArray("421 4.3.2 shutting down") : QByteArray(); };
        SmtpServer server(behaviour);
        const auto sender = fixture.run(server.server());
        QCOMPARE(sender->reports().size(), 2);
        QCOMPARE(sender->reports().at(0).outcome, OutboxSender::Outcome::Delivered);
        QCOMPARE(sender->reports().at(1).outcome, OutboxSender::Outcome::Requeued);
        QCOMPARE(sender->sessionError().kind, SmtpError::Kind::Temporary);
        QCOMPARE(fixture.entry(second)->state, Outbox::State::Queued);
        QCOMPARE(fixture.entry(second)->attempts, 1);
        // The third was never claimed: it waits, due, for the next run.
        QCOMPARE(fixture.entry(third)->state, Outbox::State::Queued);
        QCOMPARE(fixture.entry(third)->attempts, 0);
    }

    void droppedAfterTheDotMayHaveBeenSent()
    {
        Fixture fixture;
        const qint64 id = fixture.enqueue("<uncertain@example.test>");
        Behaviour behaviour;
        behaviour.dropAfterDot = true;
        SmtpServer server(behaviour);
        const auto sender = fixture.run(server.server());
        QCOMPARE(sender->reports().size(), 1);
        QCOMPARE(sender->reports().constFirst().outcome, OutboxSender::Outcome::MayHaveBeenSent);
        QCOMPARE(fixture.entry(id)->state, Outbox::State::MayHaveBeenSent);

        // Never sent again on its own, not even by an explicit flush.
        SmtpServer fine {Behaviour {}};
        QVERIFY(fixture.run(fine.server(), true)->reports().isEmpty());
        QCOMPARE(fine.server().connectionCount(), 0);
        QCOMPARE(fixture.entry(id)->state, Outbox::State::MayHaveBeenSent);
    }

    void sessionRefusalsRequeueWithoutBlame_data()
    {
        QTest::addColumn<QByteArray>("clientIdReply");
        QTest::addColumn<QByteArray>("authReply");
        QTest::addColumn<int>("kind");
        QTest::newRow("device refused") << QByteArray("550 5.7.1 device not registered") << QByteArray("235 ok")
                                        << int(SmtpError::Kind::DeviceRefused);
        QTest::newRow("clientid protocol")
            << QByteArray("501 5.5.4 syntax") << QByteArray("235 ok") << int(SmtpError::Kind::ClientIdProtocol);
        QTest::newRow("authentication") << QByteArray("250 ok") << QByteArray("535 5.7.8 bad credentials")
                                        << int(SmtpError::Kind::Authentication);
    }

    void sessionRefusalsRequeueWithoutBlame()
    {
        QFETCH(QByteArray, clientIdReply);
        QFETCH(QByteArray, authReply);
        QFETCH(int, kind);
        Fixture fixture;
        const qint64 id = fixture.enqueue("<blameless@example.test>");
        Behaviour behaviour;
        behaviour.clientIdReply = clientIdReply;
        behaviour.authReply = authReply;
        SmtpServer server(behaviour);
        const auto sender = fixture.run(server.server());
        QCOMPARE(int(sender->sessionError().kind), kind);
        QCOMPARE(sender->reports().size(), 1);
        QCOMPARE(sender->reports().constFirst().outcome, OutboxSender::Outcome::Requeued);
        QCOMPARE(fixture.entry(id)->state, Outbox::State::Queued);
        QCOMPARE(server.state().messages, 0);
        if (kind != int(SmtpError::Kind::Authentication))
            QCOMPARE(server.server().indexOf("AUTH"), -1);
    }

    void otherAccountsEntriesAreLeftDue()
    {
        Fixture fixture;
        const qint64 other = fixture.enqueue("<carols@example.test>", {"bob@example.test"}, fixture.otherAccountId());
        const qint64 mine = fixture.enqueue("<mine@example.test>");
        SmtpServer server {Behaviour {}};
        const auto sender = fixture.run(server.server());
        QCOMPARE(sender->reports().size(), 1);
        QCOMPARE(sender->reports().constFirst().id, mine);
        QCOMPARE(server.state().delivered, 1);
        const auto entry = fixture.entry(other);
        QCOMPARE(entry->state, Outbox::State::Queued);
        QVERIFY(entry->nextAttemptAt <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outbox_sender.moc"
