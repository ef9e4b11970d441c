"""On the Moon: cratered ground, long shadows, Lunokhod and a lander, and the lunar scenes."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw

from gallery.imaging.motifs.paint import (
    BLACK,
    RGB,
    WHITE,
    blotches,
    clip_box,
    glow,
    hgradient,
    mix,
    radial,
    scale_mask,
    screen_tint,
    soft,
    soft_layer,
    tint,
    vgradient,
)
from gallery.imaging.motifs.shapes import layer_for, place, shade_ball, shade_poly
from gallery.imaging.motifs.sky import body, space
from gallery.imaging.motifs.spacecraft import cosmonaut


def ground(img: Image.Image, rng: random.Random, horizon: float, near: RGB, far: RGB,
           craters: int = 14, sun_left: bool = True) -> None:
    """Grey lunar ground below `horizon` with craters foreshortened by perspective."""
    w, h = img.size
    u = min(w, h) / 100
    top = round(horizon)
    dust = vgradient(w, h - top, [(0, far), (1, near)])
    mottle = blotches(w, h - top, rng, max(6, round(u * 3)), 40)
    img.paste(ImageChops.soft_light(dust, Image.merge("RGB", (mottle, mottle, mottle))), (0, top))

    def hills(dr: ImageDraw.ImageDraw, s: float) -> None:
        pts = [(0.0, horizon)]
        x = 0.0
        while x < w:
            x += rng.uniform(6, 16) * u
            pts.append((x, horizon - rng.uniform(0.5, 4.5) * u))
        pts += [(w, horizon + 2 * u), (0, horizon + 2 * u)]
        dr.polygon([(px * s, py * s) for px, py in pts], fill=255)

    tint(img, mix(far, WHITE, 0.15), soft_layer(w, h, hills, 0.4 * u, 2))
    d = ImageDraw.Draw(img)
    for _ in range(craters):
        t = rng.random()
        y = horizon + (h - horizon) * (0.08 + 0.9 * t)
        rx = u * (1.5 + 9 * t) * rng.uniform(0.6, 1.4)
        ry = rx * (0.18 + 0.25 * t)
        x = rng.uniform(-0.05, 1.05) * w
        shade = mix(far, near, t)
        lit, dark = mix(shade, WHITE, 0.25), mix(shade, BLACK, 0.35)
        d.ellipse((x - rx, y - ry, x + rx, y + ry), fill=lit)
        off = rx * 0.12 * (1 if sun_left else -1)
        d.ellipse((x - rx * 0.86 + off, y - ry * 0.8, x + rx * 0.86 + off, y + ry * 0.75),
                  fill=dark)
        d.ellipse((x - rx * 0.6 + off * 2, y - ry * 0.4, x + rx * 0.8 + off, y + ry * 0.7),
                  fill=mix(shade, BLACK, 0.12))


def shadow(img: Image.Image, x0: float, x1: float, y: float, length: float, depth: float) -> None:
    """A long soft shadow cast along the ground to the right."""
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).polygon([(x0, y - depth), (x1, y - depth), (x1 + length, y + depth * 0.3),
                               (x0 + length * 0.6, y + depth)], fill=150)
    m = soft(m, min(img.size) / 300)
    tint(img, (10, 10, 14), m)


def rover(length: float, lid_open: bool = True) -> Image.Image:
    """Lunokhod: a tub on eight wheels with a round lid of solar cells and antennas."""
    L = length
    lay = layer_for(L, L * 0.9)
    g = lay.height * 0.78
    d = ImageDraw.Draw(lay)
    if lid_open:
        lid = layer_for(L * 0.9, L * 0.2)
        ImageDraw.Draw(lid).ellipse((0, 0, L * 0.9, L * 0.2), fill=(40, 52, 100),
                                    outline=(190, 190, 185), width=max(1, round(L / 120)))
        panel_lines = ImageDraw.Draw(lid)
        for k in range(1, 8):
            x = L * 0.9 * k / 8
            panel_lines.line((x, L * 0.02, x, L * 0.18), fill=(90, 110, 170),
                             width=max(1, round(L / 300)))
        place(lay, lid, L * 0.62, g - L * 0.52, -32)
    shade_poly(lay, [(L * 0.08, g - L * 0.36), (L * 0.92, g - L * 0.36), (L * 0.84, g - L * 0.14),
                     (L * 0.16, g - L * 0.14)], (196, 198, 200), light=0.5)
    shade_poly(lay, [(L * 0.06, g - L * 0.42), (L * 0.94, g - L * 0.42), (L * 0.94, g - L * 0.36),
                     (L * 0.06, g - L * 0.36)], (150, 150, 156))
    for k in range(2):
        x = L * (0.12 + k * 0.08)
        d.ellipse((x - L * 0.025, g - L * 0.31, x + L * 0.025, g - L * 0.26), fill=(30, 30, 40))
    d.line((L * 0.8, g - L * 0.42, L * 0.86, g - L * 0.78), fill=(210, 210, 210),
           width=max(1, round(L / 150)))
    d.polygon([(L * 0.2, g - L * 0.42), (L * 0.26, g - L * 0.62), (L * 0.32, g - L * 0.42)],
              fill=(205, 200, 190))
    for k in range(4):
        x = L * (0.18 + k * 0.215)
        rr = L * 0.085
        d.ellipse((x - rr, g - rr * 2, x + rr, g), fill=(50, 50, 56), outline=(150, 150, 150),
                  width=max(1, round(L / 90)))
        for a in range(0, 180, 45):
            dx, dy = math.cos(math.radians(a)) * rr * 0.8, math.sin(math.radians(a)) * rr * 0.8
            d.line((x - dx, g - rr - dy, x + dx, g - rr + dy), fill=(130, 130, 130),
                   width=max(1, round(L / 250)))
    return lay


def lander(height: float) -> Image.Image:
    """A lunar lander on four splayed legs with a cabin on top."""
    H = height
    lay = layer_for(H * 1.1, H)
    c = lay.width / 2
    d = ImageDraw.Draw(lay)
    lw = max(1, round(H / 60))
    for sx in (-1, -0.35, 0.35, 1):
        d.line((c + sx * H * 0.16, H * 0.6, c + sx * H * 0.45, H * 0.95), fill=(170, 160, 130),
               width=lw)
        d.ellipse((c + sx * H * 0.45 - H * 0.05, H * 0.93, c + sx * H * 0.45 + H * 0.05, H * 0.98),
                  fill=(190, 180, 150))
    shade_poly(lay, [(c - H * 0.28, H * 0.5), (c + H * 0.28, H * 0.5), (c + H * 0.22, H * 0.72),
                     (c - H * 0.22, H * 0.72)], (196, 160, 70))
    shade_ball(lay, c, H * 0.33, H * 0.2, (190, 190, 186))
    d.ellipse((c - H * 0.09, H * 0.25, c + H * 0.02, H * 0.34), fill=(40, 50, 70))
    return lay


def scene_rover(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Lunokhod on grey ground under a black sky; variants add a landing stage or crater."""
    img = space(w, h, rng, (2, 2, 6), (8, 8, 16), 200)
    m = min(w, h)
    hy = h * (0.42 if h > w else 0.5)
    warm = variant == "morning"
    body(img, rng, w * 0.78, hy - h * 0.22, m * 0.07, "earth", light=(-0.7, 0.2))
    ground(img, rng, hy, (120, 112, 100) if warm else (110, 110, 112),
           (170, 158, 138) if warm else (150, 150, 152), 16)
    glow(img, -w * 0.05, hy, m * 0.7, (255, 220, 170) if warm else (200, 200, 210), 0.55, 1.6)
    length = (w * 0.6) if h > w else m * 0.62
    rx, ry = w * 0.5, hy + (h - hy) * 0.55
    if variant == "crater":
        cr = length * 1.1
        outer = (rx - cr, ry - cr * 0.32, rx + cr, ry + cr * 0.32)
        inner = (rx - cr * 0.9, ry - cr * 0.25, rx + cr * 0.95, ry + cr * 0.3)
        rim = Image.new("L", img.size, 0)
        ImageDraw.Draw(rim).ellipse(outer, fill=255)
        tint(img, (182, 176, 164), soft(rim, m / 150))
        # the wall nearest the low Sun is in shadow, the far wall catches the light
        bowl = Image.new("L", img.size, 0)
        ImageDraw.Draw(bowl).ellipse(inner, fill=255)
        box = clip_box(img.size, *inner)
        if box:
            floor = hgradient(box[2] - box[0], box[3] - box[1],
                              [(0, (44, 42, 42)), (0.55, (96, 94, 90)), (1, (150, 146, 138))])
            img.paste(floor, box, soft(bowl, m / 200).crop(box))
    if variant == "descent":
        stage = layer_for(length * 1.5, length * 0.6)
        d = ImageDraw.Draw(stage)
        sw = stage.width
        for k in range(4):
            shade_ball(stage, sw * (0.25 + k * 0.17), length * 0.32, length * 0.11, (200, 180, 110))
        shade_poly(stage, [(sw * 0.16, length * 0.08), (sw * 0.84, length * 0.08),
                           (sw * 0.84, length * 0.2), (sw * 0.16, length * 0.2)], (150, 140, 110))
        for x in (0.2, 0.8):
            d.line((sw * x, length * 0.2, sw * (x + (0.1 if x > 0.5 else -0.1)), length * 0.56),
                   fill=(170, 170, 160), width=max(2, round(length / 80)))
        d.polygon([(sw * 0.84, length * 0.1), (sw, length * 0.58), (sw * 0.96, length * 0.6),
                   (sw * 0.8, length * 0.16)], fill=(190, 185, 170))
        shadow(img, rx - length * 0.6, rx + length * 0.6, ry + length * 0.05, length, length * 0.06)
        place(img, stage, rx, ry - length * 0.22)
        ry -= length * 0.45
    else:
        shadow(img, rx - length * 0.4, rx + length * 0.4, ry + length * 0.3, length * 1.4,
               length * 0.05)
    place(img, rover(length, variant != "descent"), rx, ry)
    return img


