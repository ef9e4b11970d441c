"""Getting the next slide ready off the GUI thread: decode, fit to the screen, place on black.

Runs in the ImagePool. The result is one screen-sized QImage (physical pixels) in the raster
engine's own format (RGB32), plus the caption band drawn on a QImage (QPainter on a QImage is
safe off the GUI thread), so the GUI thread neither converts nor lays out text: painting a frame
never scales, and a cross-fade between pictures of different shapes is exact.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter

from ...imaging.decode import decode
from .caption_text import CaptionText
from .paint import paint_caption_beside, render_caption, side_column

MAX_UPSCALE = 2.0  # a small scan is enlarged at most this much; beyond that it goes soft


def fitted_size(size: tuple[int, int], box: tuple[int, int],
                max_upscale: float = MAX_UPSCALE) -> tuple[int, int]:
    """`size` scaled to fit `box`, enlarging by at most `max_upscale`."""
    (w, h), (bw, bh) = size, box
    scale = min(bw / w, bh / h, max_upscale)
    return max(1, min(bw, round(w * scale))), max(1, min(bh, round(h * scale)))


def compose(path: Path, screen_px: tuple[int, int], reserve: Callable[[tuple[int, int]], int]
            = lambda _size: 0) -> tuple[QImage, int, int]:
    """The picture at `path`, fitted into a black screen-sized image; the width and left edge
    of a column kept free right of it (`reserve(fitted size)` wide; picture and column are
    centred together, like a painting and its label). Raises ImageRefused."""
    picture = decode(path, max_size=screen_px)
    if picture.mode == "RGBA":  # a transparent PNG sits on black, like everything else
        backdrop = Image.new("RGB", picture.size, (0, 0, 0))
        backdrop.paste(picture, mask=picture.getchannel("A"))
        picture = backdrop
    target = fitted_size(picture.size, screen_px)
    if target != picture.size:
        picture = picture.resize(target, Image.Resampling.LANCZOS)
    column = reserve(target)
    left = (screen_px[0] - column - target[0]) // 2
    if target != screen_px:
        screen = Image.new("RGB", screen_px, (0, 0, 0))
        screen.paste(picture, (left, (screen_px[1] - target[1]) // 2))
        picture = screen
    return rgb32(picture), column, left + target[0]


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
                  logical: QSize, dpr: float, scale: float = 1.0
                  ) -> tuple[QImage, QImage | None]:
    """Everything a slide needs before it can show: its frame and its caption band (None
    when there is no caption, or when it is drawn beside the picture, into the frame)."""

    def reserve(size: tuple[int, int]) -> int:
        return side_column(size, screen_px, scale) if caption is not None else 0

    frame, column, column_left = compose(path, screen_px, reserve)
    frame.setDevicePixelRatio(dpr)
    if caption is None:
        return frame, None
    if column:
        painter = QPainter(frame)  # logical coordinates: the frame carries the DPR
        paint_caption_beside(painter, caption,
                             QRectF(column_left / dpr, 0, column / dpr, logical.height()),
                             logical.height(), scale)
        painter.end()
        return frame, None
    return frame, render_caption(caption, logical, dpr, scale)
