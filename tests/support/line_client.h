#pragma once

#include "net/tls_policy.h"

#include <QByteArrayList>
#include <QSslSocket>

namespace heron::test {

// A blocking line-oriented client, enough to drive IMAP or SMTP by hand in a
// test (to check what the code under test did, from the server's side).
class LineClient
{
public:
    static constexpr int kTimeoutMs = 15000;

    explicit LineClient(const net::TlsPolicy &policy);

    QSslSocket &socket() { return m_socket; }

    bool connectEncrypted(quint16 port, const QString &verifyName = QStringLiteral("localhost"));
    bool connectPlain(quint16 port);
    bool startTls();

    void send(const QByteArray &line);
    QByteArray readLine();

    // IMAP: sends "tag command", collects untagged lines, returns the tagged completion without the tag.
    QByteArray imapCommand(const QByteArray &tag, const QByteArray &command, QByteArrayList *untagged = nullptr);
    // IMAP over implicit TLS, logged in; returns false when any step fails.
    bool imapLogin(quint16 port, const QString &user, const QString &password);

    // SMTP: a possibly multi-line reply; the code of its last line, -1 on timeout.
    QByteArrayList smtpReply();
    int smtpCommand(const QByteArray &command, QByteArrayList *lines = nullptr);

    static QByteArray imapQuoted(const QString &text);

private:
    QSslSocket m_socket;
};

} // namespace heron::test
