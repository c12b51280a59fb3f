// Offline actions end to end, as a user runs them: heronctl against the stack's
// Dovecot through a loopback proxy that the test takes down to make the server
// unreachable. Flag, move and delete while offline are queued (exit 3) and show
// in the cache at once; a flag change another client makes meanwhile does not
// undo them; after the next sync the server's folders equal the cache. A move
// to a folder the server no longer has is refused, reported, and rolled back.
#include "fault_proxy.h"
#include "imap/append_command.h"
#include "imap/fetch_command.h"
#include "imap/imap_session.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/store_command.h"
#include "mail_stack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace heron;

namespace {

constexpr int kWaitMs = 60000;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// uid -> flags (without \Recent, which depends on who looked first)
using FolderState = QMap<quint32, QStringList>;

QStringList normalised(QStringList flags)
{
    flags.removeAll(QStringLiteral("\\Recent"));
    flags.sort();
    return flags;
}

} // namespace

class TestOfflineActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offlineChangesReachTheServer();
    void refusedMoveIsReportedAndRolledBack();

private:
    Result heronctl(QStringList arguments);
    QJsonArray list(const QString &folder);
    FolderState localState(const QString &folder);
    FolderState serverState(const QString &folder);
    std::optional<quint32> serverUid(const QString &folder, const QString &messageId);
    void setOnline(bool online);
    template<typename Command>
    Command *run(Command *command);

    test::MailStack m_stack;
    std::unique_ptr<test::FaultProxy> m_proxy;
    quint16 m_proxyPort = 0;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<imap::ImapSession> m_writer; // the server's view, and the "other client"
    QObject m_owner;
    QString m_tag;
    QStringList m_folders;
    QStringList m_messageIds;
};

void TestOfflineActions::initTestCase()
{
    QString error;
    QVERIFY2(test::MailStack::load(&m_stack, &error), qPrintable(error));
    qputenv("HERON_SECRET_BACKEND", "file");
}

template<typename Command>
Command *TestOfflineActions::run(Command *command)
{
    command->setParent(&m_owner);
    m_writer->run(command);
    if (!QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs) || !command->succeeded())
        qWarning("%s failed: %s", command->metaObject()->className(), qPrintable(command->error().message));
    return command;
}

