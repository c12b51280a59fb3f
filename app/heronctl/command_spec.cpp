#include "command_spec.h"
#include "cli_text.h"

#include "invocation.h"

#include <QCoreApplication>

#include <algorithm>

namespace heron::cli {

namespace {

OptionSpec flag(const QString &name, const QString &description)
{
    return {name, ValueKind::Flag, {}, description};
}

OptionSpec valued(const QString &name, ValueKind kind, const QString &valueName, const QString &description)
{
    return {name, kind, valueName, description};
}

OptionSpec required(OptionSpec option)
{
    option.required = true;
    return option;
}

OptionSpec repeatable(OptionSpec option)
{
    option.repeatable = true;
    return option;
}

OptionSpec accountOption()
{
    return valued(QStringLiteral("account"), ValueKind::Address, QStringLiteral("ADDR"),
                  CliText::tr("The account to act on; may be omitted when the profile holds one account."));
}

OptionSpec folderOption()
{
    return valued(QStringLiteral("folder"), ValueKind::Text, QStringLiteral("NAME"),
                  CliText::tr("The folder (default: INBOX)."));
}

OptionSpec limitOption()
{
    return valued(QStringLiteral("limit"), ValueKind::Count, QStringLiteral("N"), CliText::tr("At most N results."));
}

// An OAuth account has no password; --oauth-issuer only makes sense with --oauth.
QString validateAccountAdd(const Invocation &invocation)
{
    const bool oauth = invocation.isSet(QStringLiteral("oauth"));
    if (oauth && invocation.isSet(QStringLiteral("password-stdin")))
        return CliText::tr("--oauth signs in in the browser; it takes no --password-stdin.");
    if (!oauth && invocation.isSet(QStringLiteral("oauth-issuer")))
        return CliText::tr("--oauth-issuer goes with --oauth.");
    return {};
}

// `send` takes either a ready file or the parts to build one, never both.
QString validateSend(const Invocation &invocation)
{
    const bool fromFile = invocation.isSet(QStringLiteral("eml"));
    const bool composed = invocation.isSet(QStringLiteral("to"));
    if (fromFile == composed)
        return CliText::tr(
            "send needs either --to (to compose a message) or --eml FILE (to send a ready one), not both.");
    if (fromFile) {
        for (const char *composing : {"cc", "bcc", "subject", "body-file", "attach"}) {
            if (invocation.isSet(QLatin1String(composing)))
                return CliText::tr("--%1 cannot be combined with --eml: the file already is the whole message.")
                    .arg(QLatin1String(composing));
        }
    }
    return {};
}

// Resetting device IDs makes providers see a new, unregistered device: explicit scope and consent.
QString validateClientIdReset(const Invocation &invocation)
{
    if (invocation.isSet(QStringLiteral("account")) == invocation.isSet(QStringLiteral("all")))
        return CliText::tr("clientid reset needs exactly one of --account ADDR or --all.");
    if (!invocation.isSet(QStringLiteral("yes")))
        return CliText::tr("clientid reset makes the provider see a new, unregistered device; "
                           "add --yes to confirm.");
    return {};
}

// `flag` changes one thing at a time, so it is clear what a refusal rolled back.
QString validateFlag(const Invocation &invocation)
{
    int set = 0;
    for (const char *option : {"seen", "unseen", "flagged", "unflagged"})
        set += invocation.isSet(QLatin1String(option)) ? 1 : 0;
    return set == 1 ? QString() : CliText::tr("flag needs exactly one of --seen, --unseen, --flagged, --unflagged.");
}

PositionalSpec uidArgument()
{
    return {QStringLiteral("UID"), ValueKind::Count, CliText::tr("The message's IMAP UID.")};
}

QList<CommandSpec> buildTable()
{
    const QString accountsIssue = CliText::tr("the account setup issue");
    const QString imapIssue = CliText::tr("the IMAP engine issue");
    const QString syncIssue = CliText::tr("the cache and sync issue");
    const QString smtpIssue = CliText::tr("the SMTP engine and outbox issue");
    const QString identityIssue = CliText::tr("the device identity (CLIENTID) issue");
    const QString mimeIssue = CliText::tr("the MIME issue");

    return {
        {{QStringLiteral("account"), QStringLiteral("add")},
         CliText::tr("Add an account to the profile."),
         {required(valued(QStringLiteral("email"), ValueKind::Address, QStringLiteral("ADDR"),
                          CliText::tr("The account's e-mail address."))),
          required(valued(QStringLiteral("imap"), ValueKind::HostPort, QStringLiteral("HOST[:PORT]"),
                          CliText::tr("IMAP server (port default: 993 with tls, 143 with starttls)."))),
          required(valued(QStringLiteral("smtp"), ValueKind::HostPort, QStringLiteral("HOST[:PORT]"),
                          CliText::tr("SMTP server (port default: 465 with tls, 587 with starttls)."))),
          valued(QStringLiteral("imap-security"), ValueKind::Security, QStringLiteral("tls|starttls"),
                 CliText::tr("How IMAP is encrypted (default: tls).")),
          valued(QStringLiteral("smtp-security"), ValueKind::Security, QStringLiteral("tls|starttls"),
                 CliText::tr("How SMTP is encrypted (default: tls).")),
          valued(QStringLiteral("login"), ValueKind::Text, QStringLiteral("NAME"),
                 CliText::tr("Login name, when it is not the address.")),
          flag(QStringLiteral("password-stdin"), CliText::tr("Read the password from one line of standard input.")),
          flag(QStringLiteral("oauth"),
               CliText::tr("Sign in in the browser with OAuth 2.0 instead of a password (prints the address to "
                           "open).")),
          valued(QStringLiteral("oauth-issuer"), ValueKind::Text, QStringLiteral("ISSUER"),
                 CliText::tr("With --oauth: the provider, when the address and the servers do not tell.")),
          valued(QStringLiteral("ca-file"), ValueKind::Path, QStringLiteral("PEM"),
                 CliText::tr("Also trust the CA certificates in this PEM file for this account.")),
          flag(QStringLiteral("no-clientid"), CliText::tr("Do not present this device's CLIENTID token.")),
          valued(QStringLiteral("offline-days"), ValueKind::Count, QStringLiteral("N"),
                 CliText::tr("sync --bodies keeps the bodies of the last N days only (default 0: all mail).")),
          valued(QStringLiteral("name"), ValueKind::Text, QStringLiteral("LABEL"),
                 CliText::tr("A label for the account."))},
         {},
         validateAccountAdd,
         accountsIssue},
        {{QStringLiteral("account"), QStringLiteral("list")},
         CliText::tr("List the profile's accounts."),
         {},
         {},
         {},
         accountsIssue},
        {{QStringLiteral("account"), QStringLiteral("signin")},
         CliText::tr("Sign in to an OAuth account again in the browser (after the provider revoked the sign-in)."),
         {},
         {{QStringLiteral("ADDR"), ValueKind::Address, CliText::tr("The account's address.")}},
         {},
         accountsIssue},
        {{QStringLiteral("account"), QStringLiteral("remove")},
         CliText::tr("Remove an account and its cache from the profile."),
         {},
         {{QStringLiteral("ADDR"), ValueKind::Address, CliText::tr("The account's address.")}},
         {},
         accountsIssue},
        {{QStringLiteral("folders")}, CliText::tr("List an account's folders."), {accountOption()}, {}, {}, imapIssue},
        {{QStringLiteral("sync")},
         CliText::tr("Bring the local cache up to date with the server."),
         {accountOption(), folderOption(),
          flag(QStringLiteral("bodies"), CliText::tr("Also download message bodies."))},
         {},
         {},
         syncIssue},
        {{QStringLiteral("list")},
         CliText::tr("List cached messages, newest first."),
         {accountOption(), folderOption(), limitOption(),
          valued(QStringLiteral("offset"), ValueKind::Count, QStringLiteral("N"),
                 CliText::tr("Skip the first N messages."))},
         {},
         {},
         syncIssue},
        {{QStringLiteral("show")},
         CliText::tr("Show one message."),
         {accountOption(), folderOption(),
          flag(QStringLiteral("raw"), CliText::tr("Print the message source as stored."))},
         {{QStringLiteral("UID"), ValueKind::Count, CliText::tr("The message's IMAP UID.")}},
         {},
         syncIssue},
        {{QStringLiteral("search")},
         CliText::tr("Search the cache, and the server for messages whose text is not cached."),
         {accountOption(), folderOption(), limitOption(),
          flag(QStringLiteral("offline"), CliText::tr("Search the cache only; no connection."))},
         {{QStringLiteral("QUERY"), ValueKind::Text,
           CliText::tr("Words to look for (all of them; FTS5 syntax: \"a phrase\", prefix*, OR, NOT).")}},
         {},
         syncIssue},
        {{QStringLiteral("flag")},
         CliText::tr("Mark a message read or unread, flagged or not (works offline: queued until the next sync)."),
         {accountOption(), folderOption(), flag(QStringLiteral("seen"), CliText::tr("Mark it read.")),
          flag(QStringLiteral("unseen"), CliText::tr("Mark it unread.")),
          flag(QStringLiteral("flagged"), CliText::tr("Flag it.")),
          flag(QStringLiteral("unflagged"), CliText::tr("Remove its flag."))},
         {uidArgument()},
         validateFlag,
         syncIssue},
        {{QStringLiteral("move")},
         CliText::tr("Move a message to another folder (works offline: queued until the next sync)."),
         {accountOption(), folderOption(),
          required(valued(QStringLiteral("to"), ValueKind::Text, QStringLiteral("FOLDER"),
                          CliText::tr("The destination.")))},
         {uidArgument()},
         {},
         syncIssue},
        {{QStringLiteral("delete")},
         CliText::tr("Move a message to the Trash; in the Trash, delete it for good (works offline)."),
         {accountOption(), folderOption()},
         {uidArgument()},
         {},
         syncIssue},
        {{QStringLiteral("archive")},
         CliText::tr("Move a message to the archive folder (works offline)."),
         {accountOption(), folderOption()},
         {uidArgument()},
         {},
         syncIssue},
        {{QStringLiteral("send")},
         CliText::tr("Queue a message in the outbox and deliver it."),
         {required(accountOption()),
          valued(QStringLiteral("to"), ValueKind::Addresses, QStringLiteral("ADDR[,ADDR...]"),
                 CliText::tr("Recipients.")),
          valued(QStringLiteral("cc"), ValueKind::Addresses, QStringLiteral("ADDR[,ADDR...]"),
                 CliText::tr("Copy recipients.")),
          valued(QStringLiteral("bcc"), ValueKind::Addresses, QStringLiteral("ADDR[,ADDR...]"),
                 CliText::tr("Blind copy recipients (never in the sent headers).")),
          valued(QStringLiteral("subject"), ValueKind::Text, QStringLiteral("TEXT"), CliText::tr("The subject.")),
          valued(QStringLiteral("body-file"), ValueKind::Path, QStringLiteral("FILE"),
                 CliText::tr("The plain-text body, UTF-8.")),
          repeatable(valued(QStringLiteral("attach"), ValueKind::Path, QStringLiteral("FILE"),
                            CliText::tr("Attach a file; may be repeated."))),
          valued(QStringLiteral("eml"), ValueKind::Path, QStringLiteral("FILE"),
                 CliText::tr("Send this ready RFC 5322 message instead of composing one."))},
         {},
         validateSend,
         smtpIssue},
        {{QStringLiteral("outbox")}, CliText::tr("List queued messages."), {accountOption()}, {}, {}, smtpIssue},
        {{QStringLiteral("outbox"), QStringLiteral("flush")},
         CliText::tr("Try to deliver every queued message now."),
         {accountOption()},
         {},
         {},
         smtpIssue},
        {{QStringLiteral("clientid")},
         CliText::tr("Show this device's CLIENTID token and each server's CLIENTID status."),
         {accountOption()},
         {},
         {},
         identityIssue},
        {{QStringLiteral("clientid"), QStringLiteral("reset")},
         CliText::tr("Give one account (or every account) a new device ID."),
         {accountOption(), flag(QStringLiteral("all"), CliText::tr("Reset every account's device ID.")),
          flag(QStringLiteral("yes"), CliText::tr("Confirm: providers will see a new, unregistered device."))},
         {},
         validateClientIdReset,
         identityIssue},
        {{QStringLiteral("parse")},
         CliText::tr("Parse a local .eml file and show its fields and parts."),
         {},
         {{QStringLiteral("FILE.eml"), ValueKind::Path, CliText::tr("The message file.")}},
         {},
         mimeIssue},
    };
}

QString placeholder(const OptionSpec &option)
{
    QString text = QStringLiteral("--") + option.name;
    if (option.kind != ValueKind::Flag)
        text += QLatin1Char(' ') + option.valueName;
    if (option.repeatable)
        text += QStringLiteral("...");
    return option.required ? text : QLatin1Char('[') + text + QLatin1Char(']');
}

bool isAddress(QStringView text)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == text.size() - 1)
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

bool isHostPort(const QString &text)
{
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return false;
        port = after.mid(1);
        if (after == QStringLiteral(":"))
            return false;
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (port.isEmpty())
            return false;
    }
    if (host.isEmpty() || std::any_of(host.cbegin(), host.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    if (port.isEmpty())
        return true;
    bool ok = false;
    const uint number = port.toUInt(&ok);
    return ok && number >= 1 && number <= 65535;
}

} // namespace

QString checkValue(const QString &label, ValueKind kind, const QString &value)
{
    switch (kind) {
    case ValueKind::Flag:
    case ValueKind::Text:
        return {};
    case ValueKind::Path:
        return value.isEmpty() ? CliText::tr("%1 needs a file path.").arg(label) : QString();
    case ValueKind::Address:
        return isAddress(value) ? QString() : CliText::tr("%1: \"%2\" is not an e-mail address.").arg(label, value);
    case ValueKind::Addresses: {
        const QStringList addresses = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (addresses.isEmpty())
            return CliText::tr("%1 needs at least one e-mail address.").arg(label);
        for (const QString &address : addresses) {
            if (!isAddress(address.trimmed()))
                return CliText::tr("%1: \"%2\" is not an e-mail address.").arg(label, address.trimmed());
        }
        return {};
    }
    case ValueKind::HostPort:
        return isHostPort(value) ? QString()
                                 : CliText::tr("%1: \"%2\" is not HOST or HOST:PORT (port 1-65535).").arg(label, value);
    case ValueKind::Security:
        return value == QStringLiteral("tls") || value == QStringLiteral("starttls")
            ? QString()
            : CliText::tr("%1 must be tls or starttls, not \"%2\".").arg(label, value);
    case ValueKind::Count: {
        bool ok = false;
        value.toUInt(&ok);
        return ok ? QString() : CliText::tr("%1 must be a whole number of 0 or more, not \"%2\".").arg(label, value);
    }
    }
    return {};
}

QString CommandSpec::synopsis() const
{
    QStringList parts {QStringLiteral("heronctl"), name()};
    for (const PositionalSpec &positional : positionals)
        parts << positional.name;
    for (const OptionSpec &option : options)
        parts << placeholder(option);
    return parts.join(QLatin1Char(' '));
}

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

} // namespace heron::cli
