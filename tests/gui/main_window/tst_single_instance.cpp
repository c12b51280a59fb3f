// One running Heron per profile, with the real binary: a later start with a
// mailto: link, a message file or nothing hands them to the running one and
// ends at once (exit 0 means the running one confirmed receipt); after the
// running one was killed, the next start takes the profile over (the lock and
// the socket it left behind are stale).
#include "net/instance_channel.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using heron::net::InstanceChannel;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void laterStartsHandOverToTheRunningOne();

private:
    static void startHeron(QProcess &process, const QString &profile, const QStringList &arguments = {});
    static bool listening(const QString &profile);
};

void TestSingleInstance::startHeron(QProcess &process, const QString &profile, const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(HERON_BINARY_DIR "/bin/heron"),
                  QStringList {QStringLiteral("--profile"), profile} + arguments);
    QVERIFY(process.waitForStarted());
}

bool TestSingleInstance::listening(const QString &profile)
{
    // An empty command line only brings the running window forward.
    return InstanceChannel(profile).forward({}, 1000);
}

void TestSingleInstance::laterStartsHandOverToTheRunningOne()
{
    QTemporaryDir directory;
    const QString profile = directory.filePath(QStringLiteral("profile"));
    QProcess first;
    startHeron(first, profile);
    QTRY_VERIFY_WITH_TIMEOUT(listening(profile), 30000);

    QFile message(directory.filePath(QStringLiteral("note.eml")));
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write("From: a@example.org\r\nSubject: note\r\n\r\nHello\r\n");
    message.close();
    for (const QString &argument :
         {QStringLiteral("mailto:someone@example.org?subject=Hi"), message.fileName(), QString()}) {
        QProcess later;
        startHeron(later, profile, argument.isEmpty() ? QStringList() : QStringList {argument});
        QVERIFY2(later.waitForFinished(30000), qPrintable(argument));
        QCOMPARE(later.exitStatus(), QProcess::NormalExit);
        QCOMPARE(later.exitCode(), 0);
    }
    QCOMPARE(first.state(), QProcess::Running);

    // Killed, it leaves its lock file and socket behind: the next start takes over.
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QVERIFY(!listening(profile));
    QProcess next;
    startHeron(next, profile);
    QTRY_VERIFY_WITH_TIMEOUT(listening(profile), 30000);
    QCOMPARE(next.state(), QProcess::Running);
    next.terminate();
    QVERIFY(next.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
