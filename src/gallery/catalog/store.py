"""The Catalog: open a catalog file, read and save records, with history and locking.

The UI and the CLI talk to the catalog only through this class (and `search`). Every save is
one transaction that also writes its history rows and refreshes the search index, and a save
carries the version the editor started from: if someone else saved first, `Conflict` is raised
and nothing is written.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..lazy import lazy_module
from . import curator, fts
from . import search as search_module
from .connection import connect_readonly, connect_writable, create_empty, inspect, is_locked_error
from .damage import damaged, integrity_problems
from .errors import (
    CatalogError,
    CatalogLocked,
    CatalogReadOnly,
    CatalogReplaced,
    NotFound,
)
from .location import display_name, is_server, require_server_driver
from .schema import SCHEMA_VERSION, migrate
from .snapshot import read_snapshot
from .store_desk import DeskQueries
from .store_records import RecordTables
from .store_works import WorkWrites
from .team import TeamPresence
from .writers import WriterLock

if TYPE_CHECKING:  # loaded when first used: the visitor's window opens without them
    from . import backup as backups
    from . import history, linked
else:
    backups = lazy_module("gallery.catalog.backup")
    history = lazy_module("gallery.catalog.history")
    linked = lazy_module("gallery.catalog.linked")


def _new_change_id() -> str:
    return history.new_change_id()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Catalog(WorkWrites, RecordTables, DeskQueries, TeamPresence):
    """One open catalog file. Not for use from two threads at once (give it to one worker)."""

    def __init__(self, path: Path, con: sqlite3.Connection, read_only_reason: str | None,
                 who: str, clock: Callable[[], str],
                 change_ids: Callable[[], str] | None = None) -> None:
        self.path = path
        self._con = con
        self.read_only_reason = read_only_reason
        self.who = who
        self._clock = clock
        self.new_change_id = change_ids or _new_change_id
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.identity = file_identity(path)  # the file this connection has open
        self._writer_lock: WriterLock | None = None
        self.location: str | Path = path  # what was opened: the file, or the server's URL
        self.server_role: str | None = None  # the database login on a server (it signs there)

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, read_only: bool = False,
             who: str | None = None, clock: Callable[[], str] | None = None,
             change_ids: Callable[[], str] | None = None, writer: bool = True) -> Catalog:
        """Open (or with `create`, make) a catalog; raise a CatalogError subclass if unusable.

        An older catalog is backed up beside itself, then migrated. A read-only file or disk
        opens for browsing with `read_only_reason` set.

        A writable catalog holds the writers' lock (`writers.py`) from now until `close`, so
        restore refuses while it is open; with `writer=False` (a visitor window that may write
        one day) the lock is taken at the first write instead.
        """
        if is_server(path):
            return cls._open_server(str(path), create, read_only, who, clock, change_ids,
                                    writer)
        path = Path(path)
        if create and not path.exists():
            create_empty(path)
        version, writable = inspect(path)
        reason = None
        if read_only:
            reason = "opened read-only"
        elif not writable:
            reason = "the catalog file or its folder is read-only"
        lock = WriterLock.acquire(path) if reason is None and writer else None
        try:
            backup_path = None
            if reason is None and version < SCHEMA_VERSION and version > 0:
                backup_path = backups.backup(path, reason=f"before-migration-v{version}")
            con, identity = _connect_same_file(path, reason)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        catalog = cls(path, con, reason, who or curator.signature(), clock or utc_now,
                      change_ids)
        catalog._writer_lock = lock
        catalog.identity = identity
        if reason is not None and 0 < version < SCHEMA_VERSION:
            fts.temp_index(con)  # not migrated: its index still has the old name
        if reason is None and version < SCHEMA_VERSION:
            try:
                migrate(con)
            except sqlite3.DatabaseError as error:
                catalog.close()
                raise catalog._explain(error) from None
            catalog.migrated_from = version
            catalog.backup_path = backup_path
        return catalog

    @classmethod
    def _open_server(cls, url: str, create: bool, read_only: bool, who: str | None,
                     clock: Callable[[], str] | None,
                     change_ids: Callable[[], str] | None, writer: bool) -> Catalog:
        """A catalog on a PostgreSQL server (pg/): the same API; history names the database
        user unless `who` is given; a role that may not write opens it read-only."""
        require_server_driver(url)
        from .pg.opening import open_connection

        con, reason, user = open_connection(url, create, read_only, writer)
        catalog = cls(Path(display_name(url)), cast(sqlite3.Connection, con), reason,
                      who or curator.signature(backend_name=user), clock or utc_now,
                      change_ids)
        catalog.location = url
        catalog.server_role = user
        return catalog

    def close(self) -> None:
        self.stop_editing()
        self._con.close()
        if self._writer_lock is not None:
            self._writer_lock.release()
            self._writer_lock = None

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def where(self) -> str:
        """How messages name this catalog: its file, or its server's URL (no password)."""
        return display_name(self.location) if self.on_server else str(self.path)

    @property
    def server_database(self) -> str:
        return str(self._con.execute("SELECT current_database()").fetchone()[0])

    @property
    def on_server(self) -> bool:
        return is_server(self.location)

    @property
    def images_dir(self) -> Path:
        if self.on_server:  # a shared folder, named in the catalog (README, 'A team catalog')
            from .pg.opening import images_dir

            if getattr(self, "_images", None) is None:  # asked once: a show outlives outages
                self._images = images_dir(self._con)
            return self._images
        return self.path.parent / "images"

    @property
    def connection(self) -> sqlite3.Connection:
        """For the catalog package's own modules (export, check); not for the UI."""
        return self._con

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read snapshot for several statements (see `snapshot`); nests freely."""
        with read_snapshot(self._con) as con:
            yield con

    def replaced(self) -> bool:
        """True once the file at our path is another one than this connection reads (restored
        or rebuilt meanwhile): a reader should reopen, a writer must not save."""
        return file_identity(self.path) != self.identity

    def data_version(self) -> int:
        """A number that changes whenever this file is changed by any connection or process."""
        row = self._con.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()
        return int(row[0])

    def now(self) -> str:
        return self._clock()

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; environment failures become readable CatalogErrors."""
        if self.read_only_reason:
            raise CatalogReadOnly(f"{self.where}: editing is off — {self.read_only_reason}")
        if self._writer_lock is None and not self.on_server:
            self._writer_lock = WriterLock.acquire(self.path)
        try:
            self._con.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise self._explain(error) from None
        try:
            yield self._con
            if self.replaced():  # committing now would write into a file nobody reads
                raise CatalogReplaced(
                    f"{self.path}: the catalog file was replaced (restored from a backup?) "
                    "after it was opened here; nothing was saved — reopen the catalog")
            self._con.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._rollback()
            raise self._explain(error) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._con.in_transaction:
            self._con.execute("ROLLBACK")

    def _explain(self, error: sqlite3.DatabaseError) -> CatalogError | sqlite3.DatabaseError:
        text = str(error).lower()
        if is_locked_error(error):
            return CatalogLocked(f"{self.where}: another program is saving; nothing was saved, "
                                 "try again")
        if "disk is full" in text or "disk i/o" in text:
            return CatalogError(f"{self.where}: the disk is full or failing; nothing was saved")
        if ("readonly" in text or "read-only" in text) and self.on_server:
            inner = str(error)[str(error).find("(") + 1:].rstrip(")") if "(" in str(error) \
                else str(error)  # the server's own words, e.g. "permission denied for sequence"
            return CatalogReadOnly(f"{self.where}: the database user {self.who} lacks write "
                                   f"rights on the server ({inner}); nothing saved — ask the "
                                   "administrator for a curator's GRANTs (see README, 'A team "
                                   "catalog')")
        if "readonly" in text or "read-only" in text:
            return CatalogReadOnly(f"{self.where}: the catalog cannot be written; nothing saved")
        return error

    # -- works ----------------------------------------------------------------------------
    def search(self, query: str = "", filters: dict[str, Any] | None = None,
               sort: str = "relevance", limit: int = 100, offset: int = 0,
               facets: bool = True, include_deleted: bool = False,
               correct: bool = True,
               snippets_lang: str | None = None,
               count: bool = True) -> search_module.SearchResult:
        """Works matching typed text and filters; see `gallery.catalog.search`. When nothing
        matches and `correct`, misspelt words are corrected (`result.corrected_query`); with
        `snippets_lang` ("en"/"ru"), each hit says where its text matched (`result.snippets`);
        `count=False`: a large result's `total` may be an estimate (`result.total_exact`)."""
        with self.reading() as con:  # the page, its total and its counts from one snapshot
            return search_module.search(con, query, filters or {}, sort, limit, offset,
                                        facets, include_deleted, correct, snippets_lang,
                                        count)

    def facet_counts(self, query: str = "", filters: dict[str, Any] | None = None,
                     include_deleted: bool = False) -> dict[str, list[tuple[str, str, int]]]:
        """Facet counts alone: on a large catalog the UI shows results first, counts after."""
        with self.reading() as con:
            return search_module.facet_counts(con, search_module.match_expression(query),
                                              filters or {}, include_deleted)

    def get(self, work_id: str) -> dict[str, Any]:
        """The full record of one work, with everything linked to it named."""
        with self.reading() as con:  # never half of one save and half of the next
            record = linked.load_work(con, work_id)
            if record is None:
                raise NotFound(f"there is no work {work_id!r}")
            return linked.enrich_work(con, record)

    def work_ids(self, include_deleted: bool = False) -> list[str]:
        where = "" if include_deleted else "WHERE deleted_at IS NULL"
        return [r[0] for r in self._con.execute(f"SELECT id FROM works {where} ORDER BY key")]

    # -- history --------------------------------------------------------------------------
    def history(self, work_id: str, table: str = "works") -> list[dict[str, Any]]:
        """Every change to one record, oldest first, each with a field-by-field diff."""
        with self.reading() as con:
            return history.entries(con, table, work_id)

    def blame(self, work_id: str, table: str = "works") -> dict[str, dict[str, str]]:
        with self.reading() as con:
            return history.blame(con, table, work_id)

    def backup(self, reason: str = "manual", keep: int | None = None,
               with_images: bool = False) -> Path:
        """A rotated backup; a damaged catalog is refused, so it never displaces a good copy."""
        keep = backups.DEFAULT_KEEP if keep is None else keep
        if self.on_server:  # a catalog file in the user's data folder (pg/backup.py)
            from .pg.backup import backup_server

            return backup_server(self._con, reason, keep, str(self.location), self.who)
        problems = integrity_problems(self._con, quick=True, limit=20)
        if problems:
            raise damaged(self.path, f"{problems[0]}; no backup was written")
        return backups.backup(self.path, reason=reason, keep=keep, con=self._con,
                              with_images=with_images, who=self.who)


def _connect_same_file(path: Path, reason: str | None
                       ) -> tuple[sqlite3.Connection, tuple[int, int] | None]:
    """Connect, and say which file the connection has: the path must name the same file just
    before and just after connecting (a restore may swap it in between; then connect again)."""
    for _ in range(20):
        before = file_identity(path)
        con = connect_readonly(path) if reason else connect_writable(path)
        if file_identity(path) == before:
            return con, before
        con.close()
        time.sleep(0.05)
    raise CatalogLocked(f"{path}: is being replaced again and again; try again later")


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`, None if there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino

