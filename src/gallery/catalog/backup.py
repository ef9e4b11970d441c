"""Consistent backups with SQLite's online backup API, one folder per catalog, rotated.

    backups/catalog.db/                        the backups of catalog.db and of nothing else
        catalog-20261207T120000123456Z-manual.db
        catalog-20261207T120000123456Z-manual.json    its manifest (see backup_manifest.py)
        images/<sha256>.jpg                    image copies, shared by the backups (--with-images)
        safety/                                the catalogs restore replaced; never rotated

A backup belongs to one catalog by its folder (the catalog's exact file name), so rotating
`catalog.db`'s backups never touches `catalog-old.db`'s. A copy being written is named
`….partial` and flock-ed by its writer; a later backup deletes the partials nobody holds (their
writer was killed).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from . import backup_manifest
from .backup_partial import clean_stale_partials, partial_file
from .connection import file_uri
from .errors import CatalogDamaged, CatalogError, NotACatalog

DEFAULT_KEEP = 10
SAFETY = "safety"
_NAME = r"-(\d{8}T\d{6}\d*Z)-([a-z0-9-]+)\.db"


def backups_root(catalog_path: Path) -> Path:
    return catalog_path.parent / "backups"


def backups_dir(catalog_path: Path) -> Path:
    """The folder holding this catalog's backups, and only this catalog's."""
    return backups_root(catalog_path) / catalog_path.name


def is_backup_of(path: Path, catalog_path: Path) -> bool:
    """Whether `path` is named exactly as a backup of this catalog (not of `catalog-old.db`)."""
    return re.fullmatch(re.escape(catalog_path.stem) + _NAME, path.name) is not None


def backed_up_catalog(path: Path) -> str | None:
    """The catalog file name a backup's own name says it was made of ("catalog-old.db")."""
    match = re.fullmatch(r"(.+?)" + _NAME, path.name)
    return f"{match.group(1)}.db" if match else None


def list_backups(catalog_path: Path) -> list[Path]:
    """This catalog's backups, newest first; also those an older version wrote to backups/."""
    found = []
    for folder in (backups_dir(catalog_path), backups_root(catalog_path)):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.is_file() and is_backup_of(p, catalog_path)]
    return sorted(found, key=lambda p: _stamp(p.name), reverse=True)


def _stamp(name: str) -> str:
    match = re.search(_NAME, name)
    return match.group(1) if match else ""


def backup(catalog_path: Path, reason: str = "manual", keep: int = DEFAULT_KEEP,
           con: sqlite3.Connection | None = None, with_images: bool = False,
           who: str | None = None) -> Path:
    """Copy the catalog consistently into its backup folder, with a manifest of the images it
    needs (copied too `with_images`); keep the newest `keep` backups."""
    folder = backups_dir(catalog_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CatalogError(f"{folder}: cannot make the backup folder ({error.strerror})") from None
    clean_stale_partials(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{catalog_path.stem}-{stamp}-{reason}.db"
    source = con or sqlite3.connect(file_uri(catalog_path, "ro"), uri=True)
    try:
        with partial_file(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                dest.execute("PRAGMA journal_mode = OFF")  # a killed copy is thrown away whole
                source.backup(dest)
                # A copy in rollback mode: opening it read-only (to check or restore it) then
                # leaves no -wal and -shm files beside it, as a WAL-mode file would.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
    except (sqlite3.Error, OSError) as error:
        raise CatalogError(f"{target}: backup failed ({error})") from None
    finally:
        if con is None:
            source.close()
    backup_manifest.write(target, catalog_path, reason, who, with_images)
    rotate(folder, catalog_path, keep)
    return target


def rotate(folder: Path, catalog_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of this catalog (with their manifests and the
    image copies no kept backup needs); return the backups removed."""
    copies = sorted((p for p in folder.iterdir() if is_backup_of(p, catalog_path)),
                    key=lambda p: _stamp(p.name))
    doomed = copies[: max(0, len(copies) - keep)]
    for old in doomed:
        for side in (old, Path(f"{old}-wal"), Path(f"{old}-shm")):
            side.unlink(missing_ok=True)
        backup_manifest.manifest_path(old).unlink(missing_ok=True)
    if doomed:
        backup_manifest.drop_unused_images(folder)
    return doomed


def verify(path: Path) -> None:
    """Raise NotACatalog unless `path` is a sound catalog (integrity and foreign keys)."""
    from .connection import inspect

    try:
        inspect(path)
    except CatalogDamaged:  # its message would send the user to restore: they are doing so
        raise NotACatalog(f"{path}: this backup is damaged; choose another one") from None
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
