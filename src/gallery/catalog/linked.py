"""Reading and writing whole records: a row plus the rows linked to it.

`load_*` return the stored form (ids only), which history keeps; `enrich_*` add the names and
details a reader needs; `write_*` replace a record's rows and links inside the caller's
transaction.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from . import derive, fts
from .names import safe_image_path
from .provenance import derive_holder, transfers_for
from .records import (
    COLUMN_DEFAULTS,
    DERIVED_COLUMNS,
    EVENT_COLUMNS,
    JSON_COLUMNS,
    TABLE_COLUMNS,
    category_for,
)

# Source-link tables: record table → (link table, key column).
SOURCE_LINKS = {
    "works": ("work_sources", "work_id"),
    "missions": ("mission_sources", "mission_id"),
    "people": ("person_sources", "person_id"),
    "exhibitions": ("exhibition_sources", "exhibition_id"),
}


def _row_dict(row: sqlite3.Row, table: str) -> dict[str, Any]:
    out = {}
    for column in TABLE_COLUMNS[table]:
        value = row[column]
        out[column] = json.loads(value) if column in JSON_COLUMNS and value is not None else value
    return out


def _ids(con: sqlite3.Connection, sql: str, *args: Any) -> list[Any]:
    return [r[0] for r in con.execute(sql, args)]


def load_work(con: sqlite3.Connection, work_id: str) -> dict[str, Any] | None:
    row = con.execute("SELECT * FROM works WHERE id = ?", (work_id,)).fetchone()
    if row is None:
        return None
    record = _row_dict(row, "works")
    record["image_is_standin"] = bool(record["image_is_standin"])
    record["image_path"] = safe_image_path(record["image_path"])  # never read one outside
    record["people"] = [dict(r) for r in con.execute(
        "SELECT person_id, role, certainty, role_note, role_note_ru FROM work_people "
        "WHERE work_id = ? ORDER BY position", (work_id,))]
    record["missions"] = [dict(r) for r in con.execute(
        "SELECT mission_id, link, qualifier, qualifier_ru FROM work_missions WHERE work_id = ? "
        "ORDER BY position", (work_id,))]
    record["exhibitions"] = [dict(r) for r in con.execute(
        "SELECT l.exhibition_id, l.relation FROM exhibition_works l JOIN exhibitions e "
        "ON e.id = l.exhibition_id WHERE l.work_id = ? "
        "ORDER BY e.date_start IS NULL, e.date_start, l.exhibition_id", (work_id,))]
    record["relations"] = [dict(r) for r in con.execute(
        "SELECT other_id, relation, certainty, note, note_ru FROM work_relations "
        "WHERE work_id = ? ORDER BY position", (work_id,))]
    record["literature"] = [dict(r) for r in con.execute(
        "SELECT book_id, source_id, pages, note, note_ru FROM work_literature "
        "WHERE work_id = ? ORDER BY position", (work_id,))]
    record["sources"] = _ids(con, "SELECT source_id FROM work_sources WHERE work_id = ? "
                                  "ORDER BY position", work_id)
    record["holder_sources"] = _ids(con, "SELECT source_id FROM holder_sources WHERE "
                                         "work_id = ? ORDER BY position", work_id)
    # Every event's sources in one query (a question per event is a round trip each on a
    # server).
    event_sources: dict[int, list[str]] = {}
    for event_id, source_id in con.execute(
            "SELECT s.event_id, s.source_id FROM event_sources s JOIN provenance_events e "
            "ON e.id = s.event_id WHERE e.work_id = ? ORDER BY s.event_id, s.position",
            (work_id,)):
        event_sources.setdefault(event_id, []).append(source_id)
    events = []
    for event_row in con.execute("SELECT * FROM provenance_events WHERE work_id = ? "
                                 "ORDER BY position", (work_id,)).fetchall():
        event = {c: event_row[c] for c in EVENT_COLUMNS}
        event["event_id"] = event_row["id"]  # stable across saves: outside links may cite it
        event["direct"] = bool(event["direct"])
        event["sources"] = event_sources.get(event_row["id"], [])
        events.append(event)
    record["provenance"] = events
    return record


def _normalise_event(event: dict[str, Any]) -> dict[str, Any]:
    out = {c: event.get(c) for c in EVENT_COLUMNS}
    out["certainty"] = out["certainty"] or "unknown"
    out["transfers"] = out["transfers"] or transfers_for(out["kind"] or "")
    out["direct"] = 1 if out["direct"] else 0
    out["date_qualifier"] = out["date_qualifier"] or "exact"
    derive.read_typed_date(out, "date_earliest", "date_latest")
    # The event's certainty is said once, by the provenance line ("Leonov?, 1975"), so its
    # date is written without its own "probably".
    out.update(derive.dates(out, "date_earliest", "date_latest", "certain"))
    return out


def write_work(con: sqlite3.Connection, record: dict[str, Any], before: dict[str, Any] | None,
               now: str) -> None:
    events = [_normalise_event(e) for e in record.get("provenance") or []]
    holder, holder_certainty = derive_holder(events)
    row = {c: record.get(c) for c in TABLE_COLUMNS["works"] if c not in DERIVED_COLUMNS}
    for column in JSON_COLUMNS & set(row):
        row[column] = json.dumps(row[column] or [], ensure_ascii=False)
    row["image_is_standin"] = 1 if record.get("image_is_standin", True) else 0
    row["date_certainty"] = row.get("date_certainty") or "unknown"
    row["confidence"] = row.get("confidence") or "low"
    row["date_qualifier"] = row.get("date_qualifier") or "exact"
    row["record_kind"] = row.get("record_kind") or "work"
    derive.read_typed_date(row, "date_earliest", "date_latest")
    row.update(derive.dates(row, "date_earliest", "date_latest", row["date_certainty"]))
    for field in ("medium", "support"):
        terms = json.loads(row.get(f"{field}_terms") or "[]")
        typed = str(record.get(field) or "")  # kept exactly: a note may start with a space
        if typed.strip() and typed != derive.labelled(con, terms, row.get(f"{field}_note"),
                                              row.get(f"{field}_note_ru"))[0]:
            # Free text typed over the generated line (an older form, a CSV cell): it is
            # the new value, kept whole as the note; the Russian note is then out of date.
            terms, row[f"{field}_terms"], row[f"{field}_note"] = [], "[]", typed
        row[field], row[f"{field}_ru"] = derive.labelled(
            con, terms, row.get(f"{field}_note"), row.get(f"{field}_note_ru"))
    holder_name, holder_name_ru = derive.agent_names(con, holder)
    row.update(category=category_for(record.get("work_type")), current_holder=holder_name,
               current_holder_ru=holder_name_ru, current_holder_id=holder,
               holder_certainty=holder_certainty, updated_at=now)
    if before is None:
        row["deleted_at"] = None
    _insert_or_update(con, "works", row, record, creating=before is None, now=now)
    work_id = record["id"]
    for table in ("work_people", "work_missions", "work_sources", "holder_sources"):
        con.execute(f"DELETE FROM {table} WHERE work_id = ?", (work_id,))
    con.execute("DELETE FROM exhibition_works WHERE work_id = ?", (work_id,))
    own_ids = {r[0] for r in con.execute("SELECT id FROM provenance_events WHERE work_id = ?",
                                         (work_id,))}
    con.execute("DELETE FROM provenance_events WHERE work_id = ?", (work_id,))
    for pos, link in enumerate(record.get("people") or []):
        con.execute("INSERT OR IGNORE INTO work_people(work_id, person_id, role, position, "
                    "certainty, role_note, role_note_ru) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (work_id, link["person_id"], link["role"], pos, link.get("certainty"),
                     link.get("role_note"), link.get("role_note_ru")))
    for pos, link in enumerate(record.get("missions") or []):
        con.execute("INSERT OR IGNORE INTO work_missions(work_id, mission_id, link, qualifier, "
                    "position, qualifier_ru) VALUES (?, ?, ?, ?, ?, ?)",
                    (work_id, link["mission_id"], link["link"], link.get("qualifier"), pos,
                     link.get("qualifier_ru")))
    con.execute("DELETE FROM work_relations WHERE work_id = ?", (work_id,))
    for pos, link in enumerate(record.get("relations") or []):
        con.execute("INSERT OR IGNORE INTO work_relations(work_id, other_id, relation, "
                    "certainty, note, note_ru, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (work_id, link["other_id"], link["relation"], link.get("certainty"),
                     link.get("note"), link.get("note_ru"), pos))
    con.execute("DELETE FROM work_literature WHERE work_id = ?", (work_id,))
    for pos, item in enumerate(record.get("literature") or []):
        con.execute("INSERT INTO work_literature(work_id, position, book_id, source_id, pages, "
                    "note, note_ru) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (work_id, pos, item.get("book_id"), item.get("source_id"),
                     item.get("pages"), item.get("note"), item.get("note_ru")))
    for link in record.get("exhibitions") or []:
        con.execute("INSERT OR IGNORE INTO exhibition_works VALUES (?, ?, ?)",
                    (link["exhibition_id"], work_id, link.get("relation") or "shown"))
    _write_sources(con, "work_sources", "work_id", work_id, record.get("sources"))
    _write_sources(con, "holder_sources", "work_id", work_id, record.get("holder_sources"))
    # An event keeps its id through every save (only this work's own ids are reused). The
    # events go in with one statement per few hundred, which returns their ids by position.
    rows = []
    for pos, event in enumerate(events):
        kept = record["provenance"][pos].get("event_id")
        rows.append((kept if kept in own_ids else None, work_id, pos,
                     *[event[c] for c in EVENT_COLUMNS]))
    event_ids: dict[int, Any] = {}
    one = f"({', '.join('?' * (3 + len(EVENT_COLUMNS)))})"
    for at in range(0, len(rows), _EVENTS_AT_ONCE):
        chunk = rows[at:at + _EVENTS_AT_ONCE]
        event_ids.update((position, event_id) for event_id, position in con.execute(
            f"INSERT INTO provenance_events(id, work_id, position, {', '.join(EVENT_COLUMNS)}) "
            f"VALUES {', '.join([one] * len(chunk))} RETURNING id, position",
            [value for row in chunk for value in row]).fetchall())
    _insert_rows(con, "event_sources(event_id, source_id, position)", [
        link for pos in range(len(events))
        for link in _source_rows(event_ids[pos], record["provenance"][pos].get("sources"))])
    key = con.execute("SELECT key FROM works WHERE id = ?", (work_id,)).fetchone()[0]
    fts.reindex(con, key)


def _insert_or_update(con: sqlite3.Connection, table: str, row: dict[str, Any],
                      record: dict[str, Any], creating: bool, now: str) -> None:
    """Write one record's own row; a new record starts at version 1, an update bumps it."""
    if creating:
        row.update(created_at=record.get("created_at") or now, version=1)
        columns = list(row)
        con.execute(f"INSERT INTO {table}({', '.join(columns)}) VALUES "
                    f"({', '.join('?' * len(columns))})", [row[c] for c in columns])
    else:
        sets = ", ".join(f"{c} = ?" for c in row)
        con.execute(f"UPDATE {table} SET {sets}, version = version + 1 WHERE id = ?",
                    [*row.values(), record["id"]])


