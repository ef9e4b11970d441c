"""Schema v5: the bilingual catalog — terms, agents, a text per language, generated dates.

What a visitor reads becomes one of three things (DESIGN.md, "Controlled values"):
- a **term** (kind of work, medium, support, roles …) with an English and a Russian label;
- an **agent** (holders, venues, issuers …) with a name per language, like a person;
- a **text per language** (`x` and `x_ru`), titles marked original / published / ours.
Dates are generated from the stored range and qualifier (`date_text.py`); the `date_display`
columns become derived, written by the store on every save.

The migration keeps every value: free text that structure cannot hold moves to a note beside
the term, a free-text party or venue becomes an agent named by that text, a display date
that the range does not reproduce moves to the date note. Each moved record gets one history
row (change id `migration-v5`), so the move is as visible as any edit.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from . import dataset, fts
from .date_text import date_text, edtf_text
from .sql_script import script

MIGRATION_WHO = "schema migration v5"
MIGRATION_CHANGE = "migration-v5"

_TABLES = """
CREATE TABLE IF NOT EXISTS terms (
    id TEXT PRIMARY KEY,
    scheme TEXT NOT NULL,
    code TEXT NOT NULL,        -- the value records store (an event kind, a role …)
    label TEXT NOT NULL,
    label_ru TEXT,
    broader TEXT,
    aat TEXT,                  -- Getty AAT id, only where one clearly applies
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS terms_code ON terms(scheme, code);
CREATE TABLE IF NOT EXISTS work_relations (
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    other_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('part_of', 'may_be_same_as')),
    certainty TEXT,
    note TEXT, note_ru TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (work_id, other_id, relation)
);
CREATE INDEX IF NOT EXISTS work_relations_other ON work_relations(other_id);
CREATE TABLE IF NOT EXISTS work_literature (
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    book_id TEXT REFERENCES works(id) ON DELETE SET NULL,   -- a publication catalogued here
    source_id TEXT REFERENCES sources(id),                   -- or one in the bibliography
    pages TEXT,
    note TEXT, note_ru TEXT,
    PRIMARY KEY (work_id, position)
);
CREATE INDEX IF NOT EXISTS work_literature_book ON work_literature(book_id);
CREATE TABLE IF NOT EXISTS agents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'organisation'
        CHECK (kind IN ('organisation', 'person', 'group')),
    name TEXT NOT NULL,
    name_ru TEXT,
    name_status TEXT, name_ru_status TEXT,
    place TEXT, place_ru TEXT,
    wikidata TEXT, ulan TEXT, viaf TEXT,
    notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