def scene_lunar(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A cratered lunar landscape with the Earth in the sky, alone or with a cosmonaut, a
    lander, a probe or an eruption."""
    eruption = variant == "eruption"
    img = space(w, h, rng, (4, 3, 8), (30, 14, 20) if eruption else (10, 10, 20), 260)
    m = min(w, h)
    hy = h * 0.55
    body(img, rng, w * 0.22, h * 0.2, m * 0.08, "earth", light=(0.6, -0.3))
    ground(img, rng, hy, (96, 94, 92), (150, 148, 146), 18, sun_left=False)
    glow(img, w * 1.05, hy, m * 0.8, (230, 225, 210), 0.45, 1.8)
    gy = hy + (h - hy) * 0.5
    if eruption:
        vx = w * 0.62
        cone = Image.new("L", img.size, 0)
        ImageDraw.Draw(cone).polygon(
            [(vx - m * 0.45, hy + m * 0.05), (vx - m * 0.06, hy - m * 0.14),
             (vx + m * 0.06, hy - m * 0.14), (vx + m * 0.5, hy + m * 0.05)], fill=255)
        tint(img, (70, 62, 60), soft(cone, m / 300))
        glow(img, vx, hy - m * 0.2, m * 0.45, (255, 90, 30), 0.9, 1.4)
        glow(img, vx, hy - m * 0.16, m * 0.12, (255, 220, 120), 1.0, 1.2)

        def plume(dr: ImageDraw.ImageDraw, s: float) -> None:
            for _ in range(60):
                t = rng.random()
                x = vx + rng.uniform(-1, 1) * m * (0.03 + 0.3 * t) + t * m * 0.15
                y = hy - m * (0.15 + 0.55 * t)
                rr = m * (0.025 + 0.09 * t)
                dr.ellipse(((x - rr) * s, (y - rr) * s, (x + rr) * s, (y + rr) * s),
                           fill=round(255 * (1 - 0.6 * t)))

        smoke = soft_layer(w, h, plume, m * 0.03)
        tint(img, (124, 100, 96), scale_mask(smoke, 0.85))
        # fire lights only the bottom of the column
        lower = ImageChops.multiply(smoke, radial(img.size, vx, hy - m * 0.15, m * 0.3, m * 0.3,
                                                  1.0))
        screen_tint(img, (255, 120, 40), lower)
        d = ImageDraw.Draw(img)
        for _ in range(24):
            a = rng.uniform(-2.6, -0.5)
            ln = rng.uniform(0.05, 0.3) * m
            x0, y0 = vx, hy - m * 0.15
            d.line((x0, y0, x0 + math.cos(a) * ln, y0 + math.sin(a) * ln), fill=(255, 190, 90),
                   width=max(1, round(m / 400)))
    elif variant == "probe":
        lay = layer_for(m * 0.3, m * 0.22)
        d = ImageDraw.Draw(lay)
        for k in range(4):
            a = math.radians(200 + k * 47)
            c = (m * 0.15, m * 0.15)
            d.polygon([(c[0] - m * 0.02, c[1]), (c[0] + math.cos(a) * m * 0.14,
                                                 c[1] + math.sin(a) * m * 0.03 + m * 0.04),
                       (c[0] + m * 0.02, c[1])], fill=(200, 196, 188))
        shade_ball(lay, m * 0.15, m * 0.12, m * 0.05, (200, 200, 196))
        for sx in (-1, 1):
            d.line((m * 0.15, m * 0.08, m * 0.15 + sx * m * 0.08, 0), fill=(210, 210, 210),
                   width=max(1, round(m / 300)))
        shadow(img, w * 0.38, w * 0.5, gy + m * 0.08, -m * 0.3, m * 0.02)
        place(img, lay, w * 0.45, gy)
    elif variant in ("cosmonaut", "lander"):
        size = m * 0.4
        if variant == "lander":
            shadow(img, w * 0.3, w * 0.5, gy + m * 0.02, -m * 0.5, m * 0.03)
            place(img, lander(m * 0.55), w * 0.4, gy - m * 0.25)
            size = m * 0.28
        fx = w * (0.7 if variant == "lander" else 0.5)
        shadow(img, fx - size * 0.08, fx + size * 0.08, gy + size * 0.5, -size, size * 0.04)
        place(img, cosmonaut(size, "stand"), fx, gy + size * 0.04)
    return img
