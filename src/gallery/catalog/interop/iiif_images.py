"""A static IIIF Image API 3 level-0 service per image: `info.json` plus pre-cut files.

Tiles come from the imaging core's pyramid (`gallery.imaging.tiles.TilePyramid`), whose
geometry is the IIIF tiling model: level n has scale factor 2**n. Each tile is written at its
canonical Image API 3 path `{region}/{w},{h}/0/default.jpg` (region `full` when a tile covers
the whole image), which is what OpenSeadragon (inside Mirador and the Universal Viewer) asks a
level-0 service for when `info.json` lists `tiles`. Whole-image sizes (`full/{w},{h}`, one per
pyramid level, and `full/max`, a hard link to the largest) are listed in `sizes` for
thumbnails and for clients that do not tile. Any plain web server can serve the folder.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ...imaging.decode import decode
from ...imaging.tiles import TilePyramid

JPEG_QUALITY = 88
IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json"


@dataclass(frozen=True)
class StaticImage:
    service_id: str
    width: int
    height: int
    sizes: tuple[tuple[int, int], ...]  # ascending, the last one is the full size

    def service(self) -> dict[str, str]:
        return {"id": self.service_id, "type": "ImageService3", "profile": "level0"}

    def url(self, size: str = "max") -> str:
        return f"{self.service_id}/full/{size}/0/default.jpg"

    def thumbnail_size(self, longest: int = 400) -> tuple[int, int]:
        fitting = [s for s in self.sizes if max(s) <= longest]
        return fitting[-1] if fitting else self.sizes[0]


def write_image_service(source: Path, content_key: str, folder: Path, service_id: str,
                        cache_dir: Path | None = None) -> StaticImage:
    """Write `folder/info.json` and every file a level-0 client may ask for."""
    pyramid = TilePyramid(source, content_key, cache_dir)
    pyramid.build()
    geo = pyramid.geometry
    width, height = geo.width, geo.height
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sizes = _write_sizes(source, folder, [geo.level_size(n) for n in range(geo.levels)])
    for level in range(geo.levels):
        for col, row in geo.tiles(level):
            x, y, w, h = geo.region(level, col, row)
            left, top, right, bottom = geo.tile_box(level, col, row)
            sw, sh = right - left, bottom - top
            whole = (x, y, w, h) == (0, 0, width, height)
            region = "full" if whole else f"{x},{y},{w},{h}"
            target = folder / region / f"{sw},{sh}" / "0" / "default.jpg"
            if not target.exists():  # a one-tile level is already there as a size
                _copy_tile(pyramid.tile_path(level, col, row), target)
    info = {
        "@context": IMAGE_CONTEXT, "id": service_id, "type": "ImageService3",
        "protocol": "http://iiif.io/api/image", "profile": "level0",
        "width": width, "height": height,
        "sizes": [{"width": w, "height": h} for w, h in sizes],
        "tiles": [{"width": geo.tile_size, "height": geo.tile_size,
                   "scaleFactors": geo.scale_factors()}],
    }  # fmt: skip
    (folder / "info.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return StaticImage(service_id, width, height, tuple(sizes))


def _write_sizes(source: Path, folder: Path,
                 level_sizes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The whole image at each level's size (the same 2x2 box reduction as the pyramid)."""
    image = decode(source)
    if image.mode != "RGB":
        image = _flatten(image)
    written = []
    for level, size in enumerate(level_sizes):
        if level:
            image = image.reduce(2)
        if image.size != size:  # the pyramid and this reduction must agree on every level
            raise RuntimeError(f"{source}: level {level} is {image.size}, expected {size}")
        target = folder / "full" / f"{size[0]},{size[1]}" / "0" / "default.jpg"
        target.parent.mkdir(parents=True)
        image.save(target, "JPEG", quality=JPEG_QUALITY)
        if level == 0:
            _link(target, folder / "full" / "max" / "0" / "default.jpg")
        written.append(size)
    return sorted(written)


def _flatten(image: Image.Image) -> Image.Image:
    """JPEG has no alpha: composite over white (a level-0 service must offer jpg)."""
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def _copy_tile(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.suffix.lower() == ".jpg":
        shutil.copyfile(source, target)
        return
    with Image.open(source) as tile:
        _flatten(tile).save(target, "JPEG", quality=JPEG_QUALITY)


def _link(target: Path, alias: Path) -> None:
    if alias.exists():
        return
    alias.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(target, alias)
    except OSError:  # a file system without hard links: a copy serves the same bytes
        shutil.copyfile(target, alias)
