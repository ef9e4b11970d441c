"""Hand-made sheets: a wall newspaper pinned to a wall, and a page of pencil caricatures.

Writing on them is drawn as unreadable squiggles, never as invented words; the only lettering
is a title the object is known to bear (a wall newspaper's masthead).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw

from gallery.imaging.motifs.handletters import can_letter, draw_lettering, lettered_width
from gallery.imaging.motifs.paint import RGB, paint_texture, paper, soft, tint, vgradient
from gallery.imaging.motifs.shapes import bezier

INK: RGB = (34, 40, 78)
RED: RGB = (176, 34, 32)
WASHES: list[RGB] = [(232, 196, 120), (150, 190, 222), (214, 146, 132), (170, 204, 150)]


def scribble_lines(d: ImageDraw.ImageDraw, box: Sequence[float], rng: random.Random,
                   line_h: float, ink: tuple[int, ...] = INK) -> None:
    """Lines of running handwriting too small and loose to read: loops, never letters."""
    x0, y0, x1, y1 = box
    y = y0 + line_h * 0.7
    width = max(1, round(line_h * 0.09))
    while y < y1 - line_h * 0.2:
        x = x0 + (line_h * 0.8 if rng.random() < 0.25 else 0)  # a new paragraph is indented
        end = x1 - (rng.uniform(0.1, 0.6) * (x1 - x0) if rng.random() < 0.2 else 0)
        while x < end:
            word = min(end - x, line_h * rng.uniform(1.2, 3.4))
            pts = []
            n = max(4, round(word / (line_h * 0.12)))
            phase = rng.uniform(0, math.pi)
            for k in range(n + 1):
                t = k / n
                amp = line_h * (0.2 + (0.28 if rng.random() < 0.12 else 0))
                pts.append((x + word * t + math.sin(phase + t * n * 1.9) * line_h * 0.05,
                            y - abs(math.sin(phase + t * n * 1.3)) * amp))
            d.line(pts, fill=ink, width=width, joint="curve")
            x += word + line_h * rng.uniform(0.35, 0.6)
        y += line_h * rng.uniform(0.95, 1.1)


def _cartoon(d: ImageDraw.ImageDraw, box: Sequence[float], rng: random.Random, kind: int,
             width: int) -> None:
    """A small generic cartoon: big-headed figures, a rocket or a round satellite."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    ground = y0 + h * 0.86
    d.line((x0 + w * 0.04, ground, x1 - w * 0.04, ground), fill=INK, width=width)
    if kind == 1:  # a rocket on its pad
        cx = x0 + w * 0.5
        d.polygon([(cx, y0 + h * 0.1), (cx + w * 0.07, y0 + h * 0.3), (cx + w * 0.07, ground),
                   (cx - w * 0.07, ground), (cx - w * 0.07, y0 + h * 0.3)],
                  fill=(236, 232, 222), outline=INK, width=width)
        for sx in (-1, 1):
            d.polygon([(cx + sx * w * 0.07, ground - h * 0.2), (cx + sx * w * 0.16, ground),
                       (cx + sx * w * 0.07, ground)], fill=RED, outline=INK, width=width)
        return
    if kind == 2:  # a round satellite with whiskers
        cx, cy, r = x0 + w * 0.5, y0 + h * 0.42, min(w, h) * 0.16
        for a in (0.4, 0.9, 2.2, 2.7):
            d.line((cx, cy, cx + math.cos(a) * r * 3, cy + math.sin(a) * r * 3), fill=INK,
                   width=width)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(214, 214, 206), outline=INK, width=width)
        return
    people = 2 if kind == 0 else 1
    for k in range(people):
        cx = x0 + w * (k + 0.5) / people + rng.uniform(-0.05, 0.05) * w
        r = min(w / people, h) * rng.uniform(0.2, 0.26)
        hy = ground - h * 0.42 - r
        body = [(cx - r * 0.5, hy + r), (cx + r * 0.5, hy + r), (cx + r * 0.35, ground - h * 0.18),
                (cx - r * 0.35, ground - h * 0.18)]
        d.polygon(body, fill=rng.choice(WASHES), outline=INK, width=width)
        for sx in (-1, 1):
            d.line((cx + sx * r * 0.2, ground - h * 0.18, cx + sx * r * 0.3, ground), fill=INK,
                   width=width)
            hand = hy + r * rng.uniform(0.6, 1.8)
            d.line((cx + sx * r * 0.5, hy + r * 1.2, cx + sx * r * 1.1, hand), fill=INK,
                   width=width)
        d.ellipse((cx - r, hy - r, cx + r, hy + r), fill=(244, 222, 196), outline=INK, width=width)
        if kind == 3:  # a spacesuit helmet round the head
            R = r * 1.3
            d.ellipse((cx - R, hy - R, cx + R, hy + R), outline=INK, width=width)
        e = r * 0.12
        for sx in (-1, 1):
            d.ellipse((cx + sx * r * 0.35 - e, hy - r * 0.2 - e, cx + sx * r * 0.35 + e,
                       hy - r * 0.2 + e), fill=INK)
        d.arc((cx - r * 0.5, hy - r * 0.2, cx + r * 0.5, hy + r * 0.6), 20, 160, fill=INK,
              width=width)


