"""Paint: colours, gradients, soft masks, light and texture, the tools every picture uses.

Masks are ``L`` images; ``tint`` lays paint through one, ``screen_tint`` and ``glow`` add light.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
Stops = Sequence[tuple[float, RGB]]

BILINEAR = Image.Resampling.BILINEAR
BICUBIC = Image.Resampling.BICUBIC
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)


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


def clip_box(size: tuple[int, int], x0: float, y0: float, x1: float, y1: float
          ) -> tuple[int, int, int, int] | None:
    box = (max(0, math.floor(x0)), max(0, math.floor(y0)), min(size[0], math.ceil(x1)),
           min(size[1], math.ceil(y1)))
    return box if box[2] > box[0] and box[3] > box[1] else None


def glow(img: Image.Image, cx: float, cy: float, r: float, colour: RGB,
         strength: float = 1.0, power: float = 2.0) -> None:
    """Screen a soft light onto img; screen never darkens, so glows stack like real light."""
    box = clip_box(img.size, cx - r, cy - r, cx + r, cy + r)
    if box is None:
        return
    size = (box[2] - box[0], box[3] - box[1])
    mask = radial(size, cx - box[0], cy - box[1], r, r, power)
    if strength != 1.0:
        mask = scale_mask(mask, strength)
    screen_in(img, colour, mask, box)


def screen_in(img: Image.Image, colour: RGB, mask: Image.Image,
               box: tuple[int, int, int, int]) -> None:
    light = Image.new("RGB", mask.size)
    light.paste(colour, (0, 0, *mask.size), mask)
    img.paste(ImageChops.screen(img.crop(box), light), box[:2])


def screen_tint(img: Image.Image, colour: RGB, mask: Image.Image) -> None:
    """Screen colour onto img through a canvas-sized mask (light: glows, haze, flames)."""
    box = mask.getbbox()
    if box:
        screen_in(img, colour, mask.crop(box), box)


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


def disc_mask(size: tuple[int, int], box: Sequence[float]) -> Image.Image:
    """Antialiased ellipse mask (drawn at 2x and reduced)."""
    big = Image.new("L", (size[0] * 2, size[1] * 2), 0)
    ImageDraw.Draw(big).ellipse([v * 2 for v in box], fill=255)
    return big.resize(size, Image.Resampling.BOX)


def paper(w: int, h: int, rng: random.Random, base: RGB = (242, 236, 220)) -> Image.Image:
    img = Image.new("RGB", (w, h), base)
    img = paint_texture(img, rng, 10)
    vig = radial((w, h), w / 2, h / 2, w * 0.85, h * 0.85, 0.6)
    return Image.composite(img, Image.new("RGB", (w, h), mix(base, (190, 176, 150), 0.6)), vig)
