#pragma once

#include "net/tls_policy.h"

#include <QByteArrayList>
#include <QSslSocket>

#include <optional>

namespace heron::test {

// A blocking IMAP client for tests that must look into a mailbox from the
// server's side: log in over implicit TLS, find a message by Message-ID and
// fetch its exact bytes. Unlike LineClient it reads literals, so a fetched
// message arrives byte for byte.
class ImapFetchClient
{
public:
    static constexpr int kTimeoutMs = 30000;

    explicit ImapFetchClient(const net::TlsPolicy &policy);

    // Connects to the implicit TLS port, logs in and selects the mailbox.
    bool open(quint16 imapsPort, const QString &user, const QString &password, const QByteArray &mailbox = "INBOX");
    QString errorString() const { return m_error; }

    // UIDs of the messages whose Message-ID header contains messageId.
    std::optional<QList<quint32>> searchMessageId(const QByteArray &messageId);
    // Polls the mailbox until a message with that Message-ID is there, at
    // most timeoutMs; the first UID, or nothing.
    std::optional<quint32> waitForMessageId(const QByteArray &messageId, int timeoutMs);
    // The whole message (BODY.PEEK[], so \Seen is left alone).
    std::optional<QByteArray> fetchMessage(quint32 uid);
    void logout();

    // The message without the trace fields a server puts on top on delivery
    // (Return-Path, Delivered-To, Received, X-Original-To), with their
    // continuation lines; the rest is left as it is.
    static QByteArray withoutDeliveryTrace(const QByteArray &message);

private:
    struct Response
    {
        QByteArray text; // the line(s), literals replaced by {n}
        QByteArrayList literals;
    };

    // Sends "tag command" and reads up to the tagged reply; false (with
    // errorString()) unless it is OK.
    bool command(const QByteArray &command, QList<Response> *untagged = nullptr);
    std::optional<Response> readResponse();
    bool readLine(QByteArray *line);
    bool readBytes(qsizetype size, QByteArray *bytes);

    QSslSocket m_socket;
    QString m_error;
    int m_tag = 0;
};

} // namespace heron::test
