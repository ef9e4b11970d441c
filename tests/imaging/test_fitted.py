"""The fitted picture a work's page first paints is kept once made, and only ever saves time."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from gallery.imaging.decode import decode
from gallery.imaging.fitted import cached_path, fitted
from gallery.imaging.thumbnails import file_sha256


def _painting(path: Path, size: tuple[int, int], mode: str = "RGB") -> Path:
    image = Image.linear_gradient("L").resize(size).convert(mode)
    if mode == "RGBA":
        image.putalpha(Image.linear_gradient("L").rotate(90).resize(size))
    image.save(path)
    return path


def _mean_difference(a: Image.Image, b: Image.Image) -> float:
    return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)


def test_the_second_fitting_reads_the_kept_copy(tmp_path: Path) -> None:
    src = _painting(tmp_path / "scan.jpg", (2400, 1800))
    key = file_sha256(src)
    first = fitted(src, key, 1000, 900, tmp_path / "cache")
    assert first.size == (1000, 750)
    assert cached_path(tmp_path / "cache", key, 1000, 900).is_file()
    Image.new("RGB", (2400, 1800), "red").save(src)  # only the kept copy can still say grey
    again = fitted(src, key, 1000, 900, tmp_path / "cache")
    assert again.size == first.size and _mean_difference(again, first) < 2


def test_a_damaged_copy_is_made_again_from_the_source(tmp_path: Path) -> None:
    src = _painting(tmp_path / "scan.jpg", (1200, 800))
    key = file_sha256(src)
    kept = cached_path(tmp_path / "cache", key, 600, 600)
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"\xff\xd8 not really a jpeg")
    image = fitted(src, key, 600, 600, tmp_path / "cache")
    assert image.size == (600, 400)
    assert _mean_difference(decode(kept), decode(src, max_size=(600, 600))) < 2


def test_transparency_is_kept_losslessly(tmp_path: Path) -> None:
    src = _painting(tmp_path / "cutout.png", (800, 800), "RGBA")
    key = file_sha256(src)
    first = fitted(src, key, 400, 400, tmp_path / "cache")
    again = fitted(src, key, 400, 400, tmp_path / "cache")
    assert cached_path(tmp_path / "cache", key, 400, 400, alpha=True).is_file()
    assert first.mode == again.mode == "RGBA"
    assert ImageChops.difference(first, again).getbbox() is None


def test_a_cache_that_cannot_be_written_still_gives_the_picture(tmp_path: Path) -> None:
    src = _painting(tmp_path / "scan.jpg", (1200, 800))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    image = fitted(src, file_sha256(src), 600, 600, blocked)
    assert image.size == (600, 400)
