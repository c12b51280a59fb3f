// Sizes at the edge of what servers hold, synced from Dovecot (issue #6):
// an account with 10,000 folders (the folder list reaches the cache whole),
// and a message whose Subject line is 1 MB long (synced and stored whole).
// The folders are made on disk by `mailstack folders` for a user of their own
// (CREATE over IMAP costs Dovecot 30+ ms a folder), which needs root, as the
// stack does.
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/simple_command.h"
#include "mail_stack.h"
#include "store/database.h"
#include "store/mail_cache.h"
#include "sync/account_sync.h"
#include "sync/folder_sync.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include <unistd.h>

using namespace heron;

namespace {

constexpr int kWaitMs = 120000;
constexpr int kFolders = 10000;

} // namespace

class TestSyncExtremes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenThousandFolders();
    void oneMegabyteSubject();

private:
    // Runs the commands pipelined; true when every one succeeded.
    bool runAll(const QList<imap::ImapCommand *> &commands);

    test::MailStack m_stack;
    QTemporaryDir m_dir;
    store::Database m_database;
    std::unique_ptr<store::MailCache> m_cache;
    std::unique_ptr<imap::ImapSession> m_session;
    qint64 m_accountId = 0;
};

void TestSyncExtremes::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    m_cache = std::make_unique<store::MailCache>(m_database);
    // carol: no other test of the direct Dovecot ports counts her folders.
    m_accountId = m_cache->accountId(m_stack.user3, &error).value_or(0);
    m_session = test::MailStack::openImap(m_stack.imapSettings(m_stack.user3, m_stack.pass3), kWaitMs);
    QVERIFY(m_session);
}

bool TestSyncExtremes::runAll(const QList<imap::ImapCommand *> &commands)
{
    QObject owner;
    int finished = 0;
    int failed = 0;
    for (imap::ImapCommand *command : commands) {
        command->setParent(&owner);
        connect(command, &imap::ImapCommand::finished, &owner, [&](imap::ImapCommand *done) {
            ++finished;
            if (!done->succeeded() && ++failed == 1)
                qWarning("%s", qPrintable(done->error().message));
        });
        m_session->run(command);
    }
    const bool ended = QTest::qWaitFor([&] { return finished == commands.size(); }, kWaitMs);
    return ended && failed == 0;
}

void TestSyncExtremes::tenThousandFolders()
{
    if (::geteuid() != 0)
        QSKIP("making 10,000 folders needs root (mailstack folders)");
    const QString user = QStringLiteral("many-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString password = QStringLiteral("many-pw");
    const QString mailstack = QStringLiteral(HERON_SOURCE_DIR "/tests/servers/mailstack");
    const QString stackDir = qEnvironmentVariable("STACK_DIR");
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("adduser"), stackDir, user, password},
          QStringList {QStringLiteral("folders"), stackDir, user, QString::number(kFolders), QStringLiteral("many")}}) {
        QProcess process;
        process.start(mailstack, arguments);
        QVERIFY(process.waitForFinished(kWaitMs));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    auto session = test::MailStack::openImap(m_stack.imapSettings(user, password), kWaitMs);
    QVERIFY(session);
    QString error;
    const qint64 accountId = m_cache->accountId(user, &error).value_or(0);
    QElapsedTimer clock;
    clock.start();
    sync::AccountSync sync(*session, *m_cache, accountId, {});
    QSignalSpy finished(&sync, &sync::AccountSync::finished);
    sync.start();
    QVERIFY(!finished.isEmpty() || finished.wait(kWaitMs));
    QVERIFY2(sync.succeeded(), qPrintable(sync.error()));
    qInfo("%d folders listed and cached in %lld ms", kFolders, clock.elapsed());
    QSet<QString> cached;
    for (const store::FolderRecord &folder : m_cache->folders(accountId))
        cached.insert(folder.name);
    QVERIFY(cached.contains(QStringLiteral("INBOX"))); // and the special folders Dovecot makes
    QVERIFY(cached.contains(QStringLiteral("many")));
    for (int i = 0; i < kFolders; ++i) {
        const QString name = QStringLiteral("many/f%1").arg(i, 5, 10, QLatin1Char('0'));
        QVERIFY2(cached.contains(name), qPrintable(name));
    }
    const auto many = std::count_if(cached.begin(), cached.end(),
                                    [](const QString &name) { return name.startsWith(QStringLiteral("many")); });
    QCOMPARE(many, qsizetype(kFolders + 1));

    // A second round with nothing changed keeps them all.
    sync::AccountSync again(*session, *m_cache, accountId, {});
    QSignalSpy finishedAgain(&again, &sync::AccountSync::finished);
    again.start();
    QVERIFY(!finishedAgain.isEmpty() || finishedAgain.wait(kWaitMs));
    QVERIFY2(again.succeeded(), qPrintable(again.error()));
    QCOMPARE(m_cache->folders(accountId).size(), qsizetype(cached.size()));
}

void TestSyncExtremes::oneMegabyteSubject()
{
    const QString folder = QStringLiteral("long-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QByteArray subject;
    while (subject.size() < 1024 * 1024)
        subject += "budget-" + QByteArray::number(subject.size()) + ' ';
    const QByteArray message = "From: Long <long@example.org>\r\nTo: carol@example.test\r\nSubject: " + subject
        + "\r\nMessage-ID: <long-subject@example.org>\r\n\r\nshort body\r\n";
    QVERIFY(runAll({imap::SimpleCommand::create(folder), new imap::AppendCommand(folder, message)}));

    QString error;
    store::FolderRecord record;
    record.name = folder;
    QVERIFY(m_cache->replaceFolders(m_accountId, {record}, &error));
    sync::FolderSync sync(*m_session, *m_cache, *m_cache->folder(m_accountId, folder));
    QSignalSpy finished(&sync, &sync::FolderSync::finished);
    sync.start();
    QVERIFY(!finished.isEmpty() || finished.wait(kWaitMs));
    QVERIFY2(sync.succeeded(), qPrintable(sync.error()));

    const qint64 folderId = m_cache->folder(m_accountId, folder)->id;
    QCOMPARE(m_cache->messageCount(folderId), qint64(1));
    const auto cached = m_cache->message(folderId, m_cache->uids(folderId).constFirst());
    QVERIFY(cached);
    QCOMPARE(cached->subject.size(), qsizetype(subject.trimmed().size()));
    QVERIFY(cached->subject.startsWith(QStringLiteral("budget-0 budget-9 ")));
    QVERIFY(runAll({imap::SimpleCommand::remove(folder)}));
}

QTEST_GUILESS_MAIN(TestSyncExtremes)
#include "tst_sync_extremes.moc"