def _trident(d: ImageDraw.ImageDraw, x: float, y0: float, y1: float, width: int) -> None:
    """Neptune's trident, the masthead's emblem (an eyewitness saw Neptune on one issue)."""
    s = (y1 - y0) * 0.2
    d.line((x, y0, x, y1), fill=INK, width=width)
    d.line((x - s, y0 + s * 0.4, x - s, y0 + s * 1.2, x + s, y0 + s * 1.2, x + s, y0 + s * 0.4),
           fill=INK, width=width, joint="curve")
    for dx in (-s, 0, s):
        tip = y0 - s * 0.1 if dx == 0 else y0 + s * 0.05
        d.polygon([(x + dx - s * 0.18, y0 + s * 0.45), (x + dx, tip),
                   (x + dx + s * 0.18, y0 + s * 0.45)], fill=INK)


def frame_wall_sheet(w: int, h: int, rng: random.Random, scene: object = None,
                     title: str | None = None, **_: str | None) -> Image.Image:
    """A large hand-made wall newspaper pinned to a painted wall: a lettered masthead,
    columns of handwriting and small cartoon panels washed in watercolour."""
    img = paint_texture(vgradient(w, h, [(0, (176, 190, 174)), (1, (150, 164, 150))]), rng, 10)
    m = min(w, h)
    u = m / 100
    sx0, sy0, sx1, sy1 = w * 0.05, h * 0.05, w * 0.95, h * 0.95
    shade = Image.new("L", img.size, 0)
    ImageDraw.Draw(shade).rectangle((sx0 + u, sy0 + 1.5 * u, sx1 + u, sy1 + 1.5 * u), fill=170)
    tint(img, (30, 34, 30), soft(shade, 1.2 * u))
    sheet = paper(round(sx1 - sx0), round(sy1 - sy0), rng, (240, 234, 214))
    img.paste(sheet, (round(sx0), round(sy0)))
    d = ImageDraw.Draw(img)
    pen = max(1, round(u * 0.35))
    for px, py in ((sx0, sy0), (sx1, sy0), (sx0, sy1), (sx1, sy1)):  # drawing pins
        cx, cy, r = px + (2 if px < w / 2 else -2) * u, py + (2 if py < h / 2 else -2) * u, u
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(190, 40, 36), outline=(90, 20, 18))
    iw, ih = sx1 - sx0, sy1 - sy0
    mast_h = ih * 0.2
    name = (title or "").strip()
    if name and can_letter(name):
        size = min(mast_h * 0.62, iw * 0.62 / max(1.0, lettered_width(name, 1.0)))
        tw = lettered_width(name, size)
        tx = sx0 + (iw - tw) / 2
        draw_lettering(d, name, tx, sy0 + mast_h * 0.2, size, rng, RED, weight=0.16)
        _trident(d, tx - size * 0.7, sy0 + mast_h * 0.16, sy0 + mast_h * 0.9, pen * 2)
    wave = [(sx0 + iw * (0.06 + 0.88 * k / 40),
             sy0 + mast_h * 0.98 + math.sin(k * 0.9) * u * 0.5) for k in range(41)]
    d.line(wave, fill=(40, 70, 150), width=pen * 3, joint="curve")
    cols = 3
    gut = iw * 0.03
    cw = (iw - gut * (cols + 1)) / cols
    kinds = [0, 1, 2, 3, 0, 3]
    rng.shuffle(kinds)
    for c in range(cols):
        x0 = sx0 + gut + c * (cw + gut)
        y = sy0 + mast_h + ih * 0.04
        bottom = sy1 - ih * 0.04
        if c:
            d.line((x0 - gut / 2, y, x0 - gut / 2, bottom), fill=RED, width=pen)
        blocks = ["text", "panel", "text"] if c % 2 == 0 else ["panel", "text", "panel"]
        heights = [rng.uniform(0.8, 1.2) for _ in blocks]
        total, avail = sum(heights), bottom - y
        for kind, part in zip(blocks, heights, strict=True):
            bh = avail * part / total
            box = (x0, y + ih * 0.01, x0 + cw, y + bh - ih * 0.01)
            if kind == "text":
                scribble_lines(d, box, rng, u * 2.6)
            else:
                d.rectangle(box, fill=rng.choice(WASHES), outline=INK, width=pen)
                _cartoon(d, box, rng, kinds.pop(), pen)
            y += bh
    return paint_texture(img, rng, 6)