void TestOfflineActions::init()
{
    m_writer = test::MailStack::openImap(m_stack.imapSettings(m_stack.user2, m_stack.pass2), kWaitMs);
    QVERIFY(m_writer);

    m_tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_folders = {QStringLiteral("offline-src-") + m_tag, QStringLiteral("offline-dst-") + m_tag};
    m_messageIds.clear();
    for (const QString &folder : std::as_const(m_folders))
        QVERIFY(run(imap::SimpleCommand::create(folder))->succeeded());
    for (int i = 1; i <= 4; ++i) {
        m_messageIds.append(QStringLiteral("<offline-%1-%2@example.org>").arg(i).arg(m_tag));
        const QByteArray message = "From: a@example.org\r\nTo: bob@example.test\r\nSubject: offline "
            + QByteArray::number(i) + ' ' + m_tag.toLatin1() + "\r\nMessage-ID: " + m_messageIds.last().toLatin1()
            + "\r\nDate: Sun, 29 Nov 2026 10:00:00 +0000\r\n\r\nbody\r\n";
        QVERIFY(run(new imap::AppendCommand(m_folders.first(), message))->succeeded());
    }

    m_proxy = std::make_unique<test::FaultProxy>(m_stack.imapsPort);
    m_proxyPort = m_proxy->serverPort();
    m_profile = std::make_unique<QTemporaryDir>();
    const Result added
        = heronctl({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), m_stack.user2,
                    QStringLiteral("--imap"), QStringLiteral("localhost:%1").arg(m_proxyPort), QStringLiteral("--smtp"),
                    QStringLiteral("localhost:%1").arg(m_stack.submissionsPort), QStringLiteral("--ca-file"),
                    m_stack.caFile, QStringLiteral("--password-stdin")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void TestOfflineActions::cleanup()
{
    if (m_writer && m_writer->state() == imap::ImapSession::State::Selected)
        run(imap::SimpleCommand::unselect());
    for (const QString &folder : std::as_const(m_folders))
        run(imap::SimpleCommand::remove(folder));
    m_writer.reset();
    m_proxy.reset();
    m_profile.reset();
}

Result TestOfflineActions::heronctl(QStringList arguments)
{
    QProcess process;
    arguments.prepend(m_profile->path());
    arguments.prepend(QStringLiteral("--profile"));
    process.start(QStringLiteral(HERON_BINARY_DIR "/bin/heronctl"), arguments);
    process.write(m_stack.pass2.toUtf8() + '\n');
    process.closeWriteChannel();
    // The proxy lives in this process: keep the event loop turning while heronctl runs.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, kWaitMs))
        process.kill();
    process.waitForFinished(1000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonArray TestOfflineActions::list(const QString &folder)
{
    const Result result = heronctl({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--folder"),
                                    folder, QStringLiteral("--limit"), QStringLiteral("5000")});
    if (result.exitCode != 0)
        qWarning("list %s failed: %s", qPrintable(folder), result.err.constData());
    return QJsonDocument::fromJson(result.out).array();
}

FolderState TestOfflineActions::localState(const QString &folder)
{
    FolderState state;
    for (const QJsonValue &message : list(folder)) {
        QStringList flags;
        for (const QJsonValue &flag : message.toObject().value(QStringLiteral("flags")).toArray())
            flags.append(flag.toString());
        state.insert(quint32(message.toObject().value(QStringLiteral("uid")).toInteger()), normalised(flags));
    }
    return state;
}

FolderState TestOfflineActions::serverState(const QString &folder)
{
    FolderState state;
    if (!run(new imap::SelectCommand(folder))->succeeded())
        return state;
    auto *fetch
        = run(new imap::FetchCommand(imap::SequenceSet::fromRange(1, imap::SequenceSet::Star), {"UID", "FLAGS"}));
    for (const imap::FetchData &data : fetch->results()) {
        QStringList flags;
        for (const QByteArray &flag : data.flags.value_or(QList<QByteArray>()))
            flags.append(QString::fromLatin1(flag));
        state.insert(data.uid.value_or(0), normalised(flags));
    }
    run(imap::SimpleCommand::unselect());
    return state;
}

std::optional<quint32> TestOfflineActions::serverUid(const QString &folder, const QString &messageId)
{
    if (!run(new imap::SelectCommand(folder))->succeeded())
        return std::nullopt;
    auto *search = run(imap::SearchCommand::header("Message-ID", messageId));
    const QList<quint32> uids = search->uids();
    run(imap::SimpleCommand::unselect());
    return uids.isEmpty() ? std::nullopt : std::optional<quint32>(uids.first());
}

void TestOfflineActions::setOnline(bool online)
{
    if (online)
        QVERIFY(m_proxy->listen(QHostAddress::LocalHost, m_proxyPort));
    else
        m_proxy->close();
}

void TestOfflineActions::offlineChangesReachTheServer()
{
    const QString &source = m_folders.at(0);
    const QString &destination = m_folders.at(1);
    for (const QString &folder : {source, destination, QStringLiteral("Trash")}) {
        const Result sync = heronctl({QStringLiteral("sync"), QStringLiteral("--folder"), folder});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }
    QCOMPARE(localState(source).keys(), (QList<quint32> {1, 2, 3, 4}));

    setOnline(false);
    const QStringList where {QStringLiteral("--folder"), source};
    const Result seen = heronctl(
        QStringList {QStringLiteral("flag"), QStringLiteral("1"), QStringLiteral("--seen"), QStringLiteral("--json")}
        + where);
    QCOMPARE(seen.exitCode, 3);
    QVERIFY2(seen.err.contains("stays queued"), seen.err.constData());
    QCOMPARE(QJsonDocument::fromJson(seen.out).object().value(QStringLiteral("queued")).toBool(), true);
    QCOMPARE(heronctl(QStringList {QStringLiteral("flag"), QStringLiteral("2"), QStringLiteral("--flagged")} + where)
                 .exitCode,
             3);
    QCOMPARE(
        heronctl(QStringList {QStringLiteral("move"), QStringLiteral("3"), QStringLiteral("--to"), destination} + where)
            .exitCode,
        3);
    QCOMPARE(heronctl(QStringList {QStringLiteral("delete"), QStringLiteral("4")} + where).exitCode, 3);

    // The cache shows every change at once.
    FolderState local = localState(source);
    QCOMPARE(local.keys(), (QList<quint32> {1, 2}));
    QCOMPARE(local.value(1), QStringList {QStringLiteral("\\Seen")});
    QCOMPARE(local.value(2), QStringList {QStringLiteral("\\Flagged")});
    const QJsonArray moved = list(destination);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("offline 3 ") + m_tag);

    // Meanwhile another client answers message 1: both changes must survive.
    QVERIFY(run(new imap::SelectCommand(source))->succeeded());
    QVERIFY(
        run(new imap::StoreCommand(imap::SequenceSet::fromNumbers({1}), imap::StoreCommand::Mode::Add, {"\\Answered"}))
            ->succeeded());
    run(imap::SimpleCommand::unselect());

    setOnline(true);
    for (const QString &folder : {source, destination, QStringLiteral("Trash")}) {
        const Result sync = heronctl({QStringLiteral("sync"), QStringLiteral("--folder"), folder});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }
    const FolderState server = serverState(source);
    QCOMPARE(server.keys(), (QList<quint32> {1, 2}));
    QCOMPARE(server.value(1), (QStringList {QStringLiteral("\\Answered"), QStringLiteral("\\Seen")}));
    QCOMPARE(server.value(2), QStringList {QStringLiteral("\\Flagged")});
    QCOMPARE(localState(source), server);
    QCOMPARE(localState(destination), serverState(destination));
    QCOMPARE(serverState(destination).size(), 1);
    const std::optional<quint32> inTrash = serverUid(QStringLiteral("Trash"), m_messageIds.at(3));
    QVERIFY(inTrash);
    QVERIFY(localState(QStringLiteral("Trash")).contains(*inTrash));

    // Deleting in the Trash, offline too, is for good.
    setOnline(false);
    QCOMPARE(heronctl({QStringLiteral("delete"), QString::number(*inTrash), QStringLiteral("--folder"),
                       QStringLiteral("Trash")})
                 .exitCode,
             3);
    QVERIFY(!localState(QStringLiteral("Trash")).contains(*inTrash));
    setOnline(true);
    const Result sync = heronctl({QStringLiteral("sync"), QStringLiteral("--folder"), QStringLiteral("Trash")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY(!serverUid(QStringLiteral("Trash"), m_messageIds.at(3)));
    QVERIFY(!localState(QStringLiteral("Trash")).contains(*inTrash));
}

void TestOfflineActions::refusedMoveIsReportedAndRolledBack()
{
    const QString &source = m_folders.at(0);
    const QString &gone = m_folders.at(1);
    const Result first = heronctl({QStringLiteral("sync"), QStringLiteral("--folder"), source});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    // The cache knows the folder; the server drops it.
    QVERIFY(run(imap::SimpleCommand::remove(gone))->succeeded());

    // Online: refused at once, and the message is back.
    const Result online = heronctl({QStringLiteral("move"), QStringLiteral("2"), QStringLiteral("--to"), gone,
                                    QStringLiteral("--folder"), source});
    QCOMPARE(online.exitCode, 1);
    QVERIFY2(online.err.contains(QStringLiteral("Moving 'offline 2 %1' to %2 failed: ").arg(m_tag, gone).toUtf8()),
             online.err.constData());
    QCOMPARE(localState(source), serverState(source));

    // Offline: the message leaves the list, and the next sync brings it back with the reason.
    setOnline(false);
    QCOMPARE(heronctl({QStringLiteral("move"), QStringLiteral("3"), QStringLiteral("--to"), gone,
                       QStringLiteral("--folder"), source})
                 .exitCode,
             3);
    QCOMPARE(localState(source).keys(), (QList<quint32> {1, 2, 4}));
    setOnline(true);
    const Result sync = heronctl({QStringLiteral("sync"), QStringLiteral("--folder"), source});
    QCOMPARE(sync.exitCode, 0);
    QVERIFY2(sync.err.contains(QStringLiteral("Moving 'offline 3 %1' to %2 failed: ").arg(m_tag, gone).toUtf8()),
             sync.err.constData());
    QCOMPARE(localState(source), serverState(source));
    QCOMPARE(localState(source).keys(), (QList<quint32> {1, 2, 3, 4}));
    // Shown once, then no longer kept.
    QVERIFY(!heronctl({QStringLiteral("sync"), QStringLiteral("--folder"), source}).err.contains("failed"));
    m_folders.removeAll(gone);
}

QTEST_GUILESS_MAIN(TestOfflineActions)
#include "tst_offline_actions.moc"
