"""Import a curator's image file into the catalog: validate, copy, record — or change nothing.

The file is checked by the safe decoder first (a full reduced decode, so a truncated file is
caught), then copied byte for byte (metadata included) into `images/scans/` under its sha256,
and the work record is saved with the new image fields in one transaction that also writes the
history. If anything fails after the copy, the copy is removed, so a refused import leaves both
the catalog and `images/` exactly as they were. Importing the same bytes again changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from .decode import EXTENSIONS, ImageRefused, decode, probe

SCANS_FOLDER = "scans"
VALIDATION_BOX = (1024, 1024)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _extension(fmt: str) -> str:
    return next((ext for ext, name in EXTENSIONS.items() if name == fmt), f".{fmt.lower()}")


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def import_image(catalog: Any, work_id: str, file_path: str | os.PathLike[str],
                 expected_version: int | None = None) -> dict[str, Any]:
    """Make `file_path` the image of `work_id`; return the saved record.

    Raises ImageRefused (one readable line) for a file the gallery will not take, and the
    catalog's own errors (Conflict, CatalogReadOnly, NotFound …) for the save.
    """
    source = Path(file_path)
    if catalog.read_only:
        from ..catalog.errors import CatalogReadOnly

        raise CatalogReadOnly(f"{catalog.path}: editing is off — {catalog.read_only_reason}")
    info = probe(source)
    decode(source, max_size=VALIDATION_BOX)  # every byte of pixel data is read once
    record = catalog.get(work_id)
    if expected_version is not None and record["version"] != expected_version:
        from ..catalog.errors import Conflict

        raise Conflict(work_id, expected_version, record)
    digest = _sha256(source)
    if record.get("image_sha256") == digest and not record.get("image_is_standin"):
        return record  # the same bytes again: nothing to do
    relative = f"{SCANS_FOLDER}/{digest}{_extension(info.format)}"
    target = catalog.images_dir / relative
    created = not target.exists()
    if created:
        _copy_atomically(source, target)
    elif _sha256(target) != digest:
        raise ImageRefused(target, "a different file already has this content name")
    width, height = info.oriented_size
    record.update(
        image_path=relative, image_sha256=digest, image_width=width, image_height=height,
        image_format=info.format, image_bytes=info.bytes, image_is_standin=False,
        image_note=f"Imported from {source.name}", image_imported_at=catalog.now(),
        image_imported_by=catalog.who)
    try:
        return catalog.save(record, record["version"])
    except BaseException:
        if created:
            target.unlink(missing_ok=True)
        raise
