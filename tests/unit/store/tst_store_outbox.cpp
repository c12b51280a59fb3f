// Outbox: enqueue in one transaction, claim, the state transitions
// (queued -> sending -> sent / queued with backoff / failed /
// may_have_been_sent), the user's retry and discard, and crash recovery.
#include "store/database.h"
#include "store/outbox.h"

#include <QTemporaryDir>
#include <QTest>

using heron::store::Database;
using heron::store::Outbox;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
const QByteArray kMessage = "From: alice@example.test\r\nTo: bob@example.test\r\nMessage-ID: <m@example.test>\r\n"
                            "Subject: hi\r\n\r\nHello.\r\n";

} // namespace

class TestStoreOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    Database m_db;
    qint64 m_account = 1;

    std::optional<qint64> enqueue(Outbox &outbox, const QByteArray &messageId, QDateTime at = kNow)
    {
        QString error;
        const auto id = outbox.enqueue(m_account, messageId, "alice@example.test",
                                       {"bob@example.test", "carol@example.test"}, kMessage, &error, at);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_files)), &error),
                 qPrintable(error));
        QVERIFY2(m_db.exec(QStringLiteral("INSERT INTO accounts (id, key, email, created_at) "
                                          "VALUES (1, 'acct', 'alice@example.test', 0)"),
                           &error),
                 qPrintable(error));
    }

    void cleanup() { m_db.close(); }

    void enqueueStoresEverything()
    {
        Outbox outbox(m_db);
        const auto id = enqueue(outbox, "<m1@example.test>");
        QVERIFY(id);
        const QList<Outbox::Entry> entries = outbox.list();
        QCOMPARE(entries.size(), 1);
        const Outbox::Entry &listed = entries.constFirst();
        QCOMPARE(listed.id, *id);
        QCOMPARE(listed.accountId, m_account);
        QCOMPARE(listed.messageId, QByteArray("<m1@example.test>"));
        QCOMPARE(listed.from, QByteArray("alice@example.test"));
        QCOMPARE(listed.recipients, QByteArrayList({"bob@example.test", "carol@example.test"}));
        QVERIFY(listed.message.isEmpty()); // list() leaves the bytes out
        QCOMPARE(listed.size, kMessage.size());
        QCOMPARE(listed.state, Outbox::State::Queued);
        QCOMPARE(listed.attempts, 0);
        QCOMPARE(listed.nextAttemptAt, kNow);
        QCOMPARE(listed.createdAt, kNow);
        QCOMPARE(outbox.entry(*id)->message, kMessage);
    }

    void enqueueRefusesBadInput()
    {
        Outbox outbox(m_db);
        QVERIFY(enqueue(outbox, "<dup@example.test>"));
        QString error;
        QVERIFY(!outbox.enqueue(m_account, "<dup@example.test>", "a@x.test", {"b@x.test"}, kMessage, &error, kNow));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QVERIFY(!outbox.enqueue(m_account, "<r@x>", "a@x.test", {}, kMessage, &error, kNow));
        QVERIFY(!outbox.enqueue(m_account, "<r@x>", "a@x.test", {"b@x.test\nc@x.test"}, kMessage, &error, kNow));
        QVERIFY(!outbox.enqueue(m_account, {}, "a@x.test", {"b@x.test"}, kMessage, &error, kNow));
        QVERIFY(!outbox.enqueue(m_account, "<r@x>", "a@x.test", {"b@x.test"}, {}, &error, kNow));
        // an unknown account: the foreign key refuses, nothing is left behind
        QVERIFY(!outbox.enqueue(42, "<r@x>", "a@x.test", {"b@x.test"}, kMessage, &error, kNow));
        QCOMPARE(outbox.list().size(), 1);
        // the null reverse path is a valid sender
        QVERIFY(outbox.enqueue(m_account, "<bounce@x>", {}, {"b@x.test"}, kMessage, &error, kNow));
    }

    void claimTakesTheOldestDueOnce()
    {
        Outbox outbox(m_db);
        const auto later = enqueue(outbox, "<later@x>", kNow.addSecs(60));
        const auto first = enqueue(outbox, "<first@x>", kNow.addSecs(-10));
        const auto second = enqueue(outbox, "<second@x>", kNow);
        QVERIFY(later && first && second);

        const auto claimed = outbox.claimNext(nullptr, kNow);
        QVERIFY(claimed);
        QCOMPARE(claimed->id, *first);
        QCOMPARE(claimed->state, Outbox::State::Sending);
        QCOMPARE(claimed->attempts, 1);
        QCOMPARE(claimed->message, kMessage);
        QCOMPARE(outbox.claimNext(nullptr, kNow)->id, *second);
        QVERIFY(!outbox.claimNext(nullptr, kNow)); // "later" is not due yet
        QCOMPARE(outbox.claimNext(nullptr, kNow.addSecs(60))->id, *later);
    }

    void twoConnectionsNeverClaimTheSameEntry()
    {
        Outbox outbox(m_db);
        QVERIFY(enqueue(outbox, "<a@x>"));
        QVERIFY(enqueue(outbox, "<b@x>"));
        Database other;
        QString error;
        QVERIFY2(other.open(m_db.path(), &error), qPrintable(error));
        Outbox otherOutbox(other);
        const auto one = outbox.claimNext(nullptr, kNow);
        const auto two = otherOutbox.claimNext(nullptr, kNow);
        QVERIFY(one && two);
        QVERIFY(one->id != two->id);
        QVERIFY(!outbox.claimNext(nullptr, kNow));
        QVERIFY(!otherOutbox.claimNext(nullptr, kNow));
    }

    void sentEntriesGo()
    {
        Outbox outbox(m_db);
        const auto id = enqueue(outbox, "<s@x>");
        QVERIFY(!outbox.markSent(*id)); // not claimed: not sent
        QVERIFY(outbox.claimNext(nullptr, kNow));
        QVERIFY(outbox.markSent(*id));
        QVERIFY(outbox.list().isEmpty());
        QVERIFY(!outbox.markSent(*id));
    }

    void temporaryFailureBacksOff()
    {
        Outbox outbox(m_db);
        const auto id = enqueue(outbox, "<t@x>");
        QDateTime now = kNow;
        qint64 expectedDelay = Outbox::kFirstRetryMs;
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const auto claimed = outbox.claimNext(nullptr, now);
            QVERIFY(claimed);
            QCOMPARE(claimed->attempts, attempt);
            QString error;
            QVERIFY2(outbox.markFailed(*id, QStringLiteral("451 4.3.0 try later"), false, &error, now),
                     qPrintable(error));
            const Outbox::Entry entry = *outbox.entry(*id);
            QCOMPARE(entry.state, Outbox::State::Queued);
            QCOMPARE(entry.lastError, QStringLiteral("451 4.3.0 try later"));
            QCOMPARE(entry.nextAttemptAt, now.addMSecs(expectedDelay));
            QVERIFY(!outbox.claimNext(nullptr, now.addMSecs(expectedDelay - 1)));
            now = now.addMSecs(expectedDelay);
            expectedDelay *= 2;
        }
    }

    void retryDelays()
    {
        QCOMPARE(Outbox::retryDelayMs(0), 30'000);
        QCOMPARE(Outbox::retryDelayMs(1), 30'000);
        QCOMPARE(Outbox::retryDelayMs(2), 60'000);
        QCOMPARE(Outbox::retryDelayMs(3), 120'000);
        QCOMPARE(Outbox::retryDelayMs(8), 3'600'000);
        QCOMPARE(Outbox::retryDelayMs(1000), Outbox::kMaxRetryMs);
    }

    void permanentFailureStaysUntilTheUserRetries()
    {
        Outbox outbox(m_db);
        const auto id = enqueue(outbox, "<p@x>");
        QVERIFY(outbox.claimNext(nullptr, kNow));
        QVERIFY(outbox.markFailed(*id, QStringLiteral("554 5.7.1 spam"), true, nullptr, kNow));
        QCOMPARE(outbox.entry(*id)->state, Outbox::State::Failed);
        QCOMPARE(outbox.entry(*id)->lastError, QStringLiteral("554 5.7.1 spam"));
        QVERIFY(!outbox.claimNext(nullptr, kNow.addDays(30)));
        QVERIFY(outbox.retryNow(*id, nullptr, kNow.addSecs(5)));
        const auto again = outbox.claimNext(nullptr, kNow.addSecs(5));
        QVERIFY(again);
        QCOMPARE(again->attempts, 2);
    }

    void uncertainEndNeedsADecision()
    {
        Outbox outbox(m_db);
        const auto id = enqueue(outbox, "<u@x>");
        QVERIFY(!outbox.markMayHaveBeenSent(*id, QStringLiteral("x"))); // only while sending
        QVERIFY(outbox.claimNext(nullptr, kNow));
        QVERIFY(outbox.markMayHaveBeenSent(*id, QStringLiteral("connection lost after the end of DATA")));
        QCOMPARE(outbox.entry(*id)->state, Outbox::State::MayHaveBeenSent);
        QVERIFY(!outbox.claimNext(nullptr, kNow.addDays(30))); // never re-sent on its own
        // The Sent folder showed it arrived: done.
        QVERIFY(outbox.markSent(*id));
        QVERIFY(outbox.list().isEmpty());
    }

    void interruptedSendsAreUncertainAfterACrash()
    {
        Outbox outbox(m_db);
        const auto a = enqueue(outbox, "<a@x>");
        const auto b = enqueue(outbox, "<b@x>");
        QVERIFY(outbox.claimNext(nullptr, kNow));
        QCOMPARE(outbox.recoverInterrupted(), 1);
        QCOMPARE(outbox.entry(*a)->state, Outbox::State::MayHaveBeenSent);
        QVERIFY(!outbox.entry(*a)->lastError.isEmpty());
        QCOMPARE(outbox.entry(*b)->state, Outbox::State::Queued);
        QCOMPARE(outbox.recoverInterrupted(), 0);
    }

    void removeIsRefusedWhileSending()
    {
        Outbox outbox(m_db);
        const auto id = enqueue(outbox, "<r@x>");
        QVERIFY(outbox.claimNext(nullptr, kNow));
        QVERIFY(!outbox.remove(*id));
        QVERIFY(outbox.markFailed(*id, QStringLiteral("550 no"), true, nullptr, kNow));
        QVERIFY(outbox.remove(*id));
        QVERIFY(!outbox.entry(*id));
    }

    void stateNamesMatchTheSchema()
    {
        for (const auto state :
             {Outbox::State::Queued, Outbox::State::Sending, Outbox::State::MayHaveBeenSent, Outbox::State::Failed})
            QCOMPARE(Outbox::stateFromName(Outbox::stateName(state)), state);
        QVERIFY(!Outbox::stateFromName(QStringLiteral("lost")));
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_store_outbox.moc"
