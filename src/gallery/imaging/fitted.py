"""The picture a work's page first paints, fitted to the canvas, kept on disk once made.

Fitting a 2400-pixel scan to a 1000-pixel canvas (a full decode and a Lanczos resize) costs a
worker some 70 ms of CPU each time the page opens; the fitted copy reads back in a few (issue
22). It is kept beside the tile pyramids, named by the source's content hash and the box, so
a changed file (another hash) never meets an old copy. A copy that cannot be read or written is
made again from the source: the cache only ever saves time. This module never imports Qt.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from PIL import Image

from gallery.imaging.decode import ImageRefused, decode

RECIPE = 1  # bump when the way a fitted copy is made changes
FOLDER = "fitted"
JPEG_QUALITY = 92  # with full-resolution colour (4:4:4): no visible loss at screen size


def cached_path(cache_dir: Path, content_key: str, max_w: int, max_h: int,
                alpha: bool = False) -> Path:
    ext = "png" if alpha else "jpg"
    return cache_dir / FOLDER / f"{content_key.lower()}-{max_w}x{max_h}-r{RECIPE}.{ext}"


def fitted(source: Path, content_key: str, max_w: int, max_h: int,
           cache_dir: Path) -> Image.Image:
    """`source` fitted in max_w x max_h (see `decode`), from the cache when it holds it."""
    for alpha in (False, True):
        path = cached_path(cache_dir, content_key, max_w, max_h, alpha)
        if path.is_file():
            try:
                return decode(path)
            except ImageRefused:
                break  # damaged: made again below, and replaced
    image = decode(source, max_size=(max_w, max_h))
    _keep(image, cached_path(cache_dir, content_key, max_w, max_h, image.mode == "RGBA"))
    return image


def _keep(image: Image.Image, path: Path) -> None:
    """Write the copy atomically (a reader never sees half a file); failing is harmless."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if image.mode == "RGBA":
            image.save(tmp, "PNG", compress_level=1)
        else:
            image.save(tmp, "JPEG", quality=JPEG_QUALITY, subsampling=0)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
