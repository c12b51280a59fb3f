#include "imap_fetch_client.h"

#include <QDeadlineTimer>
#include <QTest>

namespace heron::test {

namespace {

QByteArray quoted(const QByteArray &text)
{
    QByteArray result = text;
    result.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + result + '"';
}

// The size of a literal announced at the end of a line ("... {123}"), or -1.
qsizetype literalSize(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    bool ok = false;
    const qsizetype size = digits.toLongLong(&ok);
    return ok ? size : -1;
}

bool isTraceField(QByteArrayView line)
{
    for (const char *name : {"return-path:", "delivered-to:", "received:", "x-original-to:"}) {
        const QByteArrayView prefix(name);
        if (line.size() >= prefix.size() && line.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ImapFetchClient::ImapFetchClient(const net::TlsPolicy &policy)
{
    m_socket.setSslConfiguration(policy.clientConfiguration());
}

bool ImapFetchClient::open(quint16 imapsPort, const QString &user, const QString &password, const QByteArray &mailbox)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), imapsPort, QStringLiteral("localhost"));
    if (!m_socket.waitForEncrypted(kTimeoutMs)) {
        m_error = QStringLiteral("IMAPS connection failed: ") + m_socket.errorString();
        return false;
    }
    QByteArray greeting;
    if (!readLine(&greeting) || !greeting.startsWith("* OK")) {
        m_error = QStringLiteral("no IMAP greeting: ") + QString::fromUtf8(greeting);
        return false;
    }
    return command("LOGIN " + quoted(user.toUtf8()) + ' ' + quoted(password.toUtf8()))
        && command("SELECT " + quoted(mailbox));
}

std::optional<QList<quint32>> ImapFetchClient::searchMessageId(const QByteArray &messageId)
{
    QList<Response> untagged;
    // NOOP first so the server reports (and searches) what arrived meanwhile.
    if (!command("NOOP") || !command("UID SEARCH HEADER Message-ID " + quoted(messageId), &untagged))
        return std::nullopt;
    QList<quint32> uids;
    for (const Response &response : untagged) {
        if (!response.text.startsWith("* SEARCH"))
            continue;
        const QByteArrayList words = response.text.mid(8).trimmed().split(' ');
        for (const QByteArray &word : words) {
            if (!word.isEmpty())
                uids.append(word.toUInt());
        }
    }
    return uids;
}

std::optional<quint32> ImapFetchClient::waitForMessageId(const QByteArray &messageId, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const std::optional<QList<quint32>> uids = searchMessageId(messageId);
        if (!uids)
            return std::nullopt;
        if (!uids->isEmpty())
            return uids->constFirst();
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("no message with Message-ID %1 arrived within %2 ms")
                          .arg(QString::fromUtf8(messageId))
                          .arg(timeoutMs);
            return std::nullopt;
        }
        QTest::qWait(50); // delivery is a local LMTP hop: short polls
    }
}

std::optional<QByteArray> ImapFetchClient::fetchMessage(quint32 uid)
{
    QList<Response> untagged;
    if (!command("UID FETCH " + QByteArray::number(uid) + " (BODY.PEEK[])", &untagged))
        return std::nullopt;
    for (const Response &response : untagged) {
        if (response.text.contains(" FETCH ") && response.literals.size() == 1)
            return response.literals.constFirst();
    }
    m_error = QStringLiteral("the server sent no body for UID %1").arg(uid);
    return std::nullopt;
}

void ImapFetchClient::logout()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        command("LOGOUT");
    m_socket.disconnectFromHost();
}

QByteArray ImapFetchClient::withoutDeliveryTrace(const QByteArray &message)
{
    qsizetype start = 0;
    bool inTrace = false;
    while (start < message.size()) {
        const qsizetype end = message.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArrayView line = QByteArrayView(message).sliced(start, end - start + 1);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (continuation ? !inTrace : !isTraceField(line))
            break;
        inTrace = true;
        start = end + 1;
    }
    return message.mid(start);
}

bool ImapFetchClient::command(const QByteArray &command, QList<Response> *untagged)
{
    const QByteArray tag = 'f' + QByteArray::number(++m_tag);
    m_socket.write(tag + ' ' + command + "\r\n");
    for (;;) {
        const std::optional<Response> response = readResponse();
        if (!response)
            return false;
        if (response->text.startsWith(tag + ' ')) {
            if (response->text.mid(tag.size() + 1).startsWith("OK"))
                return true;
            m_error = QStringLiteral("%1 failed: %2")
                          .arg(QString::fromUtf8(command.split(' ').constFirst()), QString::fromUtf8(response->text));
            return false;
        }
        if (untagged)
            untagged->append(*response);
    }
}

std::optional<ImapFetchClient::Response> ImapFetchClient::readResponse()
{
    Response response;
    for (;;) {
        QByteArray line;
        if (!readLine(&line))
            return std::nullopt;
        response.text += line;
        const qsizetype size = literalSize(line);
        if (size < 0)
            return response;
        QByteArray literal;
        if (!readBytes(size, &literal))
            return std::nullopt;
        response.literals.append(literal);
    }
}

bool ImapFetchClient::readLine(QByteArray *line)
{
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!m_socket.canReadLine()) {
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("IMAP read timed out or failed: ") + m_socket.errorString();
            return false;
        }
    }
    *line = m_socket.readLine();
    if (line->endsWith("\r\n"))
        line->chop(2);
    return true;
}

bool ImapFetchClient::readBytes(qsizetype size, QByteArray *bytes)
{
    const QDeadlineTimer deadline(kTimeoutMs);
    bytes->reserve(size);
    while (bytes->size() < size) {
        if (m_socket.bytesAvailable() == 0
            && (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime())))) {
            m_error = QStringLiteral("IMAP literal read timed out or failed: ") + m_socket.errorString();
            return false;
        }
        bytes->append(m_socket.read(size - bytes->size()));
    }
    return true;
}

} // namespace heron::test
