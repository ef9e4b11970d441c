"""Lettering: Pillow's bundled font, sized to fit and wrapped into lines."""

from __future__ import annotations

from PIL import ImageDraw, ImageFont


def font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font: the same glyphs on every machine, no system fonts involved.
    return ImageFont.load_default(size=max(8, round(size)))


def fit_text(draw: ImageDraw.ImageDraw, text: str, max_w: float, size: float
             ) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, float]:
    f = font(size)
    while size > 10 and draw.textlength(text, font=f) > max_w:
        size *= 0.92
        f = font(size)
    return f, size


def wrap(d: ImageDraw.ImageDraw, words: list[str], max_w: float, size: float) -> list[str]:
    f = font(size)
    lines: list[str] = []
    for word in words:
        if lines and d.textlength(lines[-1] + " " + word, font=f) <= max_w:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines[:3] or [""]
