"""Importing a scan: validated, copied by content, recorded — or nothing changes at all."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PIL import Image

from gallery.catalog.bilingual import RIGHTS
from gallery.catalog.image_import import import_image
from gallery.catalog.store import Catalog
from gallery.imaging.decode import ImageRefused


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def snapshot(catalog: Catalog) -> tuple[bytes, list[str], int]:
    catalog.connection.execute("PRAGMA wal_checkpoint(FULL)")
    return catalog.path.read_bytes(), listing(catalog.images_dir), catalog.data_version()


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "scan.jpg"
    image = Image.new("RGB", (640, 480), (40, 60, 120))
    exif = Image.Exif()
    exif[0x0110] = "Test camera"  # metadata that must survive the copy
    image.save(path, quality=90, exif=exif)
    return path


def test_import_records_and_copies_bytes(catalog: Catalog, scan: Path) -> None:
    record = import_image(catalog, "near-the-moon", scan)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert record["image_sha256"] == digest
    assert (record["image_width"], record["image_height"]) == (640, 480)
    assert record["image_format"] == "JPEG" and not record["image_is_standin"]
    assert record["image_imported_by"] == "tester"
    copy = catalog.images_dir / record["image_path"]
    assert copy.read_bytes() == scan.read_bytes()
    assert record["image_path"] == f"scans/{digest}.jpg"
    history = catalog.history("near-the-moon")
    assert history[-1]["action"] == "update"
    assert {c["field"] for c in history[-1]["changes"]} >= {"image_path", "image_sha256"}


def test_reimporting_the_same_bytes_is_a_no_op(catalog: Catalog, scan: Path) -> None:
    first = import_image(catalog, "near-the-moon", scan)
    before = snapshot(catalog)
    again = import_image(catalog, "near-the-moon", scan)
    assert again["version"] == first["version"]
    assert snapshot(catalog) == before


def test_rotated_scan_records_the_displayed_size(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (300, 200), "white").save(path, exif=exif)
    record = import_image(catalog, "near-the-moon", path)
    assert (record["image_width"], record["image_height"]) == (200, 300)


def broken_files(tmp_path: Path, scan: Path) -> dict[str, Path]:
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(scan.read_bytes()[: len(scan.read_bytes()) // 2])
    mislabelled = tmp_path / "really-png.jpg"
    Image.new("RGB", (10, 10)).save(mislabelled, format="PNG")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.jpg"
    folder.mkdir()
    return {
        "truncated": truncated,
        "mislabelled": mislabelled,
        "empty": empty,
        "folder": folder,
        "missing": tmp_path / "missing.tif",
    }


@pytest.mark.parametrize("kind", ["truncated", "mislabelled", "empty", "folder", "missing"])
def test_a_refused_file_changes_nothing(
    catalog: Catalog, scan: Path, tmp_path: Path, kind: str
) -> None:
    path = broken_files(tmp_path, scan)[kind]
    before = snapshot(catalog)
    with pytest.raises(ImageRefused) as caught:
        import_image(catalog, "near-the-moon", path)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert snapshot(catalog) == before


def test_read_only_catalog_refuses_before_copying(catalog_path: Path, scan: Path) -> None:
    from gallery.catalog.errors import CatalogReadOnly

    with Catalog.open(catalog_path, read_only=True) as catalog:
        with pytest.raises(CatalogReadOnly):
            import_image(catalog, "near-the-moon", scan)
        assert listing(catalog.images_dir) == []


def test_a_conflicting_save_removes_the_copy(catalog: Catalog, scan: Path) -> None:
    from gallery.catalog.errors import Conflict

    before = snapshot(catalog)
    with pytest.raises(Conflict):
        import_image(catalog, "near-the-moon", scan, expected_version=99)
    assert snapshot(catalog) == before


def test_cli_import_image(
    catalog_path: Path, scan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gallery.cli import main

    assert main(["import-image", "near-the-moon", str(scan), "--catalog", str(catalog_path)]) == 0
    assert "imported 640×480 JPEG" in capsys.readouterr().out
    bad = scan.with_name("bad.jpg")
    bad.write_bytes(b"\xff\xd8\xff garbage")
    assert main(["import-image", "near-the-moon", str(bad), "--catalog", str(catalog_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "bad.jpg" in err
    assert os.path.exists(catalog_path)



def test_cli_import_image_refuses_a_smaller_image_over_a_scan_unless_told(
    catalog_path: Path, scan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gallery.cli import main

    common = ["--catalog", str(catalog_path)]
    assert main(["import-image", "near-the-moon", str(scan), *common]) == 0  # 640×480 scan
    small = tmp_path / "small.png"
    Image.new("RGB", (160, 120), (200, 10, 10)).save(small)
    capsys.readouterr()
    with Catalog.open(catalog_path) as catalog:
        before = catalog.get("near-the-moon")
    assert main(["import-image", "near-the-moon", str(small), *common]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "small.png is 160×120 pixels, smaller than the scan" in err
    assert "640×480" in err and "--replace-larger" in err and "Traceback" not in err
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("near-the-moon") == before  # nothing changed
    assert main(["import-image", "near-the-moon", str(small), "--replace-larger", *common]) == 0
    assert "imported 160×120 PNG" in capsys.readouterr().out
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("near-the-moon")["image_width"] == 160
    bigger = tmp_path / "bigger.png"  # a larger image needs no flag
    Image.new("RGB", (800, 600), (10, 200, 10)).save(bigger)
    assert main(["import-image", "near-the-moon", str(bigger), *common]) == 0

def test_scan_replaces_standin_wording_in_alt_text(catalog: Catalog, scan: Path) -> None:
    before = catalog.get("near-the-moon")
    assert before["image_is_standin"]
    before.update(alt_text="Stand-in picture, not the work: a grey Moon.",
                  alt_text_ru="Иллюстрация-заменитель, не само произведение: серая Луна.",
                  rights=before["rights"] or RIGHTS["en"],
                  rights_ru=before["rights_ru"] or RIGHTS["ru"])
    before = catalog.save(before, before["version"])
    assert before["alt_text"].startswith("Stand-in picture, not the work:")
    assert before["alt_text_ru"].startswith("Иллюстрация-заменитель, не само произведение:")
    record = import_image(catalog, "near-the-moon", scan)
    assert "Stand-in" not in record["alt_text"] and "stand-in" not in record["rights"]
    assert "заменитель" not in record["alt_text_ru"] and "заменитель" not in record["rights_ru"]
    assert before["title"] in record["alt_text"] and "scan" in record["alt_text"]
    title_ru = before["title_ru"] or before["title"]
    assert title_ru in record["alt_text_ru"] and "Скан" in record["alt_text_ru"]
