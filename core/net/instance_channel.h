#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace heron::net {

// One running Heron per profile. The first process to open a profile locks it
// (a lock file inside, which a crashed process does not keep) and listens on a
// local socket named after it, reachable by the same user only; a later start
// hands its command line (a mailto: link, message files) to that process and
// ends. So a link clicked on the desktop opens in the window the user already
// has, and two processes never write one profile's cache.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(QString profileDirectory, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // Gives the arguments to the Heron running on this profile; true once it
    // confirmed them. False at once when none is running.
    bool forward(const QStringList &arguments, int timeoutMs = 3000) const;

    // Makes this process the one running on the profile: takes the lock and
    // listens. False with a sentence when another process holds the profile.
    bool listen(QString *error);
    bool isListening() const;

    // The socket's name: the same for every process of this user and profile.
    static QString serverName(const QString &profileDirectory);

    // Largest command line accepted, in bytes of the encoded message.
    static constexpr quint32 kMaxMessageBytes = 256 * 1024;

signals:
    // A later start's arguments, as it gave them (paths already absolute).
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_profileDirectory;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace heron::net