"""

NEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "works": (
        "title_status TEXT", "title_ru_status TEXT", "date_qualifier TEXT NOT NULL DEFAULT "
        "'exact'", "date_display_ru TEXT", "date_note_ru TEXT", "date_edtf TEXT",
        "work_type_note TEXT", "work_type_note_ru TEXT",
        "medium_terms TEXT NOT NULL DEFAULT '[]'", "medium_note TEXT", "medium_note_ru TEXT",
        "medium_ru TEXT", "support_terms TEXT NOT NULL DEFAULT '[]'", "support_note TEXT",
        "support_note_ru TEXT", "support_ru TEXT", "dimensions_note_ru TEXT",
        "inscriptions_ru TEXT", "where_made_ru TEXT", "series_ru TEXT",
        "subjects_ru TEXT NOT NULL DEFAULT '[]'", "credit_line_ru TEXT", "rights_ru TEXT",
        "image_note_ru TEXT", "confidence_note_ru TEXT", "holder_note TEXT",
        "holder_note_ru TEXT", "current_holder_ru TEXT", "current_holder_id TEXT",
        "catalogue_numbers_ru TEXT NOT NULL DEFAULT '[]'", "face_value TEXT",
        "face_value_ru TEXT",
        # a work, a set (of stamps …) or a group record (sketches, postcards): counted apart
        "record_kind TEXT NOT NULL DEFAULT 'work' CHECK (record_kind IN ('work', 'set', "
        "'group'))",
    ),
    "provenance_events": (
        "note_ru TEXT", "place_ru TEXT", "party_note TEXT", "party_note_ru TEXT",
        "date_qualifier TEXT NOT NULL DEFAULT 'exact'", "date_note TEXT", "date_note_ru TEXT",
        "date_display_ru TEXT", "date_edtf TEXT",
    ),
    "people": ("name_status TEXT", "name_ru_status TEXT", "born_place_ru TEXT",
               "died_place_ru TEXT"),
    "missions": ("name_status TEXT", "name_ru_status TEXT", "program_ru TEXT",
                 "leonov_role_ru TEXT", "date_qualifier TEXT NOT NULL DEFAULT 'exact'",
                 "date_note TEXT", "date_note_ru TEXT", "date_display_ru TEXT",
                 "date_edtf TEXT"),
    "mission_crew": ("role_note TEXT", "role_note_ru TEXT"),
    "work_people": ("certainty TEXT", "role_note TEXT", "role_note_ru TEXT"),
    "work_missions": ("qualifier_ru TEXT",),
    "exhibitions": ("title_status TEXT", "title_ru_status TEXT", "city_ru TEXT",
                    "date_qualifier TEXT NOT NULL DEFAULT 'exact'", "date_note TEXT",
                    "date_note_ru TEXT", "date_display_ru TEXT", "date_edtf TEXT"),
    "sources": ("consulted TEXT", "consulted_ru TEXT"),
    # An exhibition's run and its closed days (holidays), beside the weekly windows.
    "playlists": ("runs_from TEXT", "runs_until TEXT", "closed_days TEXT NOT NULL DEFAULT '[]'"),
}


def slug(text: str) -> str:
    """An id made from free text: 'Tretyakov Gallery, Moscow' → tretyakov-gallery-moscow."""
    from .textfold import fold

    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words)[:60].strip("-") or "unnamed"


def _add_columns(con: sqlite3.Connection) -> None:
    for table, columns in NEW_COLUMNS.items():
        have = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
        for column in columns:
            if column.split()[0] not in have:  # a file whose version was set back
                con.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


class _Mover:
    """Turns a v4 catalog's free strings into v5 values, writing one history row a record."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.at = con.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").fetchone()[0]
        self.agents: dict[str, str] = {}  # free text → agent id

    def agent(self, text: str | None) -> str | None:
        """The agent id for a free-text party, creating an agent named by that text."""
        text = (text or "").strip()
        if not text:
            return None
        if text in self.agents:
            return self.agents[text]
        person = self.con.execute(  # a person of the catalog is named, not a new agent
            "SELECT id FROM people WHERE lower(name) = lower(?) OR lower(name_ru) = lower(?)",
            (text, text)).fetchone()
        if person:
            self.agents[text] = person[0]
            return str(person[0])
        base = slug(text)
        taken = {r[0] for r in self.con.execute("SELECT id FROM agents UNION "
                                                "SELECT id FROM people")}
        agent_id, n = base, 2
        while agent_id in taken:
            agent_id, n = f"{base}-{n}", n + 1
        self.con.execute(
            "INSERT INTO agents(id, kind, name, created_at, updated_at, notes) "
            "VALUES (?, 'organisation', ?, ?, ?, ?)",
            (agent_id, text, self.at, self.at, "Created by the v5 migration from free text."))
        self._history("agents", agent_id, None, {"id": agent_id, "name": text})
        self.agents[text] = agent_id
        return agent_id

    def _history(self, table: str, record_id: str, before: Any, after: Any) -> None:
        self.con.execute(
            "INSERT INTO history(change_id, at, who, table_name, record_id, action, before, "
            "after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (MIGRATION_CHANGE, self.at, MIGRATION_WHO, table, record_id,
             "create" if before is None else "update",
             None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
             json.dumps(after, ensure_ascii=False, sort_keys=True)))

    def update(self, table: str, key: str, record_id: Any, row: dict[str, Any],
               changes: dict[str, Any], history_id: str) -> None:
        changed = {k: v for k, v in changes.items() if row.get(k) != v}
        if not changed:
            return
        sets = ", ".join(f"{k} = ?" for k in changed)
        self.con.execute(f"UPDATE {table} SET {sets} WHERE {key} = ?",
                         (*changed.values(), record_id))
        history_table = "works" if table == "provenance_events" else table
        self._history(history_table, history_id, {k: row.get(k) for k in changed}, changed)


