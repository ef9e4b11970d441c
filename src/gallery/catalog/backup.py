"""Consistent backups with SQLite's online backup API, rotated, and a checked restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from .connection import file_uri
from .errors import CatalogError, NotACatalog

DEFAULT_KEEP = 10


def backups_dir(catalog_path: Path) -> Path:
    return catalog_path.parent / "backups"


def backup(catalog_path: Path, reason: str = "manual", keep: int = DEFAULT_KEEP,
           con: sqlite3.Connection | None = None) -> Path:
    """Copy the catalog consistently into backups/ beside it; keep the newest `keep` copies."""
    folder = backups_dir(catalog_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise CatalogError(f"{folder}: cannot make the backup folder ({error.strerror})") from None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{catalog_path.stem}-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.partial")
    source = con or sqlite3.connect(file_uri(catalog_path, "ro"), uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise CatalogError(f"{target}: backup failed ({error})") from None
    finally:
        if con is None:
            source.close()
    rotate(folder, catalog_path.stem, keep)
    return target


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of this catalog; return what was removed."""
    copies = sorted(folder.glob(f"{stem}-*.db"))
    doomed = copies[: max(0, len(copies) - keep)]
    for old in doomed:
        old.unlink(missing_ok=True)
    return doomed


def verify(path: Path) -> None:
    """Raise NotACatalog unless `path` is a sound catalog (integrity and foreign keys)."""
    from .connection import inspect

    inspect(path)
    con = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        dangling = con.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise NotACatalog(f"{path}: is damaged ({error})") from None
    finally:
        con.close()
    if ok != "ok":
        raise NotACatalog(f"{path}: fails the integrity check ({ok})")
    if dangling:
        raise NotACatalog(f"{path}: has {len(dangling)} broken links between records")


def restore(backup_path: Path, catalog_path: Path) -> Path | None:
    """Replace the catalog with a checked backup; the replaced catalog is kept as a backup."""
    verify(backup_path)
    kept = None
    if catalog_path.exists():
        kept = backup(catalog_path, reason="before-restore", keep=10**6)
    partial = catalog_path.with_name(catalog_path.name + ".restoring")
    shutil.copyfile(backup_path, partial)
    for suffix in ("-wal", "-shm"):
        Path(str(catalog_path) + suffix).unlink(missing_ok=True)
    os.replace(partial, catalog_path)
    return kept
