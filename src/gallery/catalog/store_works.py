"""The store's work writes: save a work (alone, in a batch, many at once), trash and restore.

Mixed into `Catalog`: each is one transaction (`write`) with its history rows, and each save
or deletion carries the version the curator started from — a newer one raises Conflict and
writes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ..lazy import lazy_module
from .errors import Conflict, InTrash, InvalidRecord, NotFound
from .records import validate_work

if TYPE_CHECKING:  # loaded when first used (see gallery.lazy)
    from . import history, linked
else:
    history = lazy_module("gallery.catalog.history")
    linked = lazy_module("gallery.catalog.linked")


class WorkWrites:
    """Methods of `Catalog` that change works (it provides these)."""

    who: str
    write: Callable[[], AbstractContextManager[sqlite3.Connection]]
    now: Callable[[], str]
    new_change_id: Callable[[], str]
    get: Callable[[str], dict[str, Any]]
    _con: sqlite3.Connection

    def save(self, record: dict[str, Any], expected_version: int | None) -> dict[str, Any]:
        """Save a whole work; `expected_version` None creates it. Returns the stored record."""
        validate_work(record)
        change_id = self.new_change_id()
        with self.write() as con:
            self._save_work(con, record, expected_version, change_id)
        return self.get(record["id"])

    def _save_work(self, con: sqlite3.Connection, record: dict[str, Any],
                   expected_version: int | None, change_id: str) -> None:
        before = linked.load_work(con, record["id"])
        if expected_version is None and before is not None:
            raise InvalidRecord({"id": f"{record['id']!r} is already used by another work"})
        if before is not None and before.get("deleted_at"):
            # Saved over, the edit would vanish with the trashed work (or bring it back
            # unasked): the curator restores it first, on purpose.
            raise InTrash(f"“{before.get('title') or record['id']}” was moved to the trash "
                          f"meanwhile; restore it from the Trash to edit it")
        if expected_version is not None and (before is None
                                             or before["version"] != expected_version):
            raise Conflict(record["id"], expected_version, before)
        now = self.now()
        linked.write_work(con, record, before, now)
        after = linked.load_work(con, record["id"])
        history.record(con, change_id=change_id, at=now, who=self.who, table="works",
                       record_id=record["id"], action="update" if before else "create",
                       before=before, after=after)

    def batch_set(self, work_ids: list[str], field: str, value: Any) -> str:
        """Set one field on many works as one recorded change; return its change id. A work
        that already has the value is left alone: no new version, no empty history entry."""
        change_id = self.new_change_id()
        with self.write() as con:
            for work_id in work_ids:
                current = linked.load_work(con, work_id)
                if current is None:
                    raise NotFound(f"there is no work {work_id!r}")
                if current.get(field) == value:
                    continue
                edited = {**current, field: value}
                validate_work(edited)
                self._save_work(con, edited, current["version"], change_id)
        return change_id

    def batch_restore(self, field: str, values: dict[str, Any],
                      expected_versions: dict[str, int] | None = None) -> str:
        """Give each work its own value of `field` as one recorded change (undoing a
        batch_set); raise Conflict, writing nothing, if a work moved past its expected version.
        """
        change_id = self.new_change_id()
        with self.write() as con:
            for work_id, value in values.items():
                current = linked.load_work(con, work_id)
                if current is None:
                    raise NotFound(f"there is no work {work_id!r}")
                expected = (expected_versions or {}).get(work_id, current["version"])
                if current.get(field) == value and current["version"] == expected:
                    continue  # already so: nothing to record
                edited = {**current, field: value}
                validate_work(edited)
                self._save_work(con, edited, expected, change_id)
        return change_id

    def save_many(self, records: list[tuple[dict[str, Any], int | None]]) -> str:
        """Save whole works (record, expected_version; None creates) as one transaction and
        one recorded change; return its change id. Nothing is written if any save fails."""
        for record, _ in records:
            validate_work(record)
        change_id = self.new_change_id()
        with self.write() as con:
            for record, expected_version in records:
                self._save_work(con, record, expected_version, change_id)
        return change_id

    def delete(self, work_id: str, expected_version: int) -> None:
        """Move a work to the trash (restorable); its links stay with it. `expected_version`
        is the version the curator was shown: a newer one raises Conflict, deleting nothing."""
        self._set_deleted(work_id, self.now(), "delete", expected_version)

    def restore(self, work_id: str) -> None:
        """Bring a work back from the trash."""
        self._set_deleted(work_id, None, "restore", None)

    def _set_deleted(self, work_id: str, when: str | None, action: str,
                     expected_version: int | None) -> None:
        with self.write() as con:
            before = linked.load_work(con, work_id)
            if before is None:
                raise NotFound(f"there is no work {work_id!r}")
            if expected_version is not None and before["version"] != expected_version:
                raise Conflict(work_id, expected_version, before)
            con.execute("UPDATE works SET deleted_at = ?, version = version + 1, "
                        "updated_at = ? WHERE id = ?", (when, self.now(), work_id))
            after = linked.load_work(con, work_id)
            history.record(con, change_id=self.new_change_id(), at=self.now(),
                           who=self.who, table="works", record_id=work_id, action=action,
                           before=before, after=after)

    def trash(self) -> list[dict[str, Any]]:
        rows = self._con.execute(
            "SELECT id, title, deleted_at FROM works WHERE deleted_at IS NOT NULL "
            "ORDER BY deleted_at DESC").fetchall()
        return [dict(r) for r in rows]
