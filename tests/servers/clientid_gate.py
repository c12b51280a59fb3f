#!/usr/bin/python3
"""clientid_gate.py - the provider's CLIENTID gate in front of the stack's Dovecot and Postfix.

It plays a provider that allows some accounts only from approved devices (../shared/spec/clientid.md):
it terminates implicit TLS itself, advertises CLIENTID (IMAP capability, SMTP EHLO keyword), answers
the commands before login itself, and only once a login is allowed opens a TLS connection to the real
server, replays the login there and from then on relays bytes both ways untouched (COMPRESS included).
Logins: IMAP LOGIN and AUTHENTICATE PLAIN, SMTP AUTH PLAIN and LOGIN (replayed as PLAIN), and the OAuth
mechanisms OAUTHBEARER and XOAUTH2 (RFC 7628; IMAP and SMTP, when the backend offers them), whose
initial response carries the account name; it is replayed unchanged, and the backend's error
challenge and the client's answer to it are passed through.

Policy. A CLIENTID token is refused (IMAP NO / SMTP 550, with a registration URL) unless an account
approved it; a refused token joins the registry's pending list with its first-seen time. The gate
cannot know the account at CLIENTID time (the login comes after it), so approving binds a token to
an account. Login to a device-restricted account needs an accepted CLIENTID on that connection whose
token that account approved; without one it is refused (IMAP NO / SMTP 530) and the backend is never
contacted. Unrestricted accounts may log in without CLIENTID.

Registry (JSON, rewritten atomically under a lock):
  {"accounts": {"demo@example.test": {"restricted": true, "approved": ["<token>", ...]}, ...},
   "pending": [{"token": "...", "first_seen": "2026-...Z", "account": null | "addr", "protocol": "imap"}]}

Usage:
  clientid_gate.py serve --registry FILE --log FILE --cert CHAIN --key KEY --ca CA
                         --imaps PORT --imap-backend HOST:PORT --submissions PORT --smtp-backend HOST:PORT
                         [--restricted ADDR]... [--portal URL] [--pidfile FILE] [--stack-dir DIR]
  clientid_gate.py approve --registry FILE --account ADDR (--token TOKEN | --all-pending)
  clientid_gate.py list    --registry FILE [--json]
Every client command goes to the log as "TIME PROTO#PID.N C: line", passwords and AUTH data redacted.
"""

import argparse
import asyncio
import base64
import binascii
import datetime
import fcntl
import json
import os
import re
import signal
import ssl
import sys

LINE_MAX = 8192
IDLE_TIMEOUT = 300
TOKEN_RE = re.compile(r"^[\x21-\x7e]{1,200}$")
OAUTH_MECHS = ("OAUTHBEARER", "XOAUTH2")


def plain_blob(user, password):
    return base64.b64encode(b"\0" + user.encode() + b"\0" + password)


def oauth_user(mech, blob):
    """The account in an OAUTHBEARER initial response (GS2 header "n,a=USER,", RFC 7628 3.1) or an
    XOAUTH2 one ("user=USER^Aauth=Bearer ..."); ValueError (binascii.Error) when it has none."""
    data = base64.b64decode(blob, validate=True)
    first = data.split(b"\x01", 1)[0]
    if mech == "XOAUTH2":
        if not first.startswith(b"user="):
            raise ValueError("no user=")
        user = first[5:]
    else:
        gs2 = first.split(b",")
        if len(gs2) < 3 or not gs2[1].startswith(b"a="):
            raise ValueError("no a= in the GS2 header")
        user = gs2[1][2:].replace(b"=2C", b",").replace(b"=3D", b"=")  # RFC 5801 saslname
    if not user:
        raise ValueError("empty user")
    return user.decode("utf-8")


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

