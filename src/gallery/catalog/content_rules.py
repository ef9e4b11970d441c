"""Rules the shipped catalog keeps: both languages everywhere, no research shorthand.

Used by the catalog build (which refuses to write a catalog that breaks them) and by tests.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import Any

# Words the fact base uses about its own research: never for a visitor's eyes or an export.
SHORTHAND = ("seed", "main biography", "brief", "not read here", "not captured",
             "do not split", "fact base")
_SHORTHAND = re.compile(r"\b(" + "|".join(re.escape(w) for w in SHORTHAND) + r")\b", re.I)

# Tables whose records must be named in both languages, with the name columns.
NAMED = {"works": ("title", "title_ru"), "people": ("name", "name_ru"),
         "missions": ("name", "name_ru"), "exhibitions": ("title", "title_ru"),
         "agents": ("name", "name_ru"), "terms": ("label", "label_ru")}
# Visitor-read text columns that must exist in both languages when either has text.
PAIRED = {
    "works": ("description", "alt_text", "confidence_note", "date_note", "where_made",
              "dimensions_note", "series", "holder_note", "medium_note", "support_note",
              "work_type_note", "rights", "image_note", "face_value", "inscriptions"),
    "people": ("bio", "born_place", "died_place"),
    "missions": ("summary", "leonov_role", "program", "date_note"),
    "exhibitions": ("description", "city", "date_note"),
    "provenance_events": ("note", "place", "party_note", "date_note"),
    "sources": ("consulted",),
}


def bilingual_gaps(con: sqlite3.Connection) -> list[str]:
    """One line per record missing a name, label or visitor text in one language."""
    problems = []
    for table, (a, b) in NAMED.items():
        for record_id, first, second in con.execute(f"SELECT id, {a}, {b} FROM {table}"):
            if not str(first or "").strip() or not str(second or "").strip():
                problems.append(f"{table}/{record_id}: no {'English' if not first else 'Russian'}"
                                f" {a}")
    for table, fields in PAIRED.items():
        for field in fields:
            rows = con.execute(f"SELECT rowid, {field}, {field}_ru FROM {table} "
                               f"WHERE ({field} IS NULL OR {field} = '') != "
                               f"({field}_ru IS NULL OR {field}_ru = '')")
            for rowid, first, _second in rows:
                side = "Russian" if first else "English"
                problems.append(f"{table}/{rowid}: {field} has no {side} text")
    return problems


def shorthand_in(text: str | None) -> list[str]:
    return [m[0] for m in _SHORTHAND.finditer(text or "")]


def catalog_strings(con: sqlite3.Connection) -> Iterator[tuple[str, Any, str, str]]:
    """(table, rowid, column, text) for every text value of the catalog's own tables (the
    history and the search indexes left out)."""
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'works_fts%' "
        "AND name NOT LIKE 'works_index%' AND name NOT IN ('history', 'sqlite_sequence')")]
    for table in tables:
        cursor = con.execute(f'SELECT rowid, * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for name, value in zip(names, row, strict=True):
                if isinstance(value, str):
                    yield table, row[0], name, value


def shorthand_in_catalog(con: sqlite3.Connection) -> list[str]:
    """One line per text column value that holds research shorthand."""
    return [f"{table}/{rowid}.{name}: research shorthand '{word}'"
            for table, rowid, name, value in catalog_strings(con)
            if name not in ("id", "url") for word in shorthand_in(value)]
