"""Crash-safe drafts: an unsaved edit survives a crash, a killed process or a power cut.

The editor writes the record it is editing (plus the version it started from) a moment after
each change. One small JSON file per record, under the user's data folder, in a folder per
catalog (a hash of the catalog's resolved path), so two catalogs never mix their drafts. Each
write goes to a temporary file that is fsynced and then renamed over the old draft
(`os.replace` is atomic on POSIX and Windows), so a crash mid-write leaves the previous draft,
never half of one. On the next start the editor offers every draft it finds; a draft is deleted
once its record is saved or the curator discards it.

A draft belongs to the editor window that wrote it: its `Owner` is the process (pid plus the
process's start time, so a reused pid is not taken for it) and a token per window. Another
window never offers a live owner's draft for recovery, nor deletes it; only a draft whose owner
is gone (crashed, killed, closed without saving) is offered. While a window has a record open it
keeps a small presence file for it, so other windows can say "being edited in another window".

Qt-free: `DraftWriter` runs writes on one background thread, in order, so a delete submitted
after a write always wins.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomically

log = logging.getLogger(__name__)

FORMAT = "leonov-gallery-draft"
_SAFE_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,119}$")


def default_root() -> Path:
    from ..paths import data_dir

    return data_dir() / "drafts"


def catalog_key(catalog_path: str | os.PathLike[str]) -> str:
    """A short stable folder name for a catalog file (the same file always maps to it)."""
    resolved = str(Path(catalog_path).resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]


def process_started(pid: int) -> str:
    """The start time of process `pid` (clock ticks since boot, from /proc), "" if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat.rsplit(")", 1)[-1].split()  # after the command, which may hold spaces
    return fields[19] if len(fields) > 19 else ""