def _write_sources(con: sqlite3.Connection, table: str, column: str, owner: Any,
                   source_ids: list[str] | None) -> None:
    _insert_rows(con, f"{table}({column}, source_id, position)",
                 _source_rows(owner, source_ids))


def _source_rows(owner: Any, source_ids: list[str] | None) -> list[tuple[Any, str, int]]:
    """(owner, source, position) of each source, a repeated source once (where it came
    first)."""
    seen: set[str] = set()
    rows = []
    for pos, source_id in enumerate(source_ids or []):
        if source_id not in seen:
            seen.add(source_id)
            rows.append((owner, source_id, pos))
    return rows


_ROWS_AT_ONCE = 300  # three values a row: well under SQLite's limit of parameters
_EVENTS_AT_ONCE = 200  # provenance events of a work written by one statement


def _insert_rows(con: sqlite3.Connection, target: str, rows: list[tuple[Any, ...]]) -> None:
    """INSERT the rows of three values with one statement (per few hundred rows): one round
    trip to a server, not one a row."""
    for at in range(0, len(rows), _ROWS_AT_ONCE):
        chunk = rows[at:at + _ROWS_AT_ONCE]
        con.execute(f"INSERT INTO {target} VALUES {', '.join(['(?, ?, ?)'] * len(chunk))}",
                    [value for row in chunk for value in row])


