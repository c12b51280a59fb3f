#pragma once

#include "smtp/smtp_reply.h"

#include <QString>

namespace heron::smtp {

// Why an SMTP session or one message failed; each kind maps to one thing the
// user (or heronctl's exit code) can act on.
struct SmtpError
{
    enum class Kind {
        None,
        Connection, // network, TLS, certificate, missing STARTTLS
        Protocol, // the server's replies made no sense
        Authentication, // 535 and other permanent AUTH failures
        TemporaryAuthentication, // 454 and other 4xx to AUTH
        NoAuthMechanism, // nothing we can log in with is offered
        DeviceRefused, // CLIENTID 550
        ClientIdProtocol, // CLIENTID 501/503/504/other 5xx, or an unsafe token
        Temporary, // 4xx: try again later
        MessageRejected, // 5xx on MAIL/RCPT/DATA, or too large
        Unsupported, // the message needs SMTPUTF8/8BITMIME the server lacks
    };

    Kind kind = Kind::None;
    QString message; // a sentence the user can act on, with the server's words
    SmtpReply reply; // the reply that caused it, when there was one

    bool isError() const { return kind != Kind::None; }
};

} // namespace heron::smtp