def _caricature(d: ImageDraw.ImageDraw, rng: random.Random, cx: float, cy: float, s: float
                ) -> None:
    """A generic caricature: a big head with an exaggerated nose and grin on a small body."""
    ink = (70, 68, 74)
    pw = max(1, round(s / 110))

    def line(pts: Sequence[tuple[float, float]], passes: int = 3) -> None:
        for _ in range(passes):  # several light, slightly different passes, as a pencil goes
            jit = s / 90
            d.line([(x + rng.uniform(-jit, jit), y + rng.uniform(-jit, jit)) for x, y in pts],
                   fill=ink, width=pw, joint="curve")

    hw, hh = s * rng.uniform(0.3, 0.4), s * rng.uniform(0.34, 0.44)
    chin = rng.uniform(0.6, 1.3)  # narrow pear or wide jaw
    outline = []
    for k in range(41):
        t = k / 40 * 2 * math.pi
        y = math.sin(t)
        x = math.cos(t) * (1 + (chin - 1) * max(0.0, y))
        outline.append((cx + x * hw, cy + y * hh))
    line(outline)
    nose = rng.uniform(0.3, 0.6) * hw * rng.choice((-1, 1))
    line([(cx, cy - hh * 0.1), (cx + nose, cy + hh * 0.25), (cx, cy + hh * 0.3)])
    for sx in (-1, 1):
        ex, ey, er = cx + sx * hw * 0.38, cy - hh * 0.15, hw * 0.1
        d.ellipse((ex - er, ey - er, ex + er, ey + er), outline=ink, width=pw)
        d.ellipse((ex - er * 0.35, ey - er * 0.1, ex + er * 0.35, ey + er * 0.6), fill=ink)
        line([(ex - er * 1.4, ey - er * 2.2), (ex + er * 1.4, ey - er * rng.uniform(1.6, 3))], 1)
        line(bezier((cx + sx * hw * 0.95, cy - hh * 0.2), (cx + sx * hw * 1.35, cy - hh * 0.3),
                    (cx + sx * hw * 1.35, cy + hh * 0.2), (cx + sx * hw * 0.95, cy + hh * 0.1), 10))
    grin = hw * rng.uniform(0.35, 0.6)
    line(bezier((cx - grin, cy + hh * 0.42), (cx - grin * 0.4, cy + hh * 0.7),
                (cx + grin * 0.4, cy + hh * 0.7), (cx + grin, cy + hh * 0.42), 12))
    for _ in range(rng.randint(6, 14)):  # a tuft of hair
        a = rng.uniform(-2.6, -0.5)
        bx, by = cx + math.cos(a) * hw * 0.9, cy + math.sin(a) * hh * 0.95
        line([(bx, by), (bx + math.cos(a) * s * 0.06, by + math.sin(a) * s * 0.07)], 1)
    side = -1 if nose > 0 else 1  # shade the cheek the nose turns away from
    for k in range(8):  # hatched shadow down one cheek
        x = cx + side * hw * (0.5 + k * 0.05)
        line([(x, cy + k * hh * 0.03), (x - side * hw * 0.12, cy + hh * 0.5)], 1)
    top = cy + hh
    line([(cx - hw * 0.3, top), (cx - hw * 0.45, top + s * 0.3), (cx + hw * 0.45, top + s * 0.3),
          (cx + hw * 0.3, top)])
    for sx in (-1, 1):
        line([(cx + sx * hw * 0.2, top + s * 0.3), (cx + sx * hw * 0.3, top + s * 0.48)], 2)
        line([(cx + sx * hw * 0.4, top + s * 0.06), (cx + sx * hw * 0.8, top + s * 0.22)], 2)


def scene_caricatures(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A sheet of loose pencil caricatures: big heads on small bodies, none of anyone real."""
    img = paper(w, h, rng)
    d = ImageDraw.Draw(img)
    cols, rows = (3, 2) if w >= h else (2, 3)
    s = min(w / cols, h / rows) * 0.75
    for r in range(rows):
        for c in range(cols):
            # loose on the page: not a grid, sizes differ, as jotted down one by one
            cx = w * (c + 0.5) / cols + rng.uniform(-0.12, 0.12) * s
            cy = h * (r + 0.5) / rows - s * 0.22 + rng.uniform(-0.08, 0.08) * s
            _caricature(d, rng, cx, cy, s * rng.uniform(0.7, 1.0))
    return img
