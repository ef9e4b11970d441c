from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gallery.catalog.backup import backup, restore
from gallery.catalog.errors import NotACatalog
from gallery.catalog.store import Catalog


def test_backup_rotates(catalog_path: Path) -> None:
    made = [backup(catalog_path, keep=3) for _ in range(5)]
    kept = sorted((catalog_path.parent / "backups").glob("*.db"))
    assert kept == made[-3:]


def test_restore_round_trip_keeps_the_replaced_catalog(catalog_path: Path) -> None:
    saved = backup(catalog_path)
    with Catalog.open(catalog_path) as catalog:
        work = catalog.get("near-the-moon")
        work["title"] = "Edited after the backup"
        catalog.save(work, work["version"])
    kept = restore(saved, catalog_path)
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("near-the-moon")["title"] == "Near the Moon"
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
