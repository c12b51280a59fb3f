// Helper of tst_store_crash: enqueues messages into the outbox of the
// database given on the command line, starting at an index, forever (until
// the test kills it). After each committed enqueue it prints "enqueued N";
// every third message is also claimed and given a temporary failure, so the
// kill can land in those transactions too.
#include "store/database.h"
#include "store/outbox.h"
#include "store_crash_message.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: store_crash_writer DATABASE FIRST_INDEX\n");
        return 2;
    }
    heron::store::Database db;
    QString error;
    if (!db.open(arguments.at(1), &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    if (!db.exec(QStringLiteral("INSERT OR IGNORE INTO accounts (id, key, email, created_at) "
                                "VALUES (1, 'crash', 'alice@example.test', 0)"),
                 &error)) {
        std::fprintf(stderr, "account: %s\n", qPrintable(error));
        return 1;
    }
    heron::store::Outbox outbox(db);
    for (qint64 index = arguments.at(2).toLongLong();; ++index) {
        namespace crash = heron::test::crash;
        if (!outbox.enqueue(1, crash::messageId(index), "alice@example.test", crash::recipients(index),
                            crash::message(index), &error)) {
            std::fprintf(stderr, "enqueue %lld: %s\n", static_cast<long long>(index), qPrintable(error));
            return 1;
        }
        std::printf("enqueued %lld\n", static_cast<long long>(index));
        std::fflush(stdout);
        if (index % 3 == 0) {
            if (const auto claimed = outbox.claimNext(&error))
                outbox.markFailed(claimed->id, QStringLiteral("451 4.3.0 simulated"), false, &error);
        }
    }
}
