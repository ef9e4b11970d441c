"""Headless image commands: standins (and, from the imaging core, import-image, thumbnails)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..catalog.bilingual import STANDIN_NOTICE
from ..exits import EXIT_OK, EXIT_PROBLEMS, UsageError
from .catalog_cmds import open_catalog
from .registry import command

STANDIN_NOTE = STANDIN_NOTICE["en"]


def standin_spec(record: dict[str, Any]):
    """The stand-in drawing's brief, taken from a work record."""
    from ..imaging.standins import StandinSpec, borne_title, set_size

    aspect = None
    if record.get("width") and record.get("height"):
        aspect = float(record["width"]) / float(record["height"])
    return StandinSpec(
        work_id=record["id"], title=record.get("title") or record["id"],
        work_type=record.get("work_type") or "", subjects=tuple(record.get("subjects") or []),
        missions=tuple(m["mission_id"] for m in record.get("missions") or []), aspect=aspect,
        lettering=borne_title([(record.get("title_ru"), record.get("title_ru_status")),
                               (record.get("title"), record.get("title_status"))]),
        # the issue events say how many stamps a set has; descriptions mention parts of it too
        pieces=set_size([e.get("note") or "" for e in record.get("provenance") or []])
        if "stamp" in (record.get("work_type") or "") else None)


def image_fields(path: Path, images_dir: Path) -> dict[str, Any]:
    """The catalog's image columns for a stand-in file just written."""
    from PIL import Image

    from ..catalog.check import sha256_of

    with Image.open(path) as image:
        width, height = image.size
    return {"image_path": str(path.relative_to(images_dir)), "image_sha256": sha256_of(path),
            "image_width": width, "image_height": height, "image_format": "JPEG",
            "image_bytes": path.stat().st_size, "image_is_standin": True,
            "image_note": STANDIN_NOTE, "image_imported_at": None, "image_imported_by": None}


def refresh_standins(catalog: Any, progress: Any = None) -> tuple[int, int]:
    """Redraw every stand-in; record changed files. Returns (drawn, records updated)."""
    from ..imaging.standins import write_standin

    images = catalog.images_dir
    images.mkdir(exist_ok=True)
    drawn = updated = 0
    for work_id in catalog.work_ids(include_deleted=True):
        record = catalog.get(work_id)
        if not record["image_is_standin"]:
            continue  # a real scan is never replaced by a drawing
        path = write_standin(standin_spec(record), images)
        drawn += 1
        fields = image_fields(path, images)
        if any(record.get(k) != v for k, v in fields.items()):
            catalog.save({**record, **fields}, record["version"])
            updated += 1
        if progress:
            progress(drawn)
    return drawn, updated


@command("standins", "redraw the stand-in image of every work that has no real scan")
def run_standins(args: argparse.Namespace) -> int:
    with open_catalog(args) as catalog:
        drawn, updated = refresh_standins(catalog)
    print(f"Drew {drawn} stand-in images; {updated} catalog record(s) updated.")
    return EXIT_OK


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("work_id", help="the work the image shows")
    p.add_argument("file", help="a JPEG, PNG, TIFF, WebP or GIF scan")
    p.add_argument("--replace-larger", action="store_true",
                   help="let an image with fewer pixels replace the work's scan (the editor "
                        "asks first; without this the command refuses)")


@command("import-image", "make a scan the image of a work (validated, copied, recorded)",
         _import_args)
def run_import_image(args: argparse.Namespace) -> int:
    from ..catalog.image_import import import_image, larger_image_replaced
    from ..imaging.decode import probe
    from ..imaging.ingest import require_file

    with open_catalog(args) as catalog:
        before = catalog.get(args.work_id)
        require_file(Path(args.file))
        new = probe(Path(args.file)).oriented_size  # the header only
        old = larger_image_replaced(before, new)
        if old and not args.replace_larger:
            raise UsageError(
                f"{Path(args.file).name} is {new[0]}×{new[1]} pixels, smaller than the scan "
                f"of {args.work_id} it would replace ({old[0]}×{old[1]}); nothing changed "
                "(--replace-larger replaces it)")
        record = import_image(catalog, args.work_id, args.file)
    if record["version"] == before["version"]:
        print(f"{args.work_id} already has this image; nothing changed.")
    else:
        print(f"{args.work_id}: imported {record['image_width']}×{record['image_height']} "
              f"{record['image_format']} as images/{record['image_path']}")
    return EXIT_OK


def _thumb_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--size", type=int, default=320, help="long edge in pixels (default 320)")


@command("thumbnails", "fill the thumbnail cache for every work", _thumb_args)
def run_thumbnails(args: argparse.Namespace) -> int:
    import sys

    from ..catalog.names import image_file
    from ..imaging.decode import ImageRefused
    from ..imaging.thumbnails import ThumbnailCache, file_sha256

    if not 16 <= args.size <= 2048:
        raise UsageError("--size must be between 16 and 2048")
    cache = ThumbnailCache()
    failed = []
    with open_catalog(args, read_only=True) as catalog:
        rows = catalog.search("", sort="date", limit=10**9, facets=False).rows
        for index, row in enumerate(rows, 1):
            if row.image_path:
                path = image_file(catalog.images_dir, row.image_path)
                if path is None:
                    failed.append(f"{row.id}: its image leads outside images/")
                    continue
                try:
                    key = row.image_sha256 or file_sha256(path)
                    cache.get_or_make(path, key, (args.size, args.size))
                except (ImageRefused, OSError) as error:
                    failed.append(f"{row.id}: {error}")
            _progress(sys.stderr, index, len(rows))
    for line in failed:
        print(f"skipped {line}", file=sys.stderr)
    print(f"{len(rows) - len(failed)} thumbnails ready in {cache.cache_dir}")
    return EXIT_PROBLEMS if failed else EXIT_OK


def _progress(stream: Any, done: int, total: int) -> None:
    if not stream.isatty():
        return
    width = 30
    filled = width * done // max(total, 1)
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()
