#!/usr/bin/python3
"""oauth_server.py - a local OAuth 2.0 authorization server for the Heron test stack.

It plays the mail provider's sign-in service: the authorization code grant with PKCE (RFC 6749,
RFC 7636; S256 only, PKCE required), loopback redirect URIs for native apps (RFC 8252), refresh
tokens, revocation (RFC 7009) and introspection (RFC 7662). Dovecot's oauth2 passdb asks
/introspect about every token a client presents in AUTHENTICATE XOAUTH2 / OAUTHBEARER, so the
stack's IMAP and SMTP accept exactly the access tokens that are active here.

Endpoints (HTTPS on 127.0.0.1:PORT; state is kept in memory):
  GET  /authorize          response_type=code, client_id, redirect_uri, scope, state,
                           code_challenge, code_challenge_method=S256, login_hint [, decision]
                           With login_hint: approves at once (302 to redirect_uri?code=..&state=..).
                           Without: a small HTML form (user, Allow, Deny) that comes back here.
  POST /token              grant_type=authorization_code | refresh_token
  POST /revoke             token=...   (always 200)
  POST /introspect         token=...   -> {"active": true, "username": ...} or {"active": false}
  GET  /.well-known/oauth-authorization-server   metadata (RFC 8414)
  Control, for tests (JSON answers):
  POST /control/expire[?user=EMAIL]   every access token issued so far (of that user) expires
  POST /control/revoke?user=EMAIL     the user withdraws the app's access: all its tokens die
  POST /control/lifetime?seconds=N    lifetime of access tokens issued from now on (3600)
  POST /control/deny-next             the next /authorize answers error=access_denied
  GET  /control/log                   the requests seen so far (no secrets)

Usage:
  oauth_server.py --port PORT --cert CHAIN --key KEY --users PASSWD_FILE --log FILE
                  [--client-id heron-test] [--client-secret S] [--introspect-port PORT]
                  [--pidfile FILE] [--stack-dir DIR]
--introspect-port adds a plain-HTTP loopback listener that serves /introspect only.
"""

import argparse
import base64
import datetime
import hashlib
import hmac
import html
import http.server
import ipaddress
import json
import os
import re
import secrets
import ssl
import sys
import threading
import time
import urllib.parse

CODE_LIFETIME = 60
VERIFIER_RE = re.compile(r"^[A-Za-z0-9._~-]{43,128}$")  # RFC 7636 4.1
CHALLENGE_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # BASE64URL(SHA256) without padding
LOG_KEEP = 10000


def now_iso(t=None):
    return datetime.datetime.fromtimestamp(t if t is not None else time.time(), datetime.timezone.utc) \
        .strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def short(secret):
    """A token as it may appear in the log: its first characters only."""
    return (secret[:6] + "...") if secret else "-"


def loopback_redirect(uri):
    """True for http://127.0.0.1[:port]/..., http://localhost[:port]/..., http://[::1][:port]/..."""
    try:
        u = urllib.parse.urlsplit(uri)
        u.port  # raises ValueError for a bad port
    except ValueError:
        return False
    if u.scheme != "http" or u.fragment or u.username is not None or u.password is not None:
        return False
    host = u.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class OAuthError(Exception):
    def __init__(self, error, description, status=400):
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


