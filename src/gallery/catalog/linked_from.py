"""Which records link to a record (Qt-free): what a curator must see before deleting it.

    linking_records(con, "people", "yuri-gagarin")
    -> [{"table": "works", "id": "...", "title": {"en": ..., "ru": ...}, "field": "people",
         "field_label": {"en": "People", "ru": "Люди"}, "in_trash": False}, ...]

One entry per linking record and field (a work that names a person as sitter and as a party to
an event is listed under "people" and under "provenance"), works first, then by id. Trashed works
are listed too (marked `in_trash`): their links still hold the record.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .field_labels import labels

# table: [(SQL selecting the ids of linking records, their table, the field that links)]
_LINKS: dict[str, list[tuple[str, str, str]]] = {
    "people": [
        ("SELECT work_id FROM work_people WHERE person_id = ?", "works", "people"),
        ("SELECT work_id FROM provenance_events WHERE ? IN (party, holder)", "works",
         "provenance"),
        ("SELECT id FROM works WHERE current_holder_id = ?", "works", "current_holder"),
        ("SELECT mission_id FROM mission_crew WHERE person_id = ?", "missions", "crew"),
    ],
    "agents": [
        ("SELECT work_id FROM provenance_events WHERE ? IN (party, holder)", "works",
         "provenance"),
        ("SELECT id FROM works WHERE current_holder_id = ?", "works", "current_holder"),
        ("SELECT id FROM exhibitions WHERE venue = ?", "exhibitions", "venue"),
    ],
    "missions": [("SELECT work_id FROM work_missions WHERE mission_id = ?", "works",
                  "missions")],
    "exhibitions": [("SELECT work_id FROM exhibition_works WHERE exhibition_id = ?", "works",
                     "exhibitions")],
    "sources": [
        ("SELECT work_id FROM work_sources WHERE source_id = ?", "works", "sources"),
        ("SELECT work_id FROM holder_sources WHERE source_id = ?", "works", "holder_sources"),
        ("SELECT e.work_id FROM event_sources s JOIN provenance_events e ON e.id = s.event_id"
         " WHERE s.source_id = ?", "works", "provenance"),
        ("SELECT work_id FROM work_literature WHERE source_id = ?", "works", "literature"),
        ("SELECT mission_id FROM mission_sources WHERE source_id = ?", "missions", "sources"),
        ("SELECT person_id FROM person_sources WHERE source_id = ?", "people", "sources"),
        ("SELECT exhibition_id FROM exhibition_sources WHERE source_id = ?", "exhibitions",
         "sources"),
    ],
    "works": [
        ("SELECT work_id FROM work_relations WHERE other_id = ?", "works", "relations"),
        ("SELECT work_id FROM work_literature WHERE book_id = ?", "works", "literature"),
        ("SELECT playlist_id FROM playlist_items WHERE work_id = ?", "playlists", "works"),
    ],
}
_TITLES = {
    "works": "title, title_ru, deleted_at IS NOT NULL", "people": "name, name_ru, 0",
    "missions": "name, name_ru, 0", "exhibitions": "title, title_ru, 0",
    "playlists": "name, NULL, 0",
}
_ORDER = ("works", "missions", "exhibitions", "people", "playlists")


def linking_records(con: sqlite3.Connection, table: str, record_id: str
                    ) -> list[dict[str, Any]]:
    """The records whose links name `record_id` of `table`; [] when nothing links to it."""
    if table not in _LINKS:
        raise ValueError(f"not a record table: {table!r}")
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for sql, owner, field in _LINKS[table]:
        for (owner_id,) in con.execute(sql, (record_id,)):
            if owner == table and owner_id == record_id:
                continue  # a work citing itself does not hold itself
            key = (owner, owner_id, field)
            if key not in found:
                found[key] = _entry(con, owner, owner_id, field)
    return sorted(found.values(), key=lambda e: (_ORDER.index(e["table"]), e["id"],
                                                 e["field"]))


def _entry(con: sqlite3.Connection, table: str, record_id: str, field: str) -> dict[str, Any]:
    row = con.execute(f"SELECT {_TITLES[table]} FROM {table} WHERE id = ?",
                      (record_id,)).fetchone()
    en = (row[0] if row else None) or record_id
    return {"table": table, "id": record_id, "title": {"en": en, "ru": (row[1] if row else None)
                                                       or en},
            "field": field, "field_label": labels(field), "in_trash": bool(row and row[2])}
