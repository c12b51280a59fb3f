#!/usr/bin/python3
"""tcprelay.py - tiny TCP relay used by mailstack in front of Dovecot's plain IMAP port.

Why: Dovecot 2.3 treats every connection whose remote IP equals its local IP as "secured"
(see login-common: secured = ssl || trusted || remote_ip == local_ip), so on 127.0.0.1 a client
could LOGIN in cleartext without STARTTLS and LOGINDISABLED is never advertised.  This relay
accepts clients on 127.0.0.1:LISTEN and connects to Dovecot from source address 127.0.0.2, so
Dovecot sees a non-local peer and enforces "STARTTLS before login" exactly as a real server
would.  Bytes are passed through untouched (STARTTLS/TLS is end-to-end between client and Dovecot).

Usage: tcprelay.py --listen 127.0.0.1:PORT --connect 127.0.0.1:PORT [--source 127.0.0.2]
                   [--pidfile FILE] [--stack-dir DIR]
"""

import argparse
import os
import signal
import socket
import sys
import threading
import time


def log(msg):
    sys.stderr.write("%s tcprelay[%d]: %s\n" % (time.strftime("%Y-%m-%d %H:%M:%S"), os.getpid(), msg))
    sys.stderr.flush()


def hostport(s):
    host, _, port = s.rpartition(":")
    return host, int(port)


def pump(src, dst, done):
    try:
        if hasattr(os, "splice"):
            # zero-copy: socket -> pipe -> socket, no bytes through Python
            pr, pw = os.pipe()
            try:
                sfd, dfd = src.fileno(), dst.fileno()
                while True:
                    n = os.splice(sfd, pw, 1 << 20)
                    if n == 0:
                        break
                    while n > 0:
                        n -= os.splice(pr, dfd, n)
            finally:
                os.close(pr)
                os.close(pw)
        else:
            while True:
                data = src.recv(262144)
                if not data:
                    break
                dst.sendall(data)
    except OSError:
        pass
    finally:
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        done()


def handle(client, args):
    try:
        backend = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if args.source:
            backend.bind((args.source, 0))
        backend.connect(hostport(args.connect))
    except OSError as e:
        log("backend connect failed: %s" % e)
        client.close()
        return
    for s in (client, backend):
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    lock = threading.Lock()
    remaining = [2]

    def done():
        with lock:
            remaining[0] -= 1
            last = remaining[0] == 0
        if last:
            client.close()
            backend.close()

    threading.Thread(target=pump, args=(client, backend, done), daemon=True).start()
    threading.Thread(target=pump, args=(backend, client, done), daemon=True).start()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", required=True)
    ap.add_argument("--connect", required=True)
    ap.add_argument("--source", default="127.0.0.2")
    ap.add_argument("--pidfile")
    ap.add_argument("--stack-dir", help="only used to identify the process (mailstack stop)")
    args = ap.parse_args()

    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(hostport(args.listen))
    srv.listen(128)
    if args.pidfile:
        with open(args.pidfile + ".tmp", "w") as f:
            f.write("%d\n" % os.getpid())
        os.rename(args.pidfile + ".tmp", args.pidfile)
    signal.signal(signal.SIGTERM, lambda *a: os._exit(0))
    signal.signal(signal.SIGINT, lambda *a: os._exit(0))
    log("relaying %s -> %s (source %s)" % (args.listen, args.connect, args.source))
    while True:
        try:
            client, _ = srv.accept()
        except InterruptedError:
            continue
        handle(client, args)


if __name__ == "__main__":
    main()
