#pragma once

namespace heron::cli {

// heronctl's exit codes, a contract with outside tests (shared/CLI.md).
enum class ExitCode : int {
    Done = 0,
    Failure = 1, // other failure; the message is on stderr
    Usage = 2, // bad command line
    Connection = 3, // connection or TLS failure, refused certificate, missing STARTTLS
    Authentication = 4, // the server refused the credentials
    DeviceRefused = 5, // CLIENTID 550 / NO
    ClientIdProtocol = 6, // CLIENTID 501/503/504/BAD
    MessageRejected = 7, // SMTP 5xx on MAIL/RCPT/DATA; the message stays in the outbox
};

} // namespace heron::cli
