"""Scenes in Earth orbit: the planet's rim below a sunrise, craft, a spacewalker or a storm."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from gallery.imaging.motifs.paint import (
    BLACK,
    WHITE,
    blotches,
    disc_mask,
    glow,
    mix,
    paint_texture,
    radial,
    scale_mask,
    soft,
    soft_layer,
    tint,
    vgradient,
)
from gallery.imaging.motifs.shapes import bezier, layer_for, place, rot, shade_ball
from gallery.imaging.motifs.sky import blob, body, horizon_bands, limb, space
from gallery.imaging.motifs.spacecraft import (
    apollo,
    cosmonaut,
    meteor,
    molniya,
    salyut,
    soyuz,
    sputnik,
    voskhod,
)


def scene_sunrise(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Orbital sunrise: a red Sun on the curved rim of the Earth, bands of coloured air."""
    img = space(w, h, rng, (2, 2, 8), (10, 16, 44), 300)
    u = min(w, h) / 100
    r = max(w, h) * 1.6
    cx, hy = w * 0.5, h * 0.62
    sx = w * rng.uniform(0.4, 0.6)
    sy = hy - 1.5 * u - ((sx - cx) / (max(w, h) * 1.6)) ** 2 * max(w, h) * 0.8
    glow(img, sx, sy, 60 * u, (120, 50, 20), 0.9, 1.6)
    glow(img, sx, sy, 22 * u, (255, 120, 50), 0.9, 2.2)
    sun = 6.5 * u
    ImageDraw.Draw(img).ellipse((sx - sun, sy - sun, sx + sun, sy + sun), fill=(250, 90, 40))
    glow(img, sx, sy, sun * 1.3, (255, 220, 150), 0.8, 1.5)
    limb(img, rng, cx, hy + r, r, rim=(34, 80, 170), deep=(4, 10, 30), clouds=0.35)
    horizon_bands(img, cx, hy + r, r, sx, sy, [(0.3, (230, 50, 20)), (1.5, (240, 120, 40)),
                                                (2.9, (90, 140, 230)), (4.6, (30, 60, 150))],
                  (55 * u, 16 * u))
    glow(img, sx, hy + 6 * u, 30 * u, (90, 60, 70), 0.6, 2.0)
    return img


