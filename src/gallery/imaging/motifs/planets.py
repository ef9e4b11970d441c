"""Scenes among the planets: Sun, Earth and Moon in a row, a planet filling the frame, an
alien world with two suns, and the calm fallback with a ringed planet."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from gallery.imaging.motifs.paint import WHITE, glow, mix, soft, tint, vgradient
from gallery.imaging.motifs.shapes import layer_for, place, shade_ball
from gallery.imaging.motifs.sky import body, space, stars
from gallery.imaging.motifs.spacecraft import soyuz


def scene_near_moon(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Sun, Earth and Moon on one diagonal, the Moon large in front."""
    img = space(w, h, rng, nebula=(40, 40, 90))
    m = min(w, h)
    sx, sy = w * 0.16, h * 0.17
    glow(img, sx, sy, m * 0.55, (120, 90, 60), 0.8, 1.5)
    glow(img, sx, sy, m * 0.12, (255, 240, 200), 1.0, 1.2)
    ex, ey = w * 0.45, h * 0.45
    body(img, rng, ex, ey, m * 0.1, "earth", light=(-0.6, -0.55), ambient=0.05)
    body(img, rng, w * 0.76, h * 0.76, m * 0.3, "moon", light=(-0.62, -0.5), ambient=0.04)
    return img


def scene_planet(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A planet filling the frame: Mars or Venus with a spacecraft or parachute, or Earth."""
    kind = variant.split("-")[0]
    img = space(w, h, rng, nebula=(60, 30, 40) if kind == "mars" else (30, 40, 80))
    m = min(w, h)
    if kind == "earth":
        body(img, rng, w * 0.9, h * 0.14, m * 0.05, "moon", light=(-0.5, 0.3))
        body(img, rng, w * 0.48, h * 0.54, m * 0.36, "earth", light=(-0.55, -0.35), ambient=0.06)
        return img
    px, py = w * 0.6, h * 0.6
    body(img, rng, px, py, m * 0.4, kind, light=(-0.6, -0.45), ambient=0.05)
    if kind == "mars":
        body(img, rng, w * 0.16, h * 0.22, m * 0.035, "rock", light=(0.3, -0.5))
    if variant.endswith("descent"):
        cx, cy = w * 0.3, h * 0.32
        lay = layer_for(m * 0.3, m * 0.36)
        d = ImageDraw.Draw(lay)
        cw = m * 0.3
        for k in range(6):
            d.pieslice((0, 0, cw, cw * 0.8), 180 + k * 30, 210 + k * 30,
                       fill=(236, 120, 60) if k % 2 else (240, 236, 226))
        for k in range(7):
            d.line((cw * k / 6, cw * 0.4, cw * 0.5, cw * 1.0), fill=(220, 220, 220),
                   width=max(1, round(m / 500)))
        shade_ball(lay, cw * 0.5, cw * 1.05, cw * 0.08, (200, 196, 186))
        place(img, lay, cx, cy, 10)
    else:
        so = soyuz(m * 0.28, wings=True)
        place(img, so, w * 0.26, h * 0.3, -20)
    return img


def scene_two_suns(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """An alien evening: two suns over layered ridges."""
    img = vgradient(w, h, [(0, (26, 18, 58)), (0.45, (120, 64, 110)), (0.7, (236, 150, 110)),
                           (1, (250, 200, 140))])
    stars(img, rng, round(80 * w * h / 4.3e6), (0, 0, w, h * 0.35))
    m = min(w, h)
    for x, y, r, core, halo in ((0.32, 0.44, 0.08, (255, 190, 90), (255, 120, 60)),
                                (0.66, 0.26, 0.04, (230, 240, 255), (120, 160, 255))):
        glow(img, w * x, h * y, m * r * 8, halo, 0.6, 1.6)
        glow(img, w * x, h * y, m * r * 1.8, core, 1.0, 1.2)
        ImageDraw.Draw(img).ellipse((w * x - m * r, h * y - m * r, w * x + m * r, h * y + m * r),
                                    fill=mix(core, WHITE, 0.5))
    for k, (top, col) in enumerate(((0.58, (150, 90, 110)), (0.66, (96, 54, 70)),
                                    (0.78, (48, 26, 36)))):
        pts: list[tuple[float, float]] = [(0.0, h)]
        x, y = 0.0, h * top
        while x < w:
            pts.append((x, y))
            x += rng.uniform(3, 9) * m / 100
            y = h * top + rng.uniform(-1, 1) * m * (0.03 + 0.03 * k)
        pts += [(w, y), (w, h)]
        mask = Image.new("L", img.size, 0)
        ImageDraw.Draw(mask).polygon(pts, fill=255)
        tint(img, col, soft(mask, m / (150 + 100 * k)))
    return img


def scene_generic(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """The calm fallback: nebula, stars, a ringed planet and a small moon."""
    img = space(w, h, rng, (4, 4, 14), (16, 14, 40), 320, nebula=(70, 50, 120))
    m = min(w, h)
    px, py, r = w * 0.62, h * 0.55, m * 0.2
    ring_box = (px - r * 2.1, py - r * 0.55, px + r * 2.1, py + r * 0.55)
    back = Image.new("L", img.size, 0)
    ImageDraw.Draw(back).ellipse(ring_box, outline=180, width=round(r * 0.18))
    back = soft(back, r * 0.02)
    tint(img, (214, 190, 150), back)
    body(img, rng, px, py, r, "giant", light=(-0.7, -0.3), ambient=0.05)
    front = back.copy()
    ImageDraw.Draw(front).rectangle((0, 0, img.width, round(py)), fill=0)
    tint(img, (224, 200, 160), front)
    body(img, rng, w * 0.2, h * 0.28, m * 0.05, "ice", light=(0.6, -0.2))
    return img
