"""The sky: starry space, planets and moons as shaded spheres, and a planet's curved rim."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from gallery.imaging.motifs.paint import (
    BICUBIC,
    BILINEAR,
    RGB,
    blotches,
    clip_box,
    disc_mask,
    glow,
    radial,
    scale_mask,
    screen_in,
    screen_tint,
    soft,
    soft_layer,
    tint,
    vgradient,
)


def stars(img: Image.Image, rng: random.Random, count: int,
          area: tuple[float, float, float, float] | None = None) -> None:
    """Scatter stars (screened, so they sit naturally on any dark gradient)."""
    w, h = img.size
    x0, y0, x1, y1 = area or (0, 0, w, h)
    u = min(w, h) / 100
    # one brightness mask per tint; painting white through it never darkens the sky
    tints = [(255, 255, 255), (255, 228, 200), (200, 216, 255)]
    masks = [Image.new("L", img.size, 0) for _ in tints]
    draws = [ImageDraw.Draw(mk) for mk in masks]
    bright = []
    for _ in range(count):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        b = rng.random() ** 3
        r = u * (0.09 + 0.22 * b)
        draws[rng.randrange(len(tints))].ellipse((x - r, y - r, x + r, y + r),
                                                 fill=round(255 * (0.35 + 0.65 * b)))
        if b > 0.75:
            bright.append((x, y, r))
    for colour, mk in zip(tints, masks, strict=True):
        tint(img, colour, mk)
    for x, y, r in bright[:6]:
        glow(img, x, y, r * 7, (150, 170, 230), 0.5)


def space(w: int, h: int, rng: random.Random, top: RGB = (3, 4, 12), bottom: RGB = (14, 20, 48),
          n_stars: int = 260, nebula: RGB | None = None) -> Image.Image:
    img = vgradient(w, h, [(0, top), (1, bottom)])
    if nebula:
        u = min(w, h) / 100

        def paint(dr: ImageDraw.ImageDraw, s: float) -> None:
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            for _ in range(18):
                x += rng.uniform(-12, 12) * u
                y += rng.uniform(-7, 7) * u
                rr = rng.uniform(6, 18) * u
                dr.ellipse(((x - rr) * s, (y - rr) * s, (x + rr) * s, (y + rr) * s), fill=255)

        tint(img, nebula, scale_mask(soft_layer(w, h, paint, 12 * u, 8), 0.35))
    stars(img, rng, round(n_stars * w * h / 4.3e6))
    return img


def body(img: Image.Image, rng: random.Random, cx: float, cy: float, r: float, kind: str,
         light: tuple[float, float] = (-0.6, -0.5), ambient: float = 0.08) -> None:
    """A shaded sphere: moon, earth, mars, venus, giant (banded), ice or rock."""
    d = max(4, round(2 * r))
    surf = Image.new("RGB", (d, d), _BODY_BASE[kind])
    _BODY_TEXTURE.get(kind, _no_texture)(surf, rng)
    lit = radial((d, d), d / 2 + light[0] * r * 0.55, d / 2 + light[1] * r * 0.55,
                 r * 1.55, r * 1.55, 0.9)
    lit = lit.point([round(255 * (ambient + (1 - ambient) * v / 255)) for v in range(256)])
    surf = ImageChops.multiply(surf, Image.merge("RGB", (lit, lit, lit)))
    x0, y0 = round(cx - d / 2), round(cy - d / 2)
    img.paste(surf, (x0, y0), disc_mask((d, d), (0, 0, d, d)))
    if kind in ("earth", "venus"):
        air = (120, 175, 255) if kind == "earth" else (255, 225, 170)
        box = clip_box(img.size, cx - r * 1.1, cy - r * 1.1, cx + r * 1.1, cy + r * 1.1)
        if box:
            size = (box[2] - box[0], box[3] - box[1])
            lx, ly = cx - box[0], cy - box[1]
            halo = rings(size, lx, ly, [(r * 1.08, 0), (r, 170), (r * 0.96, 0)], factor=1)
            halo = ImageChops.multiply(halo, radial(size, lx + light[0] * r, ly + light[1] * r,
                                                    r * 1.9, r * 1.9, 0.7))
            screen_in(img, air, halo, box)


_BODY_BASE: dict[str, RGB] = {
    "moon": (178, 174, 166), "earth": (30, 84, 160), "mars": (184, 92, 52),
    "venus": (226, 198, 140), "giant": (208, 170, 120),
    "ice": (170, 200, 215), "rock": (120, 96, 84),
}


def _no_texture(surf: Image.Image, rng: random.Random) -> None:
    return None


def _spots(surf: Image.Image, rng: random.Random, colour: RGB, n: int, size: tuple[float, float],
           blur: float, alpha: float, flat: float = 1.0) -> None:
    d = surf.width

    def paint(dr: ImageDraw.ImageDraw, s: float) -> None:
        for _ in range(n):
            x, y = rng.uniform(0, d), rng.uniform(0, d)
            rr = rng.uniform(*size) * d
            dr.ellipse(((x - rr) * s, (y - rr * flat) * s, (x + rr) * s, (y + rr * flat) * s),
                       fill=255)

    mask = scale_mask(soft_layer(d, d, paint, blur * d), alpha)
    tint(surf, colour, mask)


def _moon_texture(surf: Image.Image, rng: random.Random) -> None:
    _spots(surf, rng, (112, 110, 108), 10, (0.06, 0.16), 0.03, 0.75)
    d = surf.width
    dr = ImageDraw.Draw(surf)
    for _ in range(40):
        x, y = rng.uniform(0.05, 0.95) * d, rng.uniform(0.05, 0.95) * d
        rr = d * 0.05 * rng.random() ** 2 + d * 0.006
        # rim lit towards the light, floor shaded on the same side
        dr.ellipse((x - rr, y - rr, x + rr, y + rr), fill=(196, 192, 184))
        dr.ellipse((x - rr * 0.85, y - rr * 0.8, x + rr * 0.95, y + rr * 0.95),
                   fill=(128, 125, 120))
        dr.ellipse((x - rr * 0.6, y - rr * 0.45, x + rr * 0.9, y + rr * 0.85),
                   fill=(156, 152, 146))


def _earth_texture(surf: Image.Image, rng: random.Random) -> None:
    d = surf.width
    land = Image.new("L", (d, d), 0)
    ld = ImageDraw.Draw(land)
    for _ in range(4):
        x, y = rng.uniform(0.1, 0.9) * d, rng.uniform(0.15, 0.85) * d
        for _ in range(6):
            ld.polygon(blob(rng, x, y, rng.uniform(0.05, 0.13) * d, rng.uniform(0.04, 0.1) * d,
                             18, 0.35), fill=255)
            x += rng.uniform(-0.08, 0.08) * d
            y += rng.uniform(-0.02, 0.1) * d
    land = soft(land, d * 0.0015)
    tint(surf, (84, 116, 64), land)
    tint(surf, (150, 130, 86), ImageChops.multiply(land, scale_mask(
        blotches(d, d, rng, max(4, d // 12), 255), 0.8)))
    clouds = Image.new("L", (d, d), 0)
    _cloud_clusters(ImageDraw.Draw(clouds), rng, d, d, 26, d * 0.05, 0.45)
    tint(surf, (246, 248, 252), soft(clouds, d * 0.003))


def blob(rng: random.Random, cx: float, cy: float, rx: float, ry: float, n: int = 28,
          rough: float = 0.25) -> list[tuple[float, float]]:
    """An irregular closed outline (islands, coasts) around an ellipse."""
    pts = []
    phase = rng.uniform(0, 6.3)
    for k in range(n):
        a = 2 * math.pi * k / n
        f = 1 + rough * (math.sin(3 * a + phase) * 0.5 + rng.uniform(-1, 1) * 0.5)
        pts.append((cx + math.cos(a) * rx * f, cy + math.sin(a) * ry * f))
    return pts


def _cloud_clusters(dr: ImageDraw.ImageDraw, rng: random.Random, w: float, h: float, n: int,
                    size: float, squash: float) -> None:
    """Clouds as clusters of overlapping flattened puffs of varying density."""
    for _ in range(n):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        sz = size * rng.uniform(0.4, 1.2)
        for _ in range(rng.randint(4, 9)):
            ox, oy = rng.gauss(0, sz * 1.1), rng.gauss(0, sz * squash * 0.8)
            rx = sz * rng.uniform(0.25, 0.7)
            ry = rx * squash * rng.uniform(0.7, 1.3)
            dr.ellipse((x + ox - rx, y + oy - ry, x + ox + rx, y + oy + ry),
                       fill=rng.randint(190, 255))


def _mars_texture(surf: Image.Image, rng: random.Random) -> None:
    _spots(surf, rng, (120, 58, 38), 8, (0.05, 0.16), 0.03, 0.75, flat=0.5)
    d = surf.width
    cap = Image.new("L", (d, d), 0)
    ImageDraw.Draw(cap).ellipse((d * 0.3, -d * 0.06, d * 0.7, d * 0.12), fill=255)
    tint(surf, (245, 240, 235), cap.filter(ImageFilter.GaussianBlur(d * 0.01)))


def _venus_texture(surf: Image.Image, rng: random.Random) -> None:
    d = surf.width
    bands = vgradient(d, d, [(i / 8, (236, 210, 150) if i % 2 else (214, 180, 120))
                             for i in range(9)])
    surf.paste(bands.rotate(-18, resample=BICUBIC, fillcolor=(220, 190, 130)))
    _spots(surf, rng, (250, 238, 205), 18, (0.03, 0.1), 0.04, 0.6, flat=0.35)


def _giant_texture(surf: Image.Image, rng: random.Random) -> None:
    d = surf.width
    cols = [(214, 178, 128), (176, 130, 90), (230, 206, 160), (160, 110, 80)]
    stops = [(i / 11, cols[rng.randrange(4)]) for i in range(12)]
    surf.paste(vgradient(d, d, stops))


_BODY_TEXTURE: dict[str, Callable[[Image.Image, random.Random], None]] = {
    "moon": _moon_texture, "earth": _earth_texture, "mars": _mars_texture,
    "venus": _venus_texture, "giant": _giant_texture,
}


def rings(size: tuple[int, int], cx: float, cy: float, profile: Sequence[tuple[float, int]],
          factor: int = 4) -> Image.Image:
    """L mask that is a function of the distance from (cx, cy), drawn as nested circles.

    profile lists (radius, value) pairs from the outside in; drawing small and scaling up keeps
    it cheap and smooth even for planets far larger than the picture.
    """
    w, h = size
    small = Image.new("L", (max(1, w // factor), max(1, h // factor)), 0)
    d = ImageDraw.Draw(small)
    f = 1 / factor
    for (r0, v0), (r1, v1) in pairwise(profile):
        steps = 24
        for k in range(steps):
            t = k / steps
            rr = (r0 + (r1 - r0) * t) * f
            d.ellipse((cx * f - rr, cy * f - rr, cx * f + rr, cy * f + rr),
                      fill=round(v0 + (v1 - v0) * t))
    return small.filter(ImageFilter.GaussianBlur(1)).resize(size, BILINEAR)


def limb(img: Image.Image, rng: random.Random, cx: float, cy: float, r: float,
         rim: RGB = (40, 110, 200), deep: RGB = (6, 22, 60), air: RGB = (120, 180, 255),
         clouds: float = 0.6, moon: bool = False) -> Image.Image:
    """A huge planet whose curved rim crosses the picture; returns its mask."""
    w, h = img.size
    u = min(w, h) / 100
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    # lighter towards the rim, as the atmosphere is seen edge-on there
    depth = rings(img.size, cx, cy, [(r, 0), (r - 22 * u, 200), (r - 60 * u, 255)])
    surface = Image.composite(Image.new("RGB", img.size, deep), Image.new("RGB", img.size, rim),
                              depth)
    if moon:
        surface = ImageChops.multiply(surface, Image.merge("RGB", [blotches(
            w, h, rng, max(6, min(w, h) // 30), 70).point(lambda v: min(255, v + 90))] * 3))
    if clouds > 0:

        def paint(dr: ImageDraw.ImageDraw, s: float) -> None:
            for _ in range(34):
                x = rng.uniform(max(cx - r, -0.1 * w), min(cx + r, 1.1 * w))
                top = cy - math.sqrt(max(0.0, r * r - (x - cx) ** 2))
                depth_t = rng.random() ** 1.3
                y = top + depth_t * h * 0.9
                squash = 0.12 + 0.5 * depth_t  # foreshortened near the rim
                size = rng.uniform(3, 9) * u * (0.5 + depth_t)
                for _ in range(rng.randint(4, 9)):
                    ox, oy = rng.gauss(0, size * 1.1), rng.gauss(0, size * squash * 0.8)
                    rx = size * rng.uniform(0.3, 0.8)
                    ry = rx * squash * rng.uniform(0.7, 1.2)
                    dr.ellipse(((x + ox - rx) * s, (y + oy - ry) * s, (x + ox + rx) * s,
                                (y + oy + ry) * s), fill=rng.randint(200, 255))

        cloud = ImageChops.multiply(soft_layer(w, h, paint, 0.9 * u, 2), mask)
        tint(surface, (238, 244, 250), scale_mask(cloud, clouds))
    img.paste(surface, (0, 0), mask.filter(ImageFilter.GaussianBlur(1.2)))
    if not moon:
        haze = rings(img.size, cx, cy, [(r + 7 * u, 0), (r, 230), (r - 1.5 * u, 120),
                                        (r - 5 * u, 0)])
        screen_tint(img, air, haze)
    return mask


def horizon_bands(img: Image.Image, cx: float, cy: float, r: float, sx: float, sy: float,
                  bands: Sequence[tuple[float, RGB]], reach: tuple[float, float]) -> None:
    """Coloured layers of air hugging a limb, strongest near the Sun (sx, sy)."""
    u = min(img.size) / 100
    near = radial(img.size, sx, sy, reach[0], reach[1], 0.8)
    for off, colour in bands:
        ring = Image.new("L", img.size, 0)
        rr = r + off * u
        ImageDraw.Draw(ring).ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=255,
                                     width=max(2, round(u * 0.9)))
        ring = ImageChops.multiply(scale_mask(soft(ring, u * 0.6), 1.5), near)
        screen_tint(img, colour, ring)
