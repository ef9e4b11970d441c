"""What a `gallery import-json` file must look like, checked before any file is created.

The JSON comes from outside, so nothing in it is trusted: its shape (a version number, a table
of columns and rows of plain values), its column names (they become SQL identifiers, so each
must be a real column of its table) and its ids and image paths (they become file names, see
`names`). Each refusal is one line that names the table and the value.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .errors import CatalogError
from .names import ID_RULE, IMAGE_PATH_RULE, RECORD_TABLES, is_safe_image_path, is_valid_id
from .schema import SCHEMA_VERSION

FORMAT_NAME = "leonov-gallery-catalog"
_SCALARS = (str, int, float, type(None))


class BadExport(CatalogError):
    """The file is not an export this program can import; nothing was written."""


def _refuse(text: str) -> BadExport:
    return BadExport(f"{text}; nothing imported")


def check_shape(data: object, table_order: tuple[str, ...]) -> int:
    """Raise BadExport unless `data` has the export's shape; return its schema version."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise _refuse("the file is not a Leonov Gallery catalog export")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(f"schema_version must be a whole number, not {version!r:.40}")
    if version > SCHEMA_VERSION:
        raise _refuse(f"the export is from a newer schema ({version}); this program reads "
                      f"up to {SCHEMA_VERSION}")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise _refuse("'tables' must be an object of tables")
    for table in table_order:
        body = tables.get(table)
        if body is None:
            continue
        _check_body(table, body)
    return version


def _check_body(table: str, body: object) -> None:
    if not isinstance(body, dict):
        raise _refuse(f"table {table}: must be an object with columns and rows")
    columns, rows = body.get("columns"), body.get("rows")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns) \
            or len(set(columns)) != len(columns):
        raise _refuse(f"table {table}: 'columns' must be a list of distinct names")
    if not isinstance(rows, list):
        raise _refuse(f"table {table}: 'rows' must be a list")
    for number, row in enumerate(rows, 1):
        if not isinstance(row, list) or len(row) != len(columns):
            raise _refuse(f"table {table}, row {number}: must be a list of {len(columns)} "
                          "values")
        if not all(isinstance(v, _SCALARS) for v in row):
            raise _refuse(f"table {table}, row {number}: values must be text, numbers or "
                          "null")
    _check_names(table, columns, rows)


def _check_names(table: str, columns: list[str], rows: list[list[Any]]) -> None:
    if table in RECORD_TABLES and rows:
        if "id" not in columns:
            raise _refuse(f"table {table}: has no id column")
        at = columns.index("id")
        for row in rows:
            if not is_valid_id(row[at]):
                raise _refuse(f"{table} record {row[at]!r:.80}: the id is not a plain slug "
                              f"({ID_RULE})")
    if table == "works" and "image_path" in columns:
        at = columns.index("image_path")
        for row in rows:
            if row[at] not in (None, "") and not is_safe_image_path(row[at]):
                raise _refuse(f"works record {row[columns.index('id')]!r}: image path "
                              f"{row[at]!r:.80} {IMAGE_PATH_RULE}")


def check_columns(con: sqlite3.Connection, table: str, columns: list[str]) -> None:
    """Every column named in the file must be one of the table's (they become SQL names)."""
    known = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise _refuse(f"table {table}: unknown column {unknown[0]!r:.60}")
