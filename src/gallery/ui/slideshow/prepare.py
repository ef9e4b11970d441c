"""Getting the next slide ready off the GUI thread: decode, fit to the screen, place on black.

Runs in the ImagePool. The result is one screen-sized QImage (physical pixels), so painting a
frame never scales and a cross-fade between pictures of different shapes is exact.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from ...imaging.decode import decode
from ..qimage import to_qimage

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
    if target == screen_px:
        return to_qimage(picture)
    screen = Image.new("RGB", screen_px, (0, 0, 0))
    screen.paste(picture, ((screen_px[0] - target[0]) // 2, (screen_px[1] - target[1]) // 2))
    return to_qimage(screen)


__all__ = ["compose", "fitted_size"]
