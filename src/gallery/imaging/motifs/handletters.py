"""Hand-drawn capitals for Russian titles: the bundled font has no Cyrillic, so we draw strokes.

Each glyph is a list of strokes in a box one unit high (y grows downwards); a stroke is a list
of points. Drawing jitters every point a little so the letters look lettered by hand with a
brush or pen, not typeset. Only titles the object is known to bear are ever lettered.
"""

from __future__ import annotations

import math
import random

from PIL import ImageDraw

Point = tuple[float, float]
Glyph = list[list[Point]]


def _arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 14
         ) -> list[Point]:
    """Points along an ellipse from angle a0 to a1 (degrees; 90 is straight down)."""
    return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * k / n)),
             cy + ry * math.sin(math.radians(a0 + (a1 - a0) * k / n))) for k in range(n + 1)]


def _bowl(x: float, top: float, bottom: float, reach: float) -> list[Point]:
    """A closed bowl to the right of a stem at x (as in Р, Ь, В)."""
    r = (bottom - top) / 2
    return [(x, top), (x + reach - r, top), *_arc(x + reach - r, top + r, r, r, -90, 90),
            (x, bottom)]


_YE: Glyph = [[(0.6, 0), (0.06, 0), (0.06, 1), (0.6, 1)], [(0.06, 0.5), (0.5, 0.5)]]
_I: Glyph = [[(0.06, 0), (0.06, 1), (0.64, 0), (0.64, 1)]]
_SHA: Glyph = [[(0.06, 0), (0.06, 1), (0.84, 1), (0.84, 0)], [(0.45, 0), (0.45, 1)]]
_SOFT: Glyph = [[(0.06, 0), (0.06, 1)], _bowl(0.06, 0.45, 1, 0.56)]

GLYPHS: dict[str, Glyph] = {
    "А": [[(0, 1), (0.35, 0), (0.7, 1)], [(0.14, 0.62), (0.56, 0.62)]],
    "Б": [[(0.6, 0), (0.06, 0), (0.06, 1)], _bowl(0.06, 0.45, 1, 0.6)],
    "В": [[(0.06, 1), *_bowl(0.06, 0, 0.48, 0.5)], _bowl(0.06, 0.48, 1, 0.6)],
    "Г": [[(0.6, 0), (0.06, 0), (0.06, 1)]],
    "Д": [[(0, 1.16), (0, 1), (0.74, 1), (0.74, 1.16)],
          [(0.08, 1), (0.18, 0.4), (0.22, 0), (0.64, 0), (0.64, 1)]],
    "Е": _YE,
    "Ё": [*_YE, [(0.2, -0.2), (0.22, -0.14)], [(0.42, -0.2), (0.44, -0.14)]],
    "Ж": [[(0.46, 0), (0.46, 1)], [(0.02, 0), (0.46, 0.52), (0.9, 0)],
          [(0.02, 1), (0.3, 0.5)], [(0.9, 1), (0.62, 0.5)]],
    "З": [_arc(0.32, 0.25, 0.28, 0.25, 200, 450), _arc(0.32, 0.75, 0.32, 0.25, -90, 160)],
    "И": _I,
    "Й": [*_I, _arc(0.35, -0.16, 0.14, 0.08, 0, 180, 8)],
    "К": [[(0.06, 0), (0.06, 1)], [(0.6, 0), (0.06, 0.56)], [(0.26, 0.4), (0.64, 1)]],
    "Л": [[(0, 1), (0.14, 0.6), (0.2, 0), (0.6, 0), (0.6, 1)]],
    "М": [[(0.06, 1), (0.06, 0), (0.42, 0.7), (0.78, 0), (0.78, 1)]],
    "Н": [[(0.06, 0), (0.06, 1)], [(0.62, 0), (0.62, 1)], [(0.06, 0.5), (0.62, 0.5)]],
    "О": [_arc(0.36, 0.5, 0.33, 0.5, 0, 360, 28)],
    "П": [[(0.06, 1), (0.06, 0), (0.62, 0), (0.62, 1)]],
    "Р": [[(0.06, 1), *_bowl(0.06, 0, 0.52, 0.56)]],
    "С": [_arc(0.37, 0.5, 0.34, 0.5, -40, -320, 24)],
    "Т": [[(0, 0), (0.7, 0)], [(0.35, 0), (0.35, 1)]],
    "У": [[(0.02, 0), (0.36, 0.62)], [(0.68, 0), (0.3, 0.9), (0.2, 1), (0.08, 1)]],
    "Ф": [_arc(0.42, 0.45, 0.38, 0.26, 0, 360, 24), [(0.42, 0), (0.42, 1)]],
    "Х": [[(0.02, 0), (0.66, 1)], [(0.66, 0), (0.02, 1)]],
    "Ц": [[(0.06, 0), (0.06, 1), (0.66, 1), (0.66, 0)], [(0.66, 1), (0.74, 1), (0.74, 1.16)]],
    "Ч": [[(0.06, 0), (0.06, 0.34), (0.16, 0.5), (0.6, 0.5)], [(0.6, 0), (0.6, 1)]],
    "Ш": _SHA,
    "Щ": [*_SHA, [(0.84, 1), (0.92, 1), (0.92, 1.16)]],
    "Ъ": [[(0, 0), (0.16, 0), (0.16, 1)], _bowl(0.16, 0.45, 1, 0.56)],
    "Ы": [[(0.06, 0), (0.06, 1)], _bowl(0.06, 0.45, 1, 0.5), [(0.78, 0), (0.78, 1)]],
    "Ь": _SOFT,
    "Э": [_arc(0.33, 0.5, 0.33, 0.5, -140, 140, 24), [(0.16, 0.5), (0.66, 0.5)]],
    "Ю": [[(0.06, 0), (0.06, 1)], [(0.06, 0.5), (0.3, 0.5)], _arc(0.62, 0.5, 0.3, 0.5, 0, 360, 24)],
    "Я": [[(0.6, 1), (0.6, 0), (0.32, 0), *_arc(0.32, 0.26, 0.26, 0.26, -90, -270),
           (0.6, 0.52)], [(0.36, 0.52), (0.02, 1)]],
    ",": [[(0.1, 0.92), (0.04, 1.12)]],
    ".": [[(0.08, 0.96), (0.1, 1)]],
    "!": [[(0.1, 0), (0.1, 0.7)], [(0.1, 0.95), (0.11, 1)]],
    "-": [[(0.04, 0.55), (0.4, 0.55)]],
    "—": [[(0.04, 0.55), (0.8, 0.55)]],
    "«": [[(0.3, 0.3), (0.08, 0.55), (0.3, 0.8)], [(0.5, 0.3), (0.28, 0.55), (0.5, 0.8)]],
    "»": [[(0.08, 0.3), (0.3, 0.55), (0.08, 0.8)], [(0.28, 0.3), (0.5, 0.55), (0.28, 0.8)]],
}
_SPACE = 0.42
_GAP = 0.2


