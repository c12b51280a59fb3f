#include "net/instance_channel.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>

using heron::net::InstanceChannel;

// The single-instance channel between two starts of Heron on one profile.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private slots:
    void forwardWithoutARunningInstanceFails();
    void argumentsReachTheRunningInstance();
    void secondListenOnTheProfileIsRefused();
    void otherProfilesAreIndependent();
    void leftoverSocketFromACrashIsReplaced();
    void oversizedMessageIsDropped();
    void garbageMessageIsDropped();

private:
    // forward() blocks until the answer, so it runs on a thread of its own
    // while this one's event loop serves the listening side.
    static bool forwardFromThread(const QString &profile, const QStringList &arguments);
    static void sendRaw(const QString &profile, const QByteArray &bytes);
};

bool TestInstanceChannel::forwardFromThread(const QString &profile, const QStringList &arguments)
{
    std::atomic<bool> accepted = false;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { accepted = InstanceChannel(profile).forward(arguments, 5000); }));
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    return accepted;
}

void TestInstanceChannel::sendRaw(const QString &profile, const QByteArray &bytes)
{
    QLocalSocket socket;
    socket.connectToServer(InstanceChannel::serverName(profile));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesToWrite() == 0, 5000);
    // The receiving side drops the link instead of answering.
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QLocalSocket::UnconnectedState, 5000);
    QCOMPARE(socket.bytesAvailable(), qint64(0));
}

void TestInstanceChannel::forwardWithoutARunningInstanceFails()
{
    QTemporaryDir profile;
    QVERIFY(!InstanceChannel(profile.path()).forward({QStringLiteral("mailto:a@example.org")}, 500));
}

void TestInstanceChannel::argumentsReachTheRunningInstance()
{
    QTemporaryDir profile;
    InstanceChannel running(profile.path());
    QString error;
    QVERIFY2(running.listen(&error), qPrintable(error));
    QVERIFY(running.isListening());
    QSignalSpy received(&running, &InstanceChannel::argumentsReceived);

    const QStringList arguments {QStringLiteral("mailto:ren\u00e9@example.org?subject=Gr%C3%BC%C3%9Fe"),
                                 QStringLiteral("/home/someone/Downloads/a message.eml")};
    QVERIFY(forwardFromThread(profile.path(), arguments));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);

    // A second start later is heard as well.
    QVERIFY(forwardFromThread(profile.path(), {}));
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toStringList(), QStringList());
}

void TestInstanceChannel::secondListenOnTheProfileIsRefused()
{
    QTemporaryDir profile;
    InstanceChannel first(profile.path());
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));

    InstanceChannel second(profile.path());
    QVERIFY(!second.listen(&error));
    QVERIFY2(error.contains(QStringLiteral("already running")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
    QVERIFY(!second.isListening());
}

void TestInstanceChannel::otherProfilesAreIndependent()
{
    QTemporaryDir one;
    QTemporaryDir two;
    QVERIFY(InstanceChannel::serverName(one.path()) != InstanceChannel::serverName(two.path()));
    QCOMPARE(InstanceChannel::serverName(one.path() + QStringLiteral("/.")), InstanceChannel::serverName(one.path()));
    InstanceChannel first(one.path());
    InstanceChannel second(two.path());
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));
    QVERIFY2(second.listen(&error), qPrintable(error));
}

void TestInstanceChannel::leftoverSocketFromACrashIsReplaced()
{
#ifdef Q_OS_UNIX
    QTemporaryDir profile;
    // What a killed process leaves behind: the socket's file, nobody listening.
    QFile leftover(QDir(QDir::tempPath()).filePath(InstanceChannel::serverName(profile.path())));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    InstanceChannel running(profile.path());
    QString error;
    QVERIFY2(running.listen(&error), qPrintable(error));
    QSignalSpy received(&running, &InstanceChannel::argumentsReceived);
    QVERIFY(forwardFromThread(profile.path(), {QStringLiteral("x")}));
    QCOMPARE(received.size(), 1);
#else
    QSKIP("Unix sockets only");
#endif
}

void TestInstanceChannel::oversizedMessageIsDropped()
{
    QTemporaryDir profile;
    InstanceChannel running(profile.path());
    QString error;
    QVERIFY2(running.listen(&error), qPrintable(error));
    QSignalSpy received(&running, &InstanceChannel::argumentsReceived);
    QByteArray header(4, '\0');
    qToBigEndian(InstanceChannel::kMaxMessageBytes + 1, header.data());
    sendRaw(profile.path(), header + QByteArray(64, 'x'));
    QCOMPARE(received.size(), 0);
    QVERIFY(running.isListening());
}

void TestInstanceChannel::garbageMessageIsDropped()
{
    QTemporaryDir profile;
    InstanceChannel running(profile.path());
    QString error;
    QVERIFY2(running.listen(&error), qPrintable(error));
    QSignalSpy received(&running, &InstanceChannel::argumentsReceived);
    // The last argument is not ended.
    const QByteArray payload("first\0second", 12);
    QByteArray header(4, '\0');
    qToBigEndian(quint32(payload.size()), header.data());
    sendRaw(profile.path(), header + payload);
    QCOMPARE(received.size(), 0);
    // It still hears a real start afterwards.
    QVERIFY(forwardFromThread(profile.path(), {QStringLiteral("y")}));
    QCOMPARE(received.size(), 1);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instance_channel.moc"
