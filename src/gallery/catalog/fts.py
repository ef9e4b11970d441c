"""The app's full-text index `works_index`: one folded document per work, rewritten on every
save.

Each column holds its text folded to Latin, then the Snowball stems of its words (wordforms).
On a server each column holds its folded words, and beside it (`…_text`) its text as written,
which the server stems with its own Russian and English dictionaries (pg/schema.py).
Catalogs before v3 called it `works_fts`; that name is now sqlite-utils' plain search table
(dataset.py), which is what sqlite-utils and Datasette look for.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .dataset import plain_fts_problem, rebuild_plain_fts
from .textfold import fold
from .wordforms import index_text

FTS_COLUMNS = ("titles", "body", "people", "missions", "provenance")
SERVER_TEXT_COLUMNS = tuple(f"{column}_text" for column in FTS_COLUMNS)
_CREATE = ("CREATE VIRTUAL TABLE {name} USING fts5(titles, body, people, missions, provenance, "
           "tokenize = 'unicode61 remove_diacritics 2')")


def rename_legacy(con: sqlite3.Connection) -> None:
    """Give an older catalog's index (`works_fts`, not linked to the works) its own name."""
    found = {r[0]: r[1] for r in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('works_fts', 'works_index')")}
    if "works_index" not in found and "content=" not in (found.get("works_fts") or "works_fts"):
        con.execute("ALTER TABLE works_fts RENAME TO works_index")


def temp_index(con: sqlite3.Connection) -> None:
    """An older catalog opened read-only keeps its index under the old name: build the app's
    index in memory for this connection (TEMP shadows nothing in the file)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'works_index'").fetchone():
        return
    con.execute(_CREATE.format(name="temp.works_index"))
    reindex_all(con)


def _joined(*parts: Any) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, list | tuple):
            out.extend(str(p) for p in part if p)
        elif part:
            out.append(str(part))
    return " \n".join(out)


def _titles(value: str | None) -> list[str]:
    """Other titles are {text, lang, status} since v5 (plain strings before)."""
    items = json.loads(value or "[]")
    return [str(i.get("text") or "") if isinstance(i, dict) else str(i) for i in items]


def _labels(con: sqlite3.Connection, code: str | None) -> tuple[str, ...]:
    """A term's labels in both languages, so either finds the work."""
    try:
        row = con.execute("SELECT label, label_ru FROM terms WHERE code = ? OR id = ?",
                          (code, code)).fetchone()
    except sqlite3.OperationalError:  # an index rebuilt by a migration older than v5
        row = None
    return tuple(row) if row else (code or "",)


def _both(row: sqlite3.Row, *fields: str) -> list[Any]:
    keys = row.keys()
    return [row[f] for field in fields for f in (field, f"{field}_ru") if f in keys]


def document(con: sqlite3.Connection, work_key: int) -> tuple[str, ...] | None:
    """The folded index text of one work, in both languages, read from its stored rows."""
    texts = written(con, work_key)
    return None if texts is None else tuple(index_text(t) for t in texts)


def written(con: sqlite3.Connection, work_key: int) -> tuple[str, ...] | None:
    """The text of each index column of one work, as the catalog writes it (not folded)."""
    row = con.execute("SELECT * FROM works WHERE key = ?", (work_key,)).fetchone()
    if row is None:
        return None
    people = con.execute(
        "SELECT p.name, p.name_ru, wp.role FROM work_people wp JOIN people p "
        "ON p.id = wp.person_id WHERE wp.work_id = ? ORDER BY wp.person_id, wp.role",
        (row["id"],)).fetchall()  # (the order SQLite's key gives: a server needs it said)
    missions = con.execute(
        "SELECT m.* FROM work_missions wm JOIN missions m "
        "ON m.id = wm.mission_id WHERE wm.work_id = ? ORDER BY wm.mission_id, wm.link",
        (row["id"],)).fetchall()
    events = con.execute("SELECT * FROM provenance_events WHERE work_id = ? "
                         "ORDER BY position", (row["id"],)).fetchall()
    keys = row.keys()
    subjects = [json.loads(row[f] or "[]") for f in ("subjects", "subjects_ru") if f in keys]
    names = _party_names(con, {v for e in events for v in (e["party"], e["holder"]) if v})
    return (
        _joined(row["title"], row["title_ru"], _titles(row["other_titles"])),
        _joined(*_both(row, "description", "medium", "support", "series", "inscriptions",
                       "where_made", "date_display", "current_holder"),
                *_labels(con, row["work_type"]), *subjects, row["credit_line"]),
        _joined([v for p in people for v in (p[0], p[1], *_labels(con, p[2]))]),
        _joined([v for m in missions for v in (m["name"], m["name_ru"],
                                                *_both(m, "program"))]),
        _joined([v for e in events for v in (*names.get(e["party"], ()),
                                             *names.get(e["holder"], ()),
                                             *_both(e, "place", "note"))]),
    )


def _party_names(con: sqlite3.Connection, ids: set[str]) -> dict[str, tuple[str, ...]]:
    """{id: its names in both languages} of agents and people (a person's id first); old
    free text stands for itself. One question per table, not one per event."""
    found: dict[str, tuple[str, ...]] = {}
    for table in ("people", "agents"):
        wanted = sorted(ids - set(found))
        if not wanted:
            break
        try:
            rows = con.execute(f"SELECT id, name, name_ru FROM {table} WHERE id IN "
                               f"({', '.join('?' * len(wanted))})", wanted).fetchall()
        except sqlite3.OperationalError:  # no agents table before v5
            rows = []
        found.update({r[0]: tuple(n for n in r[1:] if n) for r in rows})
    return {value: found.get(value, (value,)) for value in ids}


def _on_server(con: sqlite3.Connection) -> bool:
    return getattr(con, "dialect", "sqlite") != "sqlite"


def _columns(con: sqlite3.Connection) -> tuple[str, ...]:
    """The index's columns: on a server, each column's folded words, then its text as written
    (the server stems that with its own dictionaries: pg/schema.py)."""
    return FTS_COLUMNS + SERVER_TEXT_COLUMNS if _on_server(con) else FTS_COLUMNS


def _entry(con: sqlite3.Connection, work_key: int) -> tuple[str, ...] | None:
    """What the index holds for one work, in `_columns` order."""
    if not _on_server(con):
        return document(con, work_key)
    texts = written(con, work_key)
    return None if texts is None else (*(fold(t) for t in texts), *texts)


def reindex(con: sqlite3.Connection, work_key: int) -> None:
    """Rewrite one work's index entry (call inside the saving transaction)."""
    con.execute("DELETE FROM works_index WHERE rowid = ?", (work_key,))
    entry = _entry(con, work_key)
    if entry is not None:
        columns = _columns(con)
        con.execute(f"INSERT INTO works_index(rowid, {', '.join(columns)}) VALUES "
                    f"(?, {', '.join('?' * len(columns))})", (work_key, *entry))
    if _on_server(con):
        _rewrite_words(con, work_key)


def _rewrite_words(con: sqlite3.Connection, work_key: int) -> None:
    """On a server: the work's indexed words, folded, for the spelling vocabulary (a trigger
    counts them into `works_vocabulary`: pg/search_index.py). The server's Russian stems are
    folded here as the file's are when it indexes them."""
    con.execute("DELETE FROM works_words WHERE rowid = ?", (work_key,))
    lexemes = con.execute("SELECT lexeme FROM works_index, unnest(document) "
                          "WHERE rowid = ?", (work_key,)).fetchall()
    folded = sorted({fold(lexeme) for (lexeme,) in lexemes})
    if folded:
        con.execute("INSERT INTO works_words SELECT ?, unnest(?::text[])", (work_key, folded))


def reindex_all(con: sqlite3.Connection) -> None:
    con.execute("DELETE FROM works_index")
    if _on_server(con):  # the vocabulary counted once at the end (pg/search_index.py)
        con.execute("SELECT set_config('gallery.words_bulk', 'on', true)")
        con.execute("DELETE FROM works_words")
    for (key,) in con.execute("SELECT key FROM works").fetchall():
        reindex(con, key)
    if _on_server(con):
        con.execute("SELECT set_config('gallery.words_bulk', 'off', true)")
        con.execute("DELETE FROM works_vocabulary")
        con.execute("INSERT INTO works_vocabulary(word, documents) "
                    "SELECT word, count(*) FROM works_words GROUP BY word")
    rebuild_plain_fts(con)


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
        f"SELECT rowid, {', '.join(_columns(con))} FROM works_index")}
    for key, work_id in con.execute("SELECT key, id FROM works").fetchall():
        if indexed.pop(key, None) != _entry(con, key):
            stale.append(work_id)
    stale.extend(f"(index row {k} with no work)" for k in indexed)
    v5 = con.execute("PRAGMA user_version").fetchone()[0] >= 5  # works_fts came with v5
    if v5 and (problem := plain_fts_problem(con)):
        stale.append(f"({problem})")
    return stale
