"""Pillow images to Qt images. Qt never decodes catalog files itself (see imaging.decode)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:  # Pillow is imported by its callers (pool threads), never for the window
    from PIL import Image


def to_qimage(image: Image.Image) -> QImage:
    """A deep-copied QImage of a Pillow RGB/RGBA image; safe to make off the GUI thread."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    fmt = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    data = image.tobytes()
    width, height = image.size
    stride = width * len(image.mode)
    # copy(): the QImage must own its pixels, as `data` goes away with this frame.
    return QImage(data, width, height, stride, fmt).copy()


def encoded_to_qimage(data: bytes) -> QImage:
    """Decode our own cached thumbnail bytes (made by the imaging core, never a user file)."""
    image = QImage()
    image.loadFromData(data)
    return image
