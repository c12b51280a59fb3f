#!/usr/bin/python3
"""selftest.py - checks a running mailstack (standard library only).

Run it against a started stack:
    tests/servers/mailstack run /tmp/ms -- tests/servers/selftest.py
or with the variables of DIR/stack.env exported (or --env DIR/stack.env).
Ends with a line "N passed, M failed"; exit status 0 only if nothing failed.
"""

import imaplib
import os
import smtplib
import socket
import ssl
import sys
import time
import uuid

RESULTS = []


def check(name):
    def deco(fn):
        try:
            fn()
            RESULTS.append((name, None))
            print("PASS  %s" % name)
        except Exception as e:  # noqa: BLE001 - report every failure, keep going
            RESULTS.append((name, e))
            print("FAIL  %s: %s: %s" % (name, type(e).__name__, e))
        return fn
    return deco


def load_env():
    if len(sys.argv) == 3 and sys.argv[1] == "--env":
        with open(sys.argv[2]) as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    os.environ.setdefault(k, v)
    missing = [k for k in ("CA_FILE", "IMAP_PORT", "IMAPS_PORT", "SUBMISSION_PORT", "SUBMISSIONS_PORT",
                           "LMTP_PORT", "USER1", "PASS1") if k not in os.environ]
    if missing:
        sys.exit("selftest: missing environment variables %s (run via 'mailstack run DIR -- ...')" % missing)
    return os.environ


E = load_env()
HOST = E.get("IMAP_HOST", "127.0.0.1")
CTX = ssl.create_default_context(cafile=E["CA_FILE"])
TAG = uuid.uuid4().hex[:10]


def imaps(user=None, pw=None):
    m = imaplib.IMAP4_SSL(HOST, int(E["IMAPS_PORT"]), ssl_context=CTX)  # verifies IP:127.0.0.1
    if user:
        m.login(user, pw)
    return m


@check("IMAPS certificate verifies against CA_FILE (DNS:localhost and IP:127.0.0.1)")
def _():
    for name in ("localhost", "127.0.0.1", "mail.example.test"):
        with socket.create_connection((HOST, int(E["IMAPS_PORT"])), timeout=10) as raw:
            with CTX.wrap_socket(raw, server_hostname=name) as s:
                assert s.recv(100).startswith(b"* OK")


@check("plain IMAP port: STARTTLS + LOGINDISABLED before TLS, LOGIN refused")
def _():
    with socket.create_connection((HOST, int(E["IMAP_PORT"])), timeout=10) as s:
        f = s.makefile("rb")
        greet = f.readline().decode()
        assert "STARTTLS" in greet and "LOGINDISABLED" in greet, greet
        s.sendall(b'a LOGIN "%s" "%s"\r\n' % (E["USER1"].encode(), E["PASS1"].encode()))
        line = f.readline().decode()
        while line.startswith("*") and "BAD" not in line:
            line = f.readline().decode()
        assert "BAD" in line or "NO" in line, line


@check("STARTTLS login + required capabilities + special-use folders")
def _():
    m = imaplib.IMAP4(HOST, int(E["IMAP_PORT"]))
    m.starttls(ssl_context=CTX)
    m.login(E["USER1"], E["PASS1"])
    caps = m.capability()[1][0].decode().split()
    for c in ("COMPRESS=DEFLATE", "CONDSTORE", "QRESYNC", "SPECIAL-USE", "MOVE", "IDLE", "UIDPLUS", "ENABLE"):
        assert c in caps, "missing capability %s" % c
    typ, lst = m.list()
    text = b"\n".join(lst).decode()
    for flag, box in (("\\Drafts", "Drafts"), ("\\Sent", "Sent"), ("\\Trash", "Trash"), ("\\Junk", "Junk"),
                      ("\\Archive", "Archive")):
        assert flag in text and box in text, (flag, text)
    typ, sub = m.lsub()
    assert len(sub) >= 5, sub
    typ, data = m._simple_command("ENABLE", "QRESYNC")
    assert typ == "OK", data
    typ, data = m.select("INBOX")
    assert typ == "OK"
    assert "HIGHESTMODSEQ" in m.untagged_responses or any(
        b"HIGHESTMODSEQ" in x for x in m.untagged_responses.get("OK", [])), m.untagged_responses
    m.logout()


@check("IMAP wrong password is rejected")
def _():
    m = imaps()
    try:
        m.login(E["USER1"], "definitely-wrong")
    except imaplib.IMAP4.error:
        return
    finally:
        try:
            m.logout()
        except Exception:
            pass
    raise AssertionError("login with a wrong password succeeded")


@check("submission: no AUTH before STARTTLS, MAIL refused without TLS")
def _():
    with smtplib.SMTP(HOST, int(E["SUBMISSION_PORT"]), timeout=10) as s:
        s.ehlo("selftest.example.test")
        assert s.has_extn("starttls")
        assert not s.has_extn("auth"), s.esmtp_features
        code, _ = s.mail(E["USER1"])
        assert code == 530, code


@check("submission: wrong password -> 535")
def _():
    with smtplib.SMTP(HOST, int(E["SUBMISSION_PORT"]), timeout=10) as s:
        s.starttls(context=CTX)
        try:
            s.login(E["USER1"], "definitely-wrong")
        except smtplib.SMTPAuthenticationError as e:
            assert e.smtp_code == 535, e
            return
    raise AssertionError("AUTH with a wrong password succeeded")


