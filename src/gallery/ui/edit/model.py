"""The record being edited: a draft dict the form shows and undo commands change.

Widgets never change the record directly: they push commands (see `commands.py`), and the
commands call `set_value`/`replace`. Every change says which top-level field moved
(`fieldChanged`), so each widget refreshes only when its own field changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from .recordtools import BOOKKEEPING, NOT_TYPED, changed_fields, content_fields, deep

Path = str | tuple[Any, ...]


def _parts(path: Path) -> tuple[Any, ...]:
    return (path,) if isinstance(path, str) else tuple(path)


class RecordModel(QObject):
    """One record's draft; `base` is the record as last loaded or saved."""

    fieldChanged = Signal(str)
    recordLoaded = Signal()

    def __init__(self, table: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._record: dict[str, Any] = {}
        self._base: dict[str, Any] = {}
        self._stored: dict[str, Any] = {}  # as the catalog holds it (the base may be older)
        self.base_version: int | None = None
        self.key = ""  # the draft key: the record id, or new-… before the first save
        self.loaded = False

    # -- reading ---------------------------------------------------------------------------
    @property
    def record(self) -> dict[str, Any]:
        """The live draft; treat as read-only (change it through commands)."""
        return self._record

    @property
    def base(self) -> dict[str, Any]:
        return self._base

    @property
    def is_new(self) -> bool:
        return self.base_version is None

    @property
    def record_id(self) -> str:
        return str(self._record.get("id") or "")

    def snapshot(self) -> dict[str, Any]:
        return deep(self._record)

    def value(self, path: Path, default: Any = None) -> Any:
        node: Any = self._record
        for part in _parts(path):
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def edited_fields(self) -> set[str]:
        """Fields that differ from the record as loaded or saved (this session's edits)."""
        if not self.loaded:
            return set()
        return set(changed_fields(self.table, self._base, self._record))

    def differs_from_stored(self) -> set[str]:
        """Fields that differ from the record as the catalog holds it. Unlike
        `edited_fields`, a recovered draft's older base does not count: a field undone back
        to its stored value is not an edit (the "possibly stale" marks go by this)."""
        if not self.loaded:
            return set()
        return set(changed_fields(self.table, self._stored, self._record))

    # -- loading ---------------------------------------------------------------------------
    def load(self, record: dict[str, Any], base_version: int | None,
             key: str | None = None) -> None:
        """Show a record as stored (or a fresh one); forgets the previous record."""
        self._record = deep(record)
        self._base = deep(record)
        self._stored = deep(record)
        self.base_version = base_version
        self.key = key or (str(record.get("id")) if base_version is not None
                           else f"new-{uuid.uuid4().hex[:12]}")
        self.loaded = True
        self.recordLoaded.emit()

    def unload(self) -> None:
        self._record, self._base, self.base_version, self.key = {}, {}, None, ""
        self._stored = {}
        self.loaded = False
        self.recordLoaded.emit()

    def rebase(self, stored: dict[str, Any], fields: Iterable[str] | None = None) -> None:
        """After a save (or an image import): the stored record becomes the new base.

        The store's bookkeeping and derived fields (version, current holder …) and `fields`
        are taken from `stored`; everything else the curator typed stays as it is.
        """
        self._base = deep(stored)
        self._stored = deep(stored)
        self.base_version = stored.get("version")
        self.key = str(stored.get("id") or self.key)
        content = set(content_fields(self.table))
        take = (set(stored) - content) | (NOT_TYPED & set(stored)) | set(fields or ())
        for field in sorted(take):
            if field in stored and self._record.get(field) != stored[field]:
                self._record[field] = deep(stored[field])
                self.fieldChanged.emit(field)

    def set_base(self, base: dict[str, Any], version: int | None) -> None:
        """The record (and version) the current edit started from (a recovered draft)."""
        self._base = deep(base)
        self.base_version = version

    def rebase_to_theirs(self, theirs: dict[str, Any]) -> None:
        """After a conflict: their record is the base we now build on."""
        self._base = deep(theirs)
        self._stored = deep(theirs)
        self.base_version = theirs.get("version")
        for field in (set(theirs) - set(content_fields(self.table))) | NOT_TYPED:
            if field in theirs and self._record.get(field) != theirs[field]:
                self._record[field] = deep(theirs[field])
                self.fieldChanged.emit(field)

    # -- changing (commands only) --------------------------------------------------------
    def set_value(self, path: Path, value: Any) -> None:
        parts = _parts(path)
        node: Any = self._record
        for part in parts[:-1]:
            node = node[part]
        node[parts[-1]] = deep(value)
        self.fieldChanged.emit(str(parts[0]))

    def replace(self, content: dict[str, Any]) -> None:
        """Set every content field from `content` (a revert, a recovery, a merge)."""
        for field, value in content.items():
            if field in BOOKKEEPING:
                continue
            if self._record.get(field) != value:
                self._record[field] = deep(value)
                self.fieldChanged.emit(field)
