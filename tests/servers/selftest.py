#!/usr/bin/python3
"""selftest.py - checks a running mailstack (standard library only).

Run it against a started stack:
    tests/servers/mailstack run /tmp/ms -- tests/servers/selftest.py
or with the variables of DIR/stack.env exported (or --env DIR/stack.env).
Ends with a line "N passed, M failed"; exit status 0 only if nothing failed.
With the OAUTH_* variables it also signs alice in at oauth_server.py (PKCE, headless) and logs in with
XOAUTH2 / OAUTHBEARER; its /control/expire and /control/revoke?user=alice change the server's state.
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


if "OAUTH_TOKEN_URL" in E:
    # OAuth 2.0 (oauth_server.py): a headless sign-in, then XOAUTH2 / OAUTHBEARER against Dovecot,
    # Postfix and the gate. /control/expire and /control/revoke change the server's state for alice.
    import base64
    import concurrent.futures
    import hashlib
    import http.client
    import json
    import secrets
    import urllib.parse

    OAUTH = urllib.parse.urlsplit(E["OAUTH_ISSUER"])
    CLIENT_ID = E["OAUTH_CLIENT_ID"]
    REDIRECT = "http://127.0.0.1:53682/heron-selftest"
    SIGNED_IN = {}

    def http_call(method, path, form=None):
        c = http.client.HTTPSConnection(OAUTH.hostname, OAUTH.port, context=CTX, timeout=10)
        try:
            body = urllib.parse.urlencode(form) if form is not None else None
            c.request(method, path, body, {"Content-Type": "application/x-www-form-urlencoded"} if form else {})
            r = c.getresponse()
            return r.status, r, r.read()
        finally:
            c.close()

    def pkce():
        verifier = secrets.token_urlsafe(48)
        return verifier, base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()

    def authorize(challenge, state, user=E["USER1"], **extra):
        q = dict(response_type="code", client_id=CLIENT_ID, redirect_uri=REDIRECT, scope=E["OAUTH_SCOPE"],
                 state=state, code_challenge=challenge, code_challenge_method="S256", login_hint=user)
        q.update(extra)
        status, r, body = http_call("GET", "/authorize?" + urllib.parse.urlencode({k: v for k, v in q.items() if v}))
        return status, r.getheader("Location") or "", body

    def redirect_params(location):
        assert location.startswith(REDIRECT + "?"), location
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))

    def token(**form):
        if E.get("OAUTH_CLIENT_SECRET"):  # MAILSTACK_OAUTH_CLIENT_SECRET was set
            form["client_secret"] = E["OAUTH_CLIENT_SECRET"]
        status, r, body = http_call("POST", "/token", dict(client_id=CLIENT_ID, **form))
        return status, json.loads(body), r

    def sasl(mech, user, bearer):
        raw = ("n,a=%s,\x01auth=Bearer %s\x01\x01" if mech == "OAUTHBEARER" else "user=%s\x01auth=Bearer %s\x01\x01")
        return base64.b64encode((raw % (user, bearer)).encode()).decode()

    def imap_oauth(port, mech, user, bearer):
        """AUTHENTICATE with SASL-IR over implicit TLS; answers an error challenge as RFC 7628 says.
        Returns the tagged result line."""
        with CTX.wrap_socket(socket.create_connection((HOST, port), timeout=15), server_hostname="localhost") as s:
            f = s.makefile("rb")
            greeting = f.readline().decode()
            assert "AUTH=" + mech in greeting and "SASL-IR" in greeting, greeting
            s.sendall(("a AUTHENTICATE %s %s\r\n" % (mech, sasl(mech, user, bearer))).encode())
            while True:
                line = f.readline().decode()
                if line.startswith("+"):
                    json.loads(base64.b64decode(line[2:]))  # the error JSON
                    s.sendall(b"AQ==\r\n" if mech == "OAUTHBEARER" else b"\r\n")
                elif line.startswith("a ") or not line:
                    break
            if line.startswith("a OK"):
                s.sendall(b"b SELECT INBOX\r\n")
                while not line.startswith("b "):
                    line = f.readline().decode()
                assert line.startswith("b OK"), line
                return "a OK"
            return line.strip()

    def smtp_oauth(port, mech, user, bearer):
        """AUTH on implicit TLS submission; returns the final reply code."""
        with smtplib.SMTP_SSL(HOST, port, context=CTX, timeout=15) as s:
            s.ehlo("selftest.example.test")
            assert mech in s.esmtp_features.get("auth", "").upper().split(), s.esmtp_features
            code, _ = s.docmd("AUTH", "%s %s" % (mech, sasl(mech, user, bearer)))
            if code == 334:
                code, _ = s.docmd("AQ==" if mech == "OAUTHBEARER" else "")
            return code

    def parallel(*calls):
        """Runs (fn, args...) tuples at once: refusals each wait Dovecot's 2 s failure delay."""
        with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
            return [f.result() for f in [pool.submit(c[0], *c[1:]) for c in calls]]

    def control(what):
        status, r, body = http_call("POST", "/control/" + what, {})
        assert status == 200, (status, body)
        return json.loads(body)

    @check("oauth: authorize with PKCE and login_hint -> 302 code+state; token grant; metadata")
    def _():
        verifier, challenge = pkce()
        status, location, _ = authorize(challenge, "st-" + TAG)
        assert status == 302, status
        p = redirect_params(location)
        assert p.get("state") == "st-" + TAG and p.get("code"), p
        status, t, r = token(grant_type="authorization_code", code=p["code"], redirect_uri=REDIRECT,
                             code_verifier=verifier)
        assert status == 200, t
        assert t["token_type"] == "Bearer" and t["access_token"] and t["refresh_token"] and t["expires_in"] > 0, t
        assert t["scope"] == E["OAUTH_SCOPE"], t
        assert r.getheader("Cache-Control") == "no-store", r.getheaders()
        SIGNED_IN.update(t)
        status, _, body = http_call("GET", "/.well-known/oauth-authorization-server")
        meta = json.loads(body)
        assert meta["token_endpoint"] == E["OAUTH_TOKEN_URL"] and meta["code_challenge_methods_supported"] == ["S256"]

    @check("oauth: IMAPS XOAUTH2 + OAUTHBEARER, direct and through the gate")
    def _():
        at = SIGNED_IN["access_token"]
        results = [imap_oauth(int(E[port]), mech, E["USER1"], at)
                   for port in ("IMAPS_PORT", "GATE_IMAPS_PORT") for mech in ("XOAUTH2", "OAUTHBEARER")]
        assert results == ["a OK"] * 4, results

    @check("oauth: SMTP AUTH XOAUTH2 + OAUTHBEARER on submissions, direct and through the gate")
    def _():
        at = SIGNED_IN["access_token"]
        codes = [smtp_oauth(int(E[port]), mech, E["USER1"], at)
                 for port in ("SUBMISSIONS_PORT", "GATE_SUBMISSIONS_PORT") for mech in ("XOAUTH2", "OAUTHBEARER")]
        assert codes == [235] * 4, codes

    @check("oauth: refused: a token for another user, a token as password, a password as token; "
           "gate: a restricted account's token without CLIENTID")
    def _():
        at = SIGNED_IN["access_token"]

        def password_is_token():
            try:
                imaps(E["USER1"], at).logout()
                return "accepted"
            except imaplib.IMAP4.error:
                return "refused"
        other, as_password, as_token, gate_imap, gate_smtp = parallel(
            (imap_oauth, int(E["IMAPS_PORT"]), "XOAUTH2", E["USER2"], at),
            (password_is_token,),
            (imap_oauth, int(E["IMAPS_PORT"]), "OAUTHBEARER", E["USER1"], E["PASS1"]),
            (imap_oauth, int(E["GATE_IMAPS_PORT"]), "XOAUTH2", E["DEMO_USER"], at),
            (smtp_oauth, int(E["GATE_SUBMISSIONS_PORT"]), "OAUTHBEARER", E["DEMO_USER"], at))
        assert other.startswith("a NO"), other
        assert as_password == "refused"
        assert as_token.startswith("a NO"), as_token
        assert gate_imap.startswith("a NO") and "approved devices" in gate_imap, gate_imap
        assert gate_smtp == 530, gate_smtp

    @check("oauth: after /control/expire the token is refused (IMAP NO, SMTP 535); a refresh gives a working one")
    def _():
        old = SIGNED_IN["access_token"]
        assert control("expire")["expired"] >= 1
        imap_direct, imap_gate, smtp_direct, smtp_gate = parallel(
            (imap_oauth, int(E["IMAPS_PORT"]), "XOAUTH2", E["USER1"], old),
            (imap_oauth, int(E["GATE_IMAPS_PORT"]), "OAUTHBEARER", E["USER1"], old),
            (smtp_oauth, int(E["SUBMISSIONS_PORT"]), "OAUTHBEARER", E["USER1"], old),
            (smtp_oauth, int(E["GATE_SUBMISSIONS_PORT"]), "XOAUTH2", E["USER1"], old))
        assert imap_direct.startswith("a NO") and imap_gate.startswith("a NO"), (imap_direct, imap_gate)
        assert smtp_direct == 535 and smtp_gate == 535, (smtp_direct, smtp_gate)
        status, t, _ = token(grant_type="refresh_token", refresh_token=SIGNED_IN["refresh_token"])
        assert status == 200 and t["access_token"] != old, t
        assert imap_oauth(int(E["IMAPS_PORT"]), "OAUTHBEARER", E["USER1"], t["access_token"]) == "a OK"
        assert smtp_oauth(int(E["SUBMISSIONS_PORT"]), "XOAUTH2", E["USER1"], t["access_token"]) == 235
        SIGNED_IN["access_token"] = t["access_token"]

    @check("oauth: after /control/revoke?user= the refresh grant gives 400 invalid_grant")
    def _():
        assert control("revoke?user=" + urllib.parse.quote(E["USER1"]))["revoked_refresh_tokens"] >= 1
        status, t, _ = token(grant_type="refresh_token", refresh_token=SIGNED_IN["refresh_token"])
        assert status == 400 and t["error"] == "invalid_grant", (status, t)

    @check("oauth: wrong verifier -> invalid_grant (code used up); no PKCE -> error=invalid_request; "
           "deny-next -> access_denied; unknown client -> 400, no redirect")
    def _():
        verifier, challenge = pkce()
        p = redirect_params(authorize(challenge, "s1")[1])
        status, t, _ = token(grant_type="authorization_code", code=p["code"], redirect_uri=REDIRECT,
                             code_verifier=pkce()[0])
        assert status == 400 and t["error"] == "invalid_grant", (status, t)
        status, t, _ = token(grant_type="authorization_code", code=p["code"], redirect_uri=REDIRECT,
                             code_verifier=verifier)
        assert status == 400 and t["error"] == "invalid_grant", (status, t)
        p = redirect_params(authorize(None, "s2", code_challenge_method=None)[1])
        assert p.get("error") == "invalid_request" and p.get("state") == "s2" and "code" not in p, p
        control("deny-next")
        p = redirect_params(authorize(challenge, "s3")[1])
        assert p.get("error") == "access_denied" and p.get("state") == "s3", p
        status, location, _ = authorize(challenge, "s4", client_id="someone-else")
        assert status == 400 and not location, (status, location)
        status, t, _ = token(grant_type="password", username=E["USER1"], password=E["PASS1"])
        assert status == 400 and t["error"] == "unsupported_grant_type", t

    @check("oauth: /control/log records the flow without secrets; passwords still work")
    def _():
        status, _, body = http_call("GET", "/control/log")
        log = json.loads(body)
        grants = [x for x in log if x["path"] == "/token" and x.get("grant_type") == "authorization_code"]
        assert any(x.get("pkce") is True and x.get("user") == E["USER1"] for x in grants), grants
        assert any(x["path"] == "/introspect" and x.get("active") is True for x in log), log[-5:]
        with open(E["OAUTH_LOG"]) as f:
            text = body.decode() + f.read()
        assert SIGNED_IN["access_token"] not in text and SIGNED_IN["refresh_token"] not in text
        imaps(E["USER1"], E["PASS1"]).logout()
        with smtplib.SMTP_SSL(HOST, int(E["SUBMISSIONS_PORT"]), context=CTX, timeout=10) as s:
            s.login(E["USER1"], E["PASS1"])

failed = sum(1 for _, e in RESULTS if e)
print("%d passed, %d failed" % (len(RESULTS) - failed, failed))
sys.exit(1 if failed else 0)
