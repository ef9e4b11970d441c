"""Opening a catalog on a PostgreSQL server: refuse what is not ours, with one readable line,
before anything is written (as connection.py does for a file).

An unreachable server, a refused login, a missing database, a database that holds something
else or a catalog of a newer schema each raise a CatalogError naming the server and the cause.
A role that may not write opens the catalog for reading, and says so.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Any

import psycopg

from ..errors import (
    CatalogError,
    CatalogMissing,
    CatalogReadOnly,
    LoginRefused,
    NotACatalog,
    SchemaTooNew,
    ServerUnreachable,
)
from ..location import display_name
from ..schema import SCHEMA_VERSION
from . import presence, schema, search_index
from .connection import KEEPALIVES, READ_TIMEOUT_S, PgConnection

CONNECT_TIMEOUT_S = 10


def explain_connect_error(url: str, error: psycopg.Error) -> CatalogError:
    """One readable line for a failed connection."""
    where = display_name(url)
    text = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
    lowered = str(error).lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return LoginRefused(f"{where}: the server refused the login (wrong user or password)")
    if "does not exist" in lowered and "database" in lowered:
        return CatalogMissing(f"{where}: the server has no such database; ask the "
                              "administrator to create it (see README, 'A team catalog')")
    if "role" in lowered and "does not exist" in lowered:
        return CatalogError(f"{where}: the server has no such user")
    if ("connection refused" in lowered or "no such file or directory" in lowered
            or "could not translate host" in lowered or "timeout" in lowered
            or "could not connect" in lowered or "is the server running" in lowered
            or "starting up" in lowered or "shutting down" in lowered
            or "in recovery mode" in lowered):  # a server at boot or stopping: not up yet
        return ServerUnreachable(f"{where}: cannot reach the PostgreSQL server (is it running, "
                                 "and is the address right?)")
    return CatalogError(f"{where}: cannot open the catalog on the server ({text})")


def connect(url: str, reader: bool = False) -> PgConnection:
    """A connection with keepalives; a `reader`'s statements time out (READ_TIMEOUT_S)."""
    options = {"options": f"-c statement_timeout={READ_TIMEOUT_S * 1000}"} if reader else {}
    try:
        return PgConnection.connect(url, connect_timeout=CONNECT_TIMEOUT_S,
                                    application_name="leonov-gallery", **KEEPALIVES, **options)
    except psycopg.Error as error:
        raise explain_connect_error(url, error) from None


def inspect(con: PgConnection, url: str, create: bool) -> int:
    """The catalog's schema version (0: an empty database we may create a catalog in)."""
    where = display_name(url)
    has_meta = con.execute("SELECT to_regclass('gallery_meta') IS NOT NULL").fetchone()
    if not (has_meta and has_meta[0]):
        tables = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = "
                             "current_schema()").fetchone()
        if tables and tables[0]:
            raise NotACatalog(f"{where}: the database holds tables, but not a Leonov Gallery "
                              "catalog")
        if not create:
            raise CatalogMissing(f"{where}: the database holds no catalog yet; copy one in "
                                 "with `gallery copy-catalog CATALOG.db " + where + "`")
        return 0
    meta: dict[str, str] = dict(con.execute("SELECT key, value FROM gallery_meta").fetchall())
    if meta.get("application") != "leonov-gallery":
        raise NotACatalog(f"{where}: the database is not a Leonov Gallery catalog")
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"{where}: was written by a newer Leonov Gallery (schema {version}; "
                           f"this program reads up to {SCHEMA_VERSION}) — please update the "
                           "program")
    return version


def read_only_reason(con: PgConnection) -> str | None:
    """Why this login may not edit the catalog, or None."""
    row = con.execute("SELECT current_user, has_table_privilege('works', 'UPDATE'), "
                      "current_setting('transaction_read_only')").fetchone()
    assert row is not None
    user, may_update, read_only = row
    if read_only == "on":
        return "the server is read-only (a standby)"
    if not may_update:
        return f"the database user {user} may only read this catalog"
    missing = _missing_write_right(con)
    if missing:  # a save would fail at its first INSERT: say so when the catalog opens
        return (f"the database user {user} lacks write rights on the server ({missing}); ask "
                "the administrator for a curator's GRANTs (see README, 'A team catalog')")
    return None


def _missing_write_right(con: PgConnection) -> str | None:
    """The first table or sequence a save writes that this login may not, or None. The
    presence table is not data (heartbeats): it does not count."""
    row = con.execute(
        "SELECT 'no INSERT, UPDATE, DELETE on table ' || c.relname FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') "
        "AND c.relname NOT IN ('gallery_presence') "
        "AND NOT has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE') "
        "UNION ALL SELECT 'no USAGE, UPDATE on sequence ' || c.relname FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'S' "
        "AND CASE WHEN c.relkind = 'S' THEN NOT has_sequence_privilege(c.oid, 'USAGE, "
        "UPDATE') ELSE false END LIMIT 1").fetchone()  # CASE: the planner may test any row
    return str(row[0]) if row else None


