"""Draws the app's icon, public/favicon.png (no dependencies): a #a3191c square with rounded
corners and three white lines of text, 48 x 48 px (a 16-px tab icon at 3x).

A PNG rather than an SVG: Chromium downloads the page's icon again after each address change,
route changes in the page included, and an SVG icon is parsed as a document of its own on the
page's main thread (10-20 ms at 4x CPU slowdown, each time); a PNG is decoded off it.
Run: python3 scripts/favicon.py (the PNG it writes is committed).
"""
import os
import struct
import zlib

SIZE = 48
SUPERSAMPLE = 4
RED, WHITE = (0xA3, 0x19, 0x1C), (0xFF, 0xFF, 0xFF)
# The drawing on a 32-unit grid: corner radius and the lines (x0, y0, x1, y1).
RADIUS = 6
LINES = [(8, 9, 24, 12), (8, 15, 24, 17), (8, 20, 19, 22)]


def coverage(u, v):
    """The colour at (u, v) on the 32-unit grid, or None outside the rounded square."""
    cx, cy = min(max(u, RADIUS), 32 - RADIUS), min(max(v, RADIUS), 32 - RADIUS)
    if (u - cx) ** 2 + (v - cy) ** 2 > RADIUS ** 2:
        return None
    return WHITE if any(x0 <= u < x1 and y0 <= v < y1 for x0, y0, x1, y1 in LINES) else RED


def pixel(x, y):
    samples = [coverage((x + (i + 0.5) / SUPERSAMPLE) * 32 / SIZE, (y + (j + 0.5) / SUPERSAMPLE) * 32 / SIZE)
               for j in range(SUPERSAMPLE) for i in range(SUPERSAMPLE)]
    inside = [c for c in samples if c]
    if not inside:
        return bytes(4)
    rgb = [sum(c[k] for c in inside) // len(inside) for k in range(3)]
    return bytes(rgb + [255 * len(inside) // len(samples)])


def png():
    raw = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "public", "favicon.png")
    with open(out, "wb") as f:
        f.write(png())
