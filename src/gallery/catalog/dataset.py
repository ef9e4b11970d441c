"""The catalog file as a data set: what sqlite-utils, Datasette and a researcher's SQL expect.

The app searches its own index (`works_index`: folded, stemmed text; fts.py). Beside it,
sqlite-utils' own full-text table `works_fts` over the titles and descriptions in both
languages, with `content="works"` and sqlite-utils' triggers, so `sqlite-utils search
catalog.db works leonov` and Datasette's search box find works, kept in step by the triggers
in the saving transaction. Two views are where a researcher starts: `works_overview` (a work
with its dates, holder and missions) and `provenance_chain` (one row per provenance event, in
order, with stable event ids and names in both languages).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .sql_script import script

if TYPE_CHECKING:
    from sqlite_utils import Database

PLAIN_FTS_COLUMNS = ("title", "title_ru", "description", "description_ru")


def _db(con: sqlite3.Connection) -> Database:
    # Our connection as it is: no pragmas set on it, no plugins run on it. sqlite-utils (with
    # click, dateutil and numpy behind it) is imported here, when first needed: opening a
    # catalog to browse it never needs it, and it costs the window's start a third.
    from sqlite_utils import Database

    return Database(con, recursive_triggers=False, execute_plugins=False)


def enable_plain_fts(con: sqlite3.Connection) -> None:
    """Create works_fts and its triggers (inside the caller's transaction) and fill it."""
    _db(con).table("works").enable_fts(PLAIN_FTS_COLUMNS, create_triggers=True, replace=True)


def rebuild_plain_fts(con: sqlite3.Connection) -> None:
    """Refill works_fts from the works, where the catalog has it (v5 on; a file's own)."""
    if getattr(con, "dialect", "sqlite") != "sqlite":  # a server has its own index
        return
    table = _db(con).table("works")
    if table.detect_fts() == "works_fts":
        table.rebuild_fts()


def _integrity_check(con: sqlite3.Connection) -> None:
    # rank 1: compare the index with the works table itself, not only with its own pages
    con.execute("INSERT INTO works_fts(works_fts, rank) VALUES ('integrity-check', 1)")


def plain_fts_problem(con: sqlite3.Connection) -> str | None:
    """Why works_fts does not match the works table, or None (FTS5's own check; a server
    has no works_fts)."""
    if getattr(con, "dialect", "sqlite") != "sqlite":
        return None
    if _db(con).table("works").detect_fts() != "works_fts":
        return "works_fts (the sqlite-utils search table) is missing"
    try:
        _integrity_check(con)
    except sqlite3.OperationalError as error:
        if "readonly" not in str(error):
            raise
        # FTS5's check is an INSERT: on a read-only file, run it on a copy in memory.
        scratch = sqlite3.connect(":memory:")
        try:
            con.backup(scratch)
            _integrity_check(scratch)
        except sqlite3.DatabaseError:
            return "works_fts (the sqlite-utils search table) differs from the works"
        finally:
            scratch.close()
    except sqlite3.DatabaseError:
        return "works_fts (the sqlite-utils search table) differs from the works"
    return None


def _names(column: str, lang: str) -> str:
    """An agent's or person's name for the id in `column` (old free text stands for itself)."""
    field = "name_ru" if lang == "ru" else "name"
    return (f"coalesce((SELECT a.{field} FROM agents a WHERE a.id = {column}), "
            f"(SELECT p.{field} FROM people p WHERE p.id = {column}), {column})")


def _label(scheme: str, column: str, lang: str) -> str:
    field = "label_ru" if lang == "ru" else "label"
    return f"(SELECT t.{field} FROM terms t WHERE t.scheme = '{scheme}' AND t.code = {column})"


def _missions(field: str) -> str:
    return (f"(SELECT group_concat({field}, '; ') FROM (SELECT m.{field} FROM work_missions wm "
            f"JOIN missions m ON m.id = wm.mission_id WHERE wm.work_id = w.id "
            f"ORDER BY wm.position))")


VIEWS = f"""
DROP VIEW IF EXISTS works_overview;
CREATE VIEW works_overview AS
SELECT w.id, w.title, w.title_ru, w.work_type,
       {_label("work_type", "w.work_type", "en")} AS work_type_label,
       {_label("work_type", "w.work_type", "ru")} AS work_type_label_ru,
       w.date_display, w.date_display_ru, w.date_edtf, w.date_earliest, w.date_latest,
       w.date_qualifier, w.date_certainty, w.medium, w.medium_ru, w.support, w.support_ru,
       w.current_holder_id, w.current_holder, w.current_holder_ru, w.holder_certainty,
       (SELECT group_concat(mission_id, '; ') FROM (SELECT mission_id FROM work_missions
        WHERE work_id = w.id ORDER BY position)) AS mission_ids,
       {_missions("name")} AS missions, {_missions("name_ru")} AS missions_ru,
       w.series, w.series_ru, w.confidence, w.image_is_standin
FROM works w WHERE w.deleted_at IS NULL ORDER BY w.date_earliest, w.id;
DROP VIEW IF EXISTS provenance_chain;
CREATE VIEW provenance_chain AS
SELECT e.id AS event_id, e.work_id, w.title AS work_title, w.title_ru AS work_title_ru,
       e.position + 1 AS step, e.kind,
       {_label("event_kind", "e.kind", "en")} AS kind_label,
       {_label("event_kind", "e.kind", "ru")} AS kind_label_ru,
       e.transfers, e.direct, e.certainty,
       e.date_display, e.date_display_ru, e.date_edtf, e.date_earliest, e.date_latest,
       e.party, {_names("e.party", "en")} AS party_name, {_names("e.party", "ru")} AS party_name_ru,
       e.holder, {_names("e.holder", "en")} AS holder_name,
       {_names("e.holder", "ru")} AS holder_name_ru,
       e.place, e.place_ru, e.note, e.note_ru
FROM provenance_events e JOIN works w ON w.id = e.work_id
WHERE w.deleted_at IS NULL ORDER BY e.work_id, e.position;
"""


def create_views(con: sqlite3.Connection) -> None:
    script(VIEWS)(con)
