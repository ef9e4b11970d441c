"""A backup's manifest: which catalog it is of, and every image file that catalog needs.

Written beside each backup as JSON. It lists each image a work (trashed ones too) points at,
with the sha256 and size the catalog records, and says whether the backup includes the images:
with `--with-images` each file is copied, content-addressed, into the backup folder's
`images/<sha256><ext>` (shared by all of that catalog's backups, so ten backups cost one copy).
A restore checks `images/` beside the catalog against the manifest and puts back what is
missing from those copies; a file that differs is reported, never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import curator
from .backup_partial import partial_file
from .connection import file_uri

FORMAT = "leonov-gallery-backup"
IMAGES = "images"
_CHUNK = 1 << 20


def manifest_path(backup_path: Path) -> Path:
    return backup_path.with_suffix(".json")


def needed_images(db: Path) -> list[dict[str, Any]]:
    """Each image file the catalog at `db` points at: {path, sha256, size, works}."""
    con = sqlite3.connect(file_uri(db, "ro"), uri=True)
    try:
        rows = con.execute("SELECT id, image_path, image_sha256, image_bytes FROM works "
                           "WHERE image_path IS NOT NULL AND image_path != '' "
                           "ORDER BY image_path, id").fetchall()
    finally:
        con.close()
    files: dict[str, dict[str, Any]] = {}
    for work_id, path, sha256, size in rows:
        entry = files.setdefault(path, {"path": path, "sha256": sha256, "size": size,
                                        "works": []})
        entry["works"].append(work_id)
    return list(files.values())


def write(backup_path: Path, catalog_path: Path, reason: str, who: str | None,
          with_images: bool, server: dict[str, str] | None = None) -> dict[str, Any]:
    """Write the manifest of a finished backup (copying the images first `with_images`).
    `server` names a server catalog ({name, path}) in place of `catalog_path`'s file."""
    images = needed_images(backup_path)
    if with_images:
        store = backup_path.parent / IMAGES
        store.mkdir(exist_ok=True)
        for entry in images:
            entry["copy"] = _copy_image(catalog_path.parent / "images", entry, store)
    manifest = {
        "format": FORMAT, "version": 1,
        "catalog": server or {"name": catalog_path.name, "path": str(catalog_path.resolve())},
        "backup": {"file": backup_path.name, "sha256": sha256_of(backup_path),
                   "size": backup_path.stat().st_size, "reason": reason,
                   "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "who": who or curator.signature()},
        "images_included": with_images,
        "images": images,
    }
    with partial_file(manifest_path(backup_path)) as partial:
        partial.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                           encoding="utf-8")
    return manifest


def shared_images(backup_path: Path) -> Path | None:
    """The shared image folder a server catalog's backup names (its images stay there, none
    lie beside it); None for a file catalog's backup or a plain catalog."""
    manifest = read(backup_path)
    catalog = manifest.get("catalog") if isinstance(manifest, dict) else None
    folder = catalog.get("images_dir") if isinstance(catalog, dict) else None
    return Path(folder) if isinstance(folder, str) and folder else None


def read(backup_path: Path) -> dict[str, Any] | None:
    """The manifest beside a backup; None for a backup written before manifests existed."""
    try:
        data = json.loads(manifest_path(backup_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def store_name(entry: dict[str, Any]) -> str:
    return f"{entry['sha256']}{Path(entry['path']).suffix.lower()}"


def _copy_image(images_dir: Path, entry: dict[str, Any], store: Path) -> str:
    """Copy one image into the store, checking it is the file the catalog records; say how
    it went ("copied", "already there", "missing", "different", "outside images/")."""
    source = _inside(images_dir, entry["path"])
    if source is None:
        return "outside images/"
    target = store / store_name(entry)
    if entry["sha256"] and target.is_file() and target.stat().st_size == entry["size"]:
        return "already there"
    try:
        with partial_file(target) as partial, source.open("rb") as src, \
                partial.open("wb") as dst:
            digest = hashlib.sha256()
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                dst.write(chunk)
            if digest.hexdigest() != entry["sha256"]:
                raise _Different
    except _Different:
        return "different"
    except FileNotFoundError:
        return "missing"
    except FileExistsError:
        return "being copied by another backup"
    return "copied"


class _Different(Exception):
    """The file on disk is not the one the catalog records: it is not copied."""


def _inside(images_dir: Path, relative: str) -> Path | None:
    """`images_dir/relative`, or None if that would leave `images_dir`."""
    root = images_dir.resolve()
    path = (root / relative).resolve()
    return path if path.is_relative_to(root) and path != root else None


@dataclass
class ImageReport:
    """How `images/` beside a restored catalog compares with its backup's manifest."""

    checked: int = 0
    missing: list[str] = field(default_factory=list)
    different: list[str] = field(default_factory=list)
    put_back: list[str] = field(default_factory=list)


def check_images(manifest: dict[str, Any], images_dir: Path, store: Path | None) -> ImageReport:
    """Compare each needed image with the manifest; put back missing ones from `store`."""
    report = ImageReport()
    for entry in manifest.get("images") or []:
        report.checked += 1
        path = _inside(images_dir, str(entry.get("path") or ""))
        if path is None:
            report.different.append(str(entry.get("path")))
            continue
        if not path.is_file():
            copy = store / store_name(entry) if store else None
            if copy is not None and copy.is_file() and sha256_of(copy) == entry["sha256"]:
                path.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(copy, path)
                report.put_back.append(entry["path"])
            else:
                report.missing.append(entry["path"])
        elif path.stat().st_size != entry["size"] or sha256_of(path) != entry["sha256"]:
            report.different.append(entry["path"])
    return report


def drop_unused_images(folder: Path) -> None:
    """Delete image copies that no remaining manifest in `folder` refers to."""
    store = folder / IMAGES
    if not store.is_dir():
        return
    wanted = set()
    for path in folder.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # cannot tell what is needed: delete nothing
        wanted |= {store_name(e) for e in data.get("images") or [] if e.get("sha256")}
    for copy in store.iterdir():
        if copy.is_file() and copy.name not in wanted and not copy.name.endswith(".partial"):
            copy.unlink(missing_ok=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

