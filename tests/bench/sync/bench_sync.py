#!/usr/bin/python3
"""bench_sync.py - heronctl sync against the protocol floor and mbsync (issue 6).

Run by `./dev bench` (ctest label "bench") inside a running mail stack: reads the stack's
KEY=value environment (IMAPS_PORT, CA_FILE, STACK_DIR) like the integration tests do.

Fills a mailbox of HERON_BENCH_MESSAGES (default 100000) generated messages for a user of its
own (bench<N>@example.test; kept when the stack directory is reused), then measures, for
HERON_BENCH_ROUNDS rounds (default 3), each figure together with its reference in the same
round, and prints medians. A figure whose reference failed is not reported, and the test
fails. HERON_BENCH_MBSYNC=0 leaves mbsync out (quick runs).

The floor is a raw TLS IMAP client in this script: it logs in, selects, sends one UID FETCH
and reads the answer in big chunks without parsing it (only the tagged completion is looked
for), so it is the cost of the server, TLS and the loopback link alone.
"""

import argparse
import json
import os
import random
import resource
import shutil
import socket
import sqlite3
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HEADER_ITEMS = "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)"
BODY_ITEMS = "(UID BODY.PEEK[])"
SEARCH_WORD = "budget"
# What heronctl asks for besides the floor's items (threading wants References); fetched
# once before the rounds so that Dovecot has it cached for every round, as it has the rest.
HERON_ITEMS = "(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)] MODSEQ)"


def log(text):
    print(text, flush=True)


class BenchError(Exception):
    pass


# --------------------------------------------------------------------------
# Raw IMAP client: the protocol floor, and the "other client" that changes flags
# --------------------------------------------------------------------------


class RawImap:
    def __init__(self, port, ca_file, user, password):
        context = ssl.create_default_context(cafile=ca_file)
        raw = socket.create_connection(("localhost", port), timeout=600)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = context.wrap_socket(raw, server_hostname="localhost")
        self.file = self.sock.makefile("rb", buffering=1 << 20)
        self.tag = 0
        greeting = self.file.readline()
        if not greeting.startswith(b"* OK"):
            raise BenchError("unexpected greeting: %r" % greeting[:200])
        self.command('LOGIN "%s" "%s"' % (user, password))

    def _send(self, text):
        self.tag += 1
        tag = b"Hb%d" % self.tag
        self.sock.sendall(tag + b" " + text.encode() + b"\r\n")
        return tag

    def command(self, text):
        """Runs a command whose answer has no literals worth keeping; returns untagged lines."""
        tag = self._send(text)
        lines = []
        while True:
            line = self.file.readline()
            if not line:
                raise BenchError("connection closed during %s" % text.split()[0])
            if line.startswith(tag + b" "):
                if not line.startswith(tag + b" OK"):
                    raise BenchError("%s failed: %r" % (text[:60], line[:200]))
                return lines
            lines.append(line)

    def drain(self, text):
        """Sends a command and reads its whole answer in chunks, unparsed.
        Returns (bytes read, number of FETCH responses seen)."""
        tag = self._send(text)
        end = b"\r\n" + tag + b" "
        total = 0
        fetches = 0
        tail = b""
        marker = b" FETCH (UID "
        while True:
            chunk = self.file.read1(1 << 20)
            if not chunk:
                raise BenchError("connection closed during the floor fetch")
            total += len(chunk)
            window = tail + chunk
            fetches += window.count(marker) - tail.count(marker)
            at = window.find(end)
            if at >= 0:
                rest = window[at + 2:]
                while b"\r\n" not in rest:
                    more = self.file.read1(1 << 16)
                    if not more:
                        raise BenchError("connection closed during the floor fetch")
                    rest += more
                if not rest.startswith(tag + b" OK"):
                    raise BenchError("floor fetch failed: %r" % rest[:200])
                return total, fetches
            tail = window[-64:]

    def close(self):
        try:
            self.command("LOGOUT")
        except (BenchError, OSError):
            pass
        self.sock.close()


# --------------------------------------------------------------------------
# Running processes with wall time and peak RSS
# --------------------------------------------------------------------------


class Run:
    def __init__(self, code, wall, rss_kb, out, err):
        self.code, self.wall, self.rss_kb, self.out, self.err = code, wall, rss_kb, out, err