class Registry:
    def __init__(self, path):
        self.path = path

    def _load(self):
        try:
            with open(self.path) as f:
                data = json.load(f)
        except FileNotFoundError:
            data = {}
        data.setdefault("accounts", {})
        data.setdefault("pending", [])
        return data

    def _save(self, data):
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(data, f, indent=2, sort_keys=True)
            f.write("\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, self.path)

    def update(self, fn):
        """Runs fn(data) under the lock; saves when it returns True. Returns fn's result."""
        with open(self.path + ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            data = self._load()
            result = fn(data)
            if result is not False:
                self._save(data)
            return result

    def read(self):
        with open(self.path + ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_SH)
            return self._load()

    # policy -----------------------------------------------------------------

    def token_approved(self, token):
        return any(token in a.get("approved", []) for a in self.read()["accounts"].values())

    def is_restricted(self, account):
        return bool(self.read()["accounts"].get(account, {}).get("restricted"))

    def approved_for(self, account, token):
        return token in self.read()["accounts"].get(account, {}).get("approved", [])

    def add_pending(self, token, protocol, account=None):
        def fn(data):
            for p in data["pending"]:
                if p["token"] == token and p.get("account") in (None, account):
                    if account and not p.get("account"):
                        p["account"] = account
                        return True
                    return False
            data["pending"].append({"token": token, "first_seen": now_iso(), "account": account,
                                    "protocol": protocol})
            return True
        self.update(fn)


# ---------------------------------------------------------------------------
# shared connection plumbing
# ---------------------------------------------------------------------------

class Gate:
    def __init__(self, args):
        self.args = args
        self.registry = Registry(args.registry)
        self.logfile = open(args.log, "a", buffering=1)
        self.conn_ids = 0
        self.backend_ctx = ssl.create_default_context(cafile=args.ca)
        self.imap_caps = None
        self.smtp_ext = None

    def log(self, conn, text):
        self.logfile.write("%s %s %s\n" % (now_iso(), conn, text))

    def next_id(self, proto):
        self.conn_ids += 1
        return "%s#%d.%d" % (proto, os.getpid(), self.conn_ids)  # unique across restarts (the log is kept)

    def refusal_text(self, token):
        return "device not registered; approve it at %s?token=%s" % (self.args.portal, token)

    async def open_backend(self, hostport):
        host, _, port = hostport.rpartition(":")
        return await asyncio.wait_for(
            asyncio.open_connection(host, int(port), ssl=self.backend_ctx, server_hostname="localhost"), 20)

    async def relay(self, conn, client_r, client_w, backend_r, backend_w):
        """Copies bytes both ways until either side closes."""
        async def pump(src, dst):
            try:
                while True:
                    data = await src.read(65536)
                    if not data:
                        break
                    dst.write(data)
                    await dst.drain()
            except (OSError, ssl.SSLError, asyncio.IncompleteReadError):
                pass
            finally:
                try:
                    dst.close()
                except Exception:  # noqa: BLE001 - closing twice or on a broken TLS link
                    pass
        await asyncio.gather(pump(client_r, backend_w), pump(backend_r, client_w))
        self.log(conn, "closed")

    # backend capabilities (read once at startup; the listeners open only after that) ---------

    async def probe_backends(self, deadline):
        loop = asyncio.get_running_loop()
        while True:
            try:
                r, w = await self.open_backend(self.args.imap_backend)
                greeting = (await r.readline()).decode("latin-1")
                m = re.search(r"\[CAPABILITY ([^\]]*)\]", greeting, re.I)
                caps = m.group(1).split() if m else []
                w.write(b"g LOGOUT\r\n")
                w.close()
                r, w = await self.open_backend(self.args.smtp_backend)
                await read_smtp_reply(r)
                w.write(b"EHLO clientid-gate.example.test\r\n")
                await w.drain()
                _, lines = await read_smtp_reply(r)
                w.write(b"QUIT\r\n")
                w.close()
                break
            except (OSError, ssl.SSLError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError):
                if loop.time() > deadline:
                    raise
                await asyncio.sleep(0.1)
        # Only mechanisms whose first message names the account (the gate must know it before
        # anything reaches the backend): PLAIN, and the OAuth ones the backend offers.
        wanted = ["AUTH=" + m for m in ("PLAIN",) + OAUTH_MECHS]
        self.imap_caps = [c for c in caps if not c.upper().startswith("AUTH=") or c.upper() in wanted]
        self.imap_caps.append("CLIENTID")
        ext = []
        for line in lines[1:]:
            word = line.split(" ", 1)[0].upper()
            if word in ("STARTTLS", "CLIENTID"):
                continue
            if word == "AUTH":
                offered = line.upper().split()[1:]
                line = " ".join(["AUTH", "PLAIN", "LOGIN"] + [m for m in OAUTH_MECHS if m in offered])
            ext.append(line)
        self.smtp_ext = ext + ["CLIENTID"]


async def read_smtp_reply(reader):
    """Returns (code, [text of each line])."""
    lines = []
    while True:
        raw = await reader.readline()
        if not raw:
            raise asyncio.IncompleteReadError(b"", None)
        line = raw.decode("latin-1").rstrip("\r\n")
        if len(line) < 3 or not line[:3].isdigit():
            raise ValueError("bad SMTP reply: %r" % line)
        lines.append(line[4:])
        if len(line) == 3 or line[3] == " ":
            return int(line[:3]), lines


# ---------------------------------------------------------------------------
# IMAP
# ---------------------------------------------------------------------------

def imap_tokens(raw):
    """Splits one command (with its literals inline) into byte strings: atoms, quoted, literals."""
    out, i, n = [], 0, len(raw)
    while i < n:
        c = raw[i:i + 1]
        if c in (b" ", b"\r", b"\n"):
            i += 1
        elif c == b'"':
            i += 1
            buf = bytearray()
            while i < n and raw[i:i + 1] != b'"':
                if raw[i:i + 1] == b"\\":
                    i += 1
                buf += raw[i:i + 1]
                i += 1
            out.append(bytes(buf))
            i += 1
        elif c == b"{":
            m = re.match(rb"\{(\d+)\+?\}\r\n", raw[i:])
            if not m:
                raise ValueError("bad literal")
            start = i + m.end()
            out.append(raw[start:start + int(m.group(1))])
            i = start + int(m.group(1))
        else:
            m = re.match(rb"[^ \r\n]+", raw[i:])
            out.append(m.group(0))
            i += m.end()
    return out


class ImapClient:
    def __init__(self, gate, reader, writer):
        self.gate, self.r, self.w = gate, reader, writer
        self.conn = gate.next_id("imap")
        self.token = None  # accepted CLIENTID token
        self.clientid_seen = False

    def send(self, text):
        self.w.write(text.encode() + b"\r\n")

    async def read_command(self):
        """Reads one command with its literals; returns the raw bytes or None at EOF."""
        raw = bytearray()
        while True:
            line = await asyncio.wait_for(self.r.readline(), IDLE_TIMEOUT)
            if not line:
                return None
            raw += line
            if len(raw) > LINE_MAX:
                raise ValueError("command too long")
            m = re.search(rb"\{(\d+)(\+?)\}\r\n$", line)
            if not m:
                return bytes(raw)
            size = int(m.group(1))
            if size > LINE_MAX:
                raise ValueError("literal too long")
            if not m.group(2):
                self.send("+ go ahead")
                await self.w.drain()
            raw += await self.r.readexactly(size)

    def log_command(self, tag, verb, args):
        if verb in ("LOGIN",):
            shown = "%s LOGIN %s <password redacted>" % (tag, args[0].decode("utf-8", "replace") if args else "")
        elif verb == "AUTHENTICATE":
            shown = "%s AUTHENTICATE %s%s" % (tag, args[0].decode("latin-1") if args else "",
                                              " <auth redacted>" if len(args) > 1 else "")
        else:
            shown = " ".join([tag, verb] + [x.decode("latin-1") for x in args])
        self.gate.log(self.conn, "C: " + shown)

    async def run(self):
        peer = self.w.get_extra_info("peername")
        self.gate.log(self.conn, "connect from %s:%s" % peer[:2])
        self.send("* OK [CAPABILITY %s] Heron provider gate ready." % " ".join(self.gate.imap_caps))
        while True:
            await self.w.drain()
            try:
                raw = await self.read_command()
            except ValueError as e:
                self.send("* BYE %s" % e)
                break
            if raw is None:
                break
            try:
                words = imap_tokens(raw)
            except ValueError:
                words = []
            if len(words) < 2:
                self.gate.log(self.conn, "C: " + raw.decode("latin-1").strip())
                self.send("* BAD syntax error")
                continue
            tag = words[0].decode("latin-1")
            verb = words[1].decode("latin-1").upper()
            args = words[2:]
            self.log_command(tag, verb, args)
            if verb == "CAPABILITY":
                self.send("* CAPABILITY " + " ".join(self.gate.imap_caps))
                self.send(tag + " OK CAPABILITY completed")
            elif verb == "NOOP":
                self.send(tag + " OK NOOP completed")
            elif verb == "LOGOUT":
                self.send("* BYE logging out")
                self.send(tag + " OK LOGOUT completed")
                break
            elif verb == "ID":
                self.send('* ID ("name" "Heron provider gate")')
                self.send(tag + " OK ID completed")
            elif verb == "STARTTLS":
                self.send(tag + " BAD TLS is already active")
            elif verb == "CLIENTID":
                self.clientid(tag, args)
            elif verb in ("LOGIN", "AUTHENTICATE"):
                login = await self.credentials(tag, verb, args)
                if login is None:
                    continue
                user, mech, blob = login
                if not self.allowed(tag, user):
                    continue
                await self.w.drain()
                if await self.hand_over(tag, user, mech, blob):
                    return
            else:
                self.send(tag + " BAD %s is not allowed before login" % verb)
        await self.w.drain()
        self.gate.log(self.conn, "closed")

    def clientid(self, tag, args):
        if self.clientid_seen:
            self.send(tag + " BAD CLIENTID was already given on this connection")
            return
        if len(args) != 2 or args[0].upper() != b"UUID" or not TOKEN_RE.match(args[1].decode("latin-1")):
            self.send(tag + " BAD usage: CLIENTID UUID <token>")
            return
        self.clientid_seen = True
        token = args[1].decode("latin-1")
        if self.gate.registry.token_approved(token):
            self.token = token
            self.gate.log(self.conn, "clientid accepted")
            self.send(tag + " OK CLIENTID accepted")
        else:
            self.gate.registry.add_pending(token, "imap")
            self.gate.log(self.conn, "clientid refused (pending)")
            self.send(tag + " NO [ALERT] " + self.gate.refusal_text(token))

    async def credentials(self, tag, verb, args):
        """Returns (user, mechanism, base64 initial response) for the backend from LOGIN or
        AUTHENTICATE PLAIN / OAUTHBEARER / XOAUTH2, or None after answering."""
        if verb == "LOGIN":
            if len(args) != 2:
                self.send(tag + " BAD usage: LOGIN user password")
                return None
            user = args[0].decode("utf-8", "replace")
            return user, "PLAIN", plain_blob(user, args[1])
        mech = args[0].decode("latin-1").upper() if args else ""
        if mech not in ("PLAIN",) + OAUTH_MECHS or "AUTH=" + mech not in self.gate.imap_caps:
            self.send(tag + " NO [CANNOT] only AUTHENTICATE PLAIN, OAUTHBEARER and XOAUTH2 are supported here")
            return None
        if len(args) > 1:
            blob = args[1]
        else:
            self.send("+ ")
            await self.w.drain()
            blob = (await asyncio.wait_for(self.r.readline(), IDLE_TIMEOUT)).strip()
            self.gate.log(self.conn, "C: <auth redacted>")
            if blob == b"*":
                self.send(tag + " BAD AUTHENTICATE cancelled")
                return None
        if mech in OAUTH_MECHS:
            try:
                return oauth_user(mech, blob), mech, blob
            except (binascii.Error, ValueError):
                self.send(tag + " BAD invalid SASL %s data (no user name)" % mech)
                return None
        try:
            authz, user, password = base64.b64decode(blob, validate=True).split(b"\0")
        except (binascii.Error, ValueError):
            self.send(tag + " BAD invalid SASL PLAIN data")
            return None
        user = (authz or user).decode("utf-8", "replace")
        return user, "PLAIN", plain_blob(user, password)

    def allowed(self, tag, user):
        account = user.lower()
        reg = self.gate.registry
        if not reg.is_restricted(account):
            return True
        if self.token is None:
            self.gate.log(self.conn, "login refused for %s: no accepted CLIENTID" % account)
            self.send(tag + " NO [AUTHORIZATIONFAILED] %s accepts logins only from approved devices "
                      "(CLIENTID first)" % account)
            return False
        if not reg.approved_for(account, self.token):
            reg.add_pending(self.token, "imap", account)
            self.gate.log(self.conn, "login refused for %s: device approved for another account" % account)
            self.send(tag + " NO [AUTHORIZATIONFAILED] " + self.gate.refusal_text(self.token))
            return False
        return True

    async def hand_over(self, tag, user, mech, blob):
        try:
            br, bw = await self.gate.open_backend(self.gate.args.imap_backend)
            await br.readline()  # the backend's greeting
            bw.write(tag.encode() + b" AUTHENTICATE " + mech.encode() + b" " + blob + b"\r\n")
            self.gate.log(self.conn, "%s login for %s replayed to the backend" % (mech, user.lower()))
            while True:  # untagged lines and challenges, then the tagged result
                line = await asyncio.wait_for(br.readline(), 30)
                if not line:
                    raise asyncio.IncompleteReadError(b"", None)
                self.w.write(line)
                if line.startswith(tag.encode() + b" "):
                    break
                if line.startswith(b"+"):
                    # A challenge (OAuth: the error JSON); the client's answer goes to the backend.
                    await self.w.drain()
                    answer = await asyncio.wait_for(self.r.readline(), IDLE_TIMEOUT)
                    if not answer:
                        raise asyncio.IncompleteReadError(b"", None)
                    self.gate.log(self.conn, "C: <auth redacted>")
                    bw.write(answer)
        except (OSError, ssl.SSLError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            self.gate.log(self.conn, "backend unreachable: %s" % type(e).__name__)
            self.send(tag + " NO [UNAVAILABLE] backend unreachable")
            return False
        if line.split(b" ", 2)[1].upper() != b"OK":
            # Failed: the next attempt goes through the gate's checks again.
            self.gate.log(self.conn, "backend refused the login")
            bw.close()
            return False
        self.gate.log(self.conn, "logged in; relaying")
        await self.w.drain()
        await self.gate.relay(self.conn, self.r, self.w, br, bw)
        return True


# ---------------------------------------------------------------------------
# SMTP
# ---------------------------------------------------------------------------

class SmtpClient:
    def __init__(self, gate, reader, writer):
        self.gate, self.r, self.w = gate, reader, writer
        self.conn = gate.next_id("smtp")
        self.helo = None
        self.token = None
        self.clientid_seen = False

    def send(self, text):
        self.w.write(text.encode() + b"\r\n")

    async def readline(self):
        line = await asyncio.wait_for(self.r.readline(), IDLE_TIMEOUT)
        if len(line) > LINE_MAX:
            raise ValueError("line too long")
        return line.decode("utf-8", "replace").rstrip("\r\n") if line else None

    async def run(self):
        peer = self.w.get_extra_info("peername")
        self.gate.log(self.conn, "connect from %s:%s" % peer[:2])
        self.send("220 mail.example.test ESMTP Heron provider gate")
        while True:
            await self.w.drain()
            line = await self.readline()
            if line is None:
                break
            verb, _, rest = line.partition(" ")
            verb = verb.upper()
            if verb == "AUTH" and " " in rest:
                line = "AUTH %s <auth redacted>" % rest.split(" ", 1)[0]
            self.gate.log(self.conn, "C: " + line)
            if verb in ("EHLO", "HELO"):
                self.helo = rest.strip() or "[127.0.0.1]"
                self.clientid_seen, self.token = False, None  # a new session (RFC 5321 4.1.4)
                if verb == "HELO":
                    self.send("250 mail.example.test")
                else:
                    lines = ["mail.example.test"] + self.gate.smtp_ext
                    for i, text in enumerate(lines):
                        self.send("250%s%s" % (" " if i == len(lines) - 1 else "-", text))
            elif verb == "NOOP" or verb == "RSET":
                self.send("250 2.0.0 OK")
            elif verb == "QUIT":
                self.send("221 2.0.0 Bye")
                break
            elif verb == "STARTTLS":
                self.send("503 5.5.1 TLS is already active")
            elif self.helo is None:
                self.send("503 5.5.1 EHLO first")
            elif verb == "CLIENTID":
                self.clientid(rest.split())
            elif verb == "AUTH":
                login = await self.credentials(rest.split())
                if login is None:
                    continue
                user, mech, blob = login
                if not self.allowed(user):
                    continue
                await self.w.drain()
                if await self.hand_over(user, mech, blob):
                    return
            elif verb in ("MAIL", "RCPT", "DATA", "BDAT"):
                self.send("530 5.7.0 Authentication required")
            else:
                self.send("502 5.5.2 command not recognized before AUTH")
        await self.w.drain()
        self.gate.log(self.conn, "closed")

    def clientid(self, args):
        if self.clientid_seen:
            self.send("503 5.5.1 CLIENTID was already given")
            return
        if len(args) != 2 or args[0].upper() != "UUID" or not TOKEN_RE.match(args[1]):
            self.send("501 5.5.4 usage: CLIENTID UUID <token>")
            return
        self.clientid_seen = True
        token = args[1]
        if self.gate.registry.token_approved(token):
            self.token = token
            self.gate.log(self.conn, "clientid accepted")
            self.send("250 2.0.0 CLIENTID accepted")
        else:
            self.gate.registry.add_pending(token, "smtp")
            self.gate.log(self.conn, "clientid refused (pending)")
            self.send("550 5.7.1 " + self.gate.refusal_text(token))

    async def credentials(self, args):
        """Returns (user, mechanism, base64 initial response) for the backend, or None after answering."""
        try:
            mech = args[0].upper() if args else ""
            if mech in OAUTH_MECHS and any(mech in e.upper().split() for e in self.gate.smtp_ext
                                           if e.upper().startswith("AUTH ")):
                if len(args) > 1 and args[1] != "=":
                    blob = args[1]
                else:
                    self.send("334 ")
                    await self.w.drain()
                    blob = await self.readline() or ""
                    self.gate.log(self.conn, "C: <auth redacted>")
                if blob == "*":
                    self.send("501 5.7.0 AUTH cancelled")
                    return None
                return oauth_user(mech, blob), mech, blob.encode("ascii")
            if mech == "PLAIN":
                if len(args) > 1 and args[1] != "=":
                    blob = args[1]
                else:
                    self.send("334 ")
                    await self.w.drain()
                    blob = await self.readline()
                    self.gate.log(self.conn, "C: <auth redacted>")
                if blob == "*":
                    self.send("501 5.7.0 AUTH cancelled")
                    return None
                authz, user, password = base64.b64decode(blob, validate=True).split(b"\0")
                user = (authz or user).decode("utf-8", "replace")
                return user, "PLAIN", plain_blob(user, password)
            if mech == "LOGIN":
                if len(args) > 1:
                    user = base64.b64decode(args[1], validate=True)
                else:
                    self.send("334 VXNlcm5hbWU6")
                    await self.w.drain()
                    user = base64.b64decode(await self.readline() or "", validate=True)
                    self.gate.log(self.conn, "C: <auth redacted>")
                self.send("334 UGFzc3dvcmQ6")
                await self.w.drain()
                password = base64.b64decode(await self.readline() or "", validate=True)
                self.gate.log(self.conn, "C: <auth redacted>")
                user = user.decode("utf-8", "replace")
                return user, "PLAIN", plain_blob(user, password)
        except (binascii.Error, ValueError, TypeError, UnicodeError):  # TypeError: the client left mid-AUTH
            self.send("501 5.5.2 invalid AUTH data")
            return None
        self.send("504 5.5.4 mechanism not supported here (%s)" % " ".join(
            next((e.split()[1:] for e in self.gate.smtp_ext if e.upper().startswith("AUTH ")), ["PLAIN", "LOGIN"])))
        return None

    def allowed(self, user):
        account = user.lower()
        reg = self.gate.registry
        if not reg.is_restricted(account):
            return True
        if self.token is None:
            self.gate.log(self.conn, "login refused for %s: no accepted CLIENTID" % account)
            self.send("530 5.7.0 %s accepts logins only from approved devices (CLIENTID first)" % account)
            return False
        if not reg.approved_for(account, self.token):
            reg.add_pending(self.token, "smtp", account)
            self.gate.log(self.conn, "login refused for %s: device approved for another account" % account)
            self.send("535 5.7.8 " + self.gate.refusal_text(self.token))
            return False
        return True

    async def hand_over(self, user, mech, blob):
        try:
            br, bw = await self.gate.open_backend(self.gate.args.smtp_backend)
            await read_smtp_reply(br)
            bw.write(b"EHLO " + self.helo.encode() + b"\r\n")
            await bw.drain()
            code, _ = await read_smtp_reply(br)
            if code != 250:
                raise ValueError("backend EHLO: %d" % code)
            bw.write(b"AUTH " + mech.encode() + b" " + blob + b"\r\n")
            self.gate.log(self.conn, "%s login for %s replayed to the backend" % (mech, user.lower()))
            code, lines = await read_smtp_reply(br)
            while code == 334:
                # A challenge (OAuth: the error JSON); the client's answer goes to the backend.
                self.send("334 " + lines[-1])
                await self.w.drain()
                answer = await asyncio.wait_for(self.r.readline(), IDLE_TIMEOUT)
                if not answer:
                    raise asyncio.IncompleteReadError(b"", None)
                self.gate.log(self.conn, "C: <auth redacted>")
                bw.write(answer)
                code, lines = await read_smtp_reply(br)
        except (OSError, ssl.SSLError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as e:
            self.gate.log(self.conn, "backend unreachable: %s" % type(e).__name__)
            self.send("454 4.7.0 backend unreachable")
            return False
        for i, text in enumerate(lines):
            self.send("%d%s%s" % (code, " " if i == len(lines) - 1 else "-", text))
        if code != 235:
            # Failed: the next attempt goes through the gate's checks again.
            self.gate.log(self.conn, "backend refused the login")
            bw.close()
            return False
        self.gate.log(self.conn, "logged in; relaying")
        await self.w.drain()
        await self.gate.relay(self.conn, self.r, self.w, br, bw)
        return True


# ---------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------

async def serve(args):
    gate = Gate(args)
    registry = gate.registry

    def seed(data):
        for account in args.restricted:
            entry = data["accounts"].setdefault(account.lower(), {"approved": []})
            entry["restricted"] = True
            entry.setdefault("approved", [])
        return True
    registry.update(seed)

    loop = asyncio.get_running_loop()
    await gate.probe_backends(loop.time() + 20)

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(args.cert, args.key)

    def handler(cls):
        async def handle(reader, writer):
            client = cls(gate, reader, writer)
            try:
                await client.run()
            except (OSError, ssl.SSLError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as e:
                gate.log(client.conn, "dropped: %s" % (type(e).__name__))
            finally:
                writer.close()
        return handle

    servers = [
        await asyncio.start_server(handler(ImapClient), "127.0.0.1", args.imaps, ssl=ctx,
                                   ssl_handshake_timeout=30),
        await asyncio.start_server(handler(SmtpClient), "127.0.0.1", args.submissions, ssl=ctx,
                                   ssl_handshake_timeout=30),
    ]
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write("%d\n" % os.getpid())
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    gate.log("gate", "listening: imaps %d, submissions %d" % (args.imaps, args.submissions))
    await stop.wait()
    for s in servers:
        s.close()
    gate.log("gate", "stopped")


def cmd_approve(args):
    account = args.account.lower()

    def fn(data):
        tokens = [args.token] if args.token else [
            p["token"] for p in data["pending"] if p.get("account") in (None, account)]
        if not tokens:
            return []
        entry = data["accounts"].setdefault(account, {"restricted": False, "approved": []})
        entry.setdefault("approved", [])
        for t in tokens:
            if t not in entry["approved"]:
                entry["approved"].append(t)
        data["pending"] = [p for p in data["pending"] if p["token"] not in tokens]
        return tokens
    approved = Registry(args.registry).update(fn)
    if not approved:
        print("clientid_gate: no pending token for %s" % account, file=sys.stderr)
        return 1
    for t in approved:
        print("approved %s for %s" % (t, account))
    return 0


def cmd_list(args):
    data = Registry(args.registry).read()
    if args.json:
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    for account, entry in sorted(data["accounts"].items()):
        print("%s%s" % (account, " (device-restricted)" if entry.get("restricted") else ""))
        for t in entry.get("approved", []):
            print("  approved %s" % t)
    print("pending:" if data["pending"] else "pending: none")
    for p in data["pending"]:
        print("  %s  first seen %s  %s%s" % (p["token"], p["first_seen"], p.get("protocol", ""),
                                             "  " + p["account"] if p.get("account") else ""))
    return 0


def main():
    ap = argparse.ArgumentParser(description="CLIENTID provider gate for the Heron test stack")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--registry", required=True)
    s.add_argument("--log", required=True)
    s.add_argument("--cert", required=True, help="PEM chain the gate presents")
    s.add_argument("--key", required=True)
    s.add_argument("--ca", required=True, help="CA that signed the backends' certificates")
    s.add_argument("--imaps", type=int, required=True)
    s.add_argument("--imap-backend", required=True, help="HOST:PORT of the backend's implicit-TLS IMAP")
    s.add_argument("--submissions", type=int, required=True)
    s.add_argument("--smtp-backend", required=True, help="HOST:PORT of the backend's implicit-TLS submission")
    s.add_argument("--restricted", action="append", default=[], help="a device-restricted account")
    s.add_argument("--portal", default="https://mail.example.test/devices")
    s.add_argument("--pidfile")
    s.add_argument("--stack-dir", help="only tags the process for mailstack")
    a = sub.add_parser("approve")
    a.add_argument("--registry", required=True)
    a.add_argument("--account", required=True)
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--token")
    g.add_argument("--all-pending", action="store_true",
                   help="every pending token seen for this account or not yet tied to one")
    li = sub.add_parser("list")
    li.add_argument("--registry", required=True)
    li.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.cmd == "serve":
        asyncio.run(serve(args))
        return 0
    return cmd_approve(args) if args.cmd == "approve" else cmd_list(args)


if __name__ == "__main__":
    sys.exit(main())
