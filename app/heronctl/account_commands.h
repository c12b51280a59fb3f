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
// With --oauth: signs in in the browser first and keeps the tokens instead.
ExitCode runAccountAdd(const Invocation &invocation, QTextStream &out, QTextStream &err);

// `heronctl account signin ADDR`: a new browser sign-in for an OAuth account
// (the address to open goes to stderr); its tokens replace the old ones.
ExitCode runAccountSignIn(const Invocation &invocation, QTextStream &out, QTextStream &err);

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
