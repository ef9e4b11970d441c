from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from catalog_samples import sample_work
from gallery.catalog import backup_manifest
from gallery.catalog.backup import backup, backups_dir, list_backups
from gallery.catalog.backup_restore import restore
from gallery.catalog.errors import NotACatalog
from gallery.catalog.store import Catalog


def test_backup_rotates(catalog_path: Path) -> None:
    made = [backup(catalog_path, keep=3) for _ in range(5)]
    kept = sorted(backups_dir(catalog_path).glob("*.db"))
    assert kept == made[-3:]
    assert sorted(backups_dir(catalog_path).glob("*.json")) == [
        backup_manifest.manifest_path(p) for p in made[-3:]]


def test_two_catalogs_in_one_folder_keep_their_own_backups(catalog_path: Path) -> None:
    old = catalog_path.with_name("catalog-old.db")
    old.write_bytes(catalog_path.read_bytes())
    theirs = [backup(old, keep=2) for _ in range(2)]
    mine = [backup(catalog_path, keep=2) for _ in range(3)]
    assert all(p.exists() for p in theirs)  # rotating catalog.db's left catalog-old.db's alone
    assert list_backups(catalog_path) == mine[:0:-1]
    assert list_backups(old) == theirs[::-1]
    assert backup_manifest.read(theirs[0])["catalog"]["name"] == "catalog-old.db"


def test_legacy_flat_backups_are_listed_by_exact_name_and_never_rotated(
        catalog_path: Path) -> None:
    flat = catalog_path.parent / "backups"
    flat.mkdir()
    legacy = flat / "catalog-20250101T000000000000Z-manual.db"
    other = flat / "catalog-old-20250101T000000000000Z-manual.db"
    for path in (legacy, other):
        path.write_bytes(catalog_path.read_bytes())
    for _ in range(3):
        backup(catalog_path, keep=1)
    assert legacy.exists() and other.exists()
    assert legacy in list_backups(catalog_path)
    assert other not in list_backups(catalog_path)


def test_restore_round_trip_keeps_the_replaced_catalog(catalog_path: Path) -> None:
    saved = backup(catalog_path)
    with Catalog.open(catalog_path) as catalog:
        work = catalog.get("near-the-moon")
        work["title"] = "Edited after the backup"
        catalog.save(work, work["version"])
    kept = restore(saved, catalog_path).safety_copy
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("near-the-moon")["title"] == "Near the Moon"
    # Checking and restoring the backup left nothing beside it (no -wal, no -shm).
    assert sorted(p.name for p in saved.parent.iterdir()) == sorted(
        [saved.name, backup_manifest.manifest_path(saved).name, "safety"])
    assert kept is not None
    with Catalog.open(kept, read_only=True) as old:
        assert old.get("near-the-moon")["title"] == "Edited after the backup"


def test_restore_refuses_a_damaged_backup(catalog_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(catalog_path.read_bytes()[:4096] + b"\x00" * 100)
    before = catalog_path.read_bytes()
    with pytest.raises(NotACatalog):
        restore(bad, catalog_path)
    assert catalog_path.read_bytes() == before
    sqlite3.connect(catalog_path).close()


def _with_images(catalog_path: Path) -> dict[str, bytes]:
    """Give two works real image files under images/; return their bytes by path."""
    images = catalog_path.parent / "images"
    (images / "scans").mkdir(parents=True)
    made = {}
    with Catalog.open(catalog_path) as catalog:
        for n, work_id in enumerate(("orbital-sunrise", "near-the-moon")):
            rel = f"scans/{work_id}.png"
            Image.new("RGB", (8 + n, 8), (40 * n, 90, 200)).save(images / rel)
            data = (images / rel).read_bytes()
            work = catalog.get(work_id)
            catalog.save({**work, "image_path": rel, "image_format": "PNG",
                          "image_sha256": hashlib.sha256(data).hexdigest(),
                          "image_bytes": len(data)}, work["version"])
            made[rel] = data
    return made


def test_the_manifest_names_every_image_with_its_sha256(catalog_path: Path) -> None:
    made = _with_images(catalog_path)
    saved = backup(catalog_path)
    manifest = backup_manifest.read(saved)
    assert manifest is not None and manifest["images_included"] is False
    assert {e["path"]: (e["sha256"], e["size"]) for e in manifest["images"]} == {
        rel: (hashlib.sha256(data).hexdigest(), len(data)) for rel, data in made.items()}
    assert not (backups_dir(catalog_path) / "images").exists()
    assert manifest["backup"]["sha256"] == backup_manifest.sha256_of(saved)


def test_with_images_copies_them_once_and_restore_puts_missing_ones_back(
        catalog_path: Path) -> None:
    made = _with_images(catalog_path)
    first = backup(catalog_path, with_images=True)
    backup(catalog_path, with_images=True)
    store = backups_dir(catalog_path) / "images"
    assert sorted(p.read_bytes() for p in store.iterdir()) == sorted(made.values())
    images = catalog_path.parent / "images"
    (images / "scans/orbital-sunrise.png").unlink()
    (images / "scans/near-the-moon.png").write_bytes(b"not the scan")
    report = restore(first, catalog_path).images
    assert report is not None and report.checked == 2
    assert report.put_back == ["scans/orbital-sunrise.png"]
    assert report.different == ["scans/near-the-moon.png"]  # reported, never overwritten
    assert (images / "scans/orbital-sunrise.png").read_bytes() == made[
        "scans/orbital-sunrise.png"]
    assert (images / "scans/near-the-moon.png").read_bytes() == b"not the scan"


def test_restore_reports_missing_images_without_copies(catalog_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    from gallery.cli import main

    _with_images(catalog_path)
    saved = backup(catalog_path)
    (catalog_path.parent / "images/scans/near-the-moon.png").unlink()
    code = main(["restore", str(saved), "--catalog", str(catalog_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "missing: images/scans/near-the-moon.png" in out
    assert "2 image(s) checked" in out


KILLED_BACKUP = r"""
import sys, time
from pathlib import Path
from gallery.catalog.backup_partial import partial_file
with partial_file(Path(sys.argv[1])) as partial:
    partial.write_bytes(b"half a backup")
    print("writing", flush=True)
    time.sleep(60)
"""


def _partial_writer(target: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(target)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    return proc


def test_a_killed_backup_leaves_no_partial_behind(catalog_path: Path) -> None:
    folder = backups_dir(catalog_path)
    folder.mkdir(parents=True)
    killed = _partial_writer(folder / "catalog-20260101T000000000000Z-manual.db")
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait()
    live = _partial_writer(folder / "catalog-20260101T000000000001Z-manual.db")
    try:
        assert len(list(folder.glob("*.partial"))) == 2
        backup(catalog_path)
        left = [p.name for p in folder.glob("*.partial")]
        assert left == ["catalog-20260101T000000000001Z-manual.db.partial"]  # still written
    finally:
        live.kill()
        live.wait()
        for proc in (killed, live):
            assert proc.stdout is not None
            proc.stdout.close()
    backup(catalog_path)
    assert list(folder.glob("*.partial")) == []


def test_a_backup_of_a_new_work_lists_its_image_even_when_trashed(catalog: Catalog) -> None:
    work = catalog.save(sample_work("trashed", image_path="trashed.png", image_sha256="0" * 64,
                                    image_bytes=3), None)
    catalog.delete("trashed", work["version"])
    manifest = backup_manifest.read(catalog.backup())
    assert manifest is not None
    assert [e["path"] for e in manifest["images"]] == ["trashed.png"]