def _moved_date(row: dict[str, Any], start: str, end: str,
                certainty: str | None) -> dict[str, Any]:
    """The range (read from the typed display text when the row had none), the generated
    display texts, and the typed text as the date note where the range does not say it."""
    from .derive import read_typed_date, whole_day

    work = {start: row.get(start), end: row.get(end), "date_display": row.get("date_display"),
            "date_qualifier": "exact", "date_note": None}
    read_typed_date(work, start, end)
    first, last = whole_day(work[start], False), whole_day(work[end], True)
    qualifier = work["date_qualifier"]
    out = {start: work[start], end: work[end], "date_qualifier": qualifier,
           "date_display": date_text(first, last, qualifier, certainty, "en"),
           "date_display_ru": date_text(first, last, qualifier, certainty, "ru"),
           "date_edtf": edtf_text(first, last, qualifier, certainty)}
    typed = (row.get("date_display") or "").strip()
    if typed and typed != out["date_display"]:
        out["date_note"] = typed
    return out


def _move_values(con: sqlite3.Connection) -> None:
    mover = _Mover(con)
    for row in map(dict, con.execute("SELECT * FROM works").fetchall()):
        changes = _moved_date(row, "date_earliest", "date_latest", row["date_certainty"])
        if row.get("date_note") and changes.get("date_note"):
            changes["date_note"] = f"{changes['date_note']}; {row['date_note']}"
        for field in ("medium", "support"):
            if row.get(field):
                changes[f"{field}_note"] = row[field]
        holder = mover.agent(row.get("current_holder"))
        changes["current_holder_id"] = holder
        changes["other_titles"] = json.dumps(
            [_title_entry(t) for t in json.loads(row["other_titles"] or "[]")],
            ensure_ascii=False)
        mover.update("works", "id", row["id"], row, changes, row["id"])
    for row in map(dict, con.execute(
            "SELECT e.*, w.id AS work FROM provenance_events e JOIN works w "
            "ON w.id = e.work_id").fetchall()):
        changes = _moved_date(row, "date_earliest", "date_latest", row["certainty"])
        changes["party"] = mover.agent(row.get("party"))
        changes["holder"] = mover.agent(row.get("holder"))
        mover.update("provenance_events", "id", row["id"], row, changes, row["work"])
    for table, start, end in (("missions", "date_start", "date_end"),
                              ("exhibitions", "date_start", "date_end")):
        for row in map(dict, con.execute(f"SELECT * FROM {table}").fetchall()):
            changes = _moved_date(row, start, end, row.get("date_certainty"))
            if table == "exhibitions":
                changes["venue"] = mover.agent(row.get("venue"))
            mover.update(table, "id", row["id"], row, changes, row["id"])


def _title_entry(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    text = str(value)
    lang = "ru" if re.search(r"[А-Яа-яЁё]", text) else "en"
    return {"text": text, "lang": lang, "status": None}


def migrate_to_v5(con: sqlite3.Connection) -> None:
    script(_TABLES)(con)
    _add_columns(con)
    _move_values(con)
    fts.rename_legacy(con)  # a v4 catalog still calls it works_fts
    fts.reindex_all(con)  # the index now holds both languages, agents' names and terms
    dataset.enable_plain_fts(con)  # works_fts for sqlite-utils and Datasette (dataset.py)
    dataset.create_views(con)
