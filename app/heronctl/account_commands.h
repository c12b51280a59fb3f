#pragma once

#include "exit_code.h"

#include <QJsonObject>
#include <QTextStream>

namespace heron::accounts {
struct Account;
}

namespace heron::cli {

class Invocation;

// `heronctl account add`: stores the account in the profile and its password
// in the profile's SecretStore (shared/CLI.md for the options and defaults).
ExitCode runAccountAdd(const Invocation &invocation, QTextStream &out, QTextStream &err);

// `heronctl account list [--json]`.
ExitCode runAccountList(const Invocation &invocation, QTextStream &out, QTextStream &err);

// `heronctl account remove ADDR`: forgets the account, its password and its
// CLIENTID statuses. Its device-ID rotation counter stays, so adding the
// account again presents the same token to the provider.
ExitCode runAccountRemove(const Invocation &invocation, QTextStream &out, QTextStream &err);

// The account as `account list --json` shows it: email, name, login,
// imap/smtp {host, port, security}, ca_file, clientid_enabled, server_saves_sent.
QJsonObject accountToJson(const accounts::Account &account);

} // namespace heron::cli
