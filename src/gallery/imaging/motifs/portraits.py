"""Portrait sketches: loose pencil heads and shoulders on paper."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw

from gallery.imaging.motifs.paint import paper
from gallery.imaging.motifs.shapes import bezier


def _stroke(d: ImageDraw.ImageDraw, pts: Sequence[tuple[float, float]], rng: random.Random,
            width: float, alpha: int, jitter: float, passes: int = 2) -> None:
    for _ in range(passes):
        pp = [(x + rng.uniform(-jitter, jitter), y + rng.uniform(-jitter, jitter)) for x, y in pts]
        d.line(pp, fill=(48, 46, 52, alpha), width=max(1, round(width)), joint="curve")


def _hatch(lay: Image.Image, region: Sequence[tuple[float, float]], step: float, slant: float,
           width: float, alpha: int) -> None:
    """Parallel pencil hatching clipped to a polygon."""
    xs, ys = [p[0] for p in region], [p[1] for p in region]
    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
    layer = Image.new("RGBA", lay.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    k = x0 - (y1 - y0) * abs(slant)
    while k < x1 + (y1 - y0) * abs(slant):
        d.line((k, y1, k + (y1 - y0) * slant, y0), fill=(52, 50, 56, alpha),
               width=max(1, round(width)))
        k += step
    clip = Image.new("L", lay.size, 0)
    ImageDraw.Draw(clip).polygon(region, fill=255)
    layer.putalpha(ImageChops.multiply(layer.getchannel("A"), clip))
    lay.alpha_composite(layer)


def _head(lay: Image.Image, rng: random.Random, cx: float, cy: float, s: float, variant: str
          ) -> None:
    """A loose pencil head and shoulders: outline, features, hair and hatched shadows."""
    d = ImageDraw.Draw(lay)
    a, b = s * rng.uniform(0.27, 0.31), s * 0.4
    pw, j = s / 170, s / 260

    def at(x: float, y: float) -> tuple[float, float]:
        return cx + x * a, cy + y * b

    def face(t: float) -> tuple[float, float]:
        y = math.sin(t)
        x = math.cos(t) * (1 - 0.3 * max(0.0, y) ** 1.6)  # the jaw narrows to the chin
        return at(x, y)

    jaw = [face(-0.12 * math.pi + k * 1.24 * math.pi / 40) for k in range(41)]
    skull = [face(1.12 * math.pi + k * 0.76 * math.pi / 20) for k in range(21)]
    _stroke(d, skull, rng, pw * 0.7, 70, j, 1)
    _stroke(d, jaw, rng, pw * 1.1, 170, j * 1.5, 3)
    # hair: strokes lying along the skull, combed away from the parting
    part = 1.5 * math.pi + (-0.25 if variant == "glasses" else rng.uniform(-0.1, 0.1)) * math.pi

    def scalp(t: float, rho: float) -> tuple[float, float]:
        return at(rho * math.cos(t), rho * math.sin(t))

    for _ in range(220):
        t0 = rng.uniform(1.06 * math.pi, 1.94 * math.pi)
        rho0 = rng.uniform(0.6, 1.06)
        t1 = t0 + (1 if t0 > part else -1) * rng.uniform(0.06, 0.18) * math.pi
        rho1 = rho0 + rng.uniform(-0.06, 0.03)
        if rho0 * math.sin(t0) > -0.5 or rho1 * math.sin(t1) > -0.42:
            continue  # stays above the hairline
        tm, rm = (t0 + t1) / 2, (rho0 + rho1) / 2 + 0.03
        _stroke(d, [scalp(t0, rho0), scalp(tm, rm), scalp(t1, rho1)], rng, pw * 0.6,
                rng.randint(70, 150), j * 0.5, 1)
    for sx in (-1, 1):
        ex, ey = at(sx * 0.4, 0.0)
        ew = a * 0.19
        _stroke(d, [(ex - ew, ey + b * 0.01), (ex - ew * 0.3, ey - b * 0.055),
                    (ex + ew * 0.5, ey - b * 0.05), (ex + ew, ey)], rng, pw * 1.2, 200, j * 0.5, 2)
        _stroke(d, [(ex - ew * 0.9, ey + b * 0.015), (ex, ey + b * 0.04), (ex + ew, ey + b * 0.01)],
                rng, pw * 0.6, 110, j * 0.5, 1)
        crease = [(ex - ew * 0.8, ey - b * 0.08), (ex, ey - b * 0.1),
                  (ex + ew * 0.9, ey - b * 0.07)]
        _stroke(d, crease, rng, pw * 0.5, 70, j * 0.5, 1)
        ir = a * 0.07
        d.ellipse((ex - ir, ey - b * 0.045, ex + ir, ey - b * 0.045 + 2 * ir),
                  outline=(50, 48, 54, 170), width=max(1, round(pw * 0.6)))
        pr = ir * 0.45
        d.ellipse((ex - pr, ey - b * 0.045 + ir - pr, ex + pr, ey - b * 0.045 + ir + pr),
                  fill=(40, 38, 44, 220))
        brow = [at(sx * 0.16, -0.14), at(sx * 0.38, -0.2), at(sx * 0.62, -0.16)]
        for k in range(4):
            _stroke(d, [(x, y + k * pw * 0.8) for x, y in brow], rng, pw * 0.9, 130, j * 0.7, 1)
        ear = [at(sx * 0.98, -0.06), at(sx * 1.12, 0.0), at(sx * 1.1, 0.2), at(sx * 0.96, 0.32)]
        _stroke(d, ear, rng, pw, 150, j, 2)
        _stroke(d, [at(sx * 1.02, 0.06), at(sx * 1.05, 0.18)], rng, pw * 0.6, 90, j, 1)
        if variant == "glasses":
            gx0, gy0 = ex - a * 0.3, ey - b * 0.13
            d.rounded_rectangle((gx0, gy0, ex + a * 0.3, ey + b * 0.12), radius=a * 0.12,
                                outline=(40, 38, 44, 210), width=max(1, round(pw * 1.6)))
            _stroke(d, [(cx + sx * a * 0.7, ey - b * 0.08), (cx + sx * a, ey - b * 0.06)], rng,
                    pw * 1.3, 200, j * 0.3, 1)
    if variant == "glasses":
        _stroke(d, [at(-0.1, -0.07), at(0, -0.1), at(0.1, -0.07)], rng, pw * 1.3, 200, j * 0.3, 1)
    _stroke(d, [at(-0.1, -0.1), at(-0.12, 0.18), at(-0.16, 0.3)], rng, pw * 0.8, 120, j, 1)
    _stroke(d, [at(-0.2, 0.3), at(-0.12, 0.36), at(0.0, 0.38), at(0.12, 0.36), at(0.2, 0.3)], rng,
            pw, 170, j * 0.6, 2)
    for sx in (-1, 1):
        _stroke(d, [at(sx * 0.2, 0.22), at(sx * 0.25, 0.3), at(sx * 0.18, 0.34)], rng, pw, 160,
                j * 0.5, 1)
    _stroke(d, [at(-0.34, 0.56), at(-0.12, 0.53), at(0.0, 0.55), at(0.12, 0.53), at(0.34, 0.56)],
            rng, pw * 1.3, 200, j * 0.5, 2)
    _stroke(d, [at(-0.16, 0.66), at(0.0, 0.68), at(0.16, 0.66)], rng, pw * 0.8, 110, j * 0.5, 1)
    _stroke(d, [at(-0.12, 0.84), at(0.0, 0.87), at(0.12, 0.84)], rng, pw * 0.7, 90, j, 1)
    # shadows: the far cheek, under the nose, under the jaw
    _hatch(lay, [at(0.55, -0.3), at(1.0, -0.25), at(1.0, 0.3), at(0.66, 0.75), at(0.3, 0.92),
                 at(0.45, 0.4)], a * 0.045, 0.5, pw * 0.6, 80)
    _hatch(lay, [at(0.0, 0.4), at(0.22, 0.36), at(0.12, 0.47)], a * 0.04, 0.5, pw * 0.6, 90)
    neck_top, neck_bot = 0.72, 1.3
    for sx in (-1, 1):
        _stroke(d, [at(sx * 0.48, neck_top), at(sx * 0.5, neck_bot)], rng, pw, 150, j, 2)
        _stroke(d, bezier(at(sx * 0.5, neck_bot), at(sx * 1.3, 1.35), at(sx * 2.1, 1.45),
                          at(sx * 2.5, 2.2), 18), rng, pw, 150, j * 1.5, 2)
    _hatch(lay, [at(-0.5, 0.8), at(0.5, 0.8), at(0.5, 1.1), at(-0.5, 1.0)], a * 0.05, -0.4,
           pw * 0.6, 85)
    if variant == "suit":
        _stroke(d, bezier(at(-1.2, 1.3), at(-0.6, 1.7), at(0.6, 1.7), at(1.2, 1.3), 18), rng,
                pw * 1.5, 180, j, 2)
        _stroke(d, [at(0, 1.62), at(0, 2.3)], rng, pw, 160, j, 2)
        _stroke(d, [at(1.0, 1.9), at(1.6, 1.88), at(1.6, 2.1), at(1.0, 2.1), at(1.0, 1.9)], rng,
                pw * 0.8, 130, j, 1)
    else:
        for sx in (-1, 1):
            _stroke(d, [at(sx * 0.55, 1.25), at(sx * 0.15, 1.65), at(0, 1.5)], rng, pw * 1.1, 170,
                    j, 2)
            _stroke(d, [at(sx * 0.55, 1.25), at(sx * 0.75, 1.55), at(sx * 0.3, 1.7)], rng, pw, 140,
                    j, 1)
    # loose background tone on the shadow side
    edge = [at(1.12 + rng.uniform(0, 0.1), -0.9 + 0.2 * k) for k in range(10)]
    outer = [at(1.6 + rng.uniform(0, 0.3), 0.9 - 0.2 * k) for k in range(10)]
    _hatch(lay, edge + outer, a * 0.06, 0.6, pw * 0.6, 40)


def scene_portrait(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Pencil head-and-shoulders sketches on paper (one sitter or a group)."""
    img = paper(w, h, rng)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    if variant == "group":
        n = 3
        for k in range(n):
            s = min(h * 0.36, w / (n + 1.2))
            _head(lay, rng, w * (k + 0.5) / n + rng.uniform(-1, 1) * s * 0.05,
                  h * (0.35 + 0.08 * (k % 2)), s, "suit" if k == 1 else "")
    else:
        s = min(h * 0.5, w * 0.7)
        _head(lay, rng, w * 0.5, h * 0.4, s, variant)
    img.paste(lay, (0, 0), lay)
    return img
