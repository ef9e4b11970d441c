"""Framings turn a scene into the kind of object the work is: a sheet, a stamp, a poster...

``scene(w, h)`` renders the work's motif at the size the framing asks for.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from gallery.imaging.motifs.handletters import can_letter, draw_lettering, lettered_width
from gallery.imaging.motifs.handmade import frame_wall_sheet
from gallery.imaging.motifs.lettering import fit_text, font, wrap
from gallery.imaging.motifs.paint import (
    RGB,
    WHITE,
    blotches,
    disc_mask,
    glow,
    hgradient,
    mix,
    paint_texture,
    paper,
    radial,
    scale_mask,
    soft,
    soft_layer,
    tint,
    vgradient,
)

SceneAt = Callable[[int, int], Image.Image]


def frame_painting(w: int, h: int, rng: random.Random, scene: SceneAt, **_: str | None
                   ) -> Image.Image:
    return paint_texture(scene(w, h), rng)


def _rough_mask(w: int, h: int, box: Sequence[float], rng: random.Random) -> Image.Image:
    """A rectangle with wobbly, feathered edges, like colour pencil stopping short of a border."""
    x0, y0, x1, y1 = box
    u = min(w, h) / 100
    pts = []
    for (ax, ay), (bx, by) in (((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)),
                               ((x0, y1), (x0, y0))):
        for k in range(12):
            t = k / 12
            pts.append((ax + (bx - ax) * t + rng.uniform(-0.6, 0.6) * u,
                        ay + (by - ay) * t + rng.uniform(-0.6, 0.6) * u))
    return soft_layer(w, h, lambda dr, s: dr.polygon([(x * s, y * s) for x, y in pts], fill=255),
                      u * 0.25, 2)


def frame_drawing(w: int, h: int, rng: random.Random, scene: SceneAt, **_: str | None
                  ) -> Image.Image:
    sheet = paper(w, h, rng)
    mx, my = round(w * 0.1), round(h * 0.1)
    pic = scene(w - 2 * mx, h - 2 * my)
    pic = Image.blend(pic, Image.new("RGB", pic.size, WHITE), 0.1)
    under = sheet.crop((mx, my, mx + pic.width, my + pic.height))
    pic = ImageChops.multiply(pic, under)
    # hatching lets the paper show through, as coloured pencil does
    hatch = Image.new("L", pic.size, 0)
    hd = ImageDraw.Draw(hatch)
    step = max(3, min(w, h) // 220)
    for k in range(-pic.height, pic.width, step):
        hd.line((k, pic.height, k + pic.height * 0.6, 0), fill=75, width=1)
    hatch = hatch.filter(ImageFilter.GaussianBlur(0.6))
    pic = Image.composite(under, pic, hatch)
    layer = sheet.copy()
    layer.paste(pic, (mx, my))
    mask = _rough_mask(w, h, (mx, my, w - mx, h - my), rng)
    return Image.composite(layer, sheet, mask)


def _star(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: RGB) -> None:
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.42
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    d.polygon(pts, fill=fill)


FRAME_COLOURS: list[RGB] = [(150, 34, 40), (30, 60, 120), (34, 94, 70), (96, 44, 110),
                            (120, 70, 30), (20, 90, 110)]


def stamp(sw: int, sh: int, rng: random.Random, scene: SceneAt, colour: RGB) -> Image.Image:
    """An RGBA stamp: perforated paper, coloured frame, picture and a neutral star. It carries
    no year or value: a stand-in does not guess the lettering of a real stamp."""
    p = min(sw, sh) * 0.022
    img = Image.new("RGB", (sw, sh), (246, 242, 232))
    margin, side = p * 3.2, p * 1.8
    band = p * 5.5
    fx0, fy0, fx1, fy1 = margin, margin, sw - margin, sh - margin
    d = ImageDraw.Draw(img)
    d.rectangle((fx0, fy0, fx1, fy1), fill=colour)
    px0, py0, px1, py1 = round(fx0 + side), round(fy0 + side), round(fx1 - side), round(fy1 - band)
    pic = paint_texture(scene(px1 - px0, py1 - py0), rng, 10)
    img.paste(pic, (px0, py0))
    d.rectangle((px0, py0, px1, py1), outline=(250, 246, 236), width=max(1, round(p * 0.35)))
    _star(d, px0 + band * 0.4, (py1 + fy1) / 2, band * 0.28, (252, 248, 238))
    # perforation: bite half-discs out of every edge
    alpha = Image.new("L", (sw, sh), 255)
    ad = ImageDraw.Draw(alpha)
    for length, edge in ((sw, "h"), (sh, "v")):
        n = max(4, round(length / (p * 2.7)))
        for k in range(n + 1):
            t = k * length / n
            for c in (0, sw if edge == "v" else sh):
                x, y = (t, c) if edge == "h" else (c, t)
                ad.ellipse((x - p, y - p, x + p, y + p), fill=0)
    rgba = img.convert("RGBA")
    rgba.putalpha(alpha.filter(ImageFilter.GaussianBlur(max(0.6, p * 0.06))))
    return rgba


def _album(w: int, h: int, rng: random.Random) -> Image.Image:
    bg = vgradient(w, h, [(0, (44, 50, 52)), (1, (24, 28, 30))])
    return paint_texture(bg, rng, 12)


def _drop(img: Image.Image, item: Image.Image, x: int, y: int, off: float) -> None:
    sh = Image.new("L", img.size, 0)
    sh.paste(item.getchannel("A"), (round(x + off), round(y + off)))
    tint(img, (6, 8, 10), scale_mask(soft(sh, off), 0.7))
    img.paste(item, (x, y), item)


def frame_stamp(w: int, h: int, rng: random.Random, scene: SceneAt, **_: str | None
                ) -> Image.Image:
    img = _album(w, h, rng)
    m = min(w, h)
    sw, sh = round(w - m * 0.16), round(h - m * 0.16)
    st = stamp(sw, sh, rng, scene, rng.choice(FRAME_COLOURS))
    _drop(img, st, round((w - sw) / 2), round((h - sh) / 2), m * 0.012)
    return img


def frame_stamp_series(w: int, h: int, rng: random.Random, scenes: Sequence[SceneAt]
                       ) -> Image.Image:
    """A stock-book page: strips of glassine each holding stamps of the set."""
    img = _album(w, h, rng)
    cols = 3 if w >= h else 2
    rows = math.ceil(len(scenes) / cols)
    cell_w, cell_h = w / cols, h / rows
    sw = round(min(cell_w * 0.82, cell_h * 0.72 * 1.4))
    sh = round(sw / 1.4)
    colours = FRAME_COLOURS[:]
    rng.shuffle(colours)
    for r in range(rows):
        strip = Image.new("L", img.size, 0)
        cy = cell_h * (r + 0.5)
        # a glassine strip holding the lower part of each stamp, its top edge catching light
        ImageDraw.Draw(strip).rectangle((0, cy - sh * 0.05, w, cy + sh * 0.6), fill=38)
        ImageDraw.Draw(strip).line((0, cy - sh * 0.05, w, cy - sh * 0.05), fill=90,
                                   width=max(1, round(sh / 150)))
        for k in range(cols):
            i = r * cols + k
            if i >= len(scenes):
                break
            st = stamp(sw, sh, rng, scenes[i], colours[i % len(colours)])
            _drop(img, st, round(cell_w * (k + 0.5) - sw / 2), round(cy - sh / 2), sw * 0.012)
        tint(img, (210, 220, 224), strip)
    return img


def _title_lines(d: ImageDraw.ImageDraw, title: str, box: Sequence[float], rng: random.Random,
                 fill: RGB) -> None:
    """Letter a known title in capitals, centred in box: Russian by hand, Latin in the font."""
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    if can_letter(title):
        title = title.upper().replace("Ё", "Е")  # Soviet print rarely marks ё
        words = title.split()
        rows = [" ".join(words)] if lettered_width(title, 1) < 9 or len(words) < 2 else [
            " ".join(words[:(len(words) + 1) // 2]), " ".join(words[(len(words) + 1) // 2:])]
        size = min(bh / (len(rows) * 1.4), *(bw / lettered_width(r, 1) for r in rows))
        for k, row in enumerate(rows):
            ty = y0 + (bh - len(rows) * size * 1.4) / 2 + k * size * 1.4 + size * 0.2
            draw_lettering(d, row, x0 + (bw - lettered_width(row, size)) / 2, ty, size, rng,
                           fill, wobble=0.012)
        return
    lines = wrap(d, title.upper().split(), bw, bh / 2.4)
    size = bh / (len(lines) * 1.2)
    for line in lines:
        size = min(size, fit_text(d, line, bw, size)[1])
    f = font(size)
    for k, line in enumerate(lines):
        ty = (y0 + y1) / 2 + (k - (len(lines) - 1) / 2) * size * 1.2
        d.text(((x0 + x1) / 2, ty), line, font=f, fill=fill, anchor="mm")


def frame_poster(w: int, h: int, rng: random.Random, scene: SceneAt, title: str | None = None,
                 **_: str | None) -> Image.Image:
    img = Image.new("RGB", (w, h), (236, 228, 208))
    top = round(h * 0.66)
    img.paste(scene(w, top), (0, 0))
    d = ImageDraw.Draw(img)
    red = (196, 36, 34)
    b0, b1 = h * 0.6, h * 0.8
    d.polygon([(0, b0 + h * 0.04), (w, b0), (w, b1 - h * 0.04), (0, b1)], fill=red)
    if title:
        _title_lines(d, title, (w * 0.07, b0 + h * 0.03, w * 0.93, b1 - h * 0.03), rng,
                     (250, 244, 230))
    _star(d, w * 0.14, h * 0.89, h * 0.04, red)
    d.line((w * 0.24, h * 0.89, w * 0.6, h * 0.89), fill=(60, 40, 36), width=max(2, round(h / 300)))
    return paint_texture(img, rng, 12)


def frame_medal(w: int, h: int, rng: random.Random, scene: SceneAt, **_: str | None
                ) -> Image.Image:
    m = min(w, h)
    img = Image.composite(Image.new("RGB", (w, h), (40, 44, 84)),
                          Image.new("RGB", (w, h), (8, 8, 20)),
                          radial((w, h), w * 0.45, h * 0.4, w * 0.9, h * 0.9, 0.8))
    img = paint_texture(img, rng, 16)
    cx, cy, r = w / 2, h / 2, m * 0.4
    sh = Image.new("L", (w, h), 0)
    ImageDraw.Draw(sh).ellipse((cx - r + m * 0.02, cy - r + m * 0.03, cx + r + m * 0.02,
                                cy + r + m * 0.03), fill=200)
    tint(img, (0, 0, 4), soft(sh, m * 0.02))
    light, dark = (252, 228, 150), (140, 98, 34)
    rim = Image.composite(Image.new("RGB", (w, h), light), Image.new("RGB", (w, h), dark),
                          radial((w, h), cx - r * 0.5, cy - r * 0.6, r * 2.2, r * 2.2, 0.9))
    img.paste(rim, (0, 0), disc_mask((w, h), (cx - r, cy - r, cx + r, cy + r)))
    fr = r * 0.86
    field = Image.composite(Image.new("RGB", (w, h), light), Image.new("RGB", (w, h), dark),
                            radial((w, h), cx + r * 0.5, cy + r * 0.6, r * 2.2, r * 2.2, 0.9))
    d = round(2 * fr)
    relief = scene(d, d).convert("L").filter(ImageFilter.GaussianBlur(d / 400))
    relief = ImageOps.autocontrast(relief.filter(ImageFilter.EMBOSS), cutoff=1)
    relief = ImageOps.colorize(relief, (110, 76, 24), (255, 236, 170))
    x0, y0 = round(cx - fr), round(cy - fr)
    patch = Image.blend(field.crop((x0, y0, x0 + d, y0 + d)), relief, 0.7)
    img.paste(patch, (x0, y0), disc_mask((d, d), (0, 0, d, d)))
    dr = ImageDraw.Draw(img)
    for k in range(72):
        a = k * math.pi / 36
        bx, by = cx + math.cos(a) * r * 0.93, cy + math.sin(a) * r * 0.93
        rr = r * 0.018
        dr.ellipse((bx - rr, by - rr, bx + rr, by + rr), fill=mix(dark, light, 0.5 - 0.4 *
                                                                      math.sin(a + 0.8)))
    glow(img, cx - r * 0.4, cy - r * 0.5, r * 0.5, (120, 100, 60), 0.5)
    return img


def frame_book(w: int, h: int, rng: random.Random, scene: SceneAt, title: str | None = None,
               **_: str | None) -> Image.Image:
    img = hgradient(w, h, [(0, (74, 46, 30)), (0.5, (96, 62, 40)), (1, (64, 40, 26))])
    d = ImageDraw.Draw(img)
    for _line in range(60):
        y = rng.uniform(0, h)
        d.line((0, y, w, y + rng.uniform(-1, 1) * h * 0.02), fill=(58, 36, 22),
               width=max(1, round(h / 500)))
    img = paint_texture(img, rng, 14)
    bw, bh = w * 0.72, min(h * 0.84, w * 0.72 * 1.3)
    x0, y0 = (w - bw) / 2 - w * 0.01, (h - bh) / 2 - h * 0.01
    t = min(w, h) * 0.012
    sh = Image.new("L", img.size, 0)
    ImageDraw.Draw(sh).rectangle((x0 + t * 2, y0 + t * 3, x0 + bw + t * 3, y0 + bh + t * 4),
                                 fill=210)
    tint(img, (10, 6, 4), soft(sh, t * 2))
    d = ImageDraw.Draw(img)
    d.rectangle((x0 + t, y0 + t, x0 + bw + t, y0 + bh + t), fill=(226, 218, 196))
    cloth = paint_texture(vgradient(round(bw), round(bh), [(0, (30, 46, 92)), (1, (18, 28, 60))]),
                          rng, 10)
    img.paste(cloth, (round(x0), round(y0)))
    gold = (222, 188, 110)
    d.rectangle((x0 + bw * 0.05, y0 + bw * 0.05, x0 + bw * 0.95, y0 + bh - bw * 0.05),
                outline=gold, width=max(1, round(t * 0.4)))
    pw = round(bw * 0.74)
    ph = round(min(pw * 0.8, bh * 0.55))
    px, py = round(x0 + (bw - pw) / 2), round(y0 + bh * 0.3)
    d.rectangle((px - t, py - t, px + pw + t, py + ph + t), fill=gold)
    img.paste(paint_texture(scene(pw, ph), rng, 10), (px, py))
    if title:
        _title_lines(d, title, (x0 + bw * 0.1, y0 + bh * 0.09, x0 + bw * 0.9, y0 + bh * 0.25), rng,
                     gold)
    return img


def frame_card(w: int, h: int, rng: random.Random, scene: SceneAt, title: str | None = None,
               **_: str | None) -> Image.Image:
    img = paint_texture(vgradient(w, h, [(0, (150, 146, 138)), (1, (110, 106, 100))]), rng, 12)
    m = min(w, h)
    cw, ch = round(w - m * 0.14), round(h - m * 0.14)
    card = Image.new("RGBA", (cw, ch), (248, 246, 240, 255))
    b = round(min(cw, ch) * 0.05)
    pic = scene(cw - 2 * b, ch - 3 * b)
    card.paste(paint_texture(pic, rng, 10), (b, b))
    _drop(img, card, round((w - cw) / 2), round((h - ch) / 2), m * 0.012)
    return img


def frame_lithograph(w: int, h: int, rng: random.Random, scene: SceneAt, **_: str | None
                     ) -> Image.Image:
    """A print on a wide-margined sheet: three flat inks with stone grain, and a plate mark."""
    sheet = paper(w, h, rng, (244, 240, 228))
    mx, my = round(w * 0.12), round(h * 0.1)
    pw, ph = w - 2 * mx, round(h * 0.72)
    tone = scene(pw, ph).convert("L")
    grain = blotches(pw, ph, rng, 4, 34)
    tone = ImageChops.add(tone, grain, 1.0, -128)
    tone = ImageOps.posterize(ImageOps.autocontrast(tone, cutoff=1), 2)
    inks = ImageOps.colorize(tone.filter(ImageFilter.SMOOTH), (28, 30, 70), (244, 240, 228),
                             mid=(196, 72, 64), blackpoint=10, whitepoint=250, midpoint=110)
    pic = ImageChops.multiply(inks, sheet.crop((mx, my, mx + pw, my + ph)))
    d = ImageDraw.Draw(sheet)
    g = round(min(w, h) * 0.02)
    d.rectangle((mx - g, my - g, mx + pw + g, my + ph + g), outline=(214, 208, 192),
                width=max(1, round(g / 5)))
    sheet.paste(pic, (mx, my))
    return sheet


FRAMES: dict[str, Callable[..., Image.Image]] = {
    "painting": frame_painting, "drawing": frame_drawing, "stamp": frame_stamp,
    "poster": frame_poster, "medal": frame_medal, "book": frame_book, "card": frame_card,
    "lithograph": frame_lithograph, "wall_sheet": frame_wall_sheet,
}