def message(frm, to, subject):
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: <%s@selftest.example.test>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello from selftest.\r\n"
            % (frm, to, subject, uuid.uuid4().hex))


@check("submission (STARTTLS, AUTH) delivers alice -> bob")
def _():
    with smtplib.SMTP(HOST, int(E["SUBMISSION_PORT"]), timeout=10) as s:
        s.starttls(context=CTX)
        s.login(E["USER1"], E["PASS1"])
        s.sendmail(E["USER1"], [E["USER2"]], message(E["USER1"], E["USER2"], "selftest-587-" + TAG))


@check("submissions (implicit TLS, AUTH) delivers alice -> bob")
def _():
    with smtplib.SMTP_SSL(HOST, int(E["SUBMISSIONS_PORT"]), context=CTX, timeout=10) as s:
        s.login(E["USER1"], E["PASS1"])
        s.sendmail(E["USER1"], [E["USER2"]], message(E["USER1"], E["USER2"], "selftest-465-" + TAG))


@check("mail to other domains is refused (nothing leaves the machine)")
def _():
    with smtplib.SMTP_SSL(HOST, int(E["SUBMISSIONS_PORT"]), context=CTX, timeout=10) as s:
        s.login(E["USER1"], E["PASS1"])
        try:
            s.sendmail(E["USER1"], ["someone@example.com"], message(E["USER1"], "someone@example.com", "x"))
        except smtplib.SMTPRecipientsRefused as e:
            code = list(e.recipients.values())[0][0]
            assert code >= 500, e
            return
    raise AssertionError("external recipient accepted")


@check("LMTP injection delivers to carol")
def _():
    with smtplib.LMTP(HOST, int(E["LMTP_PORT"])) as s:
        s.sendmail("injector@example.test", [E["USER3"]], message("injector@example.test", E["USER3"],
                                                                    "selftest-lmtp-" + TAG))


def wait_for(user, pw, subject, timeout=15):
    deadline = time.time() + timeout
    while True:
        m = imaps(user, pw)
        m.select("INBOX", readonly=True)
        typ, data = m.search(None, "SUBJECT", '"%s"' % subject)
        m.logout()
        if data and data[0].split():
            return
        if time.time() > deadline:
            raise AssertionError("%s not in %s's INBOX after %ss" % (subject, user, timeout))
        time.sleep(0.3)


@check("bob sees both submitted messages over IMAP")
def _():
    wait_for(E["USER2"], E["PASS2"], "selftest-587-" + TAG)
    wait_for(E["USER2"], E["PASS2"], "selftest-465-" + TAG)


@check("carol sees the LMTP message over IMAP")
def _():
    wait_for(E["USER3"], E["PASS3"], "selftest-lmtp-" + TAG)


@check("demo account has content (INBOX >= 300, Sent, Archive)")
def _():
    m = imaps(E["DEMO_USER"], E["DEMO_PASS"])
    counts = {}
    for box in ("INBOX", "Sent", "Archive"):
        typ, d = m.select(box, readonly=True)
        counts[box] = int(d[0])
    m.logout()
    assert counts["INBOX"] >= 300 and counts["Sent"] > 0 and counts["Archive"] > 0, counts


if "GATE_IMAPS_PORT" in E:
    # The CLIENTID gate (clientid_gate.py). No unknown token is sent: it would sit in the pending list.
    @check("gate: IMAPS advertises CLIENTID, refuses a restricted login without it, relays alice")
    def _():
        m = imaplib.IMAP4_SSL(HOST, int(E["GATE_IMAPS_PORT"]), ssl_context=CTX)
        assert "CLIENTID" in m.capabilities, m.capabilities
        try:
            m.login(E["DEMO_USER"], E["DEMO_PASS"])
            raise AssertionError("restricted login without CLIENTID accepted")
        except imaplib.IMAP4.error as e:
            assert "approved devices" in str(e), e
        m.logout()
        m = imaplib.IMAP4_SSL(HOST, int(E["GATE_IMAPS_PORT"]), ssl_context=CTX)
        m.login(E["USER1"], E["PASS1"])
        assert m.select("INBOX", readonly=True)[0] == "OK"
        m.logout()

    @check("gate: submissions advertises CLIENTID, AUTH without it -> 530 for a restricted account")
    def _():
        with smtplib.SMTP_SSL(HOST, int(E["GATE_SUBMISSIONS_PORT"]), context=CTX, timeout=10) as s:
            s.ehlo("selftest.example.test")
            assert s.has_extn("clientid") and s.has_extn("auth"), s.esmtp_features
            try:
                s.login(E["DEMO_USER"], E["DEMO_PASS"])
                raise AssertionError("restricted AUTH without CLIENTID accepted")
            except smtplib.SMTPAuthenticationError as e:
                assert e.smtp_code == 530, e
        with smtplib.SMTP_SSL(HOST, int(E["GATE_SUBMISSIONS_PORT"]), context=CTX, timeout=10) as s:
            s.login(E["USER1"], E["PASS1"])


failed = sum(1 for _, e in RESULTS if e)
print("%d passed, %d failed" % (len(RESULTS) - failed, failed))
sys.exit(1 if failed else 0)
