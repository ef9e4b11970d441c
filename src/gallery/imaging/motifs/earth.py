"""Scenes on the ground: a frigate at sea, a log house by a lake, Paris at dusk, a launch."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw

from gallery.imaging.motifs.paint import (
    glow,
    mix,
    scale_mask,
    screen_tint,
    soft,
    soft_layer,
    tint,
    vgradient,
)
from gallery.imaging.motifs.shapes import place, shade_poly
from gallery.imaging.motifs.sky import stars
from gallery.imaging.motifs.spacecraft import cosmonaut, rocket


def scene_ship(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A three-masted frigate under sail on a grey northern sea."""
    m = min(w, h)
    hy = h * 0.6
    img = vgradient(w, h, [(0, (92, 108, 124)), (0.5, (176, 182, 184)), (0.6, (206, 204, 196)),
                           (0.6, (84, 104, 110)), (1, (24, 42, 52))])
    u = m / 100

    def clouds(dr: ImageDraw.ImageDraw, s: float) -> None:
        for _ in range(40):
            x, y = rng.uniform(-0.1, 1.1) * w, rng.uniform(0.02, 0.45) * h
            rr = rng.uniform(5, 14) * u
            dr.ellipse(((x - rr * 1.6) * s, (y - rr * 0.6) * s, (x + rr * 1.6) * s,
                        (y + rr * 0.6) * s), fill=255)

    tint(img, (226, 226, 222), scale_mask(soft_layer(w, h, clouds, 4 * u, 8), 0.6))
    tint(img, (70, 80, 96), scale_mask(soft_layer(w, h, clouds, 6 * u, 8), 0.35))
    d = ImageDraw.Draw(img)
    for _ in range(round(260 * w / 2400)):
        t = rng.random()
        y = hy + (h - hy) * t ** 1.5
        x = rng.uniform(0, w)
        ln = u * (1 + 6 * t)
        col = (150, 168, 170) if rng.random() < 0.5 else (20, 36, 44)
        d.arc((x - ln, y - ln * 0.3, x + ln, y + ln * 0.3), 200, 340, fill=col,
              width=max(1, round(u * 0.2 * (0.5 + t))))
    s = min(h * 0.62, w * 0.5)
    bx, by = w * 0.5, hy + s * 0.12
    hull = [(bx - s * 0.55, by - s * 0.12), (bx + s * 0.5, by - s * 0.14),
            (bx + s * 0.62, by - s * 0.2), (bx + s * 0.45, by + s * 0.04),
            (bx - s * 0.45, by + s * 0.05)]
    shade_poly(img, hull, (70, 44, 30), 0.25, 0.5)
    d.line((bx - s * 0.5, by - s * 0.07, bx + s * 0.52, by - s * 0.09), fill=(200, 170, 90),
           width=max(2, round(s / 60)))
    for k in range(12):
        x = bx - s * 0.42 + k * s * 0.075
        d.rectangle((x, by - s * 0.08, x + s * 0.018, by - s * 0.06), fill=(20, 16, 14))
    d.line((bx + s * 0.5, by - s * 0.15, bx + s * 0.8, by - s * 0.32), fill=(60, 40, 30),
           width=max(2, round(s / 120)))
    for mx, top in ((-0.3, 0.9), (0.05, 1.0), (0.36, 0.86)):
        x = bx + mx * s
        d.line((x, by - s * 0.12, x, by - s * top), fill=(60, 40, 30), width=max(2, round(s / 90)))
        for k, (y0, y1, half) in enumerate(((0.22, 0.42, 0.17), (0.44, 0.62, 0.15),
                                            (0.64, 0.78, 0.12))):
            ya, yb = by - s * y1 * top, by - s * y0 * top
            sail = [(x - s * half, ya), (x + s * half, ya), (x + s * (half + 0.02), yb),
                    (x - s * (half - 0.03), yb)]
            shade_poly(img, sail, (230, 222, 200) if k != 1 else (222, 214, 192), 0.1, 0.25)
        d.polygon([(x, by - s * top), (x + s * 0.08, by - s * (top - 0.02)),
                   (x, by - s * (top - 0.04))], fill=(236, 236, 240))
    # standing rigging from the mastheads down to the hull
    for mx, top in ((-0.3, 0.9), (0.05, 1.0), (0.36, 0.86)):
        for dx in (-0.22, 0.2):
            d.line((bx + mx * s, by - s * top, bx + (mx + dx) * s, by - s * 0.13),
                   fill=(70, 60, 52), width=max(1, round(s / 500)))
    jib = [(bx + s * 0.37, by - s * 0.8), (bx + s * 0.78, by - s * 0.3),
           (bx + s * 0.5, by - s * 0.3)]
    shade_poly(img, jib, (228, 220, 200), 0.1, 0.2)
    d.line((bx + s * 0.58, by - s * 0.44, bx + s * 0.68, by - s * 0.44), fill=(40, 60, 160),
           width=1)

    def foam(dr: ImageDraw.ImageDraw, f: float) -> None:
        for _ in range(30):
            x = bx + rng.uniform(-0.5, 0.6) * s
            y = by + s * 0.05 + rng.uniform(-0.01, 0.03) * s
            dr.ellipse(((x - s * 0.05) * f, (y - s * 0.008) * f, (x + s * 0.05) * f,
                        (y + s * 0.008) * f), fill=255)

    tint(img, (226, 232, 230), scale_mask(soft_layer(w, h, foam, s * 0.01, 2), 0.8))
    return img


