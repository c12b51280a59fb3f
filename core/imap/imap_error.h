#pragma once

#include "imap/response.h"
#include "net/connection_error.h"

#include <QString>

namespace heron::imap {

// Why an IMAP session or one command failed; each kind maps to one thing the
// user (or heronctl's exit code) can act on.
struct ImapError
{
    enum class Kind {
        None,
        Connection, // network, TLS, certificate, missing STARTTLS, cleartext PREAUTH
        Protocol, // the server's responses made no sense (the connection is dropped)
        Closed, // the server said BYE or hung up
        Authentication, // LOGIN / AUTHENTICATE refused
        TemporaryAuthentication, // refused with [UNAVAILABLE]: try again later
        NoAuthMechanism, // nothing we can log in with is offered (LOGINDISABLED, no AUTH=)
        DeviceRefused, // CLIENTID answered NO
        ClientIdProtocol, // CLIENTID answered BAD, or the token is unsafe to send
        CommandFailed, // a command answered NO
        CommandRejected, // a command answered BAD
        Unsupported, // the command needs a capability the server lacks
        WrongState, // the command is not valid in the session's state
        Cancelled, // the session ended before the command completed
    };

    Kind kind = Kind::None;
    QString message; // a sentence the user can act on, with the server's words
    StatusResponse response; // the status response that caused it, when there was one
    // Kind::Connection: what the network layer saw (a certificate refused is not worth trying again; a
    // lost link is).
    net::ConnectionError::Kind connection = net::ConnectionError::Kind::None;

    bool isError() const { return kind != Kind::None; }
};

} // namespace heron::imap
