"""Restore: put a checked backup in the catalog's place, safely, and say so in its history.

- The backup is checked (integrity, links) before anything is touched.
- Restore runs only while no process holds the catalog for writing (`writers.exclusive`): an
  editor that stayed open would otherwise keep saving into the replaced file. It names them.
- The catalog being replaced is kept byte for byte (with its WAL) in the backup folder's
  `safety/`, which rotation never touches. It is copied as bytes, never opened as a catalog:
  restore is what you run on a damaged catalog.
- The restored catalog gets a history row (table "catalog", action "restore") saying from which
  backup, when and by whom, written into the copy before it is swapped in.
- The images beside the catalog are checked against the backup's manifest; missing ones are put
  back from the backup's image copies, different ones reported.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..atomic import fsync_folder
from . import backup_manifest, curator, history, writers
from .backup import SAFETY, backups_dir, verify
from .backup_manifest import ImageReport
from .backup_partial import partial_file
from .errors import CatalogError


@dataclass
class Restored:
    safety_copy: Path | None  # the replaced catalog, or None if there was none
    images: ImageReport | None  # None: the backup has no manifest (an older backup)


def restore(backup_path: Path, catalog_path: Path, who: str | None = None) -> Restored:
    """Replace the catalog with a checked backup; raise CatalogBusy while anyone writes it."""
    backup_path, catalog_path = Path(backup_path), Path(catalog_path)
    verify(backup_path)
    if catalog_path.exists() and catalog_path.samefile(backup_path):
        raise CatalogError(f"{backup_path}: is the catalog itself; choose a backup")
    manifest = backup_manifest.read(backup_path)
    with writers.exclusive(catalog_path):
        safety = _keep_safety_copy(catalog_path) if catalog_path.exists() else None
        staged = catalog_path.with_name(catalog_path.name + ".restoring")
        for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            leftover.unlink(missing_ok=True)  # from a restore that was killed
        try:
            shutil.copyfile(backup_path, staged)
            _record_restore(staged, backup_path, safety, who or curator.signature())
            _fsync(staged)
            # The old WAL must go first: left beside the new file it would be replayed into it.
            for suffix in ("-wal", "-shm"):
                Path(f"{catalog_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, catalog_path)
            fsync_folder(catalog_path.parent)
        except (OSError, sqlite3.Error) as error:
            staged.unlink(missing_ok=True)
            raise CatalogError(f"{catalog_path}: restore failed ({error}); the catalog was "
                               f"kept as {safety}") from None
    images = None
    if manifest is not None:
        store = backup_path.parent / backup_manifest.IMAGES
        images = backup_manifest.check_images(manifest, catalog_path.parent / "images",
                                              store if store.is_dir() else None)
    return Restored(safety, images)


def _keep_safety_copy(catalog_path: Path) -> Path:
    """Copy the catalog's bytes (and its WAL, which holds its newest saves) into safety/."""
    folder = backups_dir(catalog_path) / SAFETY
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{catalog_path.stem}-{stamp}-before-restore.db"
    wal = Path(f"{catalog_path}-wal")
    try:
        if wal.exists():
            shutil.copyfile(wal, f"{target}-wal")
        with partial_file(target) as partial:
            shutil.copyfile(catalog_path, partial)
    except OSError as error:
        raise CatalogError(f"{target}: cannot keep a copy of the catalog before restoring "
                           f"({error.strerror}); nothing was changed") from None
    if wal.exists():
        _fold_wal(target)
    return target


def _fold_wal(copy: Path) -> None:
    """Make a sound copy one file (its WAL's saves written into it), so it can be copied or
    opened alone; a damaged copy keeps its raw bytes and WAL untouched, as it is the only
    copy of that catalog now."""
    try:
        con = sqlite3.connect(copy, isolation_level=None)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
    except sqlite3.Error:
        return
    for leftover in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
        leftover.unlink(missing_ok=True)


def _record_restore(staged: Path, backup_path: Path, safety: Path | None, who: str) -> None:
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    con = sqlite3.connect(staged, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        history.record(con, change_id=history.new_change_id(), at=at, who=who,
                       table="catalog", record_id=staged.name.removesuffix(".restoring"),
                       action="restore", before=None, after={
                           "restored_from": str(backup_path.resolve()),
                           "backup_sha256": backup_manifest.sha256_of(backup_path),
                           "replaced_catalog_kept_as": str(safety) if safety else None,
                           "host": socket.gethostname()})
        con.execute("COMMIT")
    finally:
        con.close()  # the last connection folds its WAL back in and deletes it
    if Path(f"{staged}-wal").exists():
        raise CatalogError(f"{staged}: the restored copy kept a WAL file; nothing was changed")


def restores(con: sqlite3.Connection) -> list[dict[str, object]]:
    """Each restore recorded in a catalog's history, oldest first."""
    rows = con.execute("SELECT at, who, after FROM history WHERE table_name = 'catalog' "
                       "AND action = 'restore' ORDER BY id").fetchall()
    return [{"at": at, "who": who, **json.loads(after)} for at, who, after in rows]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

