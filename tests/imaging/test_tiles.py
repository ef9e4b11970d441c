"""Deep-zoom pyramid: geometry, tiles that cover the image exactly, fitted view."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from imgfactory import exif_orientation
from PIL import Image, ImageChops, ImageStat

from gallery.imaging.decode import decode
from gallery.imaging.thumbnails import file_sha256
from gallery.imaging.tiles import PyramidGeometry, TilePyramid


def _painting(path: Path, size: tuple[int, int], **save: object) -> Path:
    """A smooth picture with structure, so tile placement errors show up."""
    w, h = size
    im = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize(size),
            Image.linear_gradient("L").rotate(90).resize(size),
            Image.radial_gradient("L").resize(size),
        ],
    )
    im.paste((250, 250, 0), (w // 3, h // 3, w // 3 + 40, h // 3 + 30))
    im.save(path, **save)
    return path


def _open(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_geometry_of_a_known_size() -> None:
    g = PyramidGeometry(1000, 700, 256)
    assert g.levels == 3
    assert [g.level_size(n) for n in range(3)] == [(1000, 700), (500, 350), (250, 175)]
    assert [g.grid(n) for n in range(3)] == [(4, 3), (2, 2), (1, 1)]
    assert g.scale_factors() == [1, 2, 4]
    assert g.tile_box(0, 3, 2) == (768, 512, 1000, 700)
    assert g.region(1, 1, 0) == (512, 0, 488, 512)
    assert PyramidGeometry(256, 256).levels == 1
    assert PyramidGeometry(257, 1).levels == 2
    assert PyramidGeometry(10_000, 10_000).levels == 7
    with pytest.raises(IndexError):
        g.tile_box(0, 4, 0)
    with pytest.raises(IndexError):
        g.region(3, 0, 0)
    with pytest.raises(ValueError):
        PyramidGeometry(0, 5)


def test_level_for_scale() -> None:
    g = PyramidGeometry(10_000, 10_000)
    assert g.level_for_scale(2.0) == 0
    assert g.level_for_scale(1.0) == 0
    assert g.level_for_scale(0.5) == 1
    assert g.level_for_scale(0.3) == 1
    assert g.level_for_scale(0.0001) == g.levels - 1


@settings(max_examples=60, deadline=None, database=None)
@given(st.integers(1, 2000), st.integers(1, 2000), st.sampled_from([50, 256, 512]))
def test_tiles_cover_every_level_exactly(width: int, height: int, tile: int) -> None:
    g = PyramidGeometry(width, height, tile)
    assert max(g.level_size(g.levels - 1)) <= tile
    assert g.levels == 1 or max(g.level_size(g.levels - 2)) > tile
    for level in range(g.levels):
        lw, lh = g.level_size(level)
        sf = g.scale_factor(level)
        area = full_area = 0
        for col, row in g.tiles(level):
            x0, y0, x1, y1 = g.tile_box(level, col, row)
            assert 0 <= x0 < x1 <= lw and 0 <= y0 < y1 <= lh
            area += (x1 - x0) * (y1 - y0)
            x, y, w, h = g.region(level, col, row)
            full_area += w * h
            # IIIF: size = ceil(region / scale factor) is exactly the tile's pixels.
            assert (-(-w // sf), -(-h // sf)) == (x1 - x0, y1 - y0)
            assert (x, y) == (x0 * sf, y0 * sf)
        assert area == lw * lh  # boxes lie inside and add up: no gap, no overlap
        assert full_area == width * height


def test_pyramid_tiles_reassemble_the_image(tmp_path: Path) -> None:
    src = _painting(tmp_path / "p.png", (600, 500))
    pyramid = TilePyramid(src, file_sha256(src), tmp_path / "tiles", tile_size=256)
    assert not pyramid.is_built()
    pyramid.build()
    assert pyramid.is_built()
    g = pyramid.geometry
    assert (g.width, g.height, g.levels) == (600, 500, 3)
    for level in range(g.levels):
        canvas = Image.new("RGB", g.level_size(level))
        for col, row in g.tiles(level):
            tile = _open(pyramid.tile(level, col, row))
            box = g.tile_box(level, col, row)
            assert tile.format == "JPEG" and tile.size == (box[2] - box[0], box[3] - box[1])
            canvas.paste(tile, box[:2])
        expected = decode(src).reduce(1 << level) if level else decode(src)
        diff = ImageStat.Stat(ImageChops.difference(canvas, expected)).mean
        assert max(diff) < 3, (level, diff)  # only JPEG loss
    files = list((pyramid.folder).rglob("*.jpg"))
    assert len(files) == sum(g.grid(n)[0] * g.grid(n)[1] for n in range(g.levels))
    assert not list(pyramid.folder.parent.glob(".*tmp*"))  # no half-built leftovers


def test_oriented_source_and_manifest_reuse(tmp_path: Path) -> None:
    src = _painting(tmp_path / "r.jpg", (300, 200), exif=exif_orientation(6))
    key = file_sha256(src)
    pyramid = TilePyramid(src, key, tmp_path / "tiles")
    assert (pyramid.geometry.width, pyramid.geometry.height) == (200, 300)
    top = pyramid.tile(pyramid.geometry.levels - 1, 0, 0)
    src.unlink()  # a built pyramid no longer needs its source
    again = TilePyramid(src, key, tmp_path / "tiles")
    assert again.is_built() and again.geometry == pyramid.geometry
    assert again.tile(again.geometry.levels - 1, 0, 0) == top


def test_transparent_source_gives_png_tiles(tmp_path: Path) -> None:
    src = tmp_path / "a.png"
    Image.new("RGBA", (300, 40), (0, 0, 255, 80)).save(src)
    pyramid = TilePyramid(src, file_sha256(src), tmp_path / "tiles")
    tile = _open(pyramid.tile(0, 1, 0))
    assert (tile.format, tile.mode, tile.size) == ("PNG", "RGBA", (44, 40))
    assert tile.getpixel((3, 3)) == (0, 0, 255, 80)
    assert TilePyramid(src, file_sha256(src), tmp_path / "tiles").tile_format == "PNG"


def test_concurrent_builds_publish_one_pyramid(tmp_path: Path) -> None:
    src = _painting(tmp_path / "c.png", (520, 300))
    key = file_sha256(src)
    pyramids = [TilePyramid(src, key, tmp_path / "tiles") for _ in range(3)]
    threads = [threading.Thread(target=p.build) for p in pyramids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(p.is_built() for p in pyramids)
    assert [p.name for p in (tmp_path / "tiles").iterdir()] == [pyramids[0].folder.name]


def test_fitted_view(tmp_path: Path) -> None:
    src = tmp_path / "wide.jpg"
    Image.new("RGB", (3000, 2000), (20, 30, 40)).save(src)
    pyramid = TilePyramid(src, file_sha256(src), tmp_path / "tiles")
    view = pyramid.fitted(800, 600)
    assert (view.size, view.mode) == ((800, 533), "RGB")
    assert not pyramid.is_built()  # the first paint does not wait for the pyramid


def test_bad_key_and_tile_out_of_range(tmp_path: Path) -> None:
    src = _painting(tmp_path / "k.png", (100, 100))
    with pytest.raises(ValueError):
        TilePyramid(src, "not-a-key", tmp_path / "tiles")
    pyramid = TilePyramid(src, file_sha256(src), tmp_path / "tiles")
    with pytest.raises(IndexError):
        pyramid.tile(0, 1, 0)
    assert not pyramid.is_built()
