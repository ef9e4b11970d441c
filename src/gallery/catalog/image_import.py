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
from .bilingual import IMPORTED_NOTE, LANGS, RIGHTS, SCAN_ALT, SCAN_RIGHTS, STANDIN_ALT_PREFIX
from .errors import CatalogReadOnly, Conflict

# Sentences of the stand-in's rights text that a real scan makes untrue, per language.
_STANDIN_SENTENCE = {lang: RIGHTS[lang].rsplit(". ", 1)[-1].rsplit("; ", 1)[-1]
                     for lang in LANGS}


def import_image(catalog: Any, work_id: str, file_path: str | os.PathLike[str],
                 expected_version: int | None = None) -> dict[str, Any]:
    """Make `file_path` the image of `work_id`; return the saved record.

    Raises ImageRefused (one readable line) for a file the gallery will not take, and the
    catalog's own errors (Conflict, CatalogReadOnly, NotFound …) for the save.
    """
    if catalog.read_only:
        raise CatalogReadOnly(f"{catalog.where}: editing is off — {catalog.read_only_reason}")
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
    if record.get("image_is_standin"):
        record.update(scan_wording(record))
    record.update(
        image_path=scan.relative, image_sha256=scan.sha256, image_width=width,
        image_height=height, image_format=scan.info.format, image_bytes=scan.info.bytes,
        image_is_standin=False, image_note=IMPORTED_NOTE["en"].format(name=source.name),
        image_note_ru=IMPORTED_NOTE["ru"].format(name=source.name),
        image_imported_at=catalog.now(), image_imported_by=catalog.who)
    try:
        return catalog.save(record, record["version"])
    except BaseException:
        scan.remove(catalog.images_dir)
        raise


def larger_image_replaced(record: dict[str, Any], new_size: tuple[int, int]
                          ) -> tuple[int, int] | None:
    """The size of the work's scan when an image of `new_size` pixels would replace it with
    fewer pixels (a stand-in never counts): the editor asks first, the command needs
    --replace-larger. None when nothing larger is lost."""
    old = (int(record.get("image_width") or 0), int(record.get("image_height") or 0))
    if (record.get("image_path") and not record.get("image_is_standin")
            and new_size[0] * new_size[1] < old[0] * old[1]):
        return old
    return None


def scan_wording(record: dict[str, Any]) -> dict[str, Any]:
    """The rights and alt texts once a real scan replaces the stand-in: the sentence saying
    the picture is the project's stand-in becomes one saying it is an imported scan, and an
    alt text describing the stand-in says the scan is not yet described (in each language;
    a text a curator rewrote without the stand-in wording is left alone)."""
    out: dict[str, Any] = {}
    for lang in LANGS:
        suffix = "" if lang == "en" else "_ru"
        text = record.get("rights" + suffix)
        sentence = _STANDIN_SENTENCE[lang]
        if isinstance(text, str) and sentence in text:
            out["rights" + suffix] = text.replace(sentence, SCAN_RIGHTS[lang])
        alt = record.get("alt_text" + suffix)
        if isinstance(alt, str) and alt.startswith(STANDIN_ALT_PREFIX[lang]):
            title = record.get("title" + suffix) or record.get("title") or record["id"]
            out["alt_text" + suffix] = SCAN_ALT[lang].format(title=title)
    return out