def enrich_work(con: sqlite3.Connection, record: dict[str, Any]) -> dict[str, Any]:
    """Add names, mission details and source citations for display."""
    out = dict(record)
    out["people"] = [{**link, **_names(con, "people", link["person_id"])}
                     for link in record["people"]]
    out["missions"] = [{**link, **_names(con, "missions", link["mission_id"])}
                       for link in record["missions"]]
    out["exhibitions"] = [{**link, **_names(con, "exhibitions", link["exhibition_id"])}
                          for link in record["exhibitions"]]
    events = []
    agents = derive.agents_names(con, {e[w] for e in record.get("provenance") or []
                                       for w in ("party", "holder") if e.get(w)})
    for event in record.get("provenance") or []:
        named = dict(event)
        for which in ("party", "holder"):
            named[f"{which}_name"], named[f"{which}_name_ru"] = agents.get(
                event.get(which) or "", (None, None))
        events.append(named)
    out["provenance"] = events
    out.update(related_works(con, record))
    out["source_details"] = source_details(con, _all_source_ids(record))
    return out


def _title_of(con: sqlite3.Connection, work_id: str) -> dict[str, Any]:
    row = con.execute("SELECT title, title_ru, date_display, date_display_ru FROM works "
                      "WHERE id = ?", (work_id,)).fetchone()
    return dict(row) if row else {"title": work_id, "title_ru": None}


