#pragma once

#include "net/connection.h"
#include "net/tls_policy.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace heron::imap {

// Everything an ImapSession needs to reach and log in to one account's server.
struct ImapSettings
{
    QString host;
    quint16 port = 993;
    net::Connection::Security security = net::Connection::Security::ImplicitTls;
    net::TlsPolicy tls;

    QString login; // empty: stop after CLIENTID (tests, capability probes)
    QString password;
    QString oauthToken; // non-empty: OAUTHBEARER / XOAUTH2 instead of the password

    bool clientIdEnabled = true;
    QByteArray clientIdToken; // from core/identity; empty: no token exists

    bool sendId = true; // RFC 2971 ID with name and version, when the server offers ID
    bool compress = true; // COMPRESS=DEFLATE when offered
    // Extensions to ENABLE after login, each only if advertised (CONDSTORE, QRESYNC, UTF8=ACCEPT).
    QByteArrayList enable = {"QRESYNC", "CONDSTORE", "UTF8=ACCEPT"};

    struct Timeouts
    {
        int connect = 30'000;
        int command = 120'000; // waiting for the server's next bytes while a command runs
        int idleRestart = 28 * 60'000; // RFC 2177: servers may drop an IDLE after 30 minutes
    } timeouts;
};

} // namespace heron::imap
