"""The catalog's schema on PostgreSQL, at the same version numbers as on SQLite.

There is one description of the tables: SQLite's migrations (schema.py). A server catalog is
created at the current version from it: the tables, keys, checks and indexes that SQLite's
migrations leave in a fresh catalog are read back and spoken in PostgreSQL's types (INTEGER is
bigint, REAL double precision, a rowid key a sequence), so the two backends cannot drift apart.
What is the file's own (SQLite's full-text tables, sqlite-utils' triggers, the Datasette views)
is left out; the server gets its own search index (`works_index` with tsvectors,
search_index.py) and its own append-only trigger on history. The version is kept in `gallery_meta`.

A later schema version adds its step to `SERVER_MIGRATIONS` (same number as SQLite's).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

from ..schema import SCHEMA_VERSION, migrate
from . import presence, search_index
from .dialect import GENERATED_KEYS

SKIPPED_TABLE = re.compile(r"^(sqlite_|works_fts|works_index)")

_PROLOGUE = """
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2',
                                       deterministic = false);
CREATE TABLE gallery_meta (key text PRIMARY KEY, value text NOT NULL);
"""

_EPILOGUE = """
CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'history is append-only'; END $$;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
    FOR EACH ROW EXECUTE FUNCTION history_append_only();
CREATE VIEW sqlite_master AS
    SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'i' THEN 'index' WHEN 'v' THEN 'view'
                ELSE 'other' END AS type,
           c.relname::text AS name, c.relname::text AS tbl_name, NULL::text AS sql
    FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
      AND c.relkind IN ('r', 'i', 'v');
"""

_KEY_TRIGGER = """
CREATE SEQUENCE {table}_{column}_seq;
CREATE FUNCTION {table}_{column}_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.{column} IS NULL THEN
        NEW.{column} := nextval('{table}_{column}_seq');
    ELSIF NEW.{column} > (SELECT last_value FROM {table}_{column}_seq) THEN
        PERFORM setval('{table}_{column}_seq', NEW.{column});
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER {table}_{column}_fill BEFORE INSERT ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_{column}_fill();
"""


def _pg_types(sql: str) -> str:
    sql = re.sub(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?", "bigint PRIMARY KEY", sql,
                 flags=re.IGNORECASE)
    sql = re.sub(r"\bINTEGER\b", "bigint", sql, flags=re.IGNORECASE)
    return re.sub(r"\bREAL\b", "double precision", sql, flags=re.IGNORECASE)


def _reference_schema() -> list[tuple[str, str, str, str]]:
    """(type, name, table, sql) of a fresh SQLite catalog at the current version."""
    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(con)
        return [tuple(r) for r in con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY rowid")]
    finally:
        con.close()


def _in_dependency_order(tables: dict[str, str]) -> list[str]:
    """Tables ordered so that each one's REFERENCES name tables already created."""
    done: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done or name in path:
            return
        for target in re.findall(r"REFERENCES\s+(\w+)", tables[name], re.IGNORECASE):
            if target in tables and target != name:
                visit(target, (*path, name))
        done.append(name)

    for name in tables:
        visit(name, ())
    return done


def create_statements() -> list[str]:
    """Every statement that makes an empty database a catalog at SCHEMA_VERSION."""
    reference = _reference_schema()
    tables = {name: sql for kind, name, _, sql in reference
              if kind == "table" and not SKIPPED_TABLE.match(name)}
    out = [_PROLOGUE]
    out += [_pg_types(tables[name]) + ";" for name in _in_dependency_order(tables)]
    out += [sql + ";" for kind, _, table, sql in reference
            if kind == "index" and table in tables]
    out += [_KEY_TRIGGER.format(table=t, column=c) for t, c in GENERATED_KEYS.items()]
    out += [search_index.create_statements(), _EPILOGUE, presence.CREATE,
            "INSERT INTO gallery_meta VALUES ('application', 'leonov-gallery'), "
            f"('schema_version', '{SCHEMA_VERSION}');"]
    return out


# version → step, for versions after the first server schema (5); each runs in the
# migrating transaction and the version is written after it.
SERVER_MIGRATIONS: dict[int, Callable[[Any], None]] = {}
FIRST_SERVER_VERSION = 5


def create(con: Any) -> None:
    """Make the empty database behind `con` (a PgConnection) a catalog, in one transaction."""
    con.forget_schema()
    con.raw.execute("BEGIN")
    try:
        for statement in create_statements():
            con.raw.execute(statement)
        con.raw.execute("COMMIT")
    except BaseException:
        con.raw.execute("ROLLBACK")
        raise


def migrate_server(con: Any, before: int) -> None:
    """Bring a server catalog from `before` to SCHEMA_VERSION in one transaction."""
    con.forget_schema()
    con.raw.execute("BEGIN")
    try:
        for version in range(before + 1, SCHEMA_VERSION + 1):
            SERVER_MIGRATIONS[version](con)
        con.raw.execute("UPDATE gallery_meta SET value = %s WHERE key = 'schema_version'",
                        (str(SCHEMA_VERSION),))
        con.raw.execute("COMMIT")
    except BaseException:
        con.raw.execute("ROLLBACK")
        raise