def related_works(con: sqlite3.Connection, record: dict[str, Any]) -> dict[str, Any]:
    """Part and whole, possible duplicates and literature, read in both directions: a set
    lists its members, a book the works it reproduces."""
    work_id = record["id"]
    relations = [{**r, **_title_of(con, r["other_id"])} for r in record.get("relations") or []]
    linked = list(relations)  # its own links, then the links other works make to it
    for row in con.execute("SELECT work_id, relation, certainty, note, note_ru FROM "
                           "work_relations WHERE other_id = ? ORDER BY work_id", (work_id,)):
        inverse = {"part_of": "has_part", "may_be_same_as": "may_be_same_as"}[row["relation"]]
        linked.append({"other_id": row["work_id"], "relation": inverse,
                          "certainty": row["certainty"], "note": row["note"],
                          "note_ru": row["note_ru"], **_title_of(con, row["work_id"])})
    literature = [{**item, **(_title_of(con, item["book_id"]) if item.get("book_id") else {})}
                  for item in record.get("literature") or []]
    reproduces = [{"work_id": row["work_id"], "pages": row["pages"],
                   **_title_of(con, row["work_id"])} for row in con.execute(
        "SELECT work_id, pages FROM work_literature WHERE book_id = ? ORDER BY work_id",
        (work_id,))]
    return {"relations": relations, "linked_works": linked, "literature": literature,
            "reproduces": reproduces}


def _all_source_ids(record: dict[str, Any]) -> list[str]:
    ids = list(record.get("sources") or []) + list(record.get("holder_sources") or [])
    for event in record.get("provenance") or []:
        ids.extend(event.get("sources") or [])
    return list(dict.fromkeys(ids))


