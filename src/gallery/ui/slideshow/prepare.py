"""Getting the next slide ready off the GUI thread: decode, fit to the screen, place on black.

Runs in the ImagePool. The result is one screen-sized QImage (physical pixels) in the raster
engine's own format (RGB32), plus the caption band drawn on a QImage (QPainter on a QImage is
safe off the GUI thread), so the GUI thread neither converts nor lays out text: painting a frame
never scales, and a cross-fade between pictures of different shapes is exact.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from ...imaging.decode import decode
from .caption_text import CaptionText
from .paint import render_caption

MAX_UPSCALE = 2.0  # a small scan is enlarged at most this much; beyond that it goes soft


def fitted_size(size: tuple[int, int], box: tuple[int, int],
                max_upscale: float = MAX_UPSCALE) -> tuple[int, int]:
    """`size` scaled to fit `box`, enlarging by at most `max_upscale`."""
    (w, h), (bw, bh) = size, box
    scale = min(bw / w, bh / h, max_upscale)
    return max(1, min(bw, round(w * scale))), max(1, min(bh, round(h * scale)))


def compose(path: Path, screen_px: tuple[int, int]) -> QImage:
    """The picture at `path`, fitted into a black screen-sized image. Raises ImageRefused."""
    picture = decode(path, max_size=screen_px)
    if picture.mode == "RGBA":  # a transparent PNG sits on black, like everything else
        backdrop = Image.new("RGB", picture.size, (0, 0, 0))
        backdrop.paste(picture, mask=picture.getchannel("A"))
        picture = backdrop
    target = fitted_size(picture.size, screen_px)
    if target != picture.size:
        picture = picture.resize(target, Image.Resampling.LANCZOS)
    if target != screen_px:
        screen = Image.new("RGB", screen_px, (0, 0, 0))
        screen.paste(picture, ((screen_px[0] - target[0]) // 2,
                               (screen_px[1] - target[1]) // 2))
        picture = screen
    return rgb32(picture)


def rgb32(picture: Image.Image) -> QImage:
    """An RGB Pillow image as a QImage in Format_RGB32 (0xffRRGGBB words), which the raster
    paint engine draws without converting. The filler byte must really be 0xff (Pillow's
    "BGRX" writes 0): smooth-scaled drawing with opacity reads it as alpha, and a 0 there
    made the incoming picture of a pan-and-zoom cross-fade invisible."""
    raw = "BGRA" if sys.byteorder == "little" else "ARGB"
    data = picture.convert("RGBA").tobytes("raw", raw)
    width, height = picture.size
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGB32).copy()


def prepare_slide(path: Path, screen_px: tuple[int, int], caption: CaptionText | None,
                  logical: QSize, dpr: float) -> tuple[QImage, QImage | None]:
    """Everything a slide needs before it can show: its frame and its caption band."""
    frame = compose(path, screen_px)
    frame.setDevicePixelRatio(dpr)
    band = render_caption(caption, logical, dpr) if caption is not None else None
    return frame, band
