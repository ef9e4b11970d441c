"""Thumbnail making and the two-level (memory + SQLite) thumbnail cache."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image, JpegImagePlugin

from gallery.imaging import thumbnails as th
from gallery.imaging.decode import ImageRefused
from gallery.imaging.thumbnails import ThumbnailCache, file_sha256, make_thumbnail

SIZE = (64, 64)


def _image(path: Path, colour: tuple[int, ...], size: tuple[int, int] = (120, 80)) -> Path:
    mode = "RGBA" if len(colour) == 4 else "RGB"
    Image.new(mode, size, colour).save(path)
    return path


def _open(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def test_make_thumbnail_jpeg_fits_and_is_deterministic(tmp_path: Path) -> None:
    src = _image(tmp_path / "a.jpg", (200, 40, 40))
    data = make_thumbnail(src, SIZE)
    assert data == make_thumbnail(src, SIZE)
    im = _open(data)
    assert (im.format, im.size, im.mode) == ("JPEG", (64, 43), "RGB")


def test_alpha_gives_png_and_opaque_alpha_gives_jpeg(tmp_path: Path) -> None:
    see_through = _open(make_thumbnail(_image(tmp_path / "t.png", (0, 0, 255, 90)), SIZE))
    assert (see_through.format, see_through.mode) == ("PNG", "RGBA")
    opaque = _open(make_thumbnail(_image(tmp_path / "o.png", (0, 0, 255, 255)), SIZE))
    assert opaque.format == "JPEG"


def test_bad_size_and_key_are_rejected(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "c")
    src = _image(tmp_path / "a.png", (1, 2, 3))
    with pytest.raises(ValueError):
        make_thumbnail(src, (0, 10))
    with pytest.raises(ValueError, match="sha256"):
        cache.get_or_make(src, str(src), SIZE)
    cache.close()


def test_miss_then_memory_hit_then_disk_hit(tmp_path: Path, monkeypatch) -> None:
    src = _image(tmp_path / "a.png", (10, 200, 10))
    key = file_sha256(src)
    calls: list[Path] = []
    real = th.make_thumbnail

    def counting(path: Path, size: tuple[int, int]) -> bytes:
        calls.append(path)
        return real(path, size)

    monkeypatch.setattr(th, "make_thumbnail", counting)
    with ThumbnailCache(tmp_path / "c") as cache:
        first = cache.get_or_make(src, key, SIZE)
        assert cache.get_or_make(src, key, SIZE) == first
        assert len(calls) == 1
        assert cache.stats().memory_entries == 1
        cache.get_or_make(src, key, (32, 32))  # another size is another entry
        assert len(calls) == 2
    with ThumbnailCache(tmp_path / "c") as fresh:  # new process-like: memory empty
        assert fresh.get(key, SIZE) == first
        assert fresh.stats().entries == 2
    assert len(calls) == 2


def test_new_content_key_gives_new_picture(tmp_path: Path) -> None:
    src = tmp_path / "painting.png"
    with ThumbnailCache(tmp_path / "c") as cache:
        _image(src, (255, 0, 0))
        red = cache.get_or_make(src, file_sha256(src), SIZE)
        _image(src, (0, 0, 255))  # the file is replaced in place
        blue = cache.get_or_make(src, file_sha256(src), SIZE)
    assert _open(red).getpixel((5, 5))[0] > 200
    assert _open(blue).getpixel((5, 5))[2] > 200


def test_refusals_propagate_and_are_not_cached(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not a jpeg")
    with ThumbnailCache(tmp_path / "c") as cache:
        for _ in range(2):
            with pytest.raises(ImageRefused):
                cache.get_or_make(bad, "0" * 64, SIZE)
        assert cache.stats().entries == 0


def test_eviction_keeps_size_under_bound_and_spares_recent(tmp_path: Path) -> None:
    blob = 3000
    cache = ThumbnailCache(tmp_path / "c", max_bytes=30_000, memory_bytes=0, touch_interval=0)
    keys = [f"{i:064x}" for i in range(40)]
    cache.put(keys[0], SIZE, os.urandom(blob))
    for i, key in enumerate(keys[1:], 1):
        cache.put(key, SIZE, os.urandom(blob))
        assert cache.get(keys[0], SIZE) is not None, f"recently used entry evicted at {i}"
        assert cache.stats().bytes <= 30_000
    assert cache.get(keys[1], SIZE) is None  # least recently used: gone
    assert cache.get(keys[-1], SIZE) is not None
    con = sqlite3.connect(cache.db_path)
    (total,) = con.execute("SELECT nbytes FROM totals").fetchone()
    assert total == cache.stats().bytes
    con.close()
    cache.close()
    # Freed pages go back to the file system (incremental vacuum).
    assert cache.db_path.stat().st_size < 3 * 30_000


def test_memory_lru_is_bounded_by_bytes(tmp_path: Path) -> None:
    with ThumbnailCache(tmp_path / "c", memory_bytes=10_000) as cache:
        for i in range(10):
            cache.put(f"{i:064x}", SIZE, bytes(3000))
        stats = cache.stats()
        assert stats.memory_bytes <= 10_000 and stats.memory_entries == 3
        assert stats.entries == 10


def test_threads_share_one_cache(tmp_path: Path) -> None:
    sources = [_image(tmp_path / f"{i}.png", (i * 20, 0, 0)) for i in range(8)]
    keys = [file_sha256(s) for s in sources]
    with ThumbnailCache(tmp_path / "c") as cache, ThreadPoolExecutor(4) as pool:
        jobs = [(s, k) for s, k in zip(sources, keys, strict=True)] * 4
        results = list(pool.map(lambda job: cache.get_or_make(*job, SIZE), jobs))
        assert results[:8] * 4 == results
        assert cache.stats().entries == 8


def test_broken_cache_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "thumbnails.sqlite3").write_bytes(b"garbage" * 1000)
    with ThumbnailCache(tmp_path / "c") as cache:
        cache.put("a" * 64, SIZE, b"xyz")
        assert cache.get("a" * 64, SIZE) == b"xyz"


def test_default_cache_dir_is_per_user() -> None:
    assert th.default_cache_dir().parts[-2:] == ("leonov-gallery", "thumbnails")


WORKER = textwrap.dedent(
    """
    import logging, sys
    from pathlib import Path
    from gallery.imaging.thumbnails import ThumbnailCache, file_sha256

    class Fail(logging.Handler):
        def emit(self, record):
            print("LOGGED:", record.getMessage(), file=sys.stderr)
            sys.exit(3)

    logging.getLogger("gallery").addHandler(Fail(logging.WARNING))
    cache_dir, src_dir, order = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    sources = sorted(src_dir.glob("*.png"))
    if order == "reverse":
        sources.reverse()
    cache = ThumbnailCache(cache_dir, max_bytes=20_000, memory_bytes=0, touch_interval=0)
    for _ in range(5):
        for src in sources:
            assert cache.get_or_make(src, file_sha256(src), (48, 48))
    cache.close()
    print("ok")
    """
)


def test_two_processes_fill_one_cache(tmp_path: Path) -> None:
    src_dir = tmp_path / "src"
    src_dir.mkdir()
    for i in range(24):  # noisy so each thumbnail is a few KB and eviction happens
        Image.effect_noise((96, 96), 10 + i).convert("RGB").save(src_dir / f"{i:02}.png")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(tmp_path / "c"), str(src_dir), order],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for order in ("forward", "reverse")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    con = sqlite3.connect(tmp_path / "c" / "thumbnails.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    (total,) = con.execute("SELECT nbytes FROM totals").fetchone()
    (summed,) = con.execute("SELECT sum(nbytes) FROM thumbs").fetchone()
    assert total == summed <= 20_000
    (entries,) = con.execute("SELECT count(*) FROM thumbs").fetchone()
    assert 0 < entries < 24  # eviction really ran while both processes wrote
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()


def test_large_jpeg_thumbnail_uses_reduced_decode(tmp_path: Path, monkeypatch) -> None:
    src = tmp_path / "big.jpg"
    Image.new("RGB", (6000, 4000), (90, 60, 30)).save(src, quality=75)
    drafts: list[object] = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):
        result = real_draft(self, mode, size)
        drafts.append((size, self.size))
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    im = _open(make_thumbnail(src, (256, 256)))
    assert im.size == (256, 171)
    # Asked for >= 2x the thumbnail; libjpeg then decoded 750 x 500 (1/8), not 24 MP.
    assert drafts == [((512, 342), (750, 500))]
