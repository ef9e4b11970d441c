"""Deep zoom: a tile pyramid so the detail view pans and zooms in bounded memory.

Geometry (:class:`PyramidGeometry`) follows the IIIF Image API's tiling
model so the same pyramid can later be published as a static level-0 IIIF
tile set: level ``n`` has scale factor ``2**n`` (level 0 is full resolution),
its size is ``ceil(width / 2**n) x ceil(height / 2**n)``, and tile
``(col, row)`` of level ``n`` is exactly the IIIF request
``/{x},{y},{w},{h}/{ceil(w / 2**n)},{ceil(h / 2**n)}/0/default.jpg`` with the
full-resolution region from :meth:`PyramidGeometry.region`.  ``info.json``
would list ``tiles: [{"width": tile_size, "scaleFactors": scale_factors()}]``.
Levels stop at the first one that fits in a single tile.

:class:`TilePyramid` decodes the source once (through the safe decoder),
writes level 0's tiles, then builds each next level from the previous one
with a 2x2 box reduction, dropping the previous level, so peak memory is the
full image plus a quarter of it.  Tiles go to a temporary folder that is
renamed into place when complete, so a reader never sees half a pyramid and
two processes building at once are harmless.  This module never imports Qt.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PIL import Image

from gallery.imaging.decode import decode, lowest_alpha, probe
from gallery.imaging.fitted import fitted

TILE_SIZE = 256
JPEG_QUALITY = 85
#: Bump when tile output changes; old pyramids are then simply not used.
RECIPE = 1
_MANIFEST = "pyramid.json"
_KEY = re.compile(r"[0-9a-f]{64}")


def default_tile_dir() -> Path:
    """The per-user tile cache folder; callers (and every test) may pass another."""
    return Path(platformdirs.user_cache_dir("leonov-gallery")) / "tiles"


@dataclass(frozen=True)
class PyramidGeometry:
    """Sizes of a tile pyramid over a ``width`` x ``height`` image."""

    width: int
    height: int
    tile_size: int = TILE_SIZE

    def __post_init__(self) -> None:
        if self.width < 1 or self.height < 1 or self.tile_size < 1:
            raise ValueError(f"bad pyramid geometry {self.width}x{self.height}/{self.tile_size}")

    @functools.cached_property
    def levels(self) -> int:
        """Number of levels; the last one fits in a single tile."""
        n = 1
        while max(self.level_size(n - 1)) > self.tile_size:
            n += 1
        return n

    def scale_factor(self, level: int) -> int:
        return 1 << level

    def scale_factors(self) -> list[int]:
        """IIIF ``scaleFactors``: 1, 2, 4, ... one per level."""
        return [self.scale_factor(n) for n in range(self.levels)]

    def level_size(self, level: int) -> tuple[int, int]:
        """Pixel size of a level: ceil(width / 2**level) x ceil(height / 2**level)."""
        if level < 0:
            raise ValueError(f"level must be >= 0, got {level}")
        f = self.scale_factor(level)
        return -(-self.width // f), -(-self.height // f)

    def grid(self, level: int) -> tuple[int, int]:
        """Tiles per row and per column at ``level``: (cols, rows)."""
        w, h = self.level_size(level)
        return -(-w // self.tile_size), -(-h // self.tile_size)

    def tiles(self, level: int) -> Iterator[tuple[int, int]]:
        """Every (col, row) of a level, row by row."""
        cols, rows = self.grid(level)
        for row in range(rows):
            for col in range(cols):
                yield col, row

    def tile_box(self, level: int, col: int, row: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) of a tile in the level's own pixels."""
        self._check(level, col, row)
        w, h = self.level_size(level)
        t = self.tile_size
        return col * t, row * t, min(w, (col + 1) * t), min(h, (row + 1) * t)

    def region(self, level: int, col: int, row: int) -> tuple[int, int, int, int]:
        """(x, y, w, h) of a tile in full-resolution pixels (the IIIF region)."""
        self._check(level, col, row)
        span = self.tile_size * self.scale_factor(level)
        x, y = col * span, row * span
        return x, y, min(span, self.width - x), min(span, self.height - y)

    def level_for_scale(self, scale: float) -> int:
        """Coarsest level with at least ``scale`` screen px per image px.

        Example: showing the image at 30 % picks level 1 (50 %), never a
        level blurrier than the screen.
        """
        if scale <= 0:
            raise ValueError(f"scale must be positive, got {scale}")
        level = 0
        while level + 1 < self.levels and 1 / self.scale_factor(level + 1) >= scale:
            level += 1
        return level

    def _check(self, level: int, col: int, row: int) -> None:
        if not 0 <= level < self.levels:
            raise IndexError(f"level {level} out of range 0..{self.levels - 1}")
        cols, rows = self.grid(level)
        if not (0 <= col < cols and 0 <= row < rows):
            raise IndexError(f"tile ({col}, {row}) outside level {level}'s {cols} x {rows} grid")


