"""Forged catalogs for hostile tests: rows written with raw SQL, past every check the program
makes, the way a hand-edited or foreign file would arrive (imported by name, like
catalog_samples)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def rename_everywhere(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The export `data` with every cell equal to `old` (an id and its links) set to `new`."""
    text = json.dumps(data).replace(json.dumps(old), json.dumps(new))
    return json.loads(text)


def forge(path: Path, data: dict[str, Any]) -> Path:
    """A catalog file holding exactly `data` (a JSON export), with no validation at all."""
    from gallery.catalog import fts
    from gallery.catalog.connection import create_empty
    from gallery.catalog.export import TABLE_ORDER

    create_empty(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.row_factory = sqlite3.Row
    try:
        con.execute("BEGIN")
        for table in TABLE_ORDER:
            body = data["tables"].get(table) or {"rows": []}
            if body["rows"]:
                cols = body["columns"]
                con.executemany(f"INSERT INTO {table}({', '.join(cols)}) "
                                f"VALUES ({', '.join('?' * len(cols))})", body["rows"])
        fts.reindex_all(con)
        con.execute("COMMIT")
    finally:
        con.close()
    return path


def set_cell(data: dict[str, Any], table: str, record_id: str, column: str,
             value: Any) -> None:
    """Set one column of the row whose id is `record_id` in an export's `data`."""
    body = data["tables"][table]
    id_at, col_at = body["columns"].index("id"), body["columns"].index(column)
    for row in body["rows"]:
        if row[id_at] == record_id:
            row[col_at] = value
            return
    raise KeyError(record_id)


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for folders), symlinks not followed."""
    out: dict[str, bytes | None] = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            out[rel] = b"<special>"
        elif path.is_dir():
            out[rel] = None
        else:
            out[rel] = path.read_bytes()
    return out
