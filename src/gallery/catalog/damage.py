"""Telling a damaged catalog file from our own bugs, and saying which parts are hit.

SQLite reports a damaged file as SQLITE_CORRUPT or SQLITE_NOTADB (and a text that cannot be
decoded). Anything else that escapes a command may still come from damage (a flipped byte can
turn a value into nonsense that passes SQLite's checks), so the CLI asks `quick_check` before
calling a failure our bug. Every message ends by naming the way out: `gallery restore`.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path

from .errors import CatalogDamaged
from .plural import counted

_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB (primary codes)
_DAMAGE_WORDS = ("malformed", "not a database", "could not decode")
RESTORE_HINT = "restore a backup with `gallery restore`"


def is_damage_error(error: BaseException) -> bool:
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGE_CODES:
        return True
    return any(word in str(error).lower() for word in _DAMAGE_WORDS)


def damaged(path: str | Path, detail: object) -> CatalogDamaged:
    text = " ".join(str(detail).split())[:200]
    return CatalogDamaged(f"{path}: the catalog is damaged ({text}); {RESTORE_HINT}")


def integrity_problems(con: sqlite3.Connection, quick: bool = False,
                       limit: int = 100) -> list[str]:
    """SQLite's own check, one message per item; [] when the file is sound (a server keeps
    its own pages sound: [] there)."""
    if getattr(con, "dialect", "sqlite") != "sqlite":
        return []
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = con.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged for the check itself: walk each tree
        return probe_trees(con) or [str(error)]
    lines = [line for (text,) in rows for line in str(text).splitlines()
             if line.strip() and not line.startswith("*** in database")]
    if lines != ["ok"]:
        return lines
    return unreadable_text(con)  # a flipped byte inside a value passes SQLite's own checks


def unreadable_text(con: sqlite3.Connection) -> list[str]:
    """'Tree N: table T holds text that is not UTF-8 (…)' for each table with such a value:
    SQLite's checks read the structure of pages, never the text in them, but every reader of
    the table fails on it."""
    failed = _read_trees(con, tables_only=True)
    if isinstance(failed, str):
        return [failed]
    return [f"Tree {root}: table {name} holds text that cannot be read "
            f"({' '.join(str(error).split())[:120]})"
            for _kind, name, _table, root, error in failed]


def probe_trees(con: sqlite3.Connection) -> list[str]:
    """'Tree N: cannot be read (…)' for each table or index SQLite fails to read end to end
    (a full scan of every row, or of every index entry), in integrity_check's own wording.
    Slow on a big catalog, so only for a file too damaged for integrity_check itself."""
    failed = _read_trees(con, tables_only=False)
    if isinstance(failed, str):
        return [failed]
    return [f"Tree {root} page {root}: cannot be read ({error})" for *_, root, error in failed]


def _read_trees(con: sqlite3.Connection,
                tables_only: bool) -> list[tuple[str, str, str, int, object]] | str:
    """(kind, name, table, root page, error) for each table (and index) that fails a full
    read, or the one line saying the schema itself cannot be read."""
    try:
        trees = con.execute("SELECT type, name, tbl_name, rootpage FROM sqlite_master "
                            "WHERE rootpage > 0 ORDER BY rootpage").fetchall()
    except sqlite3.DatabaseError as error:
        return f"Tree 1: the schema cannot be read ({error})"
    failed: list[tuple[str, str, str, int, object]] = []
    for kind, name, table, root in trees:
        if tables_only and kind != "table":
            continue
        try:
            if kind == "table":
                cursor = con.execute(f'SELECT * FROM "{name}"')
            else:
                column = con.execute(f'PRAGMA index_info("{name}")').fetchone()[2]
                cursor = con.execute(f'SELECT "{column}" FROM "{table}" INDEXED BY "{name}" '
                                     f'ORDER BY "{column}"')
            while cursor.fetchmany(1000):
                pass
        except (sqlite3.DatabaseError, TypeError) as error:
            failed.append((kind, name, table, root, error))
    return failed


def summarise(con: sqlite3.Connection, problems: list[str]) -> str:
    """'3 problems; tables works, history; indexes works_date; pages 2, 146' from the
    messages of integrity_check (tree numbers named from sqlite_master when it is readable)."""
    roots: dict[int, str] = {}
    with contextlib.suppress(sqlite3.DatabaseError):
        roots = {int(r): str(n) for n, r in con.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")}
    names: set[str] = set()
    pages: set[int] = set()
    for line in problems:
        for tree in re.findall(r"\bTree (\d+)", line):
            names.add(roots.get(int(tree), f"tree {tree}"))
        for index in re.findall(r"\bindex (\w+)", line):
            names.add(index)
        for table in re.findall(r"\bin (\w+)\.\w+", line):
            names.add(table)
        pages.update(int(p) for p in re.findall(r"\b[Pp]age (\d+)", line))
    for page in sorted(pages):
        if page in roots:
            names.add(roots[page])
    kinds = _kinds(con)
    tables = sorted(n for n in names if kinds.get(n, "table") == "table")
    indexes = sorted(n for n in names if kinds.get(n) == "index")
    parts = [counted(len(problems), "problem")]
    if tables:
        parts.append("tables " + ", ".join(tables))
    if indexes:
        parts.append("indexes " + ", ".join(indexes))
    if pages:
        shown = sorted(pages)
        parts.append("pages " + ", ".join(map(str, shown[:12]))
                     + (f" and {len(shown) - 12} more" if len(shown) > 12 else ""))
    return "; ".join(parts)


def _kinds(con: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(n): str(t) for t, n in con.execute("SELECT type, name FROM sqlite_master")}
    except sqlite3.DatabaseError:
        return {}
