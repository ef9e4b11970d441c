"""Drawing functions for the stand-in pictures: painterly scenes and the framings around them.

Everything is drawn with Pillow alone. Randomness comes only from the ``random.Random`` each
function is handed, so a picture depends on nothing but its arguments. Sizes are expressed in
``u`` (1 % of the short edge) so one composition works at any size and orientation.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

RGB = tuple[int, int, int]
Stops = Sequence[tuple[float, RGB]]
Scene = Callable[[int, int, random.Random, str], Image.Image]

BILINEAR = Image.Resampling.BILINEAR
BICUBIC = Image.Resampling.BICUBIC
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)


# ------------------------------------------------------------------ colour and layer helpers


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def _at(stops: Stops, t: float) -> RGB:
    for (p0, c0), (p1, c1) in pairwise(stops):
        if t <= p1:
            return mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 1.0)
    return stops[-1][1]


def vgradient(w: int, h: int, stops: Stops) -> Image.Image:
    """Top-to-bottom gradient; a 256-step column stretched is smooth and nearly free."""
    col = Image.new("RGB", (1, 256))
    col.putdata([_at(stops, i / 255) for i in range(256)])
    return col.resize((max(1, w), max(1, h)), BILINEAR)


def hgradient(w: int, h: int, stops: Stops) -> Image.Image:
    return vgradient(h, w, stops).transpose(Image.Transpose.ROTATE_90).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )


@lru_cache(maxsize=16)
def _falloff(power: float) -> Image.Image:
    # 255 at the centre falling to 0 on the inscribed circle of a 1024 square.
    base = Image.radial_gradient("L").resize((1024, 1024), BILINEAR)
    return base.point([round(255 * max(0.0, 1 - v / 181) ** power) for v in range(256)])


def radial(size: tuple[int, int], cx: float, cy: float, rx: float, ry: float,
           power: float = 1.0) -> Image.Image:
    """Canvas-sized L mask: 255 at (cx, cy) fading to 0 on the ellipse (rx, ry)."""
    w, h = size
    out = Image.new("L", size, 0)
    x0, y0 = max(0, math.floor(cx - rx)), max(0, math.floor(cy - ry))
    x1, y1 = min(w, math.ceil(cx + rx)), min(h, math.ceil(cy + ry))
    if x1 <= x0 or y1 <= y0:
        return out
    sx, sy = 512 / rx, 512 / ry
    box = ((x0 - cx + rx) * sx, (y0 - cy + ry) * sy, (x1 - cx + rx) * sx, (y1 - cy + ry) * sy)
    box = (max(0.0, box[0]), max(0.0, box[1]), min(1024.0, box[2]), min(1024.0, box[3]))
    out.paste(_falloff(power).resize((x1 - x0, y1 - y0), BILINEAR, box=box), (x0, y0))
    return out


def scale_mask(mask: Image.Image, factor: float) -> Image.Image:
    return mask.point([min(255, round(v * factor)) for v in range(256)])


def _clip(size: tuple[int, int], x0: float, y0: float, x1: float, y1: float
          ) -> tuple[int, int, int, int] | None:
    box = (max(0, math.floor(x0)), max(0, math.floor(y0)), min(size[0], math.ceil(x1)),
           min(size[1], math.ceil(y1)))
    return box if box[2] > box[0] and box[3] > box[1] else None


def glow(img: Image.Image, cx: float, cy: float, r: float, colour: RGB,
         strength: float = 1.0, power: float = 2.0) -> None:
    """Screen a soft light onto img; screen never darkens, so glows stack like real light."""
    box = _clip(img.size, cx - r, cy - r, cx + r, cy + r)
    if box is None:
        return
    size = (box[2] - box[0], box[3] - box[1])
    mask = radial(size, cx - box[0], cy - box[1], r, r, power)
    if strength != 1.0:
        mask = scale_mask(mask, strength)
    _screen_in(img, colour, mask, box)


def _screen_in(img: Image.Image, colour: RGB, mask: Image.Image,
               box: tuple[int, int, int, int]) -> None:
    light = Image.new("RGB", mask.size)
    light.paste(colour, (0, 0, *mask.size), mask)
    img.paste(ImageChops.screen(img.crop(box), light), box[:2])


def screen_tint(img: Image.Image, colour: RGB, mask: Image.Image) -> None:
    """Screen colour onto img through a canvas-sized mask (light: glows, haze, flames)."""
    box = mask.getbbox()
    if box:
        _screen_in(img, colour, mask.crop(box), box)


def tint(img: Image.Image, colour: RGB, mask: Image.Image) -> None:
    """Lay colour over img through a canvas-sized mask (paint: clouds, shadows, land)."""
    box = mask.getbbox()
    if box:
        img.paste(colour, box, mask.crop(box))


def soft(mask: Image.Image, radius: float) -> Image.Image:
    """Gaussian-blur a mask, working only around what is drawn on it."""
    box = mask.getbbox()
    if box is None or radius <= 0:
        return mask
    pad = math.ceil(radius * 3) + 2
    box = (max(0, box[0] - pad), max(0, box[1] - pad), min(mask.width, box[2] + pad),
           min(mask.height, box[3] + pad))
    out = Image.new("L", mask.size, 0)
    out.paste(mask.crop(box).filter(ImageFilter.GaussianBlur(radius)), box[:2])
    return out


def soft_layer(w: int, h: int, draw_fn: Callable[[ImageDraw.ImageDraw, float], None],
               blur: float, factor: int = 4) -> Image.Image:
    """Draw an L mask at 1/factor size, blur it there and scale up: cheap clouds and smoke.

    draw_fn gets the drawer and the coordinate scale to apply (1/factor).
    """
    small = Image.new("L", (max(1, w // factor), max(1, h // factor)), 0)
    draw_fn(ImageDraw.Draw(small), 1 / factor)
    if blur > 0:
        small = small.filter(ImageFilter.GaussianBlur(blur / factor))
    return small.resize((w, h), BICUBIC)


def blotches(w: int, h: int, rng: random.Random, cell: int, amp: int) -> Image.Image:
    """Low-frequency noise around 128: brush-like unevenness that JPEG compresses well."""
    sw, sh = max(2, w // cell), max(2, h // cell)
    raw = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh))
    raw = raw.point([128 + round((v - 128) * amp / 128) for v in range(256)])
    return raw.resize((w, h), BICUBIC)


def paint_texture(img: Image.Image, rng: random.Random, amp: int = 14) -> Image.Image:
    w, h = img.size
    tex = blotches(w, h, rng, max(8, min(w, h) // 40), amp)
    return ImageChops.soft_light(img, Image.merge("RGB", (tex, tex, tex)))


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


def disc_mask(size: tuple[int, int], box: Sequence[float]) -> Image.Image:
    """Antialiased ellipse mask (drawn at 2x and reduced)."""
    big = Image.new("L", (size[0] * 2, size[1] * 2), 0)
    ImageDraw.Draw(big).ellipse([v * 2 for v in box], fill=255)
    return big.resize(size, Image.Resampling.BOX)


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
        box = _clip(img.size, cx - r * 1.1, cy - r * 1.1, cx + r * 1.1, cy + r * 1.1)
        if box:
            size = (box[2] - box[0], box[3] - box[1])
            lx, ly = cx - box[0], cy - box[1]
            halo = rings(size, lx, ly, [(r * 1.08, 0), (r, 170), (r * 0.96, 0)], factor=1)
            halo = ImageChops.multiply(halo, radial(size, lx + light[0] * r, ly + light[1] * r,
                                                    r * 1.9, r * 1.9, 0.7))
            _screen_in(img, air, halo, box)


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
            ld.polygon(_blob(rng, x, y, rng.uniform(0.05, 0.13) * d, rng.uniform(0.04, 0.1) * d,
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


# ------------------------------------------------------------------ shapes for hardware


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


# ------------------------------------------------------------------ spacecraft and people
# Each returns an RGBA layer drawn along the x axis, `length` pixels long; place() rotates it.


def apollo(length: float) -> Image.Image:
    L = length
    lay = layer_for(L, L * 0.42)
    m = L * 0.21
    shade_poly(lay, [(0, m - L * 0.1), (L * 0.13, m - L * 0.05), (L * 0.13, m + L * 0.05),
                     (0, m + L * 0.1)], (90, 90, 96))
    shade_poly(lay, [(L * 0.12, m - L * 0.17), (L * 0.56, m - L * 0.17), (L * 0.56, m + L * 0.17),
                     (L * 0.12, m + L * 0.17)], (214, 216, 222))
    d = ImageDraw.Draw(lay)
    for x in (0.2, 0.3, 0.42):
        d.line((L * x, m - L * 0.17, L * x, m + L * 0.17), fill=(150, 152, 160),
               width=max(1, round(L / 300)))
    shade_poly(lay, [(L * 0.56, m - L * 0.18), (L * 0.8, m - L * 0.04), (L * 0.8, m + L * 0.04),
                     (L * 0.56, m + L * 0.18)], (232, 228, 214))
    shade_poly(lay, [(L * 0.8, m - L * 0.055), (L * 1.0, m - L * 0.055), (L * 1.0, m + L * 0.055),
                     (L * 0.8, m + L * 0.055)], (200, 200, 196))
    return lay


def soyuz(length: float, wings: bool = True) -> Image.Image:
    """Soyuz pointing left: orbital sphere, descent bell, service module, solar wings."""
    L = length
    lay = layer_for(L, L * (1.1 if wings else 0.4))
    m = lay.height / 2
    if wings:
        for sgn in (-1, 1):
            y0, y1 = (m - L * 0.52, m - L * 0.15) if sgn < 0 else (m + L * 0.15, m + L * 0.52)
            ImageDraw.Draw(lay).line((L * 0.58, m, L * 0.58, y0 if sgn < 0 else y1),
                                     fill=(150, 150, 150), width=max(1, round(L / 150)))
            panel(lay, (L * 0.5, y0, L * 0.66, y1), (2, 5))
    shade_poly(lay, [(L * 0.4, m - L * 0.13), (L * 0.76, m - L * 0.13), (L * 0.76, m + L * 0.13),
                     (L * 0.4, m + L * 0.13)], (120, 130, 112))
    shade_poly(lay, [(L * 0.76, m - L * 0.07), (L * 0.84, m - L * 0.1), (L * 0.84, m + L * 0.1),
                     (L * 0.76, m + L * 0.07)], (80, 80, 84))
    shade_poly(lay, [(L * 0.22, m - L * 0.08), (L * 0.41, m - L * 0.14), (L * 0.41, m + L * 0.14),
                     (L * 0.22, m + L * 0.08)], (112, 124, 96))
    shade_ball(lay, L * 0.14, m, L * 0.12, (126, 140, 110))
    ImageDraw.Draw(lay).rectangle((0, m - L * 0.025, L * 0.03, m + L * 0.025),
                                  fill=(190, 190, 190))
    return lay


def salyut(length: float) -> Image.Image:
    """A stepped orbital station with four panels, pointing left."""
    L = length
    lay = layer_for(L, L * 0.9)
    m = lay.height / 2
    for x0, x1, hh in ((0.0, 0.3, 0.1), (0.3, 0.55, 0.14), (0.55, 1.0, 0.19)):
        shade_poly(lay, [(L * x0, m - L * hh), (L * x1, m - L * hh), (L * x1, m + L * hh),
                         (L * x0, m + L * hh)], (176, 182, 170))
    for xa in (0.12, 0.8):
        panel(lay, (L * xa, m - L * 0.44, L * (xa + 0.12), m - L * 0.12), (2, 4))
        panel(lay, (L * xa, m + L * 0.12, L * (xa + 0.12), m + L * 0.44), (2, 4))
    return lay


def voskhod(length: float) -> Image.Image:
    """Voskhod 2: a ball with an instrument module behind and the airlock tube on top."""
    L = length
    lay = layer_for(L, L * 0.9)
    m = lay.height * 0.6
    shade_poly(lay, [(L * 0.45, m - L * 0.15), (L * 0.7, m - L * 0.15), (L * 0.95, m - L * 0.23),
                     (L * 0.95, m + L * 0.23), (L * 0.7, m + L * 0.15), (L * 0.45, m + L * 0.15)],
               (160, 162, 158))
    d = ImageDraw.Draw(lay)
    for x in (0.7, 0.93):
        half = 0.15 if x < 0.8 else 0.22
        d.line((L * x, m - L * half, L * x, m + L * half), fill=(96, 98, 100),
               width=max(1, round(L / 150)))
    for a in (-0.5, 0.6):
        end = (L * 0.35 + math.cos(a) * L * 0.45, m + math.sin(a) * L * 0.45 + L * 0.1)
        d.line((L * 0.35, m, *end), fill=(200, 200, 200), width=max(1, round(L / 300)))
    shade_poly(lay, [(L * 0.24, m - L * 0.55), (L * 0.4, m - L * 0.55), (L * 0.4, m - L * 0.1),
                     (L * 0.24, m - L * 0.1)], (216, 214, 204))
    d = ImageDraw.Draw(lay)
    for k in range(1, 6):
        y = m - L * 0.1 - L * 0.09 * k
        d.line((L * 0.24, y, L * 0.4, y), fill=(160, 158, 150), width=max(1, round(L / 200)))
    shade_ball(lay, L * 0.32, m, L * 0.25, (170, 168, 160))
    return lay


def sputnik(length: float) -> Image.Image:
    L = length
    lay = layer_for(L, L * 0.5)
    m = lay.height / 2
    d = ImageDraw.Draw(lay)
    for dy in (-0.06, -0.02, 0.02, 0.06):
        d.line((L * 0.2, m + L * dy * 0.6, L, m + L * dy * 3.2), fill=(200, 200, 205),
               width=max(1, round(L / 160)))
    shade_ball(lay, L * 0.18, m, L * 0.15, (205, 208, 214))
    return lay


def molniya(length: float) -> Image.Image:
    """Molniya-1: a pressurised cylinder with six petal panels and two dish antennas."""
    L = length
    lay = layer_for(L * 1.1, L * 1.1)
    c = lay.width / 2
    for k in range(6):
        petal = layer_for(L * 0.5, L * 0.14)
        panel(petal, (L * 0.08, 0, L * 0.5, L * 0.14), (5, 2))
        ImageDraw.Draw(petal).line((0, L * 0.07, L * 0.08, L * 0.07), fill=(170, 170, 170),
                                   width=max(1, round(L / 150)))
        big = layer_for(L * 1.1, L * 1.1)
        big.paste(petal, (round(c), round(c - L * 0.07)), petal)
        big = big.rotate(k * 60 + 30, resample=BICUBIC, center=(c, c))
        lay.alpha_composite(big)
    shade_poly(lay, [(c - L * 0.09, c - L * 0.3), (c + L * 0.09, c - L * 0.3),
                     (c + L * 0.09, c + L * 0.25), (c - L * 0.09, c + L * 0.25)], (200, 200, 196))
    shade_poly(lay, [(c - L * 0.09, c - L * 0.3), (c, c - L * 0.42), (c + L * 0.09, c - L * 0.3)],
               (180, 180, 176))
    d = ImageDraw.Draw(lay)
    for sx in (-1, 1):
        x = c + sx * L * 0.16
        d.line((c, c + L * 0.22, x, c + L * 0.36), fill=(180, 180, 180),
               width=max(1, round(L / 120)))
        d.chord((x - L * 0.08, c + L * 0.3, x + L * 0.08, c + L * 0.46), 0, 180,
                fill=(224, 224, 220), outline=(150, 150, 150))
    return lay


def meteor(length: float) -> Image.Image:
    """Meteor: an upright cylinder with two broad wings of solar cells."""
    L = length
    lay = layer_for(L, L * 0.6)
    m = lay.height / 2
    panel(lay, (0, m - L * 0.1, L * 0.36, m + L * 0.1), (6, 3))
    panel(lay, (L * 0.64, m - L * 0.1, L, m + L * 0.1), (6, 3))
    ImageDraw.Draw(lay).line((L * 0.3, m, L * 0.7, m), fill=(170, 170, 170),
                             width=max(1, round(L / 100)))
    shade_poly(lay, [(L * 0.42, m - L * 0.27), (L * 0.58, m - L * 0.27), (L * 0.58, m + L * 0.22),
                     (L * 0.42, m + L * 0.22)], (206, 206, 200))
    shade_poly(lay, [(L * 0.44, m + L * 0.22), (L * 0.56, m + L * 0.22), (L * 0.54, m + L * 0.29),
                     (L * 0.46, m + L * 0.29)], (120, 120, 124))
    return lay


def cosmonaut(height: float, pose: str = "float") -> Image.Image:
    """A figure in a white pressure suit; pose 'float' (limbs spread) or 'stand'."""
    H = height
    lay = layer_for(H * 0.8, H)
    c = lay.width / 2
    d = ImageDraw.Draw(lay)
    if pose == "float":
        limbs = [((-0.14, -0.2), (-0.3, -0.08), (-0.36, 0.08)), ((0.14, -0.2), (0.28, -0.3),
                                                                   (0.35, -0.4)),
                 ((-0.07, 0.1), (-0.14, 0.28), (-0.1, 0.46)), ((0.07, 0.1), (0.15, 0.26),
                                                                (0.24, 0.42))]
    else:
        limbs = [((-0.14, -0.2), (-0.2, -0.02), (-0.19, 0.12)), ((0.14, -0.2), (0.2, -0.02),
                                                                   (0.19, 0.12)),
                 ((-0.07, 0.1), (-0.08, 0.28), (-0.08, 0.46)), ((0.07, 0.1), (0.08, 0.28),
                                                                (0.08, 0.46))]
    cy = H * 0.5
    d.rounded_rectangle((c - H * 0.2, cy - H * 0.3, c + H * 0.13, cy + H * 0.08), radius=H * 0.04,
                        fill=(150, 150, 156))
    for colour, off, grow in (((120, 120, 130), 0.0, 1.15), ((236, 234, 228), -0.012, 1.0)):
        o = off * H
        for a, b, e in limbs:
            pts = [(c + p[0] * H + o, cy + p[1] * H + o) for p in (a, b, e)]
            d.line(pts, fill=colour, width=round(H * 0.1 * grow), joint="curve")
            for x, y in pts[1:]:
                rr = H * 0.05 * grow
                d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=colour)
        w2 = H * 0.17 * grow
        d.rounded_rectangle((c - w2 + o, cy - H * 0.27 + o, c + w2 + o, cy + H * 0.14 + o),
                            radius=H * 0.07, fill=colour)
        rr = H * 0.12 * grow
        d.ellipse((c - rr + o, cy - H * 0.38 - rr + o, c + rr + o, cy - H * 0.38 + rr + o),
                  fill=colour)
    # light from the upper left: darken the layer's far side, keep its alpha
    shade = radial(lay.size, c - H * 0.15, cy - H * 0.3, H * 0.8, H * 0.8, 0.7)
    shade = shade.point(lambda v: 150 + v * 105 // 255)
    r_, g_, b_, a_ = lay.split()
    lay = Image.merge("RGBA", (ImageChops.multiply(r_, shade), ImageChops.multiply(g_, shade),
                               ImageChops.multiply(b_, shade), a_))
    d = ImageDraw.Draw(lay)
    d.rectangle((c - H * 0.08, cy - H * 0.16, c + H * 0.08, cy - H * 0.06), fill=(180, 70, 60))
    vis = H * 0.085
    d.ellipse((c - vis, cy - H * 0.4 - vis * 0.8, c + vis, cy - H * 0.4 + vis * 0.8),
              fill=(205, 160, 70))
    d.ellipse((c - vis * 0.6, cy - H * 0.4 - vis * 0.6, c - vis * 0.05, cy - H * 0.4 - vis * 0.1),
              fill=(250, 225, 160))
    return lay


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


def rocket(height: float, kind: str = "vostok") -> Image.Image:
    """A launcher standing upright: 'vostok' (core and four flared boosters) or 'n1' (cone)."""
    H = height
    lay = layer_for(H * 0.5, H)
    c = lay.width / 2
    d = ImageDraw.Draw(lay)
    if kind == "n1":
        # a tall cone of stacked stages under a slim payload shroud and escape tower
        white = (226, 226, 220)
        d.line((c, 0, c, 0.08 * H), fill=(150, 150, 150), width=max(1, round(H / 220)))
        shade_v(lay, [(c - H * 0.012, 0.07 * H), (c + H * 0.012, 0.07 * H),
                      (c + H * 0.03, 0.12 * H), (c + H * 0.03, 0.24 * H), (c - H * 0.03, 0.24 * H),
                      (c - H * 0.03, 0.12 * H)], white)
        shade_v(lay, [(c - H * 0.042, 0.24 * H), (c + H * 0.042, 0.24 * H),
                      (c + H * 0.05, 0.44 * H), (c - H * 0.05, 0.44 * H)], white)
        shade_v(lay, [(c - H * 0.06, 0.44 * H), (c + H * 0.06, 0.44 * H), (c + H * 0.17, H),
                      (c - H * 0.17, H)], white)
        for y, hw in ((0.24, 0.042), (0.44, 0.06), (0.64, 0.1), (0.8, 0.13)):
            d.line((c - H * hw, y * H, c + H * hw, y * H), fill=(60, 60, 66),
                   width=max(1, round(H / 120)))
        return lay
    grey, line = (228, 228, 224), (70, 72, 78)
    lw = max(1, round(H / 160))
    # core stage, upper stage and payload fairing with a blunt nose
    shade_v(lay, [(c - H * 0.042, 0.3 * H), (c + H * 0.042, 0.3 * H), (c + H * 0.047, 0.5 * H),
                  (c + H * 0.036, 0.96 * H), (c - H * 0.036, 0.96 * H), (c - H * 0.047, 0.5 * H)],
            grey)
    shade_v(lay, [(c - H * 0.034, 0.14 * H), (c + H * 0.034, 0.14 * H), (c + H * 0.034, 0.3 * H),
                  (c - H * 0.034, 0.3 * H)], grey)
    shade_v(lay, [(c - H * 0.012, 0.0), (c + H * 0.012, 0.0), (c + H * 0.03, 0.05 * H),
                  (c + H * 0.03, 0.14 * H), (c - H * 0.03, 0.14 * H), (c - H * 0.03, 0.05 * H)],
            (236, 236, 232))
    d.rectangle((c - H * 0.034, 0.28 * H, c + H * 0.034, 0.3 * H), fill=line)
    # four strap-on boosters, conical noses resting against the core
    for sx in (-1, 1):
        shade_v(lay, [(c + sx * H * 0.04, 0.48 * H), (c + sx * H * 0.075, 0.56 * H),
                      (c + sx * H * 0.118, 0.9 * H), (c + sx * H * 0.122, 0.965 * H),
                      (c + sx * H * 0.036, 0.965 * H)], (220, 220, 216))
        d.line((c + sx * H * 0.062, 0.56 * H, c + sx * H * 0.075, 0.96 * H), fill=line,
               width=lw)
    for x in (-0.1, -0.05, 0.0, 0.05, 0.1):
        d.rectangle((c + H * (x - 0.014), 0.965 * H, c + H * (x + 0.014), 0.985 * H),
                    fill=(50, 50, 56))
    return lay


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


def rot(dx: float, dy: float, angle: float) -> tuple[float, float]:
    """Where an offset lands after Image.rotate(angle) (counter-clockwise on screen)."""
    a = math.radians(angle)
    return dx * math.cos(a) + dy * math.sin(a), -dx * math.sin(a) + dy * math.cos(a)


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


# ------------------------------------------------------------------ scenes
# A scene fills the whole canvas; framings (stamp, poster, paper...) place it.


def scene_sunrise(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Orbital sunrise: a red Sun on the curved rim of the Earth, bands of coloured air."""
    img = space(w, h, rng, (2, 2, 8), (10, 16, 44), 300)
    u = min(w, h) / 100
    r = max(w, h) * 1.6
    cx, hy = w * 0.5, h * 0.62
    sx = w * rng.uniform(0.4, 0.6)
    sy = hy - 1.5 * u - ((sx - cx) / (max(w, h) * 1.6)) ** 2 * max(w, h) * 0.8
    glow(img, sx, sy, 60 * u, (120, 50, 20), 0.9, 1.6)
    glow(img, sx, sy, 22 * u, (255, 120, 50), 0.9, 2.2)
    sun = 6.5 * u
    ImageDraw.Draw(img).ellipse((sx - sun, sy - sun, sx + sun, sy + sun), fill=(250, 90, 40))
    glow(img, sx, sy, sun * 1.3, (255, 220, 150), 0.8, 1.5)
    limb(img, rng, cx, hy + r, r, rim=(34, 80, 170), deep=(4, 10, 30), clouds=0.35)
    horizon_bands(img, cx, hy + r, r, sx, sy, [(0.3, (230, 50, 20)), (1.5, (240, 120, 40)),
                                                (2.9, (90, 140, 230)), (4.6, (30, 60, 150))],
                  (55 * u, 16 * u))
    glow(img, sx, hy + 6 * u, 30 * u, (90, 60, 70), 0.6, 2.0)
    return img


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