def source_details(con: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for source_id in ids:
        row = con.execute("SELECT id, citation, url, kind, reliability, notes FROM sources "
                          "WHERE id = ?", (source_id,)).fetchone()
        if row is not None:
            out[source_id] = dict(row)
    return out


def _names(con: sqlite3.Connection, table: str, record_id: str) -> dict[str, Any]:
    columns = {
        "people": "name, name_ru",
        "missions": "name, name_ru, status, date_display, date_display_ru, date_start, "
                    "date_end, program, program_ru",
        "exhibitions": "title AS name, title_ru AS name_ru, venue, city, city_ru, "
                       "date_display, date_display_ru",
    }[table]
    row = con.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return dict(row) if row else {"name": record_id, "name_ru": None}


def load_simple(con: sqlite3.Connection, table: str, record_id: str) -> dict[str, Any] | None:
    row = con.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    record = _row_dict(row, table)
    if table in SOURCE_LINKS:
        link_table, column = SOURCE_LINKS[table]
        record["sources"] = _ids(con, f"SELECT source_id FROM {link_table} WHERE {column} = ? "
                                      "ORDER BY position", record_id)
    if table == "missions":
        record["crew"] = [dict(r) for r in con.execute(
            "SELECT person_id, role, role_note, role_note_ru FROM mission_crew "
            "WHERE mission_id = ? ORDER BY position", (record_id,))]
    if table == "playlists":
        record["items"] = [dict(r) for r in con.execute(
            "SELECT work_id, caption, duration_s FROM playlist_items WHERE playlist_id = ? "
            "ORDER BY position", (record_id,))]
    return record


def write_simple(con: sqlite3.Connection, table: str, record: dict[str, Any],
                 before: dict[str, Any] | None, now: str) -> None:
    row = {c: record.get(c) for c in TABLE_COLUMNS[table] if c not in DERIVED_COLUMNS}
    for column, default in COLUMN_DEFAULTS.get(table, {}).items():
        if row.get(column) is None:
            row[column] = default
    for column in JSON_COLUMNS & set(row):
        empty: Any = None if column == "query" else []
        value = row[column] if row[column] is not None else empty
        row[column] = None if value is None else json.dumps(value, ensure_ascii=False)
    row["updated_at"] = now
    if table in ("missions", "exhibitions"):
        row["date_qualifier"] = row.get("date_qualifier") or "exact"
        derive.read_typed_date(row, "date_start", "date_end")
        row.update(derive.dates(row, "date_start", "date_end", row.get("date_certainty")))
    _insert_or_update(con, table, row, record, creating=before is None, now=now)
    record_id = record["id"]
    if table in SOURCE_LINKS:
        link_table, column = SOURCE_LINKS[table]
        con.execute(f"DELETE FROM {link_table} WHERE {column} = ?", (record_id,))
        _write_sources(con, link_table, column, record_id, record.get("sources"))
    if table == "missions":
        con.execute("DELETE FROM mission_crew WHERE mission_id = ?", (record_id,))
        for pos, member in enumerate(record.get("crew") or []):
            con.execute("INSERT OR IGNORE INTO mission_crew(mission_id, person_id, role, "
                        "position, role_note, role_note_ru) VALUES (?, ?, ?, ?, ?, ?)",
                        (record_id, member["person_id"], member.get("role"), pos,
                         member.get("role_note"), member.get("role_note_ru")))
    if table == "playlists":
        con.execute("DELETE FROM playlist_items WHERE playlist_id = ?", (record_id,))
        for pos, item in enumerate(record.get("items") or []):
            con.execute("INSERT INTO playlist_items VALUES (?, ?, ?, ?, ?)",
                        (record_id, pos, item["work_id"], item.get("caption"),
                         item.get("duration_s")))


def enrich_simple(con: sqlite3.Connection, table: str, record: dict[str, Any]) -> dict[str, Any]:
    """Add back-links: the works (and for people, the missions) that name this record."""
    out = dict(record)
    back = {
        "people": "SELECT w.id, w.title, w.title_ru, l.role AS link FROM work_people l",
        "missions": "SELECT w.id, w.title, w.title_ru, l.link AS link FROM work_missions l",
        "exhibitions": "SELECT w.id, w.title, w.title_ru, l.relation AS link "
                       "FROM exhibition_works l",
    }
    column = {"people": "person_id", "missions": "mission_id", "exhibitions": "exhibition_id"}
    if table in back:
        out["works"] = [dict(r) for r in con.execute(
            f"{back[table]} JOIN works w ON w.id = l.work_id WHERE l.{column[table]} = ? "
            "AND w.deleted_at IS NULL ORDER BY w.date_earliest, w.title", (record["id"],))]
    if table == "missions":
        out["crew"] = [{**m, **_names(con, "people", m["person_id"])} for m in record["crew"]]
    if table == "people":
        out["missions"] = [dict(r) for r in con.execute(
            "SELECT m.id, m.name, m.name_ru, c.role FROM mission_crew c JOIN missions m "
            "ON m.id = c.mission_id WHERE c.person_id = ? ORDER BY m.date_start",
            (record["id"],))]
    if "sources" in record:
        out["source_details"] = source_details(con, record["sources"])
    return out
