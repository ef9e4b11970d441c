"""Several objects at once, for records that cover a group: loose sketch sheets, a spread of
postcards, and a close view of a stamp sheet whose edges hide how many stamps it holds.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFilter

from gallery.imaging.motifs.framings import (
    FRAME_COLOURS,
    SceneAt,
    stamp,
)
from gallery.imaging.motifs.paint import RGB, paint_texture, paper, soft, tint, vgradient


def _table(w: int, h: int, rng: random.Random, top: RGB, bottom: RGB) -> Image.Image:
    return paint_texture(vgradient(w, h, [(0, top), (1, bottom)]), rng, 12)


def _lay(img: Image.Image, item: Image.Image, cx: float, cy: float, angle: float) -> None:
    """Put an RGBA item down at an angle, with a soft shadow under it."""
    item = item.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    x, y = round(cx - item.width / 2), round(cy - item.height / 2)
    off = min(img.size) * 0.01
    shade = Image.new("L", img.size, 0)
    shade.paste(item.getchannel("A"), (round(x + off), round(y + off * 1.4)))
    tint(img, (10, 8, 6), soft(shade, off * 1.5).point(lambda v: v * 3 // 5))
    img.paste(item, (x, y), item)


def _pencil_sheet(w: int, h: int, rng: random.Random, scene: SceneAt) -> Image.Image:
    """A scene as coloured pencil on white paper: paler colour, strokes with paper between."""
    sheet = paper(w, h, rng, (246, 244, 236))
    mx, my = round(w * 0.08), round(h * 0.1)
    pic = Image.blend(scene(w - 2 * mx, h - 2 * my), Image.new("RGB", (w - 2 * mx, h - 2 * my),
                                                              (246, 244, 236)), 0.3)
    under = sheet.crop((mx, my, mx + pic.width, my + pic.height))
    hatch = Image.new("L", pic.size, 0)
    hd = ImageDraw.Draw(hatch)
    step = max(3, min(w, h) // 90)
    for k in range(-pic.height, pic.width, step):
        x = k + rng.uniform(-0.3, 0.3) * step
        hd.line((x, pic.height, x + pic.height * 0.5, 0), fill=rng.randint(90, 150),
                width=max(1, step // 3))
    pic = Image.composite(under, pic, hatch.filter(ImageFilter.GaussianBlur(0.7)))
    sheet.paste(pic, (mx, my), _ragged(pic.size, rng))
    return sheet


def _ragged(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Colour that stops short of the edge unevenly, as pencil shading does."""
    w, h = size
    mask = Image.new("L", size, 0)
    d = ImageDraw.Draw(mask)
    pts = [(rng.uniform(0, 0.03) * w, rng.uniform(0, 0.04) * h),
           (w * (1 - rng.uniform(0, 0.03)), rng.uniform(0, 0.04) * h),
           (w * (1 - rng.uniform(0, 0.03)), h * (1 - rng.uniform(0, 0.04))),
           (rng.uniform(0, 0.03) * w, h * (1 - rng.uniform(0, 0.04)))]
    d.polygon(pts, fill=255)
    return mask.filter(ImageFilter.GaussianBlur(min(w, h) / 200))


def frame_loose_sheets(w: int, h: int, rng: random.Random, scenes: Sequence[SceneAt]
                       ) -> Image.Image:
    """Coloured-pencil drawings on separate paper sheets, overlapping on a table."""
    img = _table(w, h, rng, (92, 100, 108), (60, 66, 72))
    n = len(scenes)
    sw = round(w * (0.5 if n > 2 else 0.6))
    sh = round(sw * 0.72)
    spots = [(0.3, 0.34, -5.0), (0.68, 0.4, 4.0), (0.46, 0.68, -1.5)]
    for scene, (fx, fy, angle) in zip(scenes, spots, strict=False):
        sheet = _pencil_sheet(sw, sh, rng, scene).convert("RGBA")
        _lay(img, sheet, w * fx, h * fy, angle + rng.uniform(-1, 1))
    return img


def _postcard_back(cw: int, ch: int) -> Image.Image:
    """The address side of a card: a dividing rule, address lines and a stamp box, no words."""
    card = Image.new("RGBA", (cw, ch), (240, 236, 224, 255))
    d = ImageDraw.Draw(card)
    ink = (150, 120, 110)
    lw = max(1, round(ch / 220))
    d.line((cw * 0.5, ch * 0.12, cw * 0.5, ch * 0.9), fill=ink, width=lw)
    for k in range(4):
        y = ch * (0.48 + k * 0.12)
        d.line((cw * 0.56, y, cw * 0.92, y), fill=ink, width=lw)
    bx0, by0, bx1, by1 = cw * 0.76, ch * 0.1, cw * 0.92, ch * 0.34
    step = (bx1 - bx0) / 8
    for k in range(8):  # a dashed stamp box
        x = bx0 + k * step
        d.line((x, by0, x + step * 0.6, by0), fill=ink, width=lw)
        d.line((x, by1, x + step * 0.6, by1), fill=ink, width=lw)
    for k in range(11):
        y = by0 + k * (by1 - by0) / 11
        d.line((bx0, y, bx0, y + (by1 - by0) / 18), fill=ink, width=lw)
        d.line((bx1, y, bx1, y + (by1 - by0) / 18), fill=ink, width=lw)
    return card


def frame_postcards(w: int, h: int, rng: random.Random, scenes: Sequence[SceneAt]
                    ) -> Image.Image:
    """Printed picture postcards spread on a table, one turned over to its address side."""
    img = _table(w, h, rng, (120, 92, 66), (86, 62, 44))
    cw = round(w * 0.42)
    ch = round(cw / 1.48)
    spots = [(0.27, 0.3, 6.0), (0.72, 0.3, -4.0), (0.3, 0.72, -3.0), (0.7, 0.7, 5.0)]
    for k, (fx, fy, angle) in enumerate(spots):
        if k == 3:
            card = _postcard_back(cw, ch)
        else:
            card = Image.new("RGBA", (cw, ch), (248, 246, 240, 255))
            b = round(ch * 0.06)
            # a printed reproduction: flatter colour than paint, inside a white border
            pic = paint_texture(scenes[k % len(scenes)](cw - 2 * b, ch - 2 * b), rng, 6)
            card.paste(pic, (b, b))
        _lay(img, card, w * fx, h * fy, angle + rng.uniform(-1, 1))
    return img


def frame_stamp_sheet(w: int, h: int, rng: random.Random, scenes: Sequence[SceneAt]
                      ) -> Image.Image:
    """A close view of part of a stamp sheet: the picture's edges cut through the stamps, so
    it shows no count (used when the sources do not say how many stamps a set has)."""
    img = paint_texture(Image.new("RGB", (w, h), (236, 232, 220)), rng, 8)
    sw = round(w * 0.36)
    sh = round(sw / 1.4)
    gap = round(sw * 0.04)
    x_start = -round(sw * 0.45)
    y_start = -round(sh * 0.55)
    colour = rng.choice(FRAME_COLOURS)
    k = 0
    y = y_start
    while y < h:
        x = x_start
        while x < w:
            st = stamp(sw, sh, rng, scenes[k % len(scenes)], colour)
            img.paste(st, (x, y), st)
            k += 1
            x += sw + gap
        y += sh + gap
    return img
