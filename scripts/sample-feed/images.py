"""Draws the sample feed's illustrations as small flat-colour PNGs (no dependencies).

Run by make_feed.py; the PNGs it writes are committed under public/anh/.
"""
import struct
import zlib

W, H = 480, 270


class Canvas:
    def __init__(self, w=W, h=H, color=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = [[color for _ in range(w)] for _ in range(h)]

    def rect(self, x0, y0, x1, y1, color):
        for y in range(max(0, y0), min(self.h, y1)):
            row = self.px[y]
            for x in range(max(0, x0), min(self.w, x1)):
                row[x] = color

    def gradient(self, y0, y1, top, bottom, bands=12):
        for i in range(bands):
            t = i / (bands - 1)
            c = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom))
            self.rect(0, y0 + (y1 - y0) * i // bands, self.w, y0 + (y1 - y0) * (i + 1) // bands, c)

    def circle(self, cx, cy, r, color):
        for y in range(max(0, cy - r), min(self.h, cy + r + 1)):
            for x in range(max(0, cx - r), min(self.w, cx + r + 1)):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    self.px[y][x] = color

    def triangle(self, a, b, c, color):
        xs, ys = [a[0], b[0], c[0]], [a[1], b[1], c[1]]

        def side(p, q, r):
            return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

        for y in range(max(0, min(ys)), min(self.h, max(ys) + 1)):
            for x in range(max(0, min(xs)), min(self.w, max(xs) + 1)):
                p = (x, y)
                s1, s2, s3 = side(a, b, p), side(b, c, p), side(c, a, p)
                if (s1 >= 0 and s2 >= 0 and s3 >= 0) or (s1 <= 0 and s2 <= 0 and s3 <= 0):
                    self.px[y][x] = color

    def png(self):
        raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in self.px)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


SKY = ((120, 180, 230), (200, 228, 245))


def rice_fields():
    c = Canvas()
    c.gradient(0, 120, *SKY)
    c.circle(400, 50, 22, (255, 214, 102))
    c.triangle((0, 130), (120, 70), (240, 130), (96, 140, 110))
    c.triangle((160, 130), (300, 60), (440, 130), (80, 124, 96))
    for i, g in enumerate([(122, 176, 72), (142, 192, 80), (110, 164, 64), (156, 200, 92)]):
        c.rect(0, 120 + i * 38, W, 158 + i * 38, g)
    for x in range(0, W, 24):
        c.rect(x, 120, x + 2, H, (98, 150, 58))
    return c


def meeting_hall():
    c = Canvas(color=(236, 226, 210))
    c.rect(0, 0, W, 40, (178, 34, 34))
    c.rect(140, 8, 340, 32, (250, 220, 120))
    c.rect(60, 70, 420, 130, (160, 40, 40))
    c.rect(70, 80, 410, 120, (200, 60, 50))
    c.circle(240, 100, 14, (250, 210, 80))
    for row in range(3):
        for col in range(8):
            x, y = 40 + col * 52, 160 + row * 36
            c.circle(x + 16, y, 10, (60, 60, 70))
            c.rect(x + 4, y + 8, x + 28, y + 30, (44, 62, 100))
    return c


def rural_road():
    c = Canvas()
    c.gradient(0, 130, *SKY)
    c.rect(0, 130, W, H, (118, 170, 80))
    c.triangle((200, 130), (280, 130), (420, H), (110, 110, 115))
    c.triangle((200, 130), (60, H), (420, H), (110, 110, 115))
    for i in range(6):
        y = 140 + i * 22
        c.rect(236 + i * 2, y, 244 + i * 3, y + 10, (240, 240, 235))
    for x in (40, 110, 360, 430):
        c.rect(x, 100, x + 8, 160, (110, 80, 50))
        c.circle(x + 4, 95, 26, (60, 130, 70))
    return c


