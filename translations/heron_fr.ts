<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountConnector</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then get messages again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The settings file %1 cannot be read or written; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; fix or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 needs an IMAP server and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 needs an SMTP server and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile already has an account for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no account for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>Heron does not make a new one silently: every account would get a new, unregistered device ID. If it is lost for good, reset all device IDs (heronctl clientid reset --all --yes, or &quot;Reset all&quot; on the Device page) and register this device with your providers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s device secret in %1 is damaged (%2 bytes instead of %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s device secret (created %1) is missing from %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s device secret cannot be read: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s device secret cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store this profile&apos;s new device secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the new device secret in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new device ID in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the CLIENTID status in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapParseError</name>
    <message>
        <source>IMAP response error: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP response error: %1 (at byte %2, near &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No profile directory is known on this system; pass --profile DIR or set HERON_PROFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile path %1 is a file, not a directory; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1; check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile directory %1 is not writable by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged; Heron will not overwrite it. Move it aside to start a new one (the passwords it held must then be entered again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1, readable only by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no system keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no secrets stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds; unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no secret &quot;%1&quot; for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain that holds this profile&apos;s secrets cannot be reached (%1); start the desktop&apos;s keyring service and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to read a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused to store a secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to delete a secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 holds no secret &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line of %1 bytes (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes without a line end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not SMTP: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate (expected a -----BEGIN CERTIFICATE----- block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds a damaged certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::cli</name>
    <message>
        <source>the CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile already has an account for %1; remove it first with `heronctl account remove %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin read no password: standard input was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is not a terminal, so the password cannot be asked for; pipe it in with --password-stdin, e.g. printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | heronctl account add ... --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password could not be stored, so the account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: IMAP %2, SMTP %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts in %1; add one with `heronctl account add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENTID: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENTID: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile %1 has no account %2; `heronctl account list` shows its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of %1 could not be deleted, so the account was kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last reply &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device ID (CLIENTID %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented to servers that advertise CLIENTID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not presented: CLIENTID is off for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device secret is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account of this profile has a new device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers that check CLIENTID will see a new, unregistered device: register it again (the Device page, or the provider&apos;s portal with the ID above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to act on; may be omitted when the profile holds one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder (default: INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs either --to (to compose a message) or --eml FILE (to send a ready one), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --eml: the file already is the whole message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clientid reset needs exactly one of --account ADDR or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clientid reset makes the provider see a new, unregistered device; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account setup issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP engine issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache and sync issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP engine and outbox issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device identity (CLIENTID) issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MIME issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server (port default: 993 with tls, 143 with starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server (port default: 465 with tls, 587 with starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How IMAP is encrypted (default: tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How SMTP is encrypted (default: tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name, when it is not the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from one line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not present this device&apos;s CLIENTID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profile&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account and its cache from the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an account&apos;s folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also download message bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cached messages, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the message source as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s IMAP UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cached messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a message in the outbox and deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copy recipients (never in the sent headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain-text body, UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this ready RFC 5322 message instead of composing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List queued messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to deliver every queued message now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this device&apos;s CLIENTID token and each server&apos;s CLIENTID status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one account (or every account) a new device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every account&apos;s device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: providers will see a new, unregistered device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a local .eml file and show its fields and parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not HOST or HOST:PORT (port 1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be tls or starttls, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no message with UID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 failed; next at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: the outbox of %1 has no queued message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued message(s): %2 tried, %3 delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown charset, read as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recipients in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the outbox; sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 messages (%3 new, %4 changed, %5 removed; %6) in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::cli::AccountResolver</name>
    <message>
        <source>the profile %1 has no account %2; `heronctl account list` shows its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile %1 has no account yet; add one with `heronctl account add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has %1 accounts (%2); say which with --account ADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password is stored for %1 and standard input is not a terminal to ask for one; store it with `heronctl account remove %1` and `heronctl account add ... --password-stdin`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::cli::CliRunner</name>
    <message>
        <source>Run &apos;heronctl --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not implemented yet (it arrives with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heronctl %1: the Heron mail engine from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep all state under DIR (or set HERON_PROFILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text; &apos;heronctl help COMMAND&apos; for one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 other failure, 2 usage error, 3 connection or TLS failure,
4 authentication failed, 5 device refused (CLIENTID), 6 CLIENTID protocol error,
7 message rejected by the server (it stays in the outbox).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::cli::ImapOpener</name>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then run this command again; `heronctl clientid` shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::cli::SmtpOutboxRunner</name>
    <message>
        <source>The message stays in the outbox; `heronctl outbox flush` sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages stay in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the recipient %2 (%3); the others got it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected: %2 It stays in the outbox as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have been sent: %2 It stays in the outbox and is not sent again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1 is %2 %3. Register it with your provider (usually on its web portal, as a new device), then run `heronctl outbox flush`; `heronctl clientid` shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::imap::ImapCommand</name>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::imap::ImapSession</name>
    <message>
        <source>%1 did not greet like an IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged in without TLS (PREAUTH on an unencrypted connection); Heron will not continue unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your password over it; ask your provider for the TLS port (usually 993).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to start TLS (%2); Heron will not continue unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s device ID is malformed, so Heron sent nothing to %1. Reset the device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this device: %2. Your provider allows this account only on devices you have approved; register this device&apos;s ID with your provider, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept Heron&apos;s device ID command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept a password login on this connection (LOGINDISABLED, no AUTH=PLAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer OAuth login (AUTH=OAUTHBEARER or AUTH=XOAUTH2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider may also require this device to be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a selected folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent in this state of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response Heron cannot read (%2); the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered a command Heron did not send (tag %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a malformed command completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for data Heron was not sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::imap::LoginCommand</name>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot check the login right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::net::Connection</name>
    <message>
        <source>Heron refused to send a password or device ID to %1 over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent compressed data that cannot be decompressed; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate is for %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate was issued by &quot;%1&quot;, an authority this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron did not connect to %1 because the server could not prove its identity. %2 Certificate fingerprint (SHA-256): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the server %1; check its name and this computer&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection; check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during TLS negotiation; check the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS negotiation with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS negotiation with %1 did not finish within %2 s; check the port and the security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::smtp::SmtpSession</name>
    <message>
        <source>%1 sent something that is not SMTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closing the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply nobody asked for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept mail submission now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused EHLO: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused HELO: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the connection cannot be encrypted. Heron will not send your password or messages over it; ask your provider for the TLS port (usually 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to start TLS (%2); Heron will not continue unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s device ID is malformed, so Heron sent nothing to %1. Reset the device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this device: %2. Your provider allows this account only on devices you have approved; register this device&apos;s ID with your provider, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not check this device right now (%2); Heron will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept Heron&apos;s device ID command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no way to log in (no AUTH after EHLO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers only login methods Heron does not use: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider may also require this device to be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery notification ID is longer than SMTP allows (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take international (UTF-8) addresses or headers; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts only 7-bit messages and this one is 8-bit; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 kB and %2 accepts at most %3 kB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP session is not ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sender %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused every recipient: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to take the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the message after receiving it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store</name>
    <message>
        <source>Could not save the change in the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store::Database</name>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 cannot use write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was written by a newer Heron (schema %1; this one knows up to %2). Update Heron, or remove the cache to rebuild it from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot migrate the cache from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations skip from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 (%2) failed, nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store::MailCache</name>
    <message>
        <source>Could not save the folder list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save messages in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save flag changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save message bodies in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store::Outbox</name>
    <message>
        <source>The message has no Message-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 is already in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the message in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 does not exist or is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron stopped while sending this message; it may have reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store::PartCache</name>
    <message>
        <source>Cannot create the folder for cached parts %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the cached part %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cache part %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached part file %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached part file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store::PendingAction</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking %1 as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking %1 as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unflagging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::store::PendingActions</name>
    <message>
        <source>There is no message with UID %1 in this folder&apos;s cache; run a sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is still being moved here; try again after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot; in the cache; run a sync to update the folder list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message already is in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names no Trash folder (special-use \Trash) for this account, so there is nowhere to move deleted messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names no archive folder (special-use \Archive) for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::sync::AccountSync</name>
    <message>
        <source>Offline changes could not be sent (they stay queued): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::sync::ActionReplayer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::sync::MailEngine</name>
    <message>
        <source>The mail cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer has this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::sync::OutboxSender</name>
    <message>
        <source>The connection ended after the message was handed over, before the server confirmed it (%1). It may have been sent; look in the recipients&apos; or the Sent folder before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but no copy could be saved in the Sent folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but the folders could not be listed to save a copy in Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but the account has no Sent folder (none is marked \Sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but saving it in %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::DeviceIdField</name>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the device ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::DevicePage</name>
    <message>
        <source>Present this device&apos;s ID to the servers (CLIENTID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers that allow an account only on approved devices need it; servers that do not ask for it never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with a phone to register this device on the provider&apos;s web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset This Account&apos;s Device ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset All Device IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s identity cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then Heron presents no device ID, and providers that allow only approved devices refuse this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: add one with heronctl account add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device ID: the install secret cannot be read (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not presented: the device ID is switched off for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this ID with your provider as a new device (paste it, or scan the QR code on the provider&apos;s page). Only this account&apos;s servers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open %2&apos;s registration page&lt;/a&gt; (in your browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider has not named a registration page. It usually has one among the security or device settings of its web portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron will present a new device ID to the servers of %1. Your provider will see a new, unregistered device: if it allows this account only on approved devices, Heron cannot get or send this account&apos;s mail until the new ID is approved. The old ID stops being used here; other accounts keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device ID was not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset All Device IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron will replace this installation&apos;s secret, so every account gets a new device ID. Every provider will see a new, unregistered device: those that allow an account only on approved devices refuse it until the new ID is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device IDs were not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::DeviceRefusalDialog</name>
    <message>
        <source>This Device Is Not Approved — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be used on this device yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Registration Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again once the provider has approved this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s ID for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incoming mail server (IMAP) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outgoing mail server (SMTP) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply of %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this device on your provider&apos;s page (%1): open it, or copy the device ID or scan the QR code there. Once the device is approved, press Try Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this device with your provider, usually as a new device in its web portal, with the device ID above (copy it, or scan the QR code). Once the device is approved, press Try Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider allows this account only on devices the account owner has approved. This device is not approved yet. Heron did not send the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;QR Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>heron::ui::MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter these messages &lt;Ctrl+Shift+K&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: add one with heronctl account add (profile %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date; new mail shows up as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Getting messages of %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your provider does not know this device yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the password. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot reach the server. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get new messages of the selected folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s ID for the account, its registration with the provider, and resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Heron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Heron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Heron %1&lt;/h3&gt;&lt;p&gt;A desktop mail client with built-in device registration (CLIENTID).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageFileWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Heron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, too large to be a mail message; Heron shows message files up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron could not read all of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageListModel</name>
    <message>
        <source>(no recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::MessageView</name>
    <message>
        <source>This message is HTML-only: it is shown as text, and no remote content is loaded. A full HTML view comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the message from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heron::ui::QrCodeWidget</name>
    <message>
        <source>QR code of the device ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heronctl</name>
    <message>
        <source>the folder &quot;%1&quot; is not in the cache yet; run `heronctl sync --folder %1` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when heronctl was stopped; they are marked &quot;may have been sent&quot; and are not sent again on their own (`heronctl outbox` lists them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Heron mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all state (settings, cache, secrets) under &lt;dir&gt; (default: $HERON_PROFILE, else the standard location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message files (.eml) to show, or a mailto: link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heron cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Heron cannot write mail yet, so it cannot open %1. Use another mail program for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Heron in &lt;language&gt; (%1) instead of the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
