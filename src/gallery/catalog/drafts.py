"""Crash-safe drafts: an unsaved edit survives a crash, a killed process or a power cut.

The editor writes the record it is editing (plus the version it started from) a moment after
each change. One small JSON file per record, under the user's data folder, in a folder per
catalog (a hash of the catalog's resolved path), so two catalogs never mix their drafts. Each
write goes to a temporary file that is fsynced and then renamed over the old draft
(`os.replace` is atomic on POSIX and Windows), so a crash mid-write leaves the previous draft,
never half of one. On the next start the editor offers every draft it finds; a draft is deleted
once its record is saved or the curator discards it.

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
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
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

    @property
    def is_new(self) -> bool:
        return self.base_version is None

    def to_json(self, catalog_path: str) -> str:
        return json.dumps({
            "format": FORMAT, "version": 1, "catalog": catalog_path, "table": self.table,
            "key": self.key, "base_version": self.base_version, "saved_at": self.saved_at,
            "who": self.who, "record": self.record, "base": self.base,
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
                   base=dict(base) if isinstance(base, dict) else None)


class DraftStore:
    """The drafts of one catalog: write atomically, read, list, delete."""

    def __init__(self, catalog_path: str | os.PathLike[str], root: Path | None = None) -> None:
        self.catalog_path = str(Path(catalog_path).resolve())
        self.folder = (root or default_root()) / catalog_key(catalog_path)

    def _file(self, table: str, key: str) -> Path:
        if not _SAFE_KEY.match(table):
            raise ValueError(f"not a table name: {table!r}")
        # Keys are slugs; anything else (an id typed into a new record) is hashed, not trusted.
        safe = key if _SAFE_KEY.match(key) else "h-" + hashlib.sha256(key.encode()).hexdigest()
        return self.folder / f"{table}.{safe}.json"

    def write(self, draft: Draft) -> Path:
        """Replace the draft of `draft.table`/`draft.key`; either the old or the new survives."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(draft.table, draft.key)
        write_text_atomically(target, draft.to_json(self.catalog_path), durable=True)
        _fsync_folder(self.folder)
        return target

    def read(self, table: str, key: str) -> Draft | None:
        path = self._file(table, key)
        try:
            return Draft.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("ignoring unreadable draft %s: %s", path, error)
            return None

    def all(self) -> list[Draft]:
        """Every readable draft of this catalog, oldest first (a damaged file is skipped)."""
        if not self.folder.is_dir():
            return []
        drafts = []
        for path in sorted(self.folder.glob("*.json")):
            if path.name.startswith(".partial-"):
                continue  # a write that never finished; its previous draft is still here
            try:
                drafts.append(Draft.from_json(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning("ignoring unreadable draft %s: %s", path, error)
        return sorted(drafts, key=lambda d: d.saved_at)

    def delete(self, table: str, key: str) -> None:
        self._file(table, key).unlink(missing_ok=True)


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

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until everything asked so far is on disk."""
        if self._last is not None:
            self._last.result(timeout)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