def school():
    c = Canvas()
    c.gradient(0, 150, *SKY)
    c.rect(0, 200, W, H, (190, 170, 130))
    c.rect(70, 90, 410, 200, (244, 210, 120))
    c.rect(70, 80, 410, 92, (170, 60, 50))
    for i in range(6):
        c.rect(90 + i * 54, 110, 120 + i * 54, 140, (120, 170, 210))
        c.rect(90 + i * 54, 155, 120 + i * 54, 185, (120, 170, 210))
    c.rect(230, 150, 252, 200, (120, 80, 50))
    c.rect(236, 30, 239, 90, (90, 90, 90))
    c.rect(239, 30, 275, 52, (218, 37, 29))
    c.circle(257, 41, 6, (255, 220, 0))
    return c


def football():
    c = Canvas()
    c.gradient(0, 80, *SKY)
    c.rect(0, 80, W, H, (70, 150, 70))
    for i in range(0, W, 60):
        c.rect(i, 80, i + 30, H, (80, 162, 80))
    c.rect(20, 100, 460, 103, (245, 245, 245))
    c.rect(20, 250, 460, 253, (245, 245, 245))
    c.rect(238, 100, 241, 253, (245, 245, 245))
    c.circle(240, 176, 32, (245, 245, 245))
    c.circle(240, 176, 29, (75, 156, 75))
    c.circle(300, 200, 8, (250, 250, 250))
    for x, col in ((120, (30, 80, 200)), (180, (30, 80, 200)), (340, (210, 40, 40)), (390, (210, 40, 40))):
        c.circle(x, 150, 9, (240, 200, 160))
        c.rect(x - 8, 160, x + 8, 190, col)
    return c


def bridge():
    c = Canvas()
    c.gradient(0, 150, (250, 190, 130), (250, 230, 190))
    c.circle(120, 120, 30, (250, 150, 80))
    c.gradient(150, H, (70, 130, 170), (40, 90, 130), bands=8)
    c.rect(0, 140, W, 152, (150, 150, 150))
    for x in range(20, W, 80):
        c.rect(x, 152, x + 10, 200, (130, 130, 130))
    for x in range(0, W, 6):
        c.rect(x, 130, x + 2, 140, (200, 60, 50))
    c.rect(0, 128, W, 131, (200, 60, 50))
    return c


def health_station():
    c = Canvas()
    c.gradient(0, 170, *SKY)
    c.rect(0, 200, W, H, (130, 175, 100))
    c.rect(110, 90, 370, 200, (248, 248, 245))
    c.triangle((100, 92), (240, 40), (380, 92), (40, 110, 160))
    c.rect(220, 110, 260, 122, (210, 30, 40))
    c.rect(234, 96, 246, 136, (210, 30, 40))
    c.rect(140, 150, 180, 180, (140, 190, 220))
    c.rect(300, 150, 340, 180, (140, 190, 220))
    c.rect(222, 145, 258, 200, (90, 120, 140))
    return c


def festival():
    c = Canvas(color=(250, 236, 200))
    c.gradient(0, 140, (255, 226, 160), (250, 200, 120))
    for i in range(8):
        x = 30 + i * 60
        c.rect(x + 10, 20, x + 12, 60, (120, 80, 40))
        c.circle(x + 11, 70, 16, (220, 50, 40) if i % 2 else (250, 190, 40))
    c.rect(0, 180, W, H, (190, 110, 60))
    for i in range(5):
        x = 50 + i * 90
        c.triangle((x, 180), (x + 30, 110), (x + 60, 180), (200, 40, 60) if i % 2 else (40, 120, 160))
        c.circle(x + 30, 100, 12, (240, 200, 160))
    return c


DRAWINGS = {
    "dong-lua.png": rice_fields,
    "hoi-truong.png": meeting_hall,
    "duong-giao-thong.png": rural_road,
    "truong-hoc.png": school,
    "bong-da.png": football,
    "cau-song.png": bridge,
    "tram-y-te.png": health_station,
    "le-hoi.png": festival,
}


def write_all(folder):
    for name, draw in DRAWINGS.items():
        with open(f"{folder}/{name}", "wb") as f:
            f.write(draw().png())