def run_timed(argv, env=None, stdin=b"", check=True):
    start = time.monotonic()
    process = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    outputs = {}

    def collect(name, stream):
        outputs[name] = stream.read()

    readers = [threading.Thread(target=collect, args=(n, s)) for n, s in
               (("out", process.stdout), ("err", process.stderr))]
    for reader in readers:
        reader.start()
    process.stdin.write(stdin)
    process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    result = Run(process.returncode, wall, usage.ru_maxrss, outputs["out"], outputs["err"])
    if check and result.code != 0:
        raise BenchError("%s exited with %d: %s" % (" ".join(argv[:3]), result.code,
                                                    result.err.decode(errors="replace")[-800:]))
    return result


def median(values):
    return statistics.median(values) if values else None


# --------------------------------------------------------------------------
# The benchmark
# --------------------------------------------------------------------------


class Bench:
    def __init__(self, args):
        self.heronctl = args.heronctl
        self.mailstack = args.mailstack
        self.count = int(os.environ.get("HERON_BENCH_MESSAGES", "100000"))
        self.rounds = int(os.environ.get("HERON_BENCH_ROUNDS", "3"))
        self.with_mbsync = os.environ.get("HERON_BENCH_MBSYNC", "1") != "0"
        try:
            self.port = int(os.environ["IMAPS_PORT"])
            self.ca_file = os.environ["CA_FILE"]
            self.stack_dir = os.environ["STACK_DIR"]
        except KeyError as missing:
            raise BenchError("no mail stack in the environment (%s); run through ./dev bench" % missing)
        self.user = "bench%d@example.test" % self.count
        self.password = "bench-pw-%d" % self.count
        self.work = tempfile.mkdtemp(prefix="heron-bench-sync.")
        self.figures = {}  # name -> list of values per round
        self.failed = []

    def record(self, name, value):
        self.figures.setdefault(name, []).append(value)

    def raw(self):
        return RawImap(self.port, self.ca_file, self.user, self.password)

    # ---- mailbox

    def prepare_mailbox(self):
        users = os.path.join(self.stack_dir, "dovecot", "users")
        known = os.path.exists(users) and any(line.startswith(self.user + ":") for line in open(users))
        if not known:
            subprocess.run([self.mailstack, "adduser", self.stack_dir, self.user, self.password], check=True,
                           stdout=subprocess.DEVNULL)
        client = self.raw()
        status = client.command("STATUS INBOX (MESSAGES)")
        client.close()
        messages = int(status[0].split(b"MESSAGES ")[1].split(b")")[0])
        if messages == 0:
            log("filling %s with %d generated messages" % (self.user, self.count))
            start = time.monotonic()
            subprocess.run([self.mailstack, "fill", self.stack_dir, self.user, str(self.count), "--seed", "6"],
                           check=True, stdout=subprocess.DEVNULL)
            log("  filled in %.0f s" % (time.monotonic() - start))
        elif messages != self.count:
            raise BenchError("%s has %d messages, not %d" % (self.user, messages, self.count))

    # ---- floors

    def floor(self, items):
        start = time.monotonic()
        client = self.raw()
        client.command("EXAMINE INBOX")
        size, fetches = client.drain("UID FETCH 1:* " + items)
        client.close()
        wall = time.monotonic() - start
        if fetches != self.count:
            raise BenchError("the floor read %d FETCH responses, not %d" % (fetches, self.count))
        return wall, size

    def resync_floor(self, profile):
        """What a no-change resync cannot go below: log in, ENABLE QRESYNC and SELECT the
        folder with the UIDVALIDITY and HIGHESTMODSEQ the cache holds (Dovecot checks the
        maildir on SELECT), then log out."""
        db = sqlite3.connect(self.cache_database(profile))
        validity, modseq = db.execute("SELECT uidvalidity, highestmodseq FROM folders WHERE name = 'INBOX'").fetchone()
        db.close()
        start = time.monotonic()
        client = self.raw()
        client.command("ENABLE QRESYNC")
        client.command("SELECT INBOX (QRESYNC (%d %d))" % (validity, modseq))
        client.close()
        return time.monotonic() - start

    # ---- heronctl

    def heron_env(self, profile):
        env = dict(os.environ)
        env["HERON_PROFILE"] = profile
        env["HERON_SECRET_BACKEND"] = "file"
        env.pop("DISPLAY", None)
        return env

    def heron(self, profile, *argv, check=True):
        return run_timed([self.heronctl, *argv], env=self.heron_env(profile), check=check)

    def new_profile(self, name):
        profile = os.path.join(self.work, name)
        shutil.rmtree(profile, ignore_errors=True)
        os.makedirs(profile)
        run_timed([self.heronctl, "account", "add", "--email", self.user, "--imap", "localhost:%d" % self.port,
                   "--smtp", "localhost:%s" % os.environ.get("SUBMISSIONS_PORT", "465"), "--password-stdin",
                   "--ca-file", self.ca_file], env=self.heron_env(profile), stdin=self.password.encode() + b"\n")
        return profile

    def heron_sync(self, profile, *extra):
        result = self.heron(profile, "sync", "--json", *extra)
        folder = json.loads(result.out)["folders"][0]
        return result, folder

    def listed(self, profile, limit):
        result = self.heron(profile, "list", "--json", "--limit", str(limit), check=False)
        if result.code != 0:
            return 0
        return len(json.loads(result.out))

    def newest_listable(self, profile, wanted):
        """Starts a sync and polls `heronctl list` from other processes until `wanted` messages
        are listed; the time from starting the sync to that answer (the sync is then stopped)."""
        start = time.monotonic()
        process = subprocess.Popen([self.heronctl, "sync"], env=self.heron_env(profile), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            while time.monotonic() - start < 60:
                ended = process.poll() is not None
                if self.listed(profile, wanted) >= wanted:
                    return time.monotonic() - start
                if ended:
                    raise BenchError("the sync ended before %d messages were listable" % wanted)
            raise BenchError("%d messages not listable after 60 s" % wanted)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()

    def cache_bytes(self, profile):
        total = 0
        for root, _, files in os.walk(profile):
            for name in files:
                if name.startswith("cache") or name.endswith((".db", ".db-wal", ".db-shm", ".sqlite")):
                    total += os.path.getsize(os.path.join(root, name))
        return total

    def cache_database(self, profile):
        for root, _, files in os.walk(profile):
            for name in files:
                if name.endswith((".db", ".sqlite")):
                    return os.path.join(root, name)
        raise BenchError("no cache database under %s" % profile)

    def fts_query_ms(self, profile):
        """The two statements MailCache::search runs, timed in SQLite directly (best of 5)."""
        db = sqlite3.connect(self.cache_database(profile))
        folder = db.execute("SELECT id FROM folders WHERE name = 'INBOX'").fetchone()[0]
        best = None
        hits = 0
        for _ in range(5):
            start = time.perf_counter()
            db.execute("SELECT 1 FROM message_search WHERE message_search MATCH ? LIMIT 1", (SEARCH_WORD,)).fetchone()
            rows = db.execute("SELECT id, uid, subject FROM messages WHERE +folder_id = ? AND id IN (SELECT rowid "
                              "FROM message_search WHERE message_search MATCH ? ORDER BY rank LIMIT 50) "
                              "ORDER BY internal_date DESC, uid DESC", (folder, SEARCH_WORD)).fetchall()
            elapsed = (time.perf_counter() - start) * 1000
            best = elapsed if best is None else min(best, elapsed)
            hits = len(rows)
        db.close()
        if hits == 0:
            raise BenchError("the search for %r found nothing" % SEARCH_WORD)
        return best

    def change_flags(self, round_index):
        """Another client flags 1% of the messages, chosen among those not flagged yet, so each
        one is a change the server counts (a new MODSEQ)."""
        client = self.raw()
        client.command("SELECT INBOX")
        unflagged = []
        for line in client.command("UID FETCH 1:* (UID FLAGS)"):
            if b"\\Flagged" not in line:
                unflagged.append(int(line.split(b"UID ")[1].split(b" ")[0].rstrip(b")")))
        uids = sorted(random.Random(round_index).sample(unflagged, self.count // 100))
        for at in range(0, len(uids), 500):
            chunk = ",".join(str(uid) for uid in uids[at:at + 500])
            client.command("UID STORE %s +FLAGS.SILENT (\\Flagged)" % chunk)
        client.close()
        return len(uids)

    # ---- mbsync

    def mbsync_config(self, maildir):
        config = os.path.join(self.work, "mbsyncrc")
        with open(config, "w") as out:
            out.write("IMAPAccount bench\nHost localhost\nPort %d\nUser %s\nPass %s\nSSLType IMAPS\n"
                      "CertificateFile %s\n\nIMAPStore remote\nAccount bench\n\n"
                      "MaildirStore local\nPath %s/\nInbox %s/INBOX\n\n"
                      "Channel bench\nFar :remote:\nNear :local:\nPatterns INBOX\nSync Pull\nCreate Near\n"
                      "SyncState *\n" % (self.port, self.user, self.password, self.ca_file, maildir, maildir))
        return config

    def mbsync(self, config):
        return run_timed(["mbsync", "-q", "-c", config, "bench"])

    # ---- one round

    def round(self, index):
        log("round %d" % (index + 1))
        wall, size = self.floor(HEADER_ITEMS)
        self.record("floor_headers", wall)
        log("  floor headers: %.2f s (%.1f MB)" % (wall, size / 1e6))

        profile = self.new_profile("headers-%d" % index)
        result, folder = self.heron_sync(profile)
        if folder["messages"] != self.count or folder["method"] != "full":
            raise BenchError("initial sync: %s" % folder)
        if self.listed(profile, 50) != min(50, self.count):
            raise BenchError("the synced cache does not list 50 messages")
        self.record("initial", result.wall)
        self.record("initial_rss_mb", result.rss_kb / 1024)
        self.record("cache_per_message", self.cache_bytes(profile) / self.count)
        log("  heronctl sync: %.2f s, peak RSS %.0f MB, cache %.0f bytes/message" % (
            result.wall, result.rss_kb / 1024, self.cache_bytes(profile) / self.count))

        listable = self.newest_listable(self.new_profile("first200-%d" % index), 200)
        self.record("newest_200", listable)
        log("  newest 200 listable after %.2f s" % listable)

        self.record("resync_floor", self.resync_floor(profile))
        result, folder = self.heron_sync(profile)
        if folder["added"] or folder["changed"] or folder["removed"]:
            raise BenchError("no-change resync changed something: %s" % folder)
        self.record("resync_wall", result.wall)
        self.record("resync_session", json.loads(result.out)["seconds"])
        log("  no-change resync: %.3f s (%s, in session %.3f s; floor %.3f s)" % (
            result.wall, folder["method"], self.figures["resync_session"][-1], self.figures["resync_floor"][-1]))

        changed = self.change_flags(index)
        result, folder = self.heron_sync(profile)
        if folder["changed"] != changed:
            raise BenchError("flag resync saw %d changes, not %d" % (folder["changed"], changed))
        self.record("flag_resync", result.wall)
        self.record("flag_resync_session", json.loads(result.out)["seconds"])
        log("  resync after %d flag changes: %.3f s (%s, in session %.3f s)" % (
            changed, result.wall, folder["method"], self.figures["flag_resync_session"][-1]))

        result = self.heron(profile, "list", "--limit", "50")
        self.record("list_cold", result.wall)
        result = self.heron(profile, "search", SEARCH_WORD, "--limit", "50", "--offline")
        self.record("search_cold", result.wall)
        self.record("fts_headers", self.fts_query_ms(profile))
        log("  list --limit 50: %.3f s, search: %.3f s, FTS query %.1f ms" % (
            self.figures["list_cold"][-1], result.wall, self.figures["fts_headers"][-1]))

        wall, size = self.floor(BODY_ITEMS)
        self.record("floor_bodies", wall)
        log("  floor bodies: %.2f s (%.1f MB)" % (wall, size / 1e6))
        result, folder = self.heron_sync(profile, "--bodies")
        self.record("bodies", result.wall)
        self.record("bodies_rss_mb", result.rss_kb / 1024)
        self.record("full_pull", self.figures["initial"][-1] + result.wall)
        self.record("fts_bodies", self.fts_query_ms(profile))
        log("  heronctl sync --bodies: %.2f s (peak RSS %.0f MB), FTS with bodies %.1f ms" % (
            result.wall, result.rss_kb / 1024, self.figures["fts_bodies"][-1]))
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(os.path.join(self.work, "first200-%d" % index), ignore_errors=True)

        if self.with_mbsync:
            maildir = os.path.join(self.work, "mbsync-%d" % index)
            config = self.mbsync_config(maildir)
            os.makedirs(maildir)
            result = self.mbsync(config)
            pulled = len(os.listdir(os.path.join(maildir, "INBOX", "cur"))) + len(
                os.listdir(os.path.join(maildir, "INBOX", "new")))
            if pulled != self.count:
                raise BenchError("mbsync pulled %d messages, not %d" % (pulled, self.count))
            self.record("mbsync_pull", result.wall)
            result = self.mbsync(config)
            self.record("mbsync_resync", result.wall)
            log("  mbsync pull: %.1f s, no-change resync %.3f s" % (self.figures["mbsync_pull"][-1], result.wall))
            shutil.rmtree(maildir, ignore_errors=True)

    # ---- report

    def table(self):
        m = {name: median(values) for name, values in self.figures.items()}
        rows = []

        def row(figure, value, unit, target, ok, note=""):
            shown = "n/a (reference failed)" if value is None else ("%.2f %s" % (value, unit)).strip()
            verdict = "" if value is None else ("met" if ok(value) else "**missed**")
            rows.append("| %s | %s | %s | %s | %s |" % (figure, shown, target, verdict, note))

        def ratio(a, b):
            return None if m.get(a) is None or m.get(b) is None else m[a] / m[b]

        row("initial header sync ÷ floor", ratio("initial", "floor_headers"), "", "<= 1.3", lambda v: v <= 1.3,
            "%.2f s ÷ %.2f s" % (m["initial"], m["floor_headers"]))
        row("newest 200 listable", m.get("newest_200"), "s", "<= 1 s", lambda v: v <= 1.0,
            "from starting `heronctl sync` to a cold `heronctl list --limit 200` showing 200")
        row("no-change resync (process)", m.get("resync_wall"), "s", "<= 50 ms", lambda v: v <= 0.05,
            "after login %.3f s; floor (login + SELECT QRESYNC) %.3f s; mbsync %s" % (
                m["resync_session"], m["resync_floor"],
                "%.3f s" % m["mbsync_resync"] if m.get("mbsync_resync") else "not run"))
        row("resync after 1% flags changed (process)", m.get("flag_resync"), "s", "<= 0.5 s", lambda v: v <= 0.5,
            "after login %.3f s" % m["flag_resync_session"])
        row("sync --bodies ÷ floor", ratio("bodies", "floor_bodies"), "", "<= 1.5", lambda v: v <= 1.5,
            "%.2f s ÷ %.2f s" % (m["bodies"], m["floor_bodies"]))
        if self.with_mbsync:
            row("headers + bodies ÷ mbsync pull", ratio("full_pull", "mbsync_pull"), "", "<= 0.2",
                lambda v: v <= 0.2, "%.1f s ÷ %.1f s" % (m["full_pull"], m["mbsync_pull"]))
        row("`list --limit 50`, cold process", m.get("list_cold"), "s", "<= 150 ms", lambda v: v <= 0.15)
        row("FTS query (SQL of MailCache::search)", m.get("fts_headers"), "ms", "<= 30 ms", lambda v: v <= 30,
            "with bodies indexed %.1f ms; `heronctl search` process %.3f s" % (m["fts_bodies"], m["search_cold"]))
        row("peak RSS, initial sync", m.get("initial_rss_mb"), "MB", "<= 120 MB", lambda v: v <= 120,
            "--bodies: %.0f MB" % m["bodies_rss_mb"])
        row("cache per message, no bodies", m.get("cache_per_message"), "bytes", "<= 1.5 kB", lambda v: v <= 1500)
        return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heronctl", required=True)
    parser.add_argument("--mailstack", required=True)
    args = parser.parse_args()
    bench = None
    try:
        bench = Bench(args)
        if bench.with_mbsync and shutil.which("mbsync") is None:
            raise BenchError("mbsync is missing (Debian package isync; ./dev bench installs it)")
        bench.prepare_mailbox()
        log("%d messages, %d rounds, load average %s" % (bench.count, bench.rounds,
                                                           " ".join("%.1f" % v for v in os.getloadavg())))
        # Untimed: lets Dovecot build its index and cache and fills the page cache, for everyone.
        start = time.monotonic()
        bench.floor(HEADER_ITEMS)
        bench.floor(HERON_ITEMS)
        bench.floor(BODY_ITEMS)
        log("warm-up (Dovecot indexes the mailbox): %.1f s" % (time.monotonic() - start))
        for index in range(bench.rounds):
            bench.round(index)
        log("\nmedians of %d rounds, %d messages, load average at the end %s\n" % (
            bench.rounds, bench.count, " ".join("%.1f" % v for v in os.getloadavg())))
        log("| figure | measured | target | | reference / note |\n|---|---|---|---|---|")
        for line in bench.table():
            log(line)
        return 0
    except (BenchError, subprocess.CalledProcessError, OSError) as error:
        print("bench_sync: %s — no figures reported" % error, file=sys.stderr)
        return 1
    finally:
        if bench is not None:
            shutil.rmtree(bench.work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
