#!/usr/bin/env python3
"""Regenerates the seed corpora in tests/fuzz/corpus/ from the project's own test vectors.

The seeds are the first QByteArray(...) argument of every QTest::newRow in the unit tests of
each parser, plus the files of tests/data. IMAP and SMTP seeds get the three-byte prefix their
targets read (flags, split position). Run from anywhere; files are named by content hash, so a
rerun only adds what is new.
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"

ROW = re.compile(r'QTest::newRow\(')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
ESCAPES = {"n": b"\n", "r": b"\r", "t": b"\t", "0": b"\0", "\\": b"\\", '"': b'"', "'": b"'", "?": b"?"}


def unescape(text):
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = text[i + 1]
        if n == "x":
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(text[i + 2:j], 16) & 0xFF)
            i = j
        elif n in "01234567" and i + 2 < len(text) and text[i + 2] in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out += ESCAPES.get(n, n.encode())
            i += 2
    return bytes(out)


def first_bytearray_args(source):
    """The bytes of the first QByteArray("..." "...") after each newRow."""
    for match in ROW.finditer(source):
        start = source.find("<< QByteArray(", match.end())
        end = source.find(";", match.end())
        if start < 0 or start > end:
            continue
        pos = start + len("<< QByteArray(")
        parts = []
        while True:
            m = LITERAL.match(source, pos)
            if not m:
                break
            parts.append(unescape(m.group(1)))
            pos = m.end()
            while pos < len(source) and source[pos] in " \t\r\n":
                pos += 1
        if parts:
            yield b"".join(parts)


def html_rows(source):
    """The HTML of the sanitiser's table rows: row("name", "html", ...) and newRow(...) << QStringLiteral("...")."""
    for match in re.finditer(r'row\("(?:[^"\\]|\\.)*",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)', source):
        yield b"".join(unescape(m.group(1)) for m in LITERAL.finditer(match.group(1)))


def write(target, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def main():
    tests = ROOT / "tests" / "unit"
    for path in ["imap/tst_imap_response_parser.cpp"]:
        for data in first_bytearray_args((tests / path).read_text()):
            write("imap_response", b"\x00\x00\x07" + data)
    for path in sorted((ROOT / "tests" / "data" / "imap").glob("*.txt")):
        data = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        write("imap_response", b"\x00\x01\x00" + data)
        write("imap_response", b"\x06\x00\x40" + data)
    for data in first_bytearray_args((tests / "smtp" / "tst_smtp_reply_parser.cpp").read_text()):
        write("smtp_reply", b"\x00\x00\x05" + data)
    for path in sorted((ROOT / "tests" / "data" / "mime").glob("*.eml")):
        write("mime_message", path.read_bytes())
    for data in first_bytearray_args((tests / "mime" / "tst_mime_message_parser.cpp").read_text()):
        write("mime_message", data)
    for name in ["header_decoder", "address_parser", "date_parser", "content_header"]:
        for data in first_bytearray_args((tests / "mime" / f"tst_mime_{name}.cpp").read_text()):
            write("mime_headers", b"\x00" + data)
    for path in sorted((ROOT / "tests" / "data" / "autoconfig").glob("*.xml")):
        write("autoconfig", path.read_bytes())
    for data in first_bytearray_args((tests / "accounts" / "tst_autoconfig_parser.cpp").read_text()):
        write("autoconfig", data)
    for path in sorted((ROOT / "tests" / "data" / "html").glob("*.html")):
        write("html_sanitizer", path.read_bytes())
    for data in html_rows((tests / "html" / "tst_html_sanitizer.cpp").read_text()):
        write("html_sanitizer", data)


if __name__ == "__main__":
    main()
