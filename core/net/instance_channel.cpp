#include "net/instance_channel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QtEndian>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace heron::net {

namespace {

constexpr char kAccepted = '\x01';
constexpr int kHeaderBytes = 4;

// The message: a 4-byte big-endian length, then each argument in UTF-8 ended
// by a NUL (which a command-line argument cannot contain).
QByteArray encode(const QStringList &arguments)
{
    QByteArray payload;
    for (const QString &argument : arguments)
        payload += argument.toUtf8() + '\0';
    QByteArray message(kHeaderBytes, '\0');
    qToBigEndian(quint32(payload.size()), message.data());
    return message + payload;
}

std::optional<QStringList> decode(const QByteArray &payload)
{
    if (!payload.isEmpty() && !payload.endsWith('\0'))
        return std::nullopt;
    QStringList arguments;
    for (qsizetype start = 0; start < payload.size();) {
        const qsizetype end = payload.indexOf('\0', start);
        arguments.append(QString::fromUtf8(payload.mid(start, end - start)));
        start = end + 1;
    }
    return arguments;
}

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

InstanceChannel::InstanceChannel(QString profileDirectory, QObject *parent)
    : QObject(parent)
    , m_profileDirectory(std::move(profileDirectory))
{
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &profileDirectory)
{
    // A hash keeps the name short (Unix socket paths are limited to about
    // 100 bytes) and the same however the directory was spelled.
    const QString canonical = QDir(profileDirectory).absolutePath();
    const QByteArray digest
        = QCryptographicHash::hash((userKey() + QLatin1Char('\n') + canonical).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("heron-") + QString::fromLatin1(digest.toHex().left(24));
}

bool InstanceChannel::forward(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(serverName(m_profileDirectory));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(arguments));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == kAccepted;
}

bool InstanceChannel::listen(QString *error)
{
    if (m_server)
        return true;
    m_lock = std::make_unique<QLockFile>(QDir(m_profileDirectory).filePath(QStringLiteral("heron.lock")));
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        if (error) {
            *error = m_lock->error() == QLockFile::LockFailedError
                ? tr("Heron is already running with this profile (process %1) and does not answer. Close it, "
                     "or end that process, and start Heron again.")
                      .arg(pid)
                : tr("Heron cannot lock its profile in %1. Check that the folder exists and is writable.")
                      .arg(QDir::toNativeSeparators(m_profileDirectory));
        }
        m_lock.reset();
        return false;
    }
    const QString name = serverName(m_profileDirectory);
    // Holding the lock means no live process listens on the name: a socket
    // file left there is from a process that crashed.
    QLocalServer::removeServer(name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        if (error)
            *error = tr("Heron cannot listen for later starts (%1); links opened from the desktop will start "
                        "a second window.")
                         .arg(server->errorString());
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, &InstanceChannel::onNewConnection);
    m_server = server;
    return true;
}

bool InstanceChannel::isListening() const
{
    return m_server != nullptr;
}

void InstanceChannel::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        readMessage(socket);
    }
}

void InstanceChannel::readMessage(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < kHeaderBytes)
        return;
    char header[kHeaderBytes];
    socket->peek(header, kHeaderBytes);
    const quint32 size = qFromBigEndian<quint32>(header);
    if (size > kMaxMessageBytes) {
        socket->abort(); // not a Heron, or a broken one: nothing to take from it
        return;
    }
    if (socket->bytesAvailable() < kHeaderBytes + qint64(size))
        return;
    socket->skip(kHeaderBytes);
    const QByteArray payload = socket->read(size);
    const std::optional<QStringList> arguments = decode(payload);
    if (!arguments) {
        socket->abort();
        return;
    }
    socket->putChar(kAccepted);
    socket->flush();
    socket->disconnectFromServer();
    emit argumentsReceived(*arguments);
}

} // namespace heron::net