def process_alive(pid: int, started: str) -> bool:
    """Whether process `pid` runs and is the one that started at `started`."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: alive
    except OSError:
        return False
    now = process_started(pid)
    return not started or not now or now == started


@dataclass(frozen=True)
class Owner:
    """One editor window: its process (pid and start time), a token of its own, and the
    name of the curator working in it (said in "being edited elsewhere" notices)."""

    pid: int
    started: str
    token: str
    who: str = ""

    @classmethod
    def current(cls, token: str | None = None) -> Owner:
        return cls(os.getpid(), process_started(os.getpid()), token or uuid.uuid4().hex[:16])

    def alive(self) -> bool:
        return process_alive(self.pid, self.started)

    def to_dict(self) -> dict[str, Any]:
        return {"pid": self.pid, "started": self.started, "token": self.token,
                "who": self.who}

    @classmethod
    def from_dict(cls, data: object) -> Owner | None:
        if not isinstance(data, dict):
            return None
        try:
            token = str(data["token"])
            return cls(int(data["pid"]), str(data.get("started") or ""),
                       token if _SAFE_KEY.match(token) else "", str(data.get("who") or ""))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class Draft:
    """An unsaved edit: `key` is the record id, or a `new-…` key for a record never saved.

    `base` is the record as it was when the edit began, so that after a crash the edits can
    be told apart from what someone else saved meanwhile (a three-way merge).
    """

    table: str
    key: str
    record: dict[str, Any]
    base_version: int | None
    saved_at: float = field(default_factory=time.time)
    who: str = ""
    base: dict[str, Any] | None = None
    owner: Owner | None = None  # None: an old draft, or one whose writer is unknown

    @property
    def is_new(self) -> bool:
        return self.base_version is None

    def orphaned(self) -> bool:
        """Whether the window that wrote it is gone (so the draft may be recovered)."""
        return self.owner is None or not self.owner.alive()

    def to_json(self, catalog_path: str) -> str:
        return json.dumps({
            "format": FORMAT, "version": 1, "catalog": catalog_path, "table": self.table,
            "key": self.key, "base_version": self.base_version, "saved_at": self.saved_at,
            "who": self.who, "record": self.record, "base": self.base,
            "owner": self.owner.to_dict() if self.owner else None,
        }, ensure_ascii=False, sort_keys=True, default=str)

    @classmethod
    def from_json(cls, text: str) -> Draft:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a draft file")
        version = data.get("base_version")
        base = data.get("base")
        return cls(table=str(data["table"]), key=str(data["key"]), record=dict(data["record"]),
                   base_version=None if version is None else int(version),
                   saved_at=float(data.get("saved_at") or 0), who=str(data.get("who") or ""),
                   base=dict(base) if isinstance(base, dict) else None,
                   owner=Owner.from_dict(data.get("owner")))


class DraftStore:
    """The drafts of one catalog, as one editor window (`owner`) sees them."""

    def __init__(self, catalog_path: str | os.PathLike[str], root: Path | None = None,
                 owner: Owner | None = None) -> None:
        self.catalog_path = str(Path(catalog_path).resolve())
        self.folder = (root or default_root()) / catalog_key(catalog_path)
        self.presence = self.folder / "open"
        self.owner = owner or Owner.current()

    @staticmethod
    def _safe(key: str) -> str:
        # Keys are slugs; anything else (an id typed into a new record) is hashed, not trusted.
        return key if _SAFE_KEY.match(key) else "h-" + hashlib.sha256(key.encode()).hexdigest()

    def _file(self, table: str, key: str, token: str | None = None) -> Path:
        if not _SAFE_KEY.match(table):
            raise ValueError(f"not a table name: {table!r}")
        mark = token if token is not None else self.owner.token
        return self.folder / (f"{table}.{self._safe(key)}.{mark}.json" if mark
                              else f"{table}.{self._safe(key)}.json")

    def write(self, draft: Draft) -> Path:
        """Replace this window's draft of `draft.table`/`draft.key`; either the old or the new
        survives."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(draft.table, draft.key)
        mine = replace(draft, owner=self.owner)
        write_text_atomically(target, mine.to_json(self.catalog_path), durable=True)
        _fsync_folder(self.folder)
        return target

    def read(self, table: str, key: str) -> Draft | None:
        """This window's own draft of a record."""
        return self._load(self._file(table, key))

    def _load(self, path: Path) -> Draft | None:
        try:
            return Draft.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("ignoring unreadable draft %s: %s", path, error)
            return None

    def all(self) -> list[Draft]:
        """Every readable draft of this catalog, any window's, oldest first."""
        if not self.folder.is_dir():
            return []
        drafts = []
        for path in sorted(self.folder.glob("*.json")):
            if path.name.startswith(".partial-"):
                continue  # a write that never finished; its previous draft is still here
            draft = self._load(path)
            if draft is not None:
                drafts.append(draft)
        return sorted(drafts, key=lambda d: d.saved_at)

    def orphans(self) -> list[Draft]:
        """Drafts left by windows that are gone: the ones to offer for recovery."""
        return [d for d in self.all() if not self._is_mine(d) and d.orphaned()]

    def recoverable(self, table: str, key: str) -> Draft | None:
        """The newest draft of a record that a closed or crashed window left behind."""
        found = [d for d in self.orphans() if d.table == table and d.key == key]
        return found[-1] if found else None

    def _is_mine(self, draft: Draft) -> bool:
        return draft.owner is not None and draft.owner.token == self.owner.token

    def delete(self, table: str, key: str) -> None:
        """Delete this window's draft of a record (never another window's)."""
        self._file(table, key).unlink(missing_ok=True)

    def discard(self, draft: Draft) -> None:
        """Delete one recovered or refused draft, whoever wrote it."""
        token = draft.owner.token if draft.owner else ""
        self._file(draft.table, draft.key, token).unlink(missing_ok=True)

    # -- presence: which records other windows have open ------------------------------------
    def _presence_file(self, table: str, key: str, token: str) -> Path:
        return self.presence / f"{table}.{self._safe(key)}.{token}.json"

    def mark_open(self, table: str, key: str, who: str = "") -> None:
        """This window has the record open (`who`: the curator's name, for the others)."""
        self.presence.mkdir(parents=True, exist_ok=True)
        mark = {**self.owner.to_dict(), "who": who or self.owner.who}
        write_text_atomically(self._presence_file(table, key, self.owner.token),
                              json.dumps(mark, ensure_ascii=False))

    def mark_closed(self, table: str, key: str) -> None:
        self._presence_file(table, key, self.owner.token).unlink(missing_ok=True)

    def close_all(self) -> None:
        """This window closes: it has no record open any more."""
        if self.presence.is_dir():
            for path in self.presence.glob(f"*.{self.owner.token}.json"):
                path.unlink(missing_ok=True)

    def open_elsewhere(self, table: str, key: str) -> list[Owner]:
        """The other live windows that have this record open (a dead one's mark is removed)."""
        found: list[Owner] = []
        if not self.presence.is_dir():
            return found
        for path in self.presence.glob(f"{table}.{self._safe(key)}.*.json"):
            try:
                owner = Owner.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
            if owner is None or owner.token == self.owner.token:
                continue
            if owner.alive():
                found.append(owner)
            else:
                path.unlink(missing_ok=True)
        return found


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders, and needs not."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class DraftWriter:
    """Writes and deletes drafts on one background thread, strictly in the order asked.

    `on_error(exception)` is called on the writer thread when a write fails (e.g. disk full);
    a Qt caller forwards it with a queued signal. `synchronous=True` does the work inline
    (tests).
    """

    def __init__(self, store: DraftStore, synchronous: bool = False,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        self.store = store
        self._on_error = on_error
        self._executor = None if synchronous else ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="drafts")
        self._last: Future[Any] | None = None

    def _run(self, fn: Callable[[], Any]) -> None:
        def guarded() -> None:
            try:
                fn()
            except Exception as error:  # reported, never raised into a GUI event handler
                log.warning("draft write failed: %s", error)
                if self._on_error is not None:
                    self._on_error(error)

        if self._executor is None:
            guarded()
        else:
            self._last = self._executor.submit(guarded)

    def write(self, draft: Draft) -> None:
        self._run(lambda: self.store.write(draft))

    def delete(self, table: str, key: str) -> None:
        self._run(lambda: self.store.delete(table, key))

    def discard(self, draft: Draft) -> None:
        self._run(lambda: self.store.discard(draft))

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until everything asked so far is on disk."""
        if self._last is not None:
            self._last.result(timeout)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
