"""`gallery restore` replaces a catalog (damaged or not), never a file that is no catalog."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gallery.cli import main


@pytest.mark.parametrize("content", [b"my thesis, chapter one\n" * 100, b"\0" * 8192])
def test_restore_onto_a_file_that_is_no_catalog_is_refused(catalog_path: Path, tmp_path: Path,
                                                           content: bytes,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    backup = tmp_path / "backup.db"
    shutil.copy(catalog_path, backup)
    document = tmp_path / "work" / "notes.db"
    document.parent.mkdir()
    document.write_bytes(content)
    code = main(["restore", str(backup), "--catalog", str(document)])
    err = capsys.readouterr().err
    assert code == 2 and "not a catalog" in err and len(err.strip().splitlines()) == 1
    assert document.read_bytes() == content
    assert sorted(p.name for p in document.parent.iterdir()) == ["notes.db"]


def test_restore_onto_a_damaged_catalog_still_works(catalog_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.db"
    shutil.copy(catalog_path, backup)
    damaged = tmp_path / "work" / "catalog.db"
    damaged.parent.mkdir()
    damaged.write_bytes(catalog_path.read_bytes()[:8192])  # truncated: damaged, still SQLite
    assert main(["restore", str(backup), "--catalog", str(damaged)]) == 0
    assert main(["search", "moon", "--catalog", str(damaged)]) == 0
    capsys.readouterr()


def test_restore_of_its_own_backup_replaces_a_catalog_whose_header_is_gone(
        catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--catalog", str(catalog_path)]) == 0
    capsys.readouterr()
    data = bytearray(catalog_path.read_bytes())
    data[:16] = b"\0" * 16  # "SQLite format 3" wiped: no longer recognisable as SQLite
    catalog_path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        Path(str(catalog_path) + extra).unlink(missing_ok=True)
    from gallery.catalog.backup import list_backups

    own = list_backups(catalog_path)[0]
    assert main(["restore", str(own), "--catalog", str(catalog_path)]) == 0
    assert main(["search", "moon", "--catalog", str(catalog_path)]) == 0
    capsys.readouterr()


def test_another_catalogs_backup_is_refused_unless_asked_for(
        tmp_path: Path, catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = catalog_path.with_name("catalog-old.db")
    shutil.copy(catalog_path, old)
    assert main(["backup", "--catalog", str(old)]) == 0
    from gallery.catalog.backup import list_backups

    theirs = list_backups(old)[0]
    before = catalog_path.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(theirs), "--catalog", str(catalog_path)]) == 2
    err = capsys.readouterr().err
    assert "is a backup of catalog-old.db, not of catalog.db" in err
    assert catalog_path.read_bytes() == before
    assert main(["restore", str(theirs), "--catalog", str(catalog_path),
                 "--from-another-catalog"]) == 0
    capsys.readouterr()
