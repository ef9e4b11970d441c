"""The catalog's tables, and numbered forward migrations on `PRAGMA user_version`.

Each migration is a function run inside one transaction; `migrate()` applies the missing ones
in order. A catalog whose version is newer than `SCHEMA_VERSION` is refused before anything is
written. Field names follow CDWA Lite / LIDO where they have one (see DESIGN.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from . import fts
from .schema_v5 import migrate_to_v5
from .sql_script import script as _script

APPLICATION_ID = 0x4C454F4E  # "LEON": marks a file as a Leonov Gallery catalog
SCHEMA_VERSION = 5

# Tables whose records are edited as a whole and carry an optimistic-locking version.
RECORD_TABLES = ("works", "people", "missions", "exhibitions", "sources", "playlists",
                 "agents")

_V1 = """
CREATE TABLE works (
    key INTEGER PRIMARY KEY,          -- stable rowid for the FTS index (ids are slugs)
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    title_ru TEXT,
    other_titles TEXT NOT NULL DEFAULT '[]',
    work_type TEXT,
    category TEXT NOT NULL DEFAULT 'other',
    date_display TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    date_certainty TEXT NOT NULL DEFAULT 'unknown',
    date_note TEXT,
    medium TEXT,
    support TEXT,
    height REAL, width REAL, depth REAL,
    dimension_unit TEXT,
    dimensions_note TEXT,
    inscriptions TEXT,
    where_made TEXT,
    description TEXT,
    description_ru TEXT,
    subjects TEXT NOT NULL DEFAULT '[]',
    series TEXT,
    catalogue_numbers TEXT NOT NULL DEFAULT '[]',
    credit_line TEXT,
    rights TEXT,
    facts TEXT NOT NULL DEFAULT '[]',
    current_holder TEXT,              -- derived from provenance_events on every save
    holder_certainty TEXT NOT NULL DEFAULT 'unknown',
    image_path TEXT,
    image_sha256 TEXT,
    image_width INTEGER,
    image_height INTEGER,
    image_format TEXT,
    image_bytes INTEGER,
    image_is_standin INTEGER NOT NULL DEFAULT 1,
    image_note TEXT,
    image_imported_at TEXT,
    image_imported_by TEXT,
    alt_text TEXT,
    alt_text_ru TEXT,
    confidence TEXT NOT NULL DEFAULT 'low' CHECK (confidence IN ('high', 'medium', 'low')),
    confidence_note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX works_date ON works(date_earliest, date_latest);
CREATE INDEX works_title ON works(title COLLATE NOCASE);
CREATE INDEX works_created ON works(created_at);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ru TEXT,
    born_date TEXT, born_place TEXT, died_date TEXT, died_place TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    facts TEXT NOT NULL DEFAULT '[]',
    bio TEXT, bio_ru TEXT, notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE missions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ru TEXT,
    program TEXT,
    date_display TEXT, date_start TEXT, date_end TEXT, date_certainty TEXT,
    leonov_role TEXT,
    status TEXT NOT NULL DEFAULT 'flown'
        CHECK (status IN ('flown', 'cancelled', 'reassigned', 'replaced')),
    key_facts TEXT NOT NULL DEFAULT '[]',   -- [{key, value}], competing figures kept in value
    facts TEXT NOT NULL DEFAULT '[]',
    summary TEXT, summary_ru TEXT, notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE mission_crew (
    mission_id TEXT NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (mission_id, person_id)
);

CREATE TABLE exhibitions (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    title_ru TEXT,
    venue TEXT, city TEXT,
    date_display TEXT, date_start TEXT, date_end TEXT, date_certainty TEXT,
    status TEXT,
    facts TEXT NOT NULL DEFAULT '[]',
    description TEXT, description_ru TEXT, notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    citation TEXT NOT NULL,
    url TEXT,
    kind TEXT,
    reliability TEXT,
    retrieved TEXT,
    supports TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE work_people (
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (work_id, person_id, role)
);
CREATE INDEX work_people_person ON work_people(person_id);

CREATE TABLE work_missions (
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    mission_id TEXT NOT NULL REFERENCES missions(id),
    link TEXT NOT NULL CHECK (link IN ('made_during', 'depicts', 'commemorates', 'inspired_by')),
    qualifier TEXT,
    position INTEGER NOT NULL,
    PRIMARY KEY (work_id, mission_id, link)
);
CREATE INDEX work_missions_mission ON work_missions(mission_id);

CREATE TABLE exhibition_works (
    exhibition_id TEXT NOT NULL REFERENCES exhibitions(id) ON DELETE CASCADE,
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    relation TEXT NOT NULL DEFAULT 'shown' CHECK (relation IN ('shown', 'related')),
    PRIMARY KEY (exhibition_id, work_id)
);
CREATE INDEX exhibition_works_work ON exhibition_works(work_id);

CREATE TABLE provenance_events (
    id INTEGER PRIMARY KEY,
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date_display TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    certainty TEXT NOT NULL DEFAULT 'unknown'
        CHECK (certainty IN ('certain', 'probable', 'possibly', 'unknown')),
    kind TEXT NOT NULL,
    party TEXT,
    holder TEXT,          -- who holds the work after this event, when it moves title or custody
    transfers TEXT NOT NULL DEFAULT 'none'
        CHECK (transfers IN ('ownership', 'custody', 'none', 'unknown')),
    direct INTEGER NOT NULL DEFAULT 0,  -- 1: known to follow the previous holder directly
    place TEXT,
    note TEXT
);
CREATE INDEX provenance_events_work ON provenance_events(work_id, position);

CREATE TABLE work_sources (
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (work_id, source_id)
);
CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES provenance_events(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, source_id)
);
CREATE TABLE holder_sources (
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (work_id, source_id)
);
CREATE TABLE mission_sources (
    mission_id TEXT NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (mission_id, source_id)
);
CREATE TABLE person_sources (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (person_id, source_id)
);
CREATE TABLE exhibition_sources (
    exhibition_id TEXT NOT NULL REFERENCES exhibitions(id) ON DELETE CASCADE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (exhibition_id, source_id)
);

CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL,      -- groups the rows of one save, batch edit or import
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge')),
    before TEXT,
    after TEXT
);
CREATE INDEX history_record ON history(table_name, record_id, id);
CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;

