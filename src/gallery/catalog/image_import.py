"""Make a curator's scan the image of a work: store it (imaging.ingest), then record it.

The work record is saved with the new image fields in one transaction that also writes the
history. If the save fails, a scan this import copied is removed again, so a refused import
leaves both the catalog and `images/` exactly as they were. The same bytes again change nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..imaging.decode import probe
from ..imaging.ingest import file_digest, require_file, store_scan
from .errors import CatalogReadOnly, Conflict


def import_image(catalog: Any, work_id: str, file_path: str | os.PathLike[str],
                 expected_version: int | None = None) -> dict[str, Any]:
    """Make `file_path` the image of `work_id`; return the saved record.

    Raises ImageRefused (one readable line) for a file the gallery will not take, and the
    catalog's own errors (Conflict, CatalogReadOnly, NotFound …) for the save.
    """
    if catalog.read_only:
        raise CatalogReadOnly(f"{catalog.path}: editing is off — {catalog.read_only_reason}")
    source = Path(file_path)
    require_file(source)
    probe(source)  # a file that is no image is refused before anything is copied
    record = catalog.get(work_id)
    if expected_version is not None and record["version"] != expected_version:
        raise Conflict(work_id, expected_version, record)
    if (record.get("image_sha256") and not record.get("image_is_standin")
            and record["image_sha256"] == file_digest(source)):
        return record  # the same bytes again: nothing to do
    scan = store_scan(catalog.images_dir, source)
    width, height = scan.info.oriented_size
    record.update(
        image_path=scan.relative, image_sha256=scan.sha256, image_width=width,
        image_height=height, image_format=scan.info.format, image_bytes=scan.info.bytes,
        image_is_standin=False, image_note=f"Imported from {source.name}",
        image_imported_at=catalog.now(), image_imported_by=catalog.who)
    try:
        return catalog.save(record, record["version"])
    except BaseException:
        scan.remove(catalog.images_dir)
        raise

