// The engine half of "Try again" (and of a device ID reset or a CLIENTID
// switch change): MailEngine::reconnect drops the account's session while a
// sync runs, or while it idles, and the work goes on over a new session with
// the account read afresh. Against the stack's Dovecot with the demo account
// (a few hundred messages, so a sync is still running when asked to reconnect).
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "mail_stack.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/mail_engine.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <utility>

using namespace heron;
using heron::sync::MailEngine;

namespace {

constexpr int kWaitMs = 60000;

} // namespace

class TestEngineReconnect : public QObject
{
    Q_OBJECT

private slots:
    void reconnectDuringASyncAndWhileIdle();
};

void TestEngineReconnect::reconnectDuringASyncAndWhileIdle()
{
    test::MailStack stack;
    QString error;
    QVERIFY2(test::MailStack::load(&stack, &error), qPrintable(error));
    const QString email = qEnvironmentVariable("DEMO_USER");
    const QString password = qEnvironmentVariable("DEMO_PASS");
    if (email.isEmpty())
        QSKIP("the mail stack has no demo account");
    qputenv("HERON_SECRET_BACKEND", "file");

    QTemporaryDir dir;
    const std::optional<accounts::Profile> profile
        = accounts::Profile::open(dir.filePath(QStringLiteral("profile")), &error);
    QVERIFY2(profile, qPrintable(error));
    accounts::Account account;
    account.email = email;
    account.imap = {QStringLiteral("localhost"), stack.imapsPort, accounts::Security::Tls}; // no gate
    account.smtp = {QStringLiteral("localhost"), stack.submissionsPort, accounts::Security::Tls};
    account.caFile = stack.caFile;
    QVERIFY2(accounts::AccountStore(*profile).add(account, &error), qPrintable(error));
    QVERIFY2(
        accounts::SecretStore(*profile).write(accounts::SecretStore::passwordKey(email), password.toUtf8(), &error),
        qPrintable(error));

    QThread thread;
    auto *engine = new MailEngine(*profile);
    QStringList events; // in the order the UI thread sees them
    QObject receiver;
    connect(engine, &MailEngine::syncStarted, &receiver,
            [&events](const QString &, const QString &folder) { events << QStringLiteral("started ") + folder; });
    connect(engine, &MailEngine::syncFinished, &receiver, [&events](const QString &, const QString &folder, bool ok) {
        events << QStringLiteral("finished %1 %2").arg(folder, ok ? QStringLiteral("ok") : QStringLiteral("no"));
    });
    connect(engine, &MailEngine::failed, &receiver,
            [&events](const QString &, imap::ImapError::Kind, const QString &message) {
                events << QStringLiteral("failed ") + message;
            });
    connect(engine, &MailEngine::watching, &receiver,
            [&events](const QString &, const QString &folder) { events << QStringLiteral("watching ") + folder; });
    engine->moveToThread(&thread);
    thread.start();
    const auto call = [engine](auto f) { QMetaObject::invokeMethod(engine, [engine, f] { f(engine); }); };
    call([](MailEngine *e) { e->start(); });

    // Reconnect as soon as the sync has started (on the engine thread, before the
    // server can answer anything): it is reported unfinished, then runs again to the end.
    auto once = std::make_shared<bool>(false);
    connect(
        engine, &MailEngine::syncStarted, engine,
        [engine, once](const QString &accountEmail) {
            if (!std::exchange(*once, true))
                engine->reconnect(accountEmail.toUpper());
        },
        Qt::QueuedConnection);
    call([email](MailEngine *e) { e->syncFolder(email, QStringLiteral("INBOX")); });
    QVERIFY2(QTest::qWaitFor([&] { return events.contains(QStringLiteral("finished INBOX ok")); }, kWaitMs),
             qPrintable(events.join(u'\n')));
    QCOMPARE(events.mid(0, 4),
             QStringList({QStringLiteral("started INBOX"), QStringLiteral("finished INBOX no"),
                          QStringLiteral("started INBOX"), QStringLiteral("finished INBOX ok")}));

    // The cache holds the whole folder, as the server has it.
    store::Database database;
    QVERIFY2(database.open(profile->cacheDatabaseFile(), &error), qPrintable(error));
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(email, &error).value_or(0);
    const std::optional<store::FolderRecord> inbox = cache.folder(accountId, QStringLiteral("INBOX"));
    QVERIFY(inbox);
    QVERIFY2(inbox->exists >= 300, qPrintable(QString::number(inbox->exists)));

    // While idle: a new session, and the next sync runs on it.
    QVERIFY(QTest::qWaitFor([&] { return events.contains(QStringLiteral("watching INBOX")); }, kWaitMs));
    events.clear();
    call([email](MailEngine *e) {
        e->reconnect(email);
        e->syncFolder(email, QStringLiteral("INBOX"));
    });
    QVERIFY2(QTest::qWaitFor([&] { return events.contains(QStringLiteral("finished INBOX ok")); }, kWaitMs),
             qPrintable(events.join(u'\n')));
    QCOMPARE(events.mid(0, 2), QStringList({QStringLiteral("started INBOX"), QStringLiteral("finished INBOX ok")}));

    // An account with no session yet: nothing to do, nothing reported.
    events.clear();
    call([](MailEngine *e) { e->reconnect(QStringLiteral("nobody@example.test")); });
    QTest::qWait(200);
    QVERIFY2(events.isEmpty() || events == QStringList {QStringLiteral("watching INBOX")},
             qPrintable(events.join(u'\n')));

    QMetaObject::invokeMethod(engine, &MailEngine::shutdown, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    delete engine;
}

QTEST_MAIN(TestEngineReconnect)
#include "tst_engine_reconnect.moc"
