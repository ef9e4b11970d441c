"""Thumbnails: made through the safe decoder, cached in SQLite and in memory.

Entries are keyed by (content key, box size, recipe).  The content key is the
sha256 of the source file, which the catalog records for every image, so a
replaced image gets a new key and can never show a stale thumbnail; old
entries simply stop being read and age out of the LRU.  ``RECIPE`` is bumped
whenever :func:`make_thumbnail`'s output changes, with the same effect.

The cache is a separate SQLite file (never the catalog) so it can be deleted
at any time.  It is safe for several threads (one connection per thread) and
several processes (WAL, busy timeout, short write transactions), bounded in
bytes with least-recently-used eviction in batches, and fronted by a small
in-memory LRU bounded in bytes.  This module must never import Qt.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from PIL import Image

# Pillow (with the safe decoder) is imported where a thumbnail is made: reading the cache, as
# the grid does on every start after the first, needs neither.

#: Bump when make_thumbnail's output changes (filter, quality, format).
RECIPE = 1
JPEG_QUALITY = 85
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
DEFAULT_MEMORY_BYTES = 32 * 1024 * 1024
#: After eviction the disk cache holds at most this share of max_bytes, so
#: eviction runs in batches rather than on every insert once full.
LOW_WATER = 0.9
_KEY = re.compile(r"[0-9a-f]{64}")

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS thumbs (
    id INTEGER PRIMARY KEY,
    content_key TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    recipe INTEGER NOT NULL,
    nbytes INTEGER NOT NULL,
    last_access REAL NOT NULL,
    data BLOB NOT NULL,  -- last, so the LRU scan never walks blob pages
    UNIQUE (content_key, width, height, recipe)
);
CREATE INDEX IF NOT EXISTS thumbs_lru ON thumbs (last_access);
CREATE TABLE IF NOT EXISTS totals (id INTEGER PRIMARY KEY CHECK (id = 0), nbytes INTEGER);
INSERT OR IGNORE INTO totals VALUES (0, 0);
-- Triggers keep the running total exact whoever inserts or deletes.
CREATE TRIGGER IF NOT EXISTS thumbs_ins AFTER INSERT ON thumbs BEGIN
    UPDATE totals SET nbytes = nbytes + NEW.nbytes WHERE id = 0;
END;
CREATE TRIGGER IF NOT EXISTS thumbs_del AFTER DELETE ON thumbs BEGIN
    UPDATE totals SET nbytes = nbytes - OLD.nbytes WHERE id = 0;
END;
"""


def default_cache_dir() -> Path:
    """The per-user cache folder; callers (and every test) may pass another."""
    return Path(platformdirs.user_cache_dir("leonov-gallery")) / "thumbnails"


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Hex sha256 of a file's bytes: the content key used by the caches."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def make_thumbnail(path: str | os.PathLike[str], size: tuple[int, int]) -> bytes:
    """Encode a thumbnail fitting within ``size``: JPEG, or PNG if it has alpha.

    Uses a reduced decode (never the full image for JPEG), Lanczos resampling,
    and no metadata, so the bytes are deterministic for a given file.
    Raises :class:`gallery.imaging.decode.ImageRefused`.
    """
    from gallery.imaging.decode import decode

    return encode_thumbnail(decode(path, max_size=_check_size(size)))


def encode_thumbnail(im: Image.Image) -> bytes:
    """Encode an already fitted RGB/RGBA image the way make_thumbnail does."""
    from gallery.imaging.decode import lowest_alpha

    if im.mode == "RGBA" and lowest_alpha(im) == 255:
        im = im.convert("RGB")  # opaque after all: JPEG is ~5x smaller
    buf = io.BytesIO()
    if im.mode == "RGBA":
        im.save(buf, "PNG", compress_level=6)
    else:
        im.save(buf, "JPEG", quality=JPEG_QUALITY)
    return buf.getvalue()


@dataclass(frozen=True)
class CacheStats:
    entries: int
    bytes: int  # thumbnail bytes stored on disk
    max_bytes: int
    memory_entries: int
    memory_bytes: int