def can_letter(text: str) -> bool:
    return bool(text.strip()) and all(ch == " " or ch in GLYPHS for ch in text.upper())


def _advance(ch: str) -> float:
    if ch == " ":
        return _SPACE
    return max(x for stroke in GLYPHS[ch] for x, _ in stroke) + _GAP


def lettered_width(text: str, height: float) -> float:
    return sum(_advance(ch) for ch in text.upper() if ch == " " or ch in GLYPHS) * height


def draw_lettering(d: ImageDraw.ImageDraw, text: str, x: float, y: float, height: float,
                   rng: random.Random, fill: tuple[int, ...], weight: float = 0.12,
                   wobble: float = 0.025) -> None:
    """Letter text in capitals with its top-left corner at (x, y); unknown characters are
    skipped. weight is the stroke width and wobble the hand's unsteadiness, both per height."""
    width = max(1, round(height * weight))
    for ch in text.upper():
        if ch != " " and ch in GLYPHS:
            lean = rng.uniform(-0.04, 0.04)
            for stroke in GLYPHS[ch]:
                # the whole stroke shifts a little, each point a little less: a hand, not noise
                sx, sy = rng.gauss(0, wobble), rng.gauss(0, wobble)
                pts = [(x + (px + sx + lean * (1 - py) + rng.gauss(0, wobble / 3)) * height,
                        y + (py + sy + rng.gauss(0, wobble / 3)) * height) for px, py in stroke]
                d.line(pts, fill=fill, width=width, joint="curve")
                for px, py in (pts[0], pts[-1]):  # round brush ends
                    r = width / 2
                    d.ellipse((px - r, py - r, px + r, py + r), fill=fill)
        if ch == " " or ch in GLYPHS:
            x += _advance(ch) * height
