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
from .interop.csv_columns import CSV_FIELDS, row_cells
from .records import row_problems
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
                for column, problem in row_problems(table, dict(zip(columns, values,
                                                                     strict=False))).items():
                    raise CatalogError(f"table {table}, row {number}, {column}: {problem}; "
                                       "nothing imported")
            sql = (f"INSERT INTO {table}({', '.join(columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})")
            con.executemany(sql, body["rows"])
        fts.rename_legacy(con)  # an export older than v3 names the index works_fts
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


def export_csv_text(con: sqlite3.Connection, bom: bool = False) -> str:
    """One row per work in the v5 columns (`interop.csv_columns`): both languages, term ids
    and agent ids beside their labels, lists joined with ' | ' (a spreadsheet view; the
    lossless export is JSON).

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
        cells = row_cells(record)
        # only a cell's start can run as a formula: a list is guarded as one text
        writer.writerow([to_cell(v) if isinstance(v, str) else "" if v is None else v
                         for v in (cells[f] for f in CSV_FIELDS)])
    return out.getvalue()