class State:
    """Codes and tokens, in memory, behind one lock."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.codes = {}  # code -> dict(client_id, redirect_uri, challenge, user, scope, expires)
        self.used_codes = {}  # code -> refresh token issued for it (a replay revokes it)
        self.refresh = {}  # token -> dict(user, client_id, scope, active)
        self.access = {}  # token -> dict(user, client_id, scope, exp, iat, refresh, active)
        self.lifetime = 3600
        self.deny_next = False
        self.requests = []

    def known_user(self, user):
        try:
            with open(self.args.users, encoding="utf-8") as f:
                return any(line.split(":", 1)[0].lower() == user.lower() for line in f if ":" in line)
        except OSError:
            return False

    def issue(self, user, client_id, scope, refresh_token=None):
        """Issues an access token (and a refresh token unless one is given). Lock held."""
        if refresh_token is None:
            refresh_token = secrets.token_urlsafe(32)
            self.refresh[refresh_token] = {"user": user, "client_id": client_id, "scope": scope, "active": True}
        access_token = secrets.token_urlsafe(32)
        t = int(time.time())
        self.access[access_token] = {"user": user, "client_id": client_id, "scope": scope, "iat": t,
                                     "exp": t + self.lifetime, "refresh": refresh_token, "active": True}
        return {"access_token": access_token, "token_type": "Bearer", "expires_in": self.lifetime,
                "refresh_token": refresh_token, "scope": scope}

    def revoke_refresh(self, refresh_token):
        entry = self.refresh.get(refresh_token)
        if entry:
            entry["active"] = False
        for a in self.access.values():
            if a["refresh"] == refresh_token:
                a["active"] = False

    def access_info(self, token):
        a = self.access.get(token)
        if not a or not a["active"] or a["exp"] <= time.time():
            return None
        return a

    def record(self, entry):
        with self.lock:
            self.requests.append(entry)
            del self.requests[:-LOG_KEEP]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "HeronTestOAuth/1"
    timeout = 60

    # -- plumbing ----------------------------------------------------------------------------

    def log_message(self, fmt, *args):  # BaseHTTPRequestHandler's own lines: not wanted
        pass

    def send_body(self, status, body, ctype, headers=()):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.status = status

    def send_json(self, status, obj, headers=()):
        self.send_body(status, json.dumps(obj), "application/json;charset=UTF-8",
                       [("Cache-Control", "no-store"), ("Pragma", "no-cache")] + list(headers))

    def send_page(self, status, title, body_html):
        page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>"
                "<body><h1>%s</h1>%s</body></html>\n" % (html.escape(title), html.escape(title), body_html))
        self.send_body(status, page, "text/html;charset=UTF-8", [("Cache-Control", "no-store")])

    def query(self):
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query, keep_blank_values=True))

    def form(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length > 65536:
            self.close_connection = True  # the body stays unread
            raise OAuthError("invalid_request", "request body too large")
        raw = self.rfile.read(length) if length > 0 else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if raw and ctype != "application/x-www-form-urlencoded":
            raise OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded")
        try:
            pairs = urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(raw))
        except (UnicodeDecodeError, ValueError):
            raise OAuthError("invalid_request", "malformed form body")
        params = {}
        for k, v in pairs:
            if k in params:  # RFC 6749 3.1/3.2: parameters must not be repeated
                raise OAuthError("invalid_request", "repeated parameter %s" % k)
            params[k] = v
        return params

    def control_params(self):
        """Query and form parameters of a control request (the body is read either way)."""
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(min(length, 65536)) if length > 0 else b""
        params = dict(urllib.parse.parse_qsl(raw.decode("utf-8", "replace")))
        params.update(self.query())
        return params

    def route(self):
        return urllib.parse.urlsplit(self.path).path.rstrip("/") or "/"

    def handle_one_request(self):
        self.status, self.note = None, {}
        super().handle_one_request()

    def finish_log(self, path):
        st = self.server.state
        entry = {"time": now_iso(), "method": self.command, "path": path, "status": self.status}
        entry.update(self.note)
        if path != "/control/log":
            st.record(entry)
        detail = " ".join("%s=%s" % (k, v) for k, v in self.note.items())
        st.logfile.write("%s %s %s %s %s %s\n" % (entry["time"], self.client_address[0], self.command, path,
                                                  self.status, detail))

    def dispatch(self, table):
        path = self.route()
        fn = table.get(path)
        if self.server.introspect_only and path != "/introspect":
            fn = None
        try:
            if fn is None:
                self.send_json(404, {"error": "not_found", "error_description": "no such endpoint"})
            else:
                fn()
        except OAuthError as e:
            self.note["error"] = e.error
            headers = [("WWW-Authenticate", 'Basic realm="heron-test"')] if e.status == 401 else []
            self.send_json(e.status, {"error": e.error, "error_description": str(e)}, headers)
        finally:
            self.finish_log(path)

    def do_GET(self):
        self.dispatch({"/authorize": self.authorize, "/control/log": self.control_log,
                       "/.well-known/oauth-authorization-server": self.metadata})

    def do_POST(self):
        self.dispatch({"/token": self.token, "/revoke": self.revoke, "/introspect": self.introspect,
                       "/control/expire": self.control_expire, "/control/revoke": self.control_revoke,
                       "/control/lifetime": self.control_lifetime, "/control/deny-next": self.control_deny_next})

    # -- /authorize ----------------------------------------------------------------------------

    def redirect(self, uri, params):
        sep = "&" if urllib.parse.urlsplit(uri).query else "?"
        target = uri + sep + urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        self.send_body(302, "", "text/plain", [("Location", target), ("Cache-Control", "no-store")])

    def redirect_error(self, q, error, description):
        self.note["error"] = error
        self.redirect(q["redirect_uri"], {"error": error, "error_description": description, "state": q.get("state")})

    def authorize(self):
        st, q = self.server.state, self.query()
        self.note.update(client_id=q.get("client_id", "-"), pkce=q.get("code_challenge_method") or "none")
        # Never redirect to a URI that is not known to be the client's (RFC 6749 4.1.2.1).
        if q.get("client_id") != st.args.client_id:
            self.note["error"] = "invalid_client"
            self.send_page(400, "Unknown client", "<p>client_id %s is not registered here.</p>"
                           % html.escape(repr(q.get("client_id"))))
            return
        if not loopback_redirect(q.get("redirect_uri", "")):
            self.note["error"] = "invalid_redirect_uri"
            self.send_page(400, "Invalid redirect URI",
                           "<p>redirect_uri must be a loopback http URI (http://127.0.0.1:PORT/..., "
                           "http://localhost:PORT/... or http://[::1]:PORT/..., RFC 8252): %s</p>"
                           % html.escape(repr(q.get("redirect_uri"))))
            return
        if q.get("response_type") != "code":
            self.redirect_error(q, "unsupported_response_type", "response_type must be code")
            return
        if not q.get("code_challenge") or q.get("code_challenge_method") != "S256":
            self.redirect_error(q, "invalid_request",
                                "PKCE is required: code_challenge with code_challenge_method=S256")
            return
        if not CHALLENGE_RE.match(q["code_challenge"]):
            self.redirect_error(q, "invalid_request", "code_challenge is not BASE64URL(SHA256(verifier))")
            return
        with st.lock:
            deny, st.deny_next = st.deny_next, False
        decision = q.get("decision")
        if deny or decision == "deny":
            self.redirect_error(q, "access_denied", "the user denied access")
            return
        user = q.get("login_hint", "").strip().lower()
        if not user or (decision is not None and decision != "allow"):
            self.form_page(q, "")
            return
        self.note["user"] = user
        if not st.known_user(user):
            if decision is not None:  # typed into the form: let them try again
                self.form_page(q, "Unknown user %s." % user)
            else:
                self.redirect_error(q, "access_denied", "unknown user %s" % user)
            return
        code = secrets.token_urlsafe(24)
        with st.lock:
            now = time.time()
            for c in [c for c, v in st.codes.items() if v["expires"] <= now]:
                del st.codes[c]
            st.codes[code] = {"client_id": q["client_id"], "redirect_uri": q["redirect_uri"],
                              "challenge": q["code_challenge"], "user": user, "scope": q.get("scope") or "mail",
                              "expires": now + CODE_LIFETIME}
        self.note["code"] = short(code)
        self.redirect(q["redirect_uri"], {"code": code, "state": q.get("state")})

    def form_page(self, q, message):
        hidden = "".join('<input type="hidden" name="%s" value="%s">' % (html.escape(k), html.escape(v))
                         for k, v in q.items() if k not in ("login_hint", "decision"))
        self.send_page(200, "Sign in to the Heron test provider", (
            "<p>%s</p><p>The application <b>%s</b> asks for access to your mail (scope <code>%s</code>).</p>"
            '<form method="get" action="/authorize">%s'
            '<label>User <input name="login_hint" value="%s" autofocus></label> '
            '<button name="decision" value="allow">Allow</button> '
            '<button name="decision" value="deny">Deny</button></form>'
            % (html.escape(message), html.escape(q["client_id"]), html.escape(q.get("scope") or "mail"), hidden,
               html.escape(q.get("login_hint", "")))))

    # -- /token ----------------------------------------------------------------------------------

    def client_credentials(self, form):
        """Returns the client_id after checking the client's (optional) authentication."""
        st = self.server.state
        cid, secret, basic = form.get("client_id"), form.get("client_secret"), False
        auth = self.headers.get("Authorization") or ""
        if auth[:6].lower() == "basic ":
            basic = True
            try:
                decoded = base64.b64decode(auth[6:].strip(), validate=True).decode("utf-8")
                b_id, b_secret = (urllib.parse.unquote_plus(x) for x in decoded.split(":", 1))
            except (ValueError, UnicodeDecodeError):
                raise OAuthError("invalid_client", "malformed Basic authorization", 401)
            if cid is not None and cid != b_id:
                raise OAuthError("invalid_request", "client_id differs from the Basic authorization")
            if secret is not None:
                raise OAuthError("invalid_request", "client secret given twice (form and Basic)")
            cid, secret = b_id, b_secret
        if not cid:
            raise OAuthError("invalid_request", "client_id is missing")
        if cid != st.args.client_id:
            raise OAuthError("invalid_client", "unknown client", 401 if basic else 400)
        if st.args.client_secret is not None and not hmac.compare_digest(
                (secret or "").encode(), st.args.client_secret.encode()):
            raise OAuthError("invalid_client", "client authentication failed", 401 if basic else 400)
        return cid

    def token(self):
        st = self.server.state
        form = self.form()
        grant = form.get("grant_type")
        self.note["grant_type"] = grant or "-"
        cid = self.client_credentials(form)
        if not grant:
            raise OAuthError("invalid_request", "grant_type is missing")
        if grant == "authorization_code":
            answer = self.code_grant(st, form, cid)
        elif grant == "refresh_token":
            answer = self.refresh_grant(st, form, cid)
        else:
            raise OAuthError("unsupported_grant_type", "grant_type %s is not supported" % grant)
        self.note["access_token"] = short(answer["access_token"])
        self.send_json(200, answer)

    def code_grant(self, st, form, cid):
        code = form.get("code")
        if not code:
            raise OAuthError("invalid_request", "code is missing")
        self.note["code"] = short(code)
        self.note["pkce"] = False
        with st.lock:
            entry = st.codes.pop(code, None)  # single use, whatever happens next
            if entry is None:
                replayed = st.used_codes.get(code)
                if replayed:  # RFC 6749 4.1.2: a code used twice revokes what it gave
                    st.revoke_refresh(replayed)
                    raise OAuthError("invalid_grant", "code was already used; its tokens are revoked")
                raise OAuthError("invalid_grant", "unknown code")
            self.note["user"] = entry["user"]
            if entry["expires"] <= time.time():
                raise OAuthError("invalid_grant", "code expired")
            if entry["client_id"] != cid:
                raise OAuthError("invalid_grant", "code was issued to another client")
            if form.get("redirect_uri") != entry["redirect_uri"]:
                raise OAuthError("invalid_grant", "redirect_uri differs from the one in the authorization request")
            verifier = form.get("code_verifier") or ""
            if not VERIFIER_RE.match(verifier):
                raise OAuthError("invalid_grant", "code_verifier missing or malformed")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=")
            if not hmac.compare_digest(digest, entry["challenge"].encode("ascii")):
                raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge")
            self.note["pkce"] = True
            answer = st.issue(entry["user"], cid, entry["scope"])
            st.used_codes[code] = answer["refresh_token"]
        return answer

    def refresh_grant(self, st, form, cid):
        rt = form.get("refresh_token")
        if not rt:
            raise OAuthError("invalid_request", "refresh_token is missing")
        self.note["refresh_token"] = short(rt)
        with st.lock:
            entry = st.refresh.get(rt)
            if entry is None or not entry["active"]:
                raise OAuthError("invalid_grant", "refresh token is invalid or revoked")
            self.note["user"] = entry["user"]
            if entry["client_id"] != cid:
                raise OAuthError("invalid_grant", "refresh token was issued to another client")
            scope = entry["scope"]
            if form.get("scope"):
                if not set(form["scope"].split()) <= set(scope.split()):
                    raise OAuthError("invalid_scope", "scope exceeds the one originally granted")
                scope = form["scope"]
            answer = st.issue(entry["user"], cid, scope, refresh_token=rt)
        return answer

    # -- /revoke, /introspect ------------------------------------------------------------------

    def revoke(self):
        st = self.server.state
        try:
            token = self.form().get("token", "")
        except OAuthError:
            token = ""
        self.note["token"] = short(token)
        with st.lock:
            if token in st.refresh:
                self.note["user"] = st.refresh[token]["user"]
                st.revoke_refresh(token)
            elif token in st.access:
                self.note["user"] = st.access[token]["user"]
                st.access[token]["active"] = False
        self.send_json(200, {})

    def introspect(self):
        st = self.server.state
        token = self.form().get("token", "")
        self.note["token"] = short(token)
        with st.lock:
            a = st.access_info(token)
            answer = {"active": False} if a is None else {
                "active": True, "username": a["user"], "sub": a["user"], "scope": a["scope"],
                "client_id": a["client_id"], "token_type": "Bearer", "exp": a["exp"], "iat": a["iat"],
                "iss": self.server.issuer}
        self.note["active"] = answer["active"]
        if a:
            self.note["user"] = a["user"]
        self.send_json(200, answer)

    def metadata(self):
        iss = self.server.issuer
        self.send_json(200, {
            "issuer": iss, "authorization_endpoint": iss + "/authorize", "token_endpoint": iss + "/token",
            "revocation_endpoint": iss + "/revoke", "introspection_endpoint": iss + "/introspect",
            "response_types_supported": ["code"], "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"], "scopes_supported": ["mail"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_post", "client_secret_basic"]})

    # -- control -------------------------------------------------------------------------------

    def control_expire(self):
        st, user = self.server.state, self.control_params().get("user", "").lower()
        now, n = int(time.time()), 0
        with st.lock:
            for a in st.access.values():
                if (not user or a["user"] == user) and a["exp"] > now:
                    a["exp"] = now
                    n += 1
        self.note.update(user=user or "*", expired=n)
        self.send_json(200, {"ok": True, "expired": n})

    def control_revoke(self):
        st, user = self.server.state, self.control_params().get("user", "").lower()
        if not user:
            raise OAuthError("invalid_request", "user=EMAIL is required")
        n = 0
        with st.lock:
            for rt, entry in st.refresh.items():
                if entry["user"] == user and entry["active"]:
                    st.revoke_refresh(rt)
                    n += 1
            for a in st.access.values():
                if a["user"] == user:
                    a["active"] = False
        self.note.update(user=user, revoked=n)
        self.send_json(200, {"ok": True, "revoked_refresh_tokens": n})

    def control_lifetime(self):
        st, q = self.server.state, self.control_params()
        try:
            seconds = int(q.get("seconds", ""))
            if seconds < 1:
                raise ValueError
        except ValueError:
            raise OAuthError("invalid_request", "seconds=N (N >= 1) is required")
        with st.lock:
            st.lifetime = seconds
        self.note["seconds"] = seconds
        self.send_json(200, {"ok": True, "lifetime": seconds})

    def control_deny_next(self):
        st = self.server.state
        self.control_params()
        with st.lock:
            st.deny_next = True
        self.send_json(200, {"ok": True})

    def control_log(self):
        st = self.server.state
        with st.lock:
            entries = list(st.requests)
        self.send_json(200, entries)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, state, issuer, tls_ctx, introspect_only=False):
        self.state, self.issuer, self.tls_ctx, self.introspect_only = state, issuer, tls_ctx, introspect_only
        super().__init__(addr, Handler)

    def finish_request(self, request, client_address):
        # The TLS handshake runs here, in the connection's own thread, not in the accept loop.
        request.settimeout(Handler.timeout)
        if self.tls_ctx is not None:
            try:
                request = self.tls_ctx.wrap_socket(request, server_side=True)
            except (ssl.SSLEOFError, ConnectionResetError):
                return  # a port probe (mailstack's wait_ports) or a client that gave up
            except (OSError, ssl.SSLError) as e:
                self.state.logfile.write("%s %s TLS handshake failed: %s\n" % (now_iso(), client_address[0], e))
                return
        try:
            Handler(request, client_address, self)
        finally:
            try:
                request.close()
            except OSError:
                pass

    def handle_error(self, request, client_address):
        e = sys.exc_info()[1]
        self.state.logfile.write("%s %s connection error: %s: %s\n" % (now_iso(), client_address[0],
                                                                       type(e).__name__, e))


def main():
    ap = argparse.ArgumentParser(description="OAuth 2.0 authorization server for the Heron test stack")
    ap.add_argument("--port", type=int, required=True, help="HTTPS port on 127.0.0.1")
    ap.add_argument("--introspect-port", type=int, help="extra plain-HTTP port serving /introspect only")
    ap.add_argument("--cert", required=True, help="PEM certificate chain")
    ap.add_argument("--key", required=True)
    ap.add_argument("--users", required=True, help="Dovecot passwd-file: the known users")
    ap.add_argument("--client-id", default="heron-test")
    ap.add_argument("--client-secret", help="require this secret at /token (form or HTTP Basic)")
    ap.add_argument("--log", required=True)
    ap.add_argument("--pidfile")
    ap.add_argument("--stack-dir", help="only tags the process for mailstack")
    args = ap.parse_args()

    state = State(args)
    state.logfile = open(args.log, "a", buffering=1)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(args.cert, args.key)
    issuer = "https://127.0.0.1:%d" % args.port
    servers = [Server(("127.0.0.1", args.port), state, issuer, ctx)]
    if args.introspect_port:
        servers.append(Server(("127.0.0.1", args.introspect_port), state, issuer, None, introspect_only=True))
    for s in servers[1:]:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write("%d\n" % os.getpid())
    state.logfile.write("%s listening on %s (client_id %s%s)\n" % (
        now_iso(), ", ".join("%s:%d" % s.server_address for s in servers), args.client_id,
        ", client secret required" if args.client_secret is not None else ""))
    try:
        servers[0].serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
