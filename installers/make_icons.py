#!/usr/bin/env python3
"""Builds the Windows .ico and the macOS .icns from resources/icons/*.png.

Both formats may hold PNG images as they are, so no image library is needed.
Run after changing the icon (the PNGs come from the SVG: see resources/README.md);
the outputs are committed because the Windows and macOS builds have no rsvg-convert.
"""
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.heron_mail.Heron"


def png(size):
    return (ICONS / f"{APP_ID}-{size}.png").read_bytes()


def write_ico(path, sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images):
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def write_icns(path, types):
    chunks = b"".join(kind + struct.pack(">I", 8 + len(data)) + data
                      for kind, data in ((k, png(s)) for k, s in types))
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


if __name__ == "__main__":
    write_ico(ROOT / "installers" / "windows" / "heron.ico", [16, 24, 32, 48, 64, 128, 256])
    # icp4/icp5/icp6: 16/32/64 px, ic07/ic08/ic09: 128/256/512 px, all PNG.
    write_icns(ROOT / "installers" / "macos" / "heron.icns",
               [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)])
