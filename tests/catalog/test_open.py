"""Bad catalog files: a clear error, and the file's bytes untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gallery.catalog.errors import (
    CatalogLocked,
    CatalogMissing,
    CatalogReadOnly,
    NotACatalog,
    SchemaTooNew,
)
from gallery.catalog.schema import SCHEMA_VERSION
from gallery.catalog.store import Catalog


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogMissing, match="no such catalog"):
        Catalog.open(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_text_file_is_not_a_catalog(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("hello, this is not SQLite\n" * 100)
    before = digest(path)
    with pytest.raises(NotACatalog, match="not a SQLite catalog"):
        Catalog.open(path)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotACatalog, match="not a Leonov Gallery catalog"):
        Catalog.open(path)
    assert digest(path) == before


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotACatalog, match="folder"):
        Catalog.open(tmp_path)


def test_newer_schema_is_refused_untouched(catalog_path: Path) -> None:
    con = sqlite3.connect(catalog_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = digest(catalog_path)
    with pytest.raises(SchemaTooNew, match="newer Leonov Gallery"):
        Catalog.open(catalog_path)
    assert digest(catalog_path) == before
    wal = Path(str(catalog_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_read_only_file_opens_for_browsing(catalog_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write read-only files; covered by the read_only flag test")
    catalog_path.chmod(0o444)
    with Catalog.open(catalog_path) as catalog:
        assert catalog.read_only
        assert catalog.search("").total == 3


def test_read_only_flag_refuses_saves_and_keeps_bytes(catalog_path: Path) -> None:
    before = digest(catalog_path)
    with Catalog.open(catalog_path, read_only=True) as catalog:
        work = catalog.get("near-the-moon")
        with pytest.raises(CatalogReadOnly, match="editing is off"):
            catalog.save(work, work["version"])
        assert catalog.search("moon").total == 1
    assert digest(catalog_path) == before


def test_writer_lock_gives_a_clear_error(catalog_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from gallery.catalog import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)
    # Another process holds the write lock for longer than our busy timeout.
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(catalog_path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with Catalog.open(catalog_path) as catalog:  # reading still works (WAL)
            work = catalog.get("near-the-moon")
            work["title"] = "Changed"
            with pytest.raises(CatalogLocked, match="another program is saving"):
                catalog.save(work, work["version"])
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]


def test_older_catalog_is_backed_up_then_migrated(tmp_path: Path) -> None:
    from gallery.catalog.schema import APPLICATION_ID, MIGRATIONS

    # Hand-build a version-1 catalog, as the first release wrote it.
    path = tmp_path / "old.db"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    MIGRATIONS[1](con)
    con.execute("INSERT INTO sources(id, citation, created_at, updated_at) "
                "VALUES ('s', 'A source', '2020-01-01', '2020-01-01')")
    con.execute("COMMIT")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.close()
    with Catalog.open(path) as catalog:
        assert catalog.migrated_from == 1
        assert catalog.backup_path is not None
        saved = sqlite3.connect(catalog.backup_path)
        assert saved.execute("PRAGMA user_version").fetchone()[0] == 1
        assert saved.execute("SELECT citation FROM sources").fetchall() == [("A source",)]
        saved.close()
        assert catalog.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert catalog.get_record("sources", "s")["citation"] == "A source"
        catalog.save_record("playlists", {"id": "hall", "name": "Hall", "items": []}, None)