def scene_spacewalk(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A spacewalker on a tether beside Voskhod 2, the Earth's rim below."""
    img = space(w, h, rng)
    m = min(w, h)
    r = max(w, h) * rng.uniform(1.2, 2.0)
    hy = h * rng.uniform(0.66, 0.78)
    glow(img, w * 0.9, h * 0.08, m * 0.45, (200, 170, 120), 0.7)
    if variant == "sea":
        limb(img, rng, w * 0.5, hy + r, r, rim=(40, 120, 150), deep=(8, 40, 60), clouds=0.45)
    else:
        limb(img, rng, w * 0.5, hy + r, r, clouds=0.7)
    ang = rng.uniform(0, 20)
    length = m * 0.5
    vx, vy = w * 0.72, h * rng.uniform(0.32, 0.4)
    top = rot(-0.18 * length, -0.45 * length, ang)
    fx, fy = w * rng.uniform(0.24, 0.36), h * rng.uniform(0.34, 0.46)
    start = (vx + top[0], vy + top[1])
    pts = bezier(start, (start[0] - m * 0.1, start[1] - m * 0.3), (fx + m * 0.2, fy - m * 0.25),
                 (fx, fy))
    ImageDraw.Draw(img).line(pts, fill=(215, 210, 195), width=max(2, round(m / 300)),
                             joint="curve")
    place(img, voskhod(length), vx, vy, ang)
    place(img, cosmonaut(m * 0.34), fx, fy, rng.uniform(10, 40))
    # mirrored half the time so works sharing this motif do not look alike
    return ImageOps.mirror(img) if rng.random() < 0.5 else img


def scene_docking(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """Apollo and Soyuz meeting nose to nose over the Earth, the Sun behind them."""
    img = space(w, h, rng, nebula=(30, 40, 80))
    m = min(w, h)
    r = max(w, h) * 1.7
    limb(img, rng, w * 0.5, h * 0.8 + r, r, clouds=0.7)
    cx, cy = w * 0.5, h * 0.42
    glow(img, cx, cy, m * 0.55, (150, 110, 70), 0.7, 1.6)
    glow(img, cx, cy, m * 0.12, (255, 245, 220), 1.0, 1.3)
    portrait = w < h
    each = (h * 0.42) if portrait else min(w * 0.4, h * 0.75)
    ap, so = apollo(each), soyuz(each)
    pair = layer_for(each * 2, so.height)
    pair.paste(ap, (0, round(pair.height / 2 - ap.height / 2)), ap)
    pair.paste(so, (round(each), 0), so)
    if variant == "lasso":
        d = ImageDraw.Draw(pair)
        lw = max(2, round(each / 120))
        hx, hy = each * 0.7, pair.height / 2 - each * 0.1
        loop = (each * 1.02, pair.height / 2 - each * 0.2, each * 1.3, pair.height / 2 + each * 0.2)
        d.line(bezier((hx, hy), (each * 0.8, hy - each * 0.45), (each * 1.2, loop[1] - each * 0.3),
                      (each * 1.16, loop[1])), fill=(196, 150, 90), width=lw, joint="curve")
        d.ellipse(loop, outline=(196, 150, 90), width=lw)
    place(img, pair, cx, cy, 78 if portrait else -6)
    return img


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
        box = _clip(img.size, *inner)
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
    """A cratered lunar landscape with the Earth in the sky and a cosmonaut, lander, probe
    or eruption."""
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
    else:
        size = m * 0.4
        if variant == "lander":
            shadow(img, w * 0.3, w * 0.5, gy + m * 0.02, -m * 0.5, m * 0.03)
            place(img, lander(m * 0.55), w * 0.4, gy - m * 0.25)
            size = m * 0.28
        fx = w * (0.7 if variant == "lander" else 0.5)
        shadow(img, fx - size * 0.08, fx + size * 0.08, gy + size * 0.5, -size, size * 0.04)
        place(img, cosmonaut(size, "stand"), fx, gy + size * 0.04)
    return img


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


def _blob(rng: random.Random, cx: float, cy: float, rx: float, ry: float, n: int = 28,
          rough: float = 0.25) -> list[tuple[float, float]]:
    """An irregular closed outline (islands, coasts) around an ellipse."""
    pts = []
    phase = rng.uniform(0, 6.3)
    for k in range(n):
        a = 2 * math.pi * k / n
        f = 1 + rough * (math.sin(3 * a + phase) * 0.5 + rng.uniform(-1, 1) * 0.5)
        pts.append((cx + math.cos(a) * rx * f, cy + math.sin(a) * ry * f))
    return pts


def scene_cyclone(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A cyclone's spiral seen obliquely from orbit, a coastline beside it."""
    img = space(w, h, rng, (2, 2, 8), (4, 6, 20), 120)
    m = min(w, h)
    u = m / 100
    r = max(w, h) * 2.2
    hy = h * 0.14
    mask = limb(img, rng, w * 0.5, hy + r, r, rim=(80, 150, 200), deep=(14, 62, 118), clouds=0.5)
    land = Image.new("L", img.size, 0)
    ld = ImageDraw.Draw(land)
    # a long peninsula running down to an island, seen obliquely
    for k in range(14):
        t = k / 13
        ld.polygon(_blob(rng, w * (0.02 + 0.24 * t), h * (0.36 + 0.5 * t), 6 * u * (1.3 - 0.6 * t),
                         2.5 * u, 20, 0.3), fill=255)
    ld.polygon(_blob(rng, w * 0.06, h * 1.0, 18 * u, 8 * u, 30, 0.3), fill=255)
    # blur then threshold: merges the blobs into one smooth coastline
    land = land.filter(ImageFilter.GaussianBlur(u * 1.2)).point(
        [0 if v < 100 else 255 if v > 140 else (v - 100) * 255 // 40 for v in range(256)])
    land = ImageChops.multiply(land, mask)
    green = paint_texture(vgradient(w, h, [(0, (118, 124, 86)), (1, (70, 98, 56))]), rng, 16)
    img.paste(green, (0, 0), land)
    cx, cy = w * 0.62, h * 0.56

    def spiral(dr: ImageDraw.ImageDraw, s: float) -> None:
        for arm in range(4):
            base = arm * math.pi / 2 + rng.uniform(-0.2, 0.2)
            prev = None
            for i in range(120):
                th = i * 0.05
                rr = m * 0.03 * math.exp(0.32 * th)
                if rr > m * 0.42:
                    break
                x = cx + rr * math.cos(th + base)
                y = cy + rr * math.sin(th + base) * 0.62
                wdt = m * (0.012 + 0.1 * (1 - rr / (m * 0.42)) * rr / m) * rng.uniform(0.8, 1.2)
                if prev:
                    dr.line((prev[0] * s, prev[1] * s, x * s, y * s), fill=255,
                            width=max(1, round(wdt * s)))
                if i % 4 == 0 and rr > m * 0.12:  # puffs fray the outer arms into cloud
                    px, py = x + rng.gauss(0, wdt * 0.5), y + rng.gauss(0, wdt * 0.3)
                    pr = wdt * rng.uniform(0.5, 1.0)
                    dr.ellipse(((px - pr) * s, (py - pr * 0.6) * s, (px + pr) * s,
                                (py + pr * 0.6) * s), fill=rng.randint(170, 255))
                prev = (x, y)
        core = m * 0.07
        dr.ellipse(((cx - core) * s, (cy - core * 0.62) * s, (cx + core) * s,
                    (cy + core * 0.62) * s), fill=255)
        e = m * 0.01
        dr.ellipse(((cx - e) * s, (cy - e * 0.62) * s, (cx + e) * s, (cy + e * 0.62) * s), fill=0)

    swirl = soft_layer(w, h, spiral, m * 0.012, 2)
    fibre = blotches(w, h, rng, max(3, m // 60), 120).point(lambda v: 185 + v * 70 // 255)
    swirl = ImageChops.multiply(swirl, fibre)
    tint(img, (8, 30, 60), scale_mask(ImageChops.offset(swirl, round(u), round(u * 1.5)), 0.35))
    tint(img, (246, 248, 252), scale_mask(swirl, 0.97))
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
        pts = [(0.0, h)]
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


def scene_satellite(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """A satellite or station above the curved rim of the Earth (or the Moon)."""
    img = space(w, h, rng, nebula=(30, 40, 80))
    m = min(w, h)
    r = max(w, h) * 1.6
    if variant == "moon":
        limb(img, rng, w * 0.5, h * 0.74 + r, r, rim=(190, 186, 178), deep=(96, 94, 92),
             clouds=0, moon=True)
        body(img, rng, w * 0.82, h * 0.2, m * 0.07, "earth", light=(-0.5, 0.4))
    else:
        limb(img, rng, w * 0.5, h * 0.74 + r, r, clouds=0.7)
    glow(img, w * 0.08, h * 0.1, m * 0.5, (210, 180, 130), 0.7)
    craft = {
        "molniya": lambda: molniya(m * 0.6),
        "meteor": lambda: meteor(m * 0.7),
        "sputnik": lambda: sputnik(m * 0.5),
    }
    if variant in craft:
        place(img, craft[variant](), w * 0.5, h * 0.4, -15 if variant != "sputnik" else 20)
    elif variant == "station":
        st, so = salyut(m * 0.46), soyuz(m * 0.34)
        pair = layer_for(m * 0.8, st.height)
        pair.paste(so, (0, round(st.height / 2 - so.height / 2)), so)
        pair = pair.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        pair.paste(st, (0, 0), st)
        place(img, pair, w * 0.5, h * 0.4, 12)
    else:
        place(img, soyuz(m * 0.55), w * 0.5, h * 0.42, 18)
    return img


def scene_porthole(w: int, h: int, rng: random.Random, variant: str) -> Image.Image:
    """The Earth seen through a bolted round porthole in a cabin wall."""
    img = vgradient(w, h, [(0, (64, 72, 66)), (1, (26, 30, 28))])
    m = min(w, h)
    d = ImageDraw.Draw(img)
    for k in range(1, 4):
        d.line((0, h * k / 4, w, h * k / 4), fill=(40, 46, 42), width=max(1, round(m / 300)))
    cx, cy, r = w * 0.5, h * 0.5, m * 0.36
    view = space(round(2 * r), round(2 * r), rng)
    rr = view.width * 1.2
    limb(view, rng, view.width * 0.4, view.height * 0.45 + rr, rr, clouds=0.8)
    img.paste(view, (round(cx - r), round(cy - r)), disc_mask(view.size, (0, 0, *view.size)))
    hl = Image.new("L", img.size, 0)
    ImageDraw.Draw(hl).arc((cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85), 200, 250,
                           fill=110, width=round(r * 0.06))
    tint(img, WHITE, soft(hl, r * 0.03))
    for k, (grow, col) in enumerate(((1.28, (70, 74, 76)), (1.18, (150, 152, 150)),
                                     (1.06, (96, 98, 100)))):
        ring = Image.new("L", img.size, 0)
        R = r * grow
        ImageDraw.Draw(ring).ellipse((cx - R, cy - R, cx + R, cy + R), fill=255)
        ImageDraw.Draw(ring).ellipse((cx - r, cy - r, cx + r, cy + r), fill=0)
        metal = Image.composite(Image.new("RGB", img.size, mix(col, WHITE, 0.4)),
                                Image.new("RGB", img.size, mix(col, BLACK, 0.4)),
                                radial(img.size, cx - r, cy - r, r * 3, r * 3, 0.9 + k * 0.2))
        img.paste(metal, (0, 0), ring.filter(ImageFilter.GaussianBlur(m / 500)))
    for k in range(12):
        a = k * math.pi / 6
        bx, by = cx + math.cos(a) * r * 1.12, cy + math.sin(a) * r * 1.12
        shade_ball(img, bx, by, r * 0.035, (170, 170, 168))
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


# ------------------------------------------------------------------ portrait sketches


def paper(w: int, h: int, rng: random.Random, base: RGB = (242, 236, 220)) -> Image.Image:
    img = Image.new("RGB", (w, h), base)
    img = paint_texture(img, rng, 10)
    vig = radial((w, h), w / 2, h / 2, w * 0.85, h * 0.85, 0.6)
    return Image.composite(img, Image.new("RGB", (w, h), mix(base, (190, 176, 150), 0.6)), vig)


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


SCENES: dict[str, Scene] = {
    "sunrise": scene_sunrise, "near_moon": scene_near_moon, "spacewalk": scene_spacewalk,
    "docking": scene_docking, "rover": scene_rover, "lunar": scene_lunar, "ship": scene_ship,
    "cyclone": scene_cyclone, "planet": scene_planet, "launch": scene_launch,
    "two_suns": scene_two_suns, "satellite": scene_satellite, "porthole": scene_porthole,
    "house": scene_house, "eiffel": scene_eiffel, "generic": scene_generic,
    "portrait": scene_portrait,
}


# ------------------------------------------------------------------ framings
# A framing turns a scene into the kind of object the work is: a sheet, a stamp, a poster...
# `scene(w, h)` renders the work's motif at the size the framing asks for.

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


def stamp(sw: int, sh: int, rng: random.Random, scene: SceneAt, colour: RGB,
          face_value: str | None, year: str | None) -> Image.Image:
    """An RGBA stamp: perforated paper, coloured frame, picture, face value or a neutral star."""
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
    ty = (py1 + fy1) / 2
    if face_value:
        f, _ = fit_text(d, face_value, (fx1 - fx0) * 0.45, band * 0.62)
        d.text((px0 + p, ty), face_value, font=f, fill=(252, 248, 238), anchor="lm")
    else:
        _star(d, px0 + band * 0.4, ty, band * 0.28, (252, 248, 238))
    if year:
        f, _ = fit_text(d, year, (fx1 - fx0) * 0.3, band * 0.4)
        d.text((px1 - p, ty), year, font=f, fill=(236, 226, 210), anchor="rm")
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


def frame_stamp(w: int, h: int, rng: random.Random, scene: SceneAt, face_value: str | None = None,
                year: str | None = None, **_: str | None) -> Image.Image:
    img = _album(w, h, rng)
    m = min(w, h)
    sw, sh = round(w - m * 0.16), round(h - m * 0.16)
    st = stamp(sw, sh, rng, scene, rng.choice(FRAME_COLOURS), face_value, year)
    _drop(img, st, round((w - sw) / 2), round((h - sh) / 2), m * 0.012)
    return img


def frame_stamp_series(w: int, h: int, rng: random.Random, scenes: Sequence[SceneAt],
                       year: str | None = None) -> Image.Image:
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
            st = stamp(sw, sh, rng, scenes[i], colours[i % len(colours)], None, year)
            _drop(img, st, round(cell_w * (k + 0.5) - sw / 2), round(cy - sh / 2), sw * 0.012)
        tint(img, (210, 220, 224), strip)
    return img


def frame_poster(w: int, h: int, rng: random.Random, scene: SceneAt, title: str | None = None,
                 year: str | None = None, **_: str | None) -> Image.Image:
    img = Image.new("RGB", (w, h), (236, 228, 208))
    top = round(h * 0.66)
    img.paste(scene(w, top), (0, 0))
    d = ImageDraw.Draw(img)
    red = (196, 36, 34)
    b0, b1 = h * 0.6, h * 0.8
    d.polygon([(0, b0 + h * 0.04), (w, b0), (w, b1 - h * 0.04), (0, b1)], fill=red)
    words = (title or "").upper().split()
    lines = _wrap(d, words, w * 0.86, h * 0.06)
    size = min(h * 0.06, (b1 - b0 - h * 0.06) / (len(lines) * 1.15))
    for line in lines:
        size = min(size, fit_text(d, line, w * 0.86, size)[1])
    f = font(size)
    cy = (b0 + b1) / 2 + h * 0.005
    for k, line in enumerate(lines):
        y = cy + (k - (len(lines) - 1) / 2) * size * 1.15
        d.text((w / 2, y), line, font=f, fill=(250, 244, 230), anchor="mm",
               stroke_width=max(1, round(size / 30)), stroke_fill=(250, 244, 230))
    _star(d, w * 0.14, h * 0.89, h * 0.04, red)
    if year:
        f2 = font(h * 0.035)
        d.text((w * 0.86, h * 0.89), year, font=f2, fill=(60, 40, 36), anchor="rm")
    d.line((w * 0.24, h * 0.89, w * 0.6, h * 0.89), fill=(60, 40, 36), width=max(2, round(h / 300)))
    return paint_texture(img, rng, 12)


def _wrap(d: ImageDraw.ImageDraw, words: list[str], max_w: float, size: float) -> list[str]:
    f = font(size)
    lines: list[str] = []
    for word in words:
        if lines and d.textlength(lines[-1] + " " + word, font=f) <= max_w:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines[:3] or [""]


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
               year: str | None = None, **_: str | None) -> Image.Image:
    img = hgradient(w, h, [(0, (74, 46, 30)), (0.5, (96, 62, 40)), (1, (64, 40, 26))])
    d = ImageDraw.Draw(img)
    for _ in range(60):
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
    lines = _wrap(d, (title or "").upper().split(), bw * 0.8, bh * 0.05)
    size = bh * 0.05
    for line in lines:
        size = min(size, fit_text(d, line, bw * 0.8, size)[1])
    f = font(size)
    for k, line in enumerate(lines):
        ty = y0 + bh * 0.17 + (k - (len(lines) - 1) / 2) * size * 1.2
        d.text((x0 + bw / 2, ty), line, font=f, fill=gold, anchor="mm")
    if year:
        d.text((x0 + bw / 2, py + ph + (y0 + bh - py - ph) / 2), year, font=font(bh * 0.035),
               fill=gold, anchor="mm")
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
    if title:
        d = ImageDraw.Draw(card)
        f, _ = fit_text(d, title, cw * 0.8, b * 0.6)
        d.text((cw / 2, ch - b), title, font=f, fill=(90, 86, 80), anchor="mm")
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
    "lithograph": frame_lithograph,
}