class TilePyramid:
    """Tiles of one image, cached on disk under its content key."""

    def __init__(
        self,
        source: str | os.PathLike[str],
        content_key: str,
        cache_dir: str | os.PathLike[str] | None = None,
        tile_size: int = TILE_SIZE,
    ) -> None:
        """Cheap: reads the manifest if built, else only the source's header.

        Raises ImageRefused if the source is not an acceptable image.
        """
        key = content_key.lower()
        if not _KEY.fullmatch(key):
            raise ValueError(f"content_key must be a hex sha256, got {content_key!r}")
        self.source = Path(source)
        self.content_key = key
        root = Path(cache_dir) if cache_dir is not None else default_tile_dir()
        self.folder = root / f"{key}-{tile_size}-r{RECIPE}"
        self._lock = threading.Lock()
        manifest = self._read_manifest()
        if manifest is not None:
            size = (manifest["width"], manifest["height"])
            self.tile_format: str = manifest["format"]
        else:
            size = probe(self.source).oriented_size
            self.tile_format = "JPEG"  # may become PNG at build if the image has alpha
        self.geometry = PyramidGeometry(*size, tile_size)

    def is_built(self) -> bool:
        return (self.folder / _MANIFEST).is_file()

    def build(self) -> None:
        """Decode the source once and write every level's tiles (idempotent)."""
        with self._lock:
            if self.is_built():
                return
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.folder.parent / f".{self.folder.name}.tmp-{os.getpid()}-{uuid.uuid4().hex}"
            tmp.mkdir()
            try:
                self._write_levels(tmp)
                try:
                    tmp.rename(self.folder)  # atomic publish
                except OSError:
                    if not self.is_built():  # not just another process winning the race
                        raise
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            manifest = self._read_manifest()  # the winner's, if another process built it
            if manifest is not None:
                self.tile_format = manifest["format"]

    def tile(self, level: int, col: int, row: int) -> bytes:
        """Encoded bytes of one tile (JPEG, or PNG if the image has alpha).

        Builds the pyramid first if needed, which may take seconds: call
        :meth:`build` from a worker thread before asking for tiles.
        """
        self.geometry.tile_box(level, col, row)  # bounds check
        self.build()
        return self.tile_path(level, col, row).read_bytes()

    def tile_path(self, level: int, col: int, row: int) -> Path:
        ext = "png" if self.tile_format == "PNG" else "jpg"
        return self.folder / str(level) / f"{col}_{row}.{ext}"

    def fitted(self, max_w: int, max_h: int) -> Image.Image:
        """The whole image fitted in max_w x max_h, for the first paint.

        A reduced decode of the source (JPEG DCT scaling), independent of
        whether the pyramid exists yet; kept in the cache folder, so opening
        the work again reads it back (gallery.imaging.fitted).
        """
        return fitted(self.source, self.content_key, max_w, max_h, self.folder.parent)

    # -- internals -----------------------------------------------------------

    def _read_manifest(self) -> dict | None:
        try:
            data = json.loads((self.folder / _MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return data if data.get("recipe") == RECIPE else None

    def _write_levels(self, out: Path) -> None:
        im = decode(self.source)
        if im.size != (self.geometry.width, self.geometry.height):
            raise RuntimeError(f"{self.source}: decoded size {im.size} differs from its header")
        alpha = im.mode == "RGBA" and lowest_alpha(im) < 255
        if im.mode == "RGBA" and not alpha:
            im = im.convert("RGB")
        self.tile_format = "PNG" if alpha else "JPEG"
        if alpha:
            im = im.convert("RGBa")  # premultiplied, so reduce() doesn't bleed hidden colour
        geo = self.geometry
        for level in range(geo.levels):
            if level:
                im = im.reduce(2)  # box 2x2; ceil size as level_size(); frees the previous
            if im.size != geo.level_size(level):
                raise RuntimeError(f"level {level} is {im.size}, expected {geo.level_size(level)}")
            (out / str(level)).mkdir()
            for col, row in geo.tiles(level):
                piece = im.crop(geo.tile_box(level, col, row))
                path = out / str(level) / self.tile_path(level, col, row).name
                if alpha:
                    piece.convert("RGBA").save(path, "PNG")
                else:
                    piece.save(path, "JPEG", quality=JPEG_QUALITY)
        manifest = {
            "recipe": RECIPE,
            "content_key": self.content_key,
            "width": geo.width,
            "height": geo.height,
            "tile_size": geo.tile_size,
            "levels": geo.levels,
            "format": self.tile_format,
        }
        # Written last: its presence is what marks the pyramid complete.
        (out / _MANIFEST).write_text(json.dumps(manifest, indent=1), "utf-8")
