"""`gallery check` on deliberately broken catalogs: each fault is found and named."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from gallery.catalog.check import check_catalog
from gallery.catalog.store import Catalog

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082")


@pytest.fixture
def sound(catalog_path: Path) -> Path:
    """The sample catalog with a real image file recorded for every work."""
    images = catalog_path.parent / "images"
    images.mkdir()
    with Catalog.open(catalog_path) as catalog:
        for work_id in catalog.work_ids():
            (images / f"{work_id}.png").write_bytes(PNG_1PX)
            record = catalog.get(work_id)
            record.update(image_path=f"{work_id}.png", image_bytes=len(PNG_1PX),
                          image_sha256=hashlib.sha256(PNG_1PX).hexdigest())
            catalog.save(record, record["version"])
    return catalog_path


def run_check(path: Path) -> list[str]:
    with Catalog.open(path, read_only=True) as catalog:
        return check_catalog(catalog.connection, catalog.images_dir).problems


def test_sound_catalog_passes(sound: Path) -> None:
    assert run_check(sound) == []


def test_missing_image(sound: Path) -> None:
    (sound.parent / "images" / "near-the-moon.png").unlink()
    assert run_check(sound) == ["near-the-moon: image near-the-moon.png is missing"]


def test_wrong_hash(sound: Path) -> None:
    path = sound.parent / "images" / "stamp-1975.png"
    path.write_bytes(PNG_1PX[:-1] + b"\x83")
    assert run_check(sound) == ["stamp-1975: image stamp-1975.png does not match its "
                                "recorded sha256"]


def test_wrong_size(sound: Path) -> None:
    (sound.parent / "images" / "stamp-1975.png").write_bytes(PNG_1PX + b"extra")
    assert "catalog says" in run_check(sound)[0]


def test_fts_out_of_sync(sound: Path) -> None:
    con = sqlite3.connect(sound)
    con.execute("UPDATE works SET title = 'Renamed behind our back' WHERE id = 'stamp-1975'")
    con.commit()
    con.close()
    problems = run_check(sound)
    assert len(problems) == 1 and "search index out of date for 1 works" in problems[0]


def test_dangling_link(sound: Path) -> None:
    con = sqlite3.connect(sound)  # foreign keys are off on a plain connection
    con.execute("INSERT INTO work_people(work_id, person_id, role, position) "
                "VALUES ('stamp-1975', 'nobody', 'artist', 5)")
    con.commit()
    con.close()
    problems = run_check(sound)
    assert len(problems) == 1
    assert problems[0].startswith("work_people row ")
    assert problems[0].endswith("links to a missing people record")


def test_decoder_is_used_when_given(sound: Path) -> None:
    def refuse(path: Path) -> None:
        raise ValueError("truncated")

    with Catalog.open(sound, read_only=True) as catalog:
        report = check_catalog(catalog.connection, catalog.images_dir, refuse)
    assert len(report.problems) == 3 and "cannot be decoded (truncated)" in report.problems[0]