def scene_spacewalk(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A spacewalker on a tether beside Voskhod 2, the Earth's rim below."""
    img = space(w, h, rng)
    m = min(w, h)
    r = max(w, h) * rng.uniform(1.2, 2.0)
    hy = h * rng.uniform(0.66, 0.78)
    glow(img, w * 0.9, h * 0.08, m * 0.45, (200, 170, 120), 0.7)
    if variant == "sea":
        limb(img, rng, w * 0.5, hy + r, r, rim=(40, 120, 150), deep=(8, 40, 60), clouds=0.45)
    else:
        limb(img, rng, w * 0.5, hy + r, r, clouds=0.7)
    ang = rng.uniform(0, 20)
    length = m * 0.5
    vx, vy = w * 0.72, h * rng.uniform(0.32, 0.4)
    top = rot(-0.18 * length, -0.45 * length, ang)
    fx, fy = w * rng.uniform(0.24, 0.36), h * rng.uniform(0.34, 0.46)
    start = (vx + top[0], vy + top[1])
    pts = bezier(start, (start[0] - m * 0.1, start[1] - m * 0.3), (fx + m * 0.2, fy - m * 0.25),
                 (fx, fy))
    ImageDraw.Draw(img).line(pts, fill=(215, 210, 195), width=max(2, round(m / 300)),
                             joint="curve")
    place(img, voskhod(length), vx, vy, ang)
    place(img, cosmonaut(m * 0.34), fx, fy, rng.uniform(10, 40))
    # mirrored half the time so works sharing this motif do not look alike
    return ImageOps.mirror(img) if rng.random() < 0.5 else img


def scene_docking(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Apollo and Soyuz meeting nose to nose over the Earth, the Sun behind them."""
    img = space(w, h, rng, nebula=(30, 40, 80))
    m = min(w, h)
    r = max(w, h) * 1.7
    limb(img, rng, w * 0.5, h * 0.8 + r, r, clouds=0.7)
    cx, cy = w * 0.5, h * 0.42
    glow(img, cx, cy, m * 0.55, (150, 110, 70), 0.7, 1.6)
    glow(img, cx, cy, m * 0.12, (255, 245, 220), 1.0, 1.3)
    portrait = w < h
    each = (h * 0.42) if portrait else min(w * 0.4, h * 0.75)
    ap, so = apollo(each), soyuz(each)
    pair = layer_for(each * 2, so.height)
    pair.paste(ap, (0, round(pair.height / 2 - ap.height / 2)), ap)
    pair.paste(so, (round(each), 0), so)
    if variant == "lasso":
        d = ImageDraw.Draw(pair)
        lw = max(2, round(each / 120))
        hx, hy = each * 0.7, pair.height / 2 - each * 0.1
        loop = (each * 1.02, pair.height / 2 - each * 0.2, each * 1.3, pair.height / 2 + each * 0.2)
        d.line(bezier((hx, hy), (each * 0.8, hy - each * 0.45), (each * 1.2, loop[1] - each * 0.3),
                      (each * 1.16, loop[1])), fill=(196, 150, 90), width=lw, joint="curve")
        d.ellipse(loop, outline=(196, 150, 90), width=lw)
    place(img, pair, cx, cy, 78 if portrait else -6)
    return img


def scene_satellite(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A satellite or station above the curved rim of the Earth (or the Moon)."""
    img = space(w, h, rng, nebula=(30, 40, 80))
    m = min(w, h)
    r = max(w, h) * 1.6
    if variant == "moon":
        limb(img, rng, w * 0.5, h * 0.74 + r, r, rim=(190, 186, 178), deep=(96, 94, 92),
             clouds=0, moon=True)
        body(img, rng, w * 0.82, h * 0.2, m * 0.07, "earth", light=(-0.5, 0.4))
    else:
        limb(img, rng, w * 0.5, h * 0.74 + r, r, clouds=0.7)
    glow(img, w * 0.08, h * 0.1, m * 0.5, (210, 180, 130), 0.7)
    craft = {
        "molniya": lambda: molniya(m * 0.6),
        "meteor": lambda: meteor(m * 0.7),
        "sputnik": lambda: sputnik(m * 0.5),
    }
    if variant == "relay":
        _relay(img, w, h, m, r)
    elif variant in craft:
        place(img, craft[variant](), w * 0.5, h * 0.4, -15 if variant != "sputnik" else 20)
    elif variant == "station":
        st, so = salyut(m * 0.46), soyuz(m * 0.34)
        pair = layer_for(m * 0.8, st.height)
        pair.paste(so, (0, round(st.height / 2 - so.height / 2)), so)
        pair = pair.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        pair.paste(st, (0, 0), st)
        place(img, pair, w * 0.5, h * 0.4, 12)
    else:
        place(img, soyuz(m * 0.55), w * 0.5, h * 0.42, 18)
    return img


def _relay(img: Image.Image, w: int, h: int, m: int, r: float) -> None:
    """A communications satellite high above the Earth, beams linking two distant places."""
    sx, sy = w * 0.5, h * 0.3
    ground_y = h * 0.74 + r
    d = ImageDraw.Draw(img)
    for gx in (w * 0.14, w * 0.86):
        gy = ground_y - math.sqrt(max(0.0, r * r - (gx - w * 0.5) ** 2)) + m * 0.04
        glow(img, gx, gy, m * 0.035, (255, 230, 160), 0.9, 1.5)
        for k in range(24):  # a dashed beam, the signal's path
            if k % 2 == 0:
                t0, t1 = k / 24, (k + 1) / 24
                d.line((gx + (sx - gx) * t0, gy + (sy - gy) * t0, gx + (sx - gx) * t1,
                        gy + (sy - gy) * t1), fill=(250, 226, 150), width=max(1, round(m / 260)))
    place(img, molniya(m * 0.42), sx, sy, -15)


def scene_earth_view(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """The Earth from orbit, as sketched: its curved horizon, or looking straight down."""
    img = space(w, h, rng, (4, 4, 14), (12, 18, 46), 160)
    if variant == "down":
        img = vgradient(w, h, [(0, (40, 96, 160)), (1, (22, 62, 120))])
        limb(img, rng, w * 0.5, h * 2.6, h * 2.62, rim=(56, 120, 180), deep=(24, 70, 130),
             clouds=0.9)
        land = Image.new("L", img.size, 0)
        ImageDraw.Draw(land).polygon(blob(rng, w * 0.1, h * 0.55, w * 0.3, h * 0.5, 30, 0.35),
                                     fill=255)
        tint(img, (112, 124, 80), soft(land, min(w, h) / 150))
        return img
    r = max(w, h) * (1.1 if variant == "wide" else 2.0)
    limb(img, rng, w * 0.5, h * (0.4 if variant == "wide" else 0.5) + r, r, clouds=0.9)
    return img


def scene_porthole(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """The Earth seen through a bolted round porthole in a cabin wall."""
    img = vgradient(w, h, [(0, (64, 72, 66)), (1, (26, 30, 28))])
    m = min(w, h)
    d = ImageDraw.Draw(img)
    for k in range(1, 4):
        d.line((0, h * k / 4, w, h * k / 4), fill=(40, 46, 42), width=max(1, round(m / 300)))
    cx, cy, r = w * 0.5, h * 0.5, m * 0.36
    view = space(round(2 * r), round(2 * r), rng)
    rr = view.width * 1.2
    limb(view, rng, view.width * 0.4, view.height * 0.45 + rr, rr, clouds=0.8)
    img.paste(view, (round(cx - r), round(cy - r)), disc_mask(view.size, (0, 0, *view.size)))
    hl = Image.new("L", img.size, 0)
    ImageDraw.Draw(hl).arc((cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85), 200, 250,
                           fill=110, width=round(r * 0.06))
    tint(img, WHITE, soft(hl, r * 0.03))
    for k, (grow, col) in enumerate(((1.28, (70, 74, 76)), (1.18, (150, 152, 150)),
                                     (1.06, (96, 98, 100)))):
        ring = Image.new("L", img.size, 0)
        R = r * grow
        ImageDraw.Draw(ring).ellipse((cx - R, cy - R, cx + R, cy + R), fill=255)
        ImageDraw.Draw(ring).ellipse((cx - r, cy - r, cx + r, cy + r), fill=0)
        metal = Image.composite(Image.new("RGB", img.size, mix(col, WHITE, 0.4)),
                                Image.new("RGB", img.size, mix(col, BLACK, 0.4)),
                                radial(img.size, cx - r, cy - r, r * 3, r * 3, 0.9 + k * 0.2))
        img.paste(metal, (0, 0), ring.filter(ImageFilter.GaussianBlur(m / 500)))
    for k in range(12):
        a = k * math.pi / 6
        bx, by = cx + math.cos(a) * r * 1.12, cy + math.sin(a) * r * 1.12
        shade_ball(img, bx, by, r * 0.035, (170, 170, 168))
    return img


def scene_cyclone(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A cyclone's spiral seen obliquely from orbit, a coastline beside it."""
    img = space(w, h, rng, (2, 2, 8), (4, 6, 20), 120)
    m = min(w, h)
    u = m / 100
    r = max(w, h) * 2.2
    hy = h * 0.14
    mask = limb(img, rng, w * 0.5, hy + r, r, rim=(80, 150, 200), deep=(14, 62, 118), clouds=0.5)
    land = Image.new("L", img.size, 0)
    ld = ImageDraw.Draw(land)
    # a long peninsula running down to an island, seen obliquely
    for k in range(14):
        t = k / 13
        ld.polygon(blob(rng, w * (0.02 + 0.24 * t), h * (0.36 + 0.5 * t), 6 * u * (1.3 - 0.6 * t),
                         2.5 * u, 20, 0.3), fill=255)
    ld.polygon(blob(rng, w * 0.06, h * 1.0, 18 * u, 8 * u, 30, 0.3), fill=255)
    # blur then threshold: merges the blobs into one smooth coastline
    land = land.filter(ImageFilter.GaussianBlur(u * 1.2)).point(
        [0 if v < 100 else 255 if v > 140 else (v - 100) * 255 // 40 for v in range(256)])
    land = ImageChops.multiply(land, mask)
    green = paint_texture(vgradient(w, h, [(0, (118, 124, 86)), (1, (70, 98, 56))]), rng, 16)
    img.paste(green, (0, 0), land)
    cx, cy = w * 0.62, h * 0.56

    def spiral(dr: ImageDraw.ImageDraw, s: float) -> None:
        for arm in range(4):
            base = arm * math.pi / 2 + rng.uniform(-0.2, 0.2)
            prev = None
            for i in range(120):
                th = i * 0.05
                rr = m * 0.03 * math.exp(0.32 * th)
                if rr > m * 0.42:
                    break
                x = cx + rr * math.cos(th + base)
                y = cy + rr * math.sin(th + base) * 0.62
                wdt = m * (0.012 + 0.1 * (1 - rr / (m * 0.42)) * rr / m) * rng.uniform(0.8, 1.2)
                if prev:
                    dr.line((prev[0] * s, prev[1] * s, x * s, y * s), fill=255,
                            width=max(1, round(wdt * s)))
                if i % 4 == 0 and rr > m * 0.12:  # puffs fray the outer arms into cloud
                    px, py = x + rng.gauss(0, wdt * 0.5), y + rng.gauss(0, wdt * 0.3)
                    pr = wdt * rng.uniform(0.5, 1.0)
                    dr.ellipse(((px - pr) * s, (py - pr * 0.6) * s, (px + pr) * s,
                                (py + pr * 0.6) * s), fill=rng.randint(170, 255))
                prev = (x, y)
        core = m * 0.07
        dr.ellipse(((cx - core) * s, (cy - core * 0.62) * s, (cx + core) * s,
                    (cy + core * 0.62) * s), fill=255)
        e = m * 0.01
        dr.ellipse(((cx - e) * s, (cy - e * 0.62) * s, (cx + e) * s, (cy + e * 0.62) * s), fill=0)

    swirl = soft_layer(w, h, spiral, m * 0.012, 2)
    fibre = blotches(w, h, rng, max(3, m // 60), 120).point(lambda v: 185 + v * 70 // 255)
    swirl = ImageChops.multiply(swirl, fibre)
    tint(img, (8, 30, 60), scale_mask(ImageChops.offset(swirl, round(u), round(u * 1.5)), 0.35))
    tint(img, (246, 248, 252), scale_mask(swirl, 0.97))
    return img
