"""Shaded shapes for man-made things: metal polygons and balls, solar panels, placed layers.

Hardware is drawn on a transparent layer (``layer_for``) and then rotated onto the picture with
``place``; ``bezier`` and ``rot`` are the bits of geometry the scenes need to line things up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw

from gallery.imaging.motifs.paint import (
    BICUBIC,
    BLACK,
    RGB,
    WHITE,
    disc_mask,
    hgradient,
    mix,
    radial,
    vgradient,
)


def layer_for(w: float, h: float) -> Image.Image:
    return Image.new("RGBA", (max(1, round(w)), max(1, round(h))), (0, 0, 0, 0))


def shade_poly(layer: Image.Image, pts: Sequence[tuple[float, float]], base: RGB,
               light: float = 0.45, dark: float = 0.45) -> None:
    """Fill a polygon with a top-lit metallic gradient across its height."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, y0 = math.floor(min(xs)), math.floor(min(ys))
    bw, bh = math.ceil(max(xs)) - x0 + 1, math.ceil(max(ys)) - y0 + 1
    grad = vgradient(bw, bh, [(0, mix(base, WHITE, light * 0.5)), (0.3, mix(base, WHITE, light)),
                              (0.65, base), (1, mix(base, BLACK, dark))]).convert("RGBA")
    m = Image.new("L", (bw, bh), 0)
    ImageDraw.Draw(m).polygon([(x - x0, y - y0) for x, y in pts], fill=255)
    layer.paste(grad, (x0, y0), m)


def shade_v(layer: Image.Image, pts: Sequence[tuple[float, float]], base: RGB) -> None:
    """Fill a polygon lit from the left (for upright bodies)."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, y0 = math.floor(min(xs)), math.floor(min(ys))
    bw, bh = math.ceil(max(xs)) - x0 + 1, math.ceil(max(ys)) - y0 + 1
    grad = hgradient(bw, bh, [(0, mix(base, BLACK, 0.2)), (0.3, mix(base, WHITE, 0.5)),
                              (0.7, base), (1, mix(base, BLACK, 0.5))]).convert("RGBA")
    m = Image.new("L", (bw, bh), 0)
    ImageDraw.Draw(m).polygon([(x - x0, y - y0) for x, y in pts], fill=255)
    layer.paste(grad, (x0, y0), m)


def shade_ball(layer: Image.Image, cx: float, cy: float, r: float, base: RGB) -> None:
    d = max(2, round(2 * r))
    lit = radial((d, d), d * 0.35, d * 0.3, d * 0.9, d * 0.9, 1.1)
    ball = Image.composite(Image.new("RGB", (d, d), mix(base, WHITE, 0.55)),
                           Image.new("RGB", (d, d), mix(base, BLACK, 0.55)), lit)
    layer.paste(ball.convert("RGBA"), (round(cx - r), round(cy - r)),
                disc_mask((d, d), (0, 0, d, d)))


def panel(layer: Image.Image, box: Sequence[float], cells: tuple[int, int]) -> None:
    """A solar panel: dark blue cells with a light grid."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(layer)
    d.rectangle(box, fill=(28, 44, 96), outline=(150, 160, 180),
                width=max(1, round((x1 - x0) / 60)))
    g = vgradient(max(1, round(x1 - x0)), max(1, round(y1 - y0)),
                  [(0, (70, 95, 170)), (1, (20, 30, 70))]).convert("RGBA")
    g.putalpha(110)
    layer.alpha_composite(g, (round(x0), round(y0)))
    cols, rows = cells
    lw = max(1, round(min(x1 - x0, y1 - y0) / 50))
    for i in range(1, cols):
        x = x0 + (x1 - x0) * i / cols
        d.line((x, y0, x, y1), fill=(140, 150, 175), width=lw)
    for j in range(1, rows):
        y = y0 + (y1 - y0) * j / rows
        d.line((x0, y, x1, y), fill=(140, 150, 175), width=lw)


def place(img: Image.Image, layer: Image.Image, cx: float, cy: float, angle: float = 0.0) -> None:
    """Rotate a hardware layer about its centre and paste it centred at (cx, cy)."""
    if angle:
        layer = layer.rotate(angle, resample=BICUBIC, expand=True)
    img.paste(layer, (round(cx - layer.width / 2), round(cy - layer.height / 2)), layer)


def bezier(p0: tuple[float, float], p1: tuple[float, float], p2: tuple[float, float],
           p3: tuple[float, float], n: int = 40) -> list[tuple[float, float]]:
    pts = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
        pts.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return pts


def rot(dx: float, dy: float, angle: float) -> tuple[float, float]:
    """Where an offset lands after Image.rotate(angle) (counter-clockwise on screen)."""
    a = math.radians(angle)
    return dx * math.cos(a) + dy * math.sin(a), -dx * math.sin(a) + dy * math.cos(a)
