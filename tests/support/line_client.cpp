#include "line_client.h"

#include <QDeadlineTimer>

namespace heron::test {

LineClient::LineClient(const net::TlsPolicy &policy)
{
    m_socket.setSslConfiguration(policy.clientConfiguration());
}

bool LineClient::connectEncrypted(quint16 port, const QString &verifyName)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, verifyName);
    return m_socket.waitForEncrypted(kTimeoutMs);
}

bool LineClient::connectPlain(quint16 port)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return m_socket.waitForConnected(kTimeoutMs);
}

bool LineClient::startTls()
{
    m_socket.setPeerVerifyName(QStringLiteral("localhost"));
    m_socket.startClientEncryption();
    return m_socket.waitForEncrypted(kTimeoutMs);
}

void LineClient::send(const QByteArray &line)
{
    m_socket.write(line + "\r\n");
    m_socket.flush();
}

QByteArray LineClient::readLine()
{
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!m_socket.canReadLine()) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime())))
            return {};
    }
    return m_socket.readLine().trimmed();
}

QByteArray LineClient::imapCommand(const QByteArray &tag, const QByteArray &command, QByteArrayList *untagged)
{
    send(tag + ' ' + command);
    for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
        if (line.startsWith(tag + ' '))
            return line.mid(tag.size() + 1);
        if (untagged)
            untagged->append(line);
    }
    return {};
}

bool LineClient::imapLogin(quint16 port, const QString &user, const QString &password)
{
    return connectEncrypted(port) && readLine().startsWith("* OK")
        && imapCommand("l1", "LOGIN " + imapQuoted(user) + ' ' + imapQuoted(password)).startsWith("OK");
}

QByteArrayList LineClient::smtpReply()
{
    QByteArrayList lines;
    for (QByteArray line = readLine(); !line.isEmpty(); line = readLine()) {
        lines.append(line);
        if (line.size() < 4 || line.at(3) != '-')
            break;
    }
    return lines;
}

int LineClient::smtpCommand(const QByteArray &command, QByteArrayList *lines)
{
    send(command);
    const QByteArrayList reply = smtpReply();
    if (lines)
        *lines = reply;
    return reply.isEmpty() ? -1 : reply.constLast().left(3).toInt();
}

QByteArray LineClient::imapQuoted(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

} // namespace heron::test
