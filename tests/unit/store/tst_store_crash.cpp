// The outbox survives kill -9: a child process (store_crash_writer) enqueues
// messages in a loop and is killed with SIGKILL at random moments, from its
// start-up (creating the schema) to the middle of a transaction. After every
// kill the database must open, pass PRAGMA integrity_check, and hold every
// message the child reported committed, each one whole; nothing torn, nothing
// invented (at most the one committed just before the kill, unreported).
#include "store/database.h"
#include "store/outbox.h"
#include "store_crash_message.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using heron::store::Database;
using heron::store::Outbox;
namespace crash = heron::test::crash;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QRandomGenerator random(QRandomGenerator::global()->generate());
        constexpr int kRounds = 12;
        qint64 nextIndex = 0;
        int roundsWithWrites = 0;
        QSet<qint64> everReported;

        for (int round = 0; round < kRounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start(QStringLiteral(STORE_CRASH_WRITER), {path, QString::number(nextIndex)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // The first rounds are short so some kills land while the schema is created.
            const int delayMs = round < 2 ? int(random.bounded(5, 150)) : int(random.bounded(100, 1200));
            QTest::qWait(delayMs);
            if (writer.state() != QProcess::Running)
                QFAIL(qPrintable(QStringLiteral("the writer stopped on its own: ")
                                 + QString::fromLocal8Bit(writer.readAllStandardError())));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            QSet<qint64> reported;
            const QByteArrayList lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("enqueued "))
                    reported.insert(line.mid(9).toLongLong());
            }
            everReported += reported;

            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
            QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
            Outbox outbox(db);
            const QList<Outbox::Entry> entries = outbox.list(&error);
            QVERIFY2(error.isEmpty(), qPrintable(error));

            QSet<qint64> present;
            for (const Outbox::Entry &listed : entries) {
                QVERIFY2(listed.messageId.startsWith("<crash-"), listed.messageId.constData());
                const qint64 index = listed.messageId.mid(7, listed.messageId.indexOf('@') - 7).toLongLong();
                const std::optional<Outbox::Entry> entry = outbox.entry(listed.id, &error);
                QVERIFY2(entry, qPrintable(error));
                const QByteArray expected = crash::message(index);
                QVERIFY2(entry->message == expected, listed.messageId.constData());
                QCOMPARE(entry->size, expected.size());
                QCOMPARE(entry->recipients, crash::recipients(index));
                QCOMPARE(entry->from, QByteArray("alice@example.test"));
                QVERIFY(entry->state == Outbox::State::Queued || entry->state == Outbox::State::Sending);
                present.insert(index);
            }
            // Everything ever reported committed is there (nothing here is ever sent or removed).
            for (const qint64 index : std::as_const(everReported))
                QVERIFY2(present.contains(index),
                         qPrintable(QStringLiteral("round %1: message %2 lost").arg(round).arg(index)));
            // And nothing else, but the one committed right before the kill.
            const QSet<qint64> unreported = present - everReported;
            QVERIFY2(unreported.size() <= 1,
                     qPrintable(QStringLiteral("round %1: %2 unreported messages").arg(round).arg(unreported.size())));
            for (const qint64 index : unreported)
                QCOMPARE(index, nextIndex + reported.size());
            everReported += unreported;

            if (!reported.isEmpty())
                ++roundsWithWrites;
            qint64 highest = nextIndex - 1;
            for (const qint64 index : std::as_const(everReported))
                highest = std::max(highest, index);
            nextIndex = highest + 1;
            qInfo("round %d: killed after %d ms, %lld reported, %lld in the outbox", round, delayMs,
                  qint64(reported.size()), qint64(present.size()));
        }
        QVERIFY2(roundsWithWrites >= kRounds / 2, "the writer was killed before writing in most rounds");
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