def scene_house(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A log house with carved window frames by a lake, pines and a birch."""
    img = vgradient(w, h, [(0, (108, 150, 200)), (0.48, (196, 212, 222)), (0.52, (232, 222, 204)),
                           (0.53, (120, 150, 170)), (0.62, (150, 176, 190)), (0.62, (96, 124, 70)),
                           (1, (50, 76, 36))])
    m = min(w, h)
    u = m / 100

    def clouds(dr: ImageDraw.ImageDraw, s: float) -> None:
        for _ in range(14):
            x, y = rng.uniform(0, w), rng.uniform(0.05, 0.3) * h
            for _ in range(5):
                rr = rng.uniform(3, 7) * u
                ox = rng.uniform(-8, 8) * u
                dr.ellipse(((x + ox - rr * 1.5) * s, (y - rr) * s, (x + ox + rr * 1.5) * s,
                            (y + rr * 0.5) * s), fill=255)

    tint(img, (250, 248, 244), scale_mask(soft_layer(w, h, clouds, 2 * u, 4), 0.8))
    for top, col in ((0.44, (120, 130, 160)), (0.48, (84, 100, 120))):
        pts = [(0.0, h * 0.53)]
        x = 0.0
        while x <= w:
            pts.append((x, h * top + math.sin(x / w * 5 + top * 40) * 3 * u +
                        rng.uniform(-1, 1) * u))
            x += 4 * u
        pts += [(w, h * 0.53)]
        mask = Image.new("L", img.size, 0)
        ImageDraw.Draw(mask).polygon(pts, fill=255)
        tint(img, col, soft(mask, u * 0.6))
    d = ImageDraw.Draw(img)
    for _ in range(40):
        y = rng.uniform(0.54, 0.61) * h
        x = rng.uniform(0, w)
        d.line((x, y, x + rng.uniform(2, 8) * u, y), fill=(200, 214, 222),
               width=max(1, round(u / 5)))
    for _ in range(9):
        px, pb = rng.uniform(-0.02, 0.3) * w, rng.uniform(0.66, 0.72) * h
        ph = rng.uniform(22, 34) * u
        for k in range(5):
            hw = ph * (0.22 - k * 0.035)
            y0 = pb - ph * (0.25 + k * 0.17)
            d.polygon([(px - hw, y0 + ph * 0.25), (px, y0 - ph * 0.1), (px + hw, y0 + ph * 0.25)],
                      fill=mix((30, 56, 38), (50, 80, 50), k / 5))
    hx, hb = w * 0.5, h * 0.8
    hw, wh = min(w * 0.2, m * 0.3), m * 0.22
    shade_poly(img, [(hx - hw, hb - wh), (hx + hw, hb - wh), (hx + hw, hb), (hx - hw, hb)],
               (120, 76, 44), 0.15, 0.2)
    for k in range(1, 9):
        y = hb - wh * k / 9
        d.line((hx - hw, y, hx + hw, y), fill=(84, 52, 30), width=max(1, round(u / 4)))
    d.polygon([(hx - hw * 1.15, hb - wh), (hx, hb - wh - m * 0.17), (hx + hw * 1.15, hb - wh)],
              fill=(70, 84, 80))
    d.polygon([(hx - hw * 0.3, hb - wh - m * 0.02), (hx, hb - wh - m * 0.11),
               (hx + hw * 0.3, hb - wh - m * 0.02)], fill=(120, 76, 44))
    d.rectangle((hx + hw * 0.5, hb - wh - m * 0.15, hx + hw * 0.62, hb - wh - m * 0.06),
                fill=(110, 60, 50))
    for k in range(3):
        wx = hx - hw * 0.62 + k * hw * 0.62
        wy = hb - wh * 0.72
        ww, whh = hw * 0.22, wh * 0.36
        d.rectangle((wx - ww * 0.95, wy - whh * 0.15, wx - ww * 0.55, wy + whh * 0.95),
                    fill=(50, 90, 150))
        d.rectangle((wx + ww * 0.55, wy - whh * 0.15, wx + ww * 0.95, wy + whh * 0.95),
                    fill=(50, 90, 150))
        d.rectangle((wx - ww * 0.55, wy, wx + ww * 0.55, wy + whh * 0.8), fill=(236, 232, 220))
        d.rectangle((wx - ww * 0.4, wy + whh * 0.1, wx + ww * 0.4, wy + whh * 0.7),
                    fill=(40, 50, 60))
        d.polygon([(wx - ww * 0.7, wy), (wx, wy - whh * 0.25), (wx + ww * 0.7, wy)],
                  fill=(236, 232, 220))
    bx = w * 0.82
    d.line((bx, h * 0.9, bx + u, h * 0.42), fill=(236, 232, 224), width=round(u * 1.4))
    for _ in range(10):
        y = rng.uniform(0.45, 0.88) * h
        d.line((bx - u * 0.5, y, bx + u * 0.6, y + u * 0.3), fill=(30, 30, 30),
               width=max(1, round(u / 3)))

    def crown(dr: ImageDraw.ImageDraw, s: float) -> None:
        for _ in range(30):
            x, y = bx + rng.uniform(-9, 9) * u, h * 0.42 + rng.uniform(-10, 14) * u
            rr = rng.uniform(2, 5) * u
            dr.ellipse(((x - rr) * s, (y - rr) * s, (x + rr) * s, (y + rr) * s), fill=255)

    tint(img, (96, 140, 60), scale_mask(soft_layer(w, h, crown, 0.8 * u, 2), 0.92))
    for k in range(round(w / (3 * u))):
        x = k * 3 * u
        d.rectangle((x, hb - u * 5, x + u * 1.2, hb + u * 2), fill=(150, 120, 84))
    d.line((0, hb - u * 3.5, w, hb - u * 3.5), fill=(120, 94, 64), width=max(1, round(u / 2)))
    return img


def scene_eiffel(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A cosmonaut flying at dusk towards the Eiffel Tower over Paris roofs."""
    img = vgradient(w, h, [(0, (14, 18, 46)), (0.6, (56, 52, 104)), (0.9, (196, 120, 120)),
                           (1, (230, 160, 130))])
    stars(img, rng, round(150 * w * h / 4.3e6), (0, 0, w, h * 0.5))
    m = min(w, h)
    d = ImageDraw.Draw(img)
    gy = h * 0.9
    x = 0.0
    while x < w:
        bw = rng.uniform(3, 8) * m / 100
        bh = rng.uniform(3, 10) * m / 100
        d.rectangle((x, gy - bh, x + bw, h), fill=(24, 22, 44))
        x += bw
    th = min(h * 0.72, w * 1.1)
    tx = w * 0.7

    def half_width(f: float) -> float:
        # the tower's concave flank: wide splayed legs tapering to a needle
        return th * (0.2 * (1 - f) ** 2.6 + 0.012)

    left = [(tx - half_width(k / 40), gy - th * k / 40) for k in range(41)]
    right = [(tx + half_width(k / 40), gy - th * k / 40) for k in reversed(range(41))]
    tower = Image.new("L", img.size, 0)
    td = ImageDraw.Draw(tower)
    td.polygon(left + right, fill=255)
    # open arch between the legs and a window of sky above the first platform
    td.chord((tx - th * 0.13, gy - th * 0.16, tx + th * 0.13, gy + th * 0.16), 180, 360, fill=0)
    td.rectangle((tx - th * 0.035, gy - th * 0.36, tx + th * 0.035, gy - th * 0.24), fill=0)
    lattice = Image.new("L", img.size, 0)
    ld = ImageDraw.Draw(lattice)
    lw = max(1, round(th / 350))
    for k in range(30):
        f0, f1 = k / 30, (k + 1) / 30
        y0, y1 = gy - th * f0, gy - th * f1
        ld.line((tx - half_width(f0), y0, tx + half_width(f1), y1), fill=255, width=lw)
        ld.line((tx + half_width(f0), y0, tx - half_width(f1), y1), fill=255, width=lw)
    tint(img, (28, 24, 48), tower)
    tint(img, (120, 100, 150), scale_mask(ImageChops.multiply(lattice, tower), 0.8))
    for f in (0.19, 0.38, 0.7):
        hw = half_width(f) * 1.25
        d.rectangle((tx - hw, gy - th * f - th * 0.014, tx + hw, gy - th * f), fill=(18, 16, 34))
    glow(img, tx, gy - th, m * 0.04, (255, 230, 180), 0.9)
    fx, fy = w * 0.28, h * 0.34
    streak = Image.new("L", img.size, 0)
    ImageDraw.Draw(streak).line((fx - m * 0.5, fy + m * 0.25, fx, fy), fill=140,
                                width=round(m * 0.05))
    tint(img, (255, 210, 170), soft(streak, m * 0.03))
    place(img, cosmonaut(m * 0.3), fx, fy, -55)
    return img


def scene_launch(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A rocket lifting off at dusk between service towers, in flame and smoke."""
    img = vgradient(w, h, [(0, (8, 12, 36)), (0.45, (36, 42, 92)), (0.75, (150, 96, 110)),
                           (0.9, (236, 160, 110)), (1, (240, 180, 130))])
    stars(img, rng, round(120 * w * h / 4.3e6), (0, 0, w, h * 0.4))
    m = min(w, h)
    gy = h * 0.86
    rh = min(h * 0.66, w * 1.3)
    rx, base = w * 0.5, gy - h * 0.1
    glow(img, rx, base, m * 0.9, (255, 150, 70), 0.75, 1.4)
    d = ImageDraw.Draw(img)
    lw = max(2, round(m / 250))
    for sx in (-1, 1):
        tx = rx + sx * rh * 0.3
        d.line((tx, gy, tx, gy - rh * 0.75), fill=(30, 26, 34), width=lw * 2)
        d.line((tx + sx * rh * 0.05, gy, tx + sx * rh * 0.05, gy - rh * 0.7), fill=(30, 26, 34),
               width=lw * 2)
        for k in range(10):
            y = gy - rh * 0.07 * k
            d.line((tx, y, tx + sx * rh * 0.05, y - rh * 0.07), fill=(30, 26, 34), width=lw)
        d.line((tx, gy - rh * 0.6, tx - sx * rh * 0.16, gy - rh * 0.66), fill=(30, 26, 34),
               width=lw * 2)
    place(img, rocket(rh, variant), rx, base - rh / 2)
    flame = Image.new("L", img.size, 0)
    fd = ImageDraw.Draw(flame)
    for x in (-0.1, -0.05, 0.0, 0.05, 0.1):
        fx = rx + x * rh
        fd.polygon([(fx - rh * 0.016, base - rh * 0.02), (fx + rh * 0.016, base - rh * 0.02),
                    (fx, base + rh * rng.uniform(0.14, 0.2))], fill=255)
    screen_tint(img, (255, 150, 60), scale_mask(soft(flame, m * 0.02), 2.5))
    tint(img, (255, 246, 214), soft(flame, m * 0.006))
    glow(img, rx, base + rh * 0.08, m * 0.25, (255, 210, 130), 1.0, 1.3)

    def smoke(dr: ImageDraw.ImageDraw, s: float) -> None:
        for _ in range(70):
            t = rng.random()
            x = rx + rng.choice((-1, 1)) * (0.05 + t) * w * 0.5
            y = gy + m * 0.01 - rng.uniform(0, 0.06) * h * (1 - t * 0.6)
            rr = m * (0.035 + 0.07 * t) * rng.uniform(0.7, 1.3)
            dr.ellipse(((x - rr) * s, (y - rr) * s, (x + rr) * s, (y + rr) * s), fill=255)

    clouds = soft_layer(w, h, smoke, m * 0.01, 4)
    # shadowed underside first, then the lit billows a little higher
    tint(img, (150, 120, 116), scale_mask(clouds, 0.9))
    lit = ImageChops.offset(clouds, 0, -round(m * 0.02))
    tint(img, (226, 204, 186), scale_mask(ImageChops.multiply(lit, clouds), 0.9))
    glow(img, rx, base + m * 0.04, m * 0.45, (255, 160, 70), 0.8, 1.8)
    img.paste(vgradient(w, h - round(gy + h * 0.05), [(0, (40, 30, 36)), (1, (16, 12, 18))]),
              (0, round(gy + h * 0.05)))
    return img
