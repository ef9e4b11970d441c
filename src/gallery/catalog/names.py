"""The names that become file names: record ids and image paths.

Record ids end up in export file names (`manifests/{id}.json`, `{id}.xml`, IIIF folders), so
every record type follows one slug rule, checked wherever an id enters (the store's save,
import-json, import-csv). An image path is relative to the catalog's `images/` folder and must
stay inside it. A path the program derives is joined with `confined`, which resolves it and
refuses anything that would leave its folder, so a bad name can never reach the disk.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path, PurePosixPath

from .errors import CatalogError

ID_RULE = "use lower-case letters, digits, dashes and underscores (at most 120)"
_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,119}")
# Tables whose `id` is a slug that may become a file name.
RECORD_TABLES = ("works", "people", "missions", "exhibitions", "sources", "playlists",
                 "agents")
IMAGE_PATH_RULE = "must be a relative path inside images/ (no '..', not absolute)"


class PathEscape(CatalogError):
    """A name would make a path outside the folder it belongs in."""


def is_valid_id(value: object) -> bool:
    # fullmatch: `re.match` with `$` would let "id\n" through
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_safe_image_path(value: object) -> bool:
    """True for a plain relative path such as `scans/ab12.jpg` (checked on the text alone)."""
    if not isinstance(value, str) or not value or "\\" in value or "\0" in value:
        return False
    path = PurePosixPath(value)
    return not path.is_absolute() and ".." not in path.parts and path.parts[:1] != ("~",) \
        and str(path) not in ("", ".")


def safe_image_path(value: str | None) -> str | None:
    """The stored image path if it is safe, else None: an unsafe one is never read."""
    return value if is_safe_image_path(value) else None


def confined(folder: Path, *parts: str) -> Path:
    """`folder / parts…`, resolved; PathEscape if the result would leave `folder`."""
    base = Path(folder).resolve()
    for part in parts:
        if not isinstance(part, str) or not part or "\0" in part:
            raise PathEscape(f"{part!r}: is not a usable file name")
    target = base.joinpath(*parts).resolve()
    if target == base or not target.is_relative_to(base):
        shown = "/".join(parts)
        raise PathEscape(f"{shown!r} would be written outside {folder}; nothing was written "
                         "(run `gallery check`)")
    return target


def image_file(images_dir: Path, relative: str | None) -> Path | None:
    """The file an image path names, or None when there is none or it leaves images/."""
    if not is_safe_image_path(relative):
        return None
    try:
        return confined(images_dir, str(relative))
    except PathEscape:  # e.g. a symlink inside images/ that points elsewhere
        return None


def bad_names(con: sqlite3.Connection) -> list[str]:
    """One line per record whose id or image path breaks the rules (for `gallery check`)."""
    problems = []
    for table in RECORD_TABLES:
        for (record_id,) in con.execute(f"SELECT id FROM {table} ORDER BY id"):
            if not is_valid_id(record_id):
                problems.append(f"{table} record {record_id!r}: the id is not a plain slug "
                                f"({ID_RULE})")
    rows = con.execute("SELECT id, image_path FROM works WHERE image_path IS NOT NULL "
                       "AND image_path != '' ORDER BY id")
    for work_id, image_path in rows:
        if not is_safe_image_path(image_path):
            problems.append(f"{work_id}: image path {image_path!r} {IMAGE_PATH_RULE}")
    return problems
