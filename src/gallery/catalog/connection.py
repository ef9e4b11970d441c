"""Opening a catalog file safely: refuse what is not ours, never touch a file we refuse.

Every check that can fail runs on a read-only connection first, so a wrong file, a newer schema
or a locked catalog leaves the file's bytes exactly as they were. Only then is a writable
connection opened (WAL, synchronous=FULL, foreign keys on), after a backup when a migration is
due.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from ..inputs import InputRefused, open_regular
from . import collation
from .damage import damaged, integrity_problems, is_damage_error
from .errors import CatalogLocked, CatalogMissing, CatalogReadOnly, NotACatalog, SchemaTooNew
from .schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def file_uri(path: Path, mode: str, immutable: bool = False) -> str:
    """A `file:` URI naming exactly `path`: SQLite percent-decodes the path part, so `%`,
    `?`, `#` and every other special character is escaped (`cat%20alog.db` stays itself)."""
    quoted = quote(str(path.resolve()), safe="/")
    return f"file:{quoted}?mode={mode}" + ("&immutable=1" if immutable else "")


def _connect(uri: str) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves; check_same_thread off because the
    # UI hands the store to one serial worker thread, never to two at once.
    con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                          timeout=BUSY_TIMEOUT_MS / 1000)
    con.row_factory = sqlite3.Row
    collation.register(con)  # "by title" in Russian sorts with it
    return con


def is_locked_error(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def open_here(path: Path) -> bool:
    """Whether this process already has `path` open (found by stat alone, never by opening).

    SQLite's locks are POSIX advisory locks, which belong to the process: closing ANY
    descriptor on the catalog drops every lock this process's connections hold on it, and
    another program closing the catalog then checkpoints and deletes the -wal and -shm our
    connection still writes to ("How To Corrupt An SQLite Database File", 2.2.1). So a file
    already open here is never opened outside SQLite (whose own opens share one descriptor).
    """
    try:
        target = os.stat(path)
        names = os.listdir("/proc/self/fd")
    except OSError:
        return False
    if not stat.S_ISREG(target.st_mode):  # /dev/null, a pipe: never a catalog, always checked
        return False
    for name in names:
        try:
            held = os.stat(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if (held.st_dev, held.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def _read_header(path: Path) -> bytes:
    with os.fdopen(open_regular(path), "rb") as handle:
        return handle.read(len(SQLITE_MAGIC))


def inspect(path: Path) -> tuple[int, bool]:
    """Check `path` is a catalog we can open; return (schema version, writable).

    Raises CatalogMissing, NotACatalog, SchemaTooNew or CatalogLocked without writing anything.
    """
    try:
        header = SQLITE_MAGIC if open_here(path) else _read_header(path)
    except FileNotFoundError:
        raise CatalogMissing(f"{path}: no such catalog file") from None
    except InputRefused as error:
        if path.is_dir():
            raise NotACatalog(f"{path}: is a folder, not a catalog file") from None
        raise NotACatalog(f"{path}: {error.strerror}; give a catalog file") from None
    except OSError as error:
        raise CatalogReadOnly(f"{path}: cannot be read ({error.strerror})") from None
    if header != SQLITE_MAGIC:
        raise NotACatalog(f"{path}: is not a SQLite catalog file")
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    con = None
    try:
        con = _connect(file_uri(path, "ro", immutable=not writable))
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if is_locked_error(error):
            raise CatalogLocked(f"{path}: is locked by another program; try again") from None
        # the file says it is SQLite: what SQLite cannot read is damage
        raise damaged(path, error) from None
    finally:
        if con is not None:
            con.close()
    if app_id != APPLICATION_ID and tables:
        raise NotACatalog(f"{path}: is a SQLite file, but not a Leonov Gallery catalog")
    if version < 0:  # SQLite stores it signed; we never write one below 0
        raise damaged(path, f"its schema version reads {version}")
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"{path}: was written by a newer Leonov Gallery (schema {version}; this program "
            f"reads up to {SCHEMA_VERSION}) — please update the program"
        )
    return version, writable


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: WAL catalogs on a read-only disk are read as immutable."""
    writable_dir = os.access(path.parent, os.W_OK)
    con = _connect(file_uri(path, "ro", immutable=not writable_dir))
    con.execute("PRAGMA foreign_keys = ON")
    return con


def connect_writable(path: Path) -> sqlite3.Connection:
    con = _connect(file_uri(path, "rwc"))
    try:
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # e.g. a filesystem without shared memory
            con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        con.close()
        if is_locked_error(error):
            raise CatalogLocked(f"{path}: is locked by another program; try again") from None
        if is_damage_error(error):
            raise damaged(path, error) from None
        raise
    return con


def create_empty(path: Path) -> None:
    """Make a new, empty catalog file with the current schema."""
    from .schema import migrate

    if path.exists():
        raise CatalogReadOnly(f"{path}: already exists; choose a new file name")
    con = connect_writable(path)
    try:
        migrate(con)
    finally:
        con.close()


def quick_check_file(path: str | Path) -> list[str]:
    """`integrity_problems(quick=True)` on a file opened read-only; [] if it is sound or is
    not a file SQLite can be asked about (a missing or foreign file is not "damaged")."""
    target = Path(path)
    if not target.is_file():
        return []
    try:
        con = sqlite3.connect(file_uri(target, "ro"), uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return integrity_problems(con, quick=True, limit=20)
    finally:
        con.close()
