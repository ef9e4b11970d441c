"""The works' full-text index: one folded document per work, rewritten on every save.

Each column holds its text folded to Latin, then the Snowball stems of its words (wordforms).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .wordforms import index_text

FTS_COLUMNS = ("titles", "body", "people", "missions", "provenance")


def _joined(*parts: Any) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, list | tuple):
            out.extend(str(p) for p in part if p)
        elif part:
            out.append(str(part))
    return index_text(" \n".join(out))


def document(con: sqlite3.Connection, work_key: int) -> tuple[str, ...] | None:
    """The folded index text of one work, read from its stored rows."""
    row = con.execute("SELECT * FROM works WHERE key = ?", (work_key,)).fetchone()
    if row is None:
        return None
    people = con.execute(
        "SELECT p.name, p.name_ru, wp.role FROM work_people wp JOIN people p "
        "ON p.id = wp.person_id WHERE wp.work_id = ?", (row["id"],)).fetchall()
    missions = con.execute(
        "SELECT m.name, m.name_ru, m.program FROM work_missions wm JOIN missions m "
        "ON m.id = wm.mission_id WHERE wm.work_id = ?", (row["id"],)).fetchall()
    events = con.execute(
        "SELECT party, holder, place, note FROM provenance_events WHERE work_id = ?",
        (row["id"],)).fetchall()
    return (
        _joined(row["title"], row["title_ru"], json.loads(row["other_titles"])),
        _joined(row["description"], row["description_ru"], row["medium"], row["support"],
                row["work_type"], row["series"], json.loads(row["subjects"]),
                row["inscriptions"], row["where_made"], row["date_display"],
                row["current_holder"], row["credit_line"]),
        _joined([v for p in people for v in p]),
        _joined([v for m in missions for v in m]),
        _joined([v for e in events for v in e]),
    )


def reindex(con: sqlite3.Connection, work_key: int) -> None:
    """Rewrite one work's index entry (call inside the saving transaction)."""
    con.execute("DELETE FROM works_fts WHERE rowid = ?", (work_key,))
    doc = document(con, work_key)
    if doc is not None:
        con.execute(
            f"INSERT INTO works_fts(rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
            (work_key, *doc))


def reindex_all(con: sqlite3.Connection) -> None:
    con.execute("DELETE FROM works_fts")
    for (key,) in con.execute("SELECT key FROM works").fetchall():
        reindex(con, key)


def reindex_linked(con: sqlite3.Connection, table: str, record_id: str) -> None:
    """After a person or mission is renamed, refresh the works that name it."""
    link = {"people": ("work_people", "person_id"), "missions": ("work_missions", "mission_id")}
    if table not in link:
        return
    link_table, column = link[table]
    keys = con.execute(
        f"SELECT w.key FROM works w JOIN {link_table} l ON l.work_id = w.id "
        f"WHERE l.{column} = ?", (record_id,)).fetchall()
    for (key,) in keys:
        reindex(con, key)


def out_of_sync(con: sqlite3.Connection) -> list[str]:
    """Ids of works whose index entry differs from what their rows say."""
    stale = []
    indexed = {r[0]: tuple(r[1:]) for r in con.execute(
        f"SELECT rowid, {', '.join(FTS_COLUMNS)} FROM works_fts")}
    for key, work_id in con.execute("SELECT key, id FROM works").fetchall():
        if indexed.pop(key, None) != document(con, key):
            stale.append(work_id)
    stale.extend(f"(index row {k} with no work)" for k in indexed)
    return stale