class ThumbnailCache:
    """Thread- and process-safe thumbnail cache; see the module docstring."""

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        memory_bytes: int = DEFAULT_MEMORY_BYTES,
        touch_interval: float = 60.0,
    ) -> None:
        """``touch_interval``: a disk hit rewrites last_access only when it is
        older than this many seconds, so warm reads stay read-only."""
        if max_bytes < 1 or memory_bytes < 0:
            raise ValueError("max_bytes must be positive and memory_bytes not negative")
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = self.cache_dir / "thumbnails.sqlite3"
        self.max_bytes = max_bytes
        self.memory_limit = memory_bytes
        self.touch_interval = touch_interval
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        # key -> [bytes, when its disk row's last_access was last refreshed]
        self._mem: OrderedDict[tuple[str, int, int], list] = OrderedDict()
        self._mem_bytes = 0
        self._mem_lock = threading.Lock()
        self._closed = False
        try:
            self._conn()  # create the schema now: problems surface at startup
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise  # locked, disk full...: not the file's fault
            # Not a database (or damaged): a cache is disposable, start afresh.
            log.warning("discarding broken thumbnail cache %s: %s", self.db_path, exc)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
            self._conn()

    # -- public API ----------------------------------------------------------

    def get_or_make(
        self, path: str | os.PathLike[str], content_key: str, size: tuple[int, int]
    ) -> bytes:
        """Cached thumbnail bytes for ``path``, making and storing them on a miss.

        Raises ImageRefused for a bad image (refusals are not cached).  Cache
        trouble (locked or broken database) is logged and the thumbnail is
        still returned.
        """
        data = self.get(content_key, size)
        if data is None:
            data = make_thumbnail(path, size)  # slow part: outside any lock
            self.put(content_key, size, data)
        return data

    def get(self, content_key: str, size: tuple[int, int]) -> bytes | None:
        """Cached bytes or None; a disk hit is also kept in memory."""
        key = _mem_key(content_key, size)
        now = time.time()
        with self._mem_lock:
            entry = self._mem.get(key)
            if entry is not None:
                self._mem.move_to_end(key)
                stale = now - entry[1] > self.touch_interval
                if stale:
                    entry[1] = now
        if entry is not None:
            if stale:  # keep the disk LRU honest about thumbnails hot in memory
                self._touch(key, now)
            return entry[0]
        try:
            con = self._conn()
            row = con.execute(
                "SELECT id, last_access, data FROM thumbs"
                " WHERE content_key = ? AND width = ? AND height = ? AND recipe = ?",
                (*key, RECIPE),
            ).fetchone()
            if row is None:
                return None
            if now - row[1] > self.touch_interval:
                con.execute("UPDATE thumbs SET last_access = ? WHERE id = ?", (now, row[0]))
        except sqlite3.Error as exc:
            log.warning("thumbnail cache read failed (%s): %s", self.db_path, exc)
            return None
        data = bytes(row[2])
        self._remember(key, data, now)
        return data

    def put(self, content_key: str, size: tuple[int, int], data: bytes) -> None:
        """Store bytes under (content_key, size), evicting LRU entries if needed."""
        key = _mem_key(content_key, size)
        self._remember(key, data, time.time())
        if len(data) > self.max_bytes:
            return  # would evict everything, itself included
        try:
            self._store(key, data)
        except sqlite3.Error as exc:
            log.warning("thumbnail cache write failed (%s): %s", self.db_path, exc)

    def stats(self) -> CacheStats:
        con = self._conn()
        entries, stored = con.execute(
            "SELECT count(*), coalesce(sum(nbytes), 0) FROM thumbs"
        ).fetchone()
        with self._mem_lock:
            return CacheStats(entries, stored, self.max_bytes, len(self._mem), self._mem_bytes)

    def clear(self) -> None:
        """Drop every cached thumbnail, on disk and in memory."""
        with self._mem_lock:
            self._mem.clear()
            self._mem_bytes = 0
        con = self._conn()
        con.execute("BEGIN IMMEDIATE")
        con.execute("DELETE FROM thumbs")
        con.execute("COMMIT")
        con.execute("PRAGMA incremental_vacuum").fetchall()

    def close(self) -> None:
        """Close every thread's connection; the cache is unusable afterwards."""
        with self._conns_lock:
            self._closed = True
            for con in self._conns:
                con.close()
            self._conns.clear()

    def __enter__(self) -> ThumbnailCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is not None:
            return con
        with self._conns_lock:
            if self._closed:
                raise RuntimeError("ThumbnailCache is closed")
            # isolation_level=None: we write BEGIN/COMMIT ourselves, keeping
            # write transactions as short as one insert plus eviction.
            # check_same_thread=False only so close() may close it; each
            # connection is otherwise used by the thread that made it.
            con = sqlite3.connect(
                self.db_path, timeout=10.0, isolation_level=None, check_same_thread=False
            )
            try:
                con.execute("PRAGMA auto_vacuum = INCREMENTAL")  # only effective on a new file
                con.execute("PRAGMA journal_mode = WAL")
                con.execute("PRAGMA synchronous = NORMAL")  # a cache may lose its last writes
                con.execute("BEGIN IMMEDIATE")
                for statement in _statements(_SCHEMA):
                    con.execute(statement)
                con.execute("COMMIT")
            except BaseException:
                con.close()
                raise
            self._conns.append(con)
        self._local.con = con
        return con

    def _store(self, key: tuple[str, int, int], data: bytes) -> None:
        con = self._conn()
        evicted = 0
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute(
                "INSERT INTO thumbs (content_key, width, height, recipe, nbytes, last_access, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (*key, RECIPE, len(data), time.time(), data),
            )
            (total,) = con.execute("SELECT nbytes FROM totals WHERE id = 0").fetchone()
            if total > self.max_bytes:
                evicted = self._evict(con, total - int(self.max_bytes * LOW_WATER))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        if evicted:
            # fetchall(): the pragma frees pages only as it is stepped.
            con.execute("PRAGMA incremental_vacuum").fetchall()

    @staticmethod
    def _evict(con: sqlite3.Connection, need: int) -> int:
        """Delete least-recently-used rows until ``need`` bytes are freed."""
        victims: list[int] = []
        freed = 0
        for row_id, nbytes in con.execute("SELECT id, nbytes FROM thumbs ORDER BY last_access, id"):
            victims.append(row_id)
            freed += nbytes
            if freed >= need:
                break
        for start in range(0, len(victims), 500):  # stay under SQLite's variable limit
            chunk = victims[start : start + 500]
            marks = ",".join("?" * len(chunk))
            con.execute(f"DELETE FROM thumbs WHERE id IN ({marks})", chunk)
        return len(victims)

    def _touch(self, key: tuple[str, int, int], now: float) -> None:
        try:
            self._conn().execute(
                "UPDATE thumbs SET last_access = ?"
                " WHERE content_key = ? AND width = ? AND height = ? AND recipe = ?",
                (now, *key, RECIPE),
            )
        except sqlite3.Error as exc:  # best effort: only the LRU order suffers
            log.warning("thumbnail cache touch failed (%s): %s", self.db_path, exc)

    def _remember(self, key: tuple[str, int, int], data: bytes, touched: float) -> None:
        if len(data) > self.memory_limit:
            return
        with self._mem_lock:
            old = self._mem.pop(key, None)
            if old is not None:
                self._mem_bytes -= len(old[0])
            self._mem[key] = [data, touched]
            self._mem_bytes += len(data)
            while self._mem_bytes > self.memory_limit:
                _, dropped = self._mem.popitem(last=False)
                self._mem_bytes -= len(dropped[0])


def _statements(script: str) -> list[str]:
    """Split the schema into statements (triggers contain ';' of their own)."""
    out: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    return out


def _check_size(size: tuple[int, int]) -> tuple[int, int]:
    w, h = size
    if not (isinstance(w, int) and isinstance(h, int) and w > 0 and h > 0):
        raise ValueError(f"thumbnail size must be two positive ints, got {size!r}")
    return w, h


def _mem_key(content_key: str, size: tuple[int, int]) -> tuple[str, int, int]:
    key = content_key.lower()
    if not _KEY.fullmatch(key):
        raise ValueError(f"content_key must be a hex sha256, got {content_key!r}")
    return (key, *_check_size(size))