-- Folded (casefolded, transliterated) text per work; see textfold.py.
CREATE VIRTUAL TABLE works_fts USING fts5(
    titles, body, people, missions, provenance,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# v2: playlists for the slideshow (ordered works, or a saved search evaluated when played).
_V2 = """
CREATE TABLE playlists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'list' CHECK (kind IN ('list', 'search')),
    query TEXT,                        -- JSON {text, filters} when kind = 'search'
    windows TEXT NOT NULL DEFAULT '[]',  -- JSON [{days: [0-6], start: "09:00", end: "18:00"}]
    default_duration_s REAL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE playlist_items (
    playlist_id TEXT NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    caption TEXT,
    duration_s REAL,
    PRIMARY KEY (playlist_id, position)
);
"""


def _v3(con: sqlite3.Connection) -> None:
    fts.rename_legacy(con)
    fts.reindex_all(con)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _script(_V1),
    2: _script(_V2),
    # v3: the search index also holds Snowball stems (wordforms.py); the tables are unchanged
    # (the index is renamed works_index here, so later code reads it by one name).
    3: _v3,
    # v4: live works in date order, so the first page of a broad search walks this index
    # and stops after a page instead of sorting every hit (search.py, _date_page); the works
    # in the trash, so a count of hits subtracts them instead of reading every hit's row.
    4: _script("CREATE INDEX IF NOT EXISTS works_live_date ON works(date_earliest, "
               "title COLLATE NOCASE) WHERE deleted_at IS NULL;\n"
               "CREATE INDEX IF NOT EXISTS works_trashed ON works(key) "
               "WHERE deleted_at IS NOT NULL;"),
    # v5: the bilingual catalog — terms, agents, texts per language (schema_v5.py).
    5: migrate_to_v5,
}


def migrate(con: sqlite3.Connection, to_version: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to `to_version` in one transaction; return the version before."""
    before = con.execute("PRAGMA user_version").fetchone()[0]
    if before >= to_version:
        return before
    con.execute("BEGIN IMMEDIATE")
    try:
        for version in range(before + 1, to_version + 1):
            MIGRATIONS[version](con)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {to_version}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return before