def open_connection(url: str, create: bool, read_only: bool, writer: bool = True
                    ) -> tuple[PgConnection, str | None, str]:
    """(connection, read-only reason or None, the database user) for a server catalog; a
    reader's (read-only, or `writer` False: a visitor window, a show) reads time out."""
    con = connect(url, reader=read_only or not writer)
    try:
        version = inspect(con, url, create)
        if version == 0:
            try:
                schema.create(con)
            except psycopg.errors.InsufficientPrivilege:
                raise CatalogReadOnly(f"{display_name(url)}: this user may not create a "
                                      "catalog in the database") from None
        reason = "opened read-only" if read_only else read_only_reason(con)
        if reason is None and 0 < version < SCHEMA_VERSION:
            schema.migrate_server(con, version)
        if reason is None:  # derived data: an index of an older layout is built again
            search_index.upgrade(con)
        if reason is None and _may_make_presence(con):  # not data: made where missing
            with suppress(psycopg.Error):
                con.raw.execute(presence.CREATE)
        user = con.execute("SELECT current_user").fetchone()
        return con, reason, str(user[0]) if user else "unknown"
    except (sqlite3.Error, psycopg.errors.InsufficientPrivilege) as error:
        # the adapter's words for what the server refused, or the server's own (DDL)
        who, reads = _current_user(con), _may_read(con)
        con.close()
        raise _explain_open_error(url, who, error, reads) from None
    except BaseException:
        con.close()
        raise


def _may_make_presence(con: PgConnection) -> bool:
    """Only a login that may create tables makes a missing presence table: others would
    fill the server's log with "permission denied for schema public" at every opening."""
    row = con.execute("SELECT to_regclass('gallery_presence') IS NULL AND "
                      "has_schema_privilege(current_schema(), 'CREATE')").fetchone()
    return bool(row and row[0])


def _current_user(con: PgConnection) -> str:
    try:
        row = con.execute("SELECT current_user").fetchone()
    except (sqlite3.Error, psycopg.Error):
        return "this login"
    return f"the database user {row[0]}" if row else "this login"


def _may_read(con: PgConnection) -> bool:
    """Whether the login may read the catalog's tables at all (a visitor's one GRANT)."""
    try:
        row = con.execute("SELECT has_table_privilege('gallery_meta', 'SELECT') AND "
                          "has_table_privilege('works', 'SELECT')").fetchone()
    except (sqlite3.Error, psycopg.Error):
        return True  # cannot tell: the refusal's own words say the rest
    return bool(row and row[0])


def _explain_open_error(url: str, user: str, error: Exception,
                        may_read: bool = True) -> CatalogError:
    """A refusal of the server in its own words: a login missing some of a curator's GRANTs
    is told so plainly (the adapter dresses it as SQLite's "readonly database")."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "permission denied" in text or "must be owner" in text:
        inner = text[text.find("(") + 1:text.rfind(")")] if text.endswith(")") else text
        if not may_read:
            return CatalogError(f"{display_name(url)}: {user} lacks read rights on the server "
                                f"({inner}); ask the administrator for the visitor's GRANT "
                                "(GRANT SELECT ON ALL TABLES IN SCHEMA public TO …; see "
                                "README, 'A team catalog')")
        remedy = ("the catalog's owner (the login that made it) must open it once to bring "
                  "its tables up to date" if "must be owner" in text else
                  "ask the administrator for a curator's GRANTs")
        return CatalogReadOnly(f"{display_name(url)}: {user} lacks write rights on the server "
                               f"({inner}); {remedy} (see README, 'A team catalog')")
    return CatalogError(f"{display_name(url)}: cannot open the catalog ({text})")


IMAGES_ENV = "LEONOV_GALLERY_IMAGES"


def images_dir(con: Any) -> Path:
    """A server catalog's image folder: $LEONOV_GALLERY_IMAGES on this machine (where the
    shared drive is mounted here), else the folder named in the catalog's `images_dir`."""
    if os.environ.get(IMAGES_ENV):
        return Path(os.environ[IMAGES_ENV])
    row = con.execute("SELECT value FROM gallery_meta WHERE key = 'images_dir'").fetchone()
    return Path(row[0]) if row else Path("images")


def set_images_dir(con: Any, folder: Path) -> None:
    con.execute("INSERT INTO gallery_meta(key, value) VALUES ('images_dir', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (str(folder),))
