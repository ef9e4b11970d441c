"""Lossless JSON export/import of a whole catalog, and a flat CSV of the works.

The JSON holds every row of every table (the search index is left out: it is derived and
rebuilt on import), sorted, with the schema version, so export → import → export is identical
and the shipped catalog can live in the repository as reviewable text.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from . import fts
from .connection import connect_writable
from .csv_cells import to_cell
from .errors import CatalogError
from .import_shape import FORMAT_NAME, check_columns, check_shape
from .records import date_problems
from .schema import migrate
from .snapshot import read_snapshot

# Parents before children, so foreign keys hold while importing.
TABLE_ORDER = (
    "terms", "agents",
    "sources", "people", "missions", "mission_crew", "mission_sources", "person_sources",
    "exhibitions", "exhibition_sources", "works", "work_people", "work_missions",
    "exhibition_works", "work_sources", "holder_sources", "provenance_events", "event_sources",
    "work_relations", "work_literature",
    "playlists", "playlist_items", "history",
)  # fmt: skip


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def _primary_order(con: sqlite3.Connection, table: str) -> str:
    keys = [r[1] for r in sorted(con.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5])
            if r[5]]
    return ", ".join(keys) if keys else "rowid"


def export_data(con: sqlite3.Connection) -> dict[str, Any]:
    tables = {}
    with read_snapshot(con):  # every table as of one moment, so each link finds its row
        for table in TABLE_ORDER:
            columns = _columns(con, table)
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table} "
                               f"ORDER BY {_primary_order(con, table)}").fetchall()
            tables[table] = {"columns": columns, "rows": [list(r) for r in rows]}
        version = con.execute("PRAGMA user_version").fetchone()[0]
    return {"format": FORMAT_NAME, "schema_version": version, "tables": tables}


def export_json_text(con: sqlite3.Connection) -> str:
    """The catalog as JSON text: one row per line, so a change shows up as a small diff."""
    data = export_data(con)
    lines = ["{", f'  "format": {json.dumps(data["format"])},',
             f'  "schema_version": {data["schema_version"]},', '  "tables": {']
    table_items = list(data["tables"].items())
    for t_index, (table, body) in enumerate(table_items):
        lines.append(f"    {json.dumps(table)}: {{")
        lines.append(f'      "columns": {json.dumps(body["columns"], ensure_ascii=False)},')
        lines.append('      "rows": [')
        rows = body["rows"]
        for r_index, row in enumerate(rows):
            comma = "," if r_index + 1 < len(rows) else ""
            lines.append(f"        {json.dumps(row, ensure_ascii=False)}{comma}")
        lines.append("      ]")
        lines.append("    }" + ("," if t_index + 1 < len(table_items) else ""))
    lines.extend(["  }", "}"])
    return "\n".join(lines) + "\n"


def import_json(data: dict[str, Any], target: Path) -> None:
    """Build a new catalog file at `target` from exported JSON (all or nothing)."""
    version = check_shape(data, TABLE_ORDER)
    if target.exists() or target.is_symlink():
        raise CatalogError(f"{target}: already exists; choose a new file name")
    if not target.parent.is_dir():
        raise CatalogError(f"{target.parent}: no such folder")
    partial = target.with_name(target.name + ".importing")
    partial.unlink(missing_ok=True)
    con = connect_writable(partial)
    try:
        migrate(con, version)
        con.execute("BEGIN IMMEDIATE")
        for table in TABLE_ORDER:
            body = data["tables"].get(table)
            if not body or not body["rows"]:
                continue
            columns = body["columns"]
            check_columns(con, table, columns)
            for number, values in enumerate(body["rows"], 1):
                for column, problem in date_problems(table, dict(zip(columns, values,
                                                                     strict=False))).items():
                    raise CatalogError(f"table {table}, row {number}, {column}: {problem}; "
                                       "nothing imported")
            sql = (f"INSERT INTO {table}({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})")
            con.executemany(sql, body["rows"])
        fts.reindex_all(con)
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise CatalogError(f"the export has {len(problems)} broken links; nothing imported")
        con.execute("COMMIT")
        migrate(con)
    except (sqlite3.Error, KeyError, TypeError, ValueError, OverflowError) as error:
        con.close()
        _remove_partial(partial)
        raise CatalogError(f"the export could not be imported ({error}); nothing written") \
            from None
    except BaseException:
        con.close()
        _remove_partial(partial)
        raise
    con.close()
    os.replace(partial, target)


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(partial) + suffix).unlink(missing_ok=True)


CSV_FIELDS = (
    "id", "title", "title_ru", "work_type", "date_display", "date_earliest", "date_latest",
    "date_certainty", "medium", "support", "height", "width", "depth", "dimension_unit",
    "series", "subjects", "current_holder", "holder_certainty", "confidence", "missions",
    "people", "image_path", "image_is_standin", "description", "description_ru",
)  # fmt: skip
MULTI_VALUE_SEPARATOR = " | "


def join_multi(items: list[Any]) -> str:
    """A list as one spreadsheet cell: items joined by " | ", a "|" or "\\" inside an item
    escaped with a backslash, so an item like "edition | reprint" comes back whole."""
    return MULTI_VALUE_SEPARATOR.join(str(v).replace("\\", "\\\\").replace("|", "\\|")
                                      for v in items)


def split_multi(text: str, strip: bool = True) -> list[str]:
    """The items of a cell `join_multi` wrote (or a person typed: "a | b", "a|b")."""
    items, current, chars = [], [], iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    if strip:
        return [item.strip() for item in items if item.strip()]
    # The export's own cells: only the single spaces around each "|" are ours.
    out = [item[1:] if n and item.startswith(" ") else item for n, item in enumerate(items)]
    out = [item[:-1] if n < len(out) - 1 and item.endswith(" ") else item
           for n, item in enumerate(out)]
    return [item for item in out if item.strip()]


def export_csv_text(con: sqlite3.Connection, bom: bool = False) -> str:
    """One row per work, list fields joined with ' | ' (a spreadsheet view, not lossless).

    No cell can run as a formula (`csv_cells`); `bom` starts the text with a UTF-8 byte order
    mark, which Excel needs to read UTF-8."""
    from .linked import load_work

    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    # CRLF, as RFC 4180 and Excel write it; it also makes csv quote a cell holding a lone CR
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    with read_snapshot(con):
        records = [load_work(con, work_id) or {} for (work_id,) in con.execute(
            "SELECT id FROM works WHERE deleted_at IS NULL ORDER BY id").fetchall()]
    for record in records:
        record["missions"] = [f"{m['mission_id']}:{m['link']}" for m in record["missions"]]
        record["people"] = [f"{p['person_id']}:{p['role']}" for p in record["people"]]
        row = []
        for field in CSV_FIELDS:
            value = record.get(field)
            if isinstance(value, list):
                value = join_multi(value)
            # only a cell's start can run as a formula: a list is guarded as one text
            row.append(to_cell(value) if isinstance(value, str) else
                       "" if value is None else value)
        writer.writerow(row)
    return out.getvalue()
