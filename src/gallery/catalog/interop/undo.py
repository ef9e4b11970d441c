"""Undo a recorded change to works (a CSV import, a batch edit): write each work's state from
before the change back, as one new recorded change, in one transaction.

Refused (UndoConflict, nothing written) if any of those works has changed in content since
(a later change that was itself undone does not count); a work the change
created is removed again (recorded as a purge), unless a playlist has picked it up meanwhile.
"""

from __future__ import annotations

from typing import Any

from .. import fts, history, linked
from ..errors import CatalogError, Conflict, NotFound


class UndoConflict(Conflict):
    """A work the change touched has been edited since; nothing was undone."""

    def __init__(self, work_id: str, change_id: str, expected: int | None,
                 theirs: dict[str, Any] | None) -> None:
        super().__init__(work_id, expected, theirs)
        self.args = (f"{work_id} has been changed since change {change_id}; nothing was "
                     "undone (undo the later change first, or edit it by hand)",)


def undo_change(catalog: Any, change_id: str) -> str:
    """Return the id of the new change that undoes `change_id`."""
    new_id = catalog.new_change_id()
    with catalog.write() as con:
        entries = history.change_entries(con, change_id)
        if not entries:
            raise NotFound(f"there is no recorded change {change_id!r}")
        if any(e["table"] != "works" for e in entries):
            raise CatalogError(f"change {change_id} touches more than works; undo it in the "
                               "editor that made it")
        latest: dict[str, dict[str, Any]] = {}  # the last entry per work holds its final state
        first: dict[str, dict[str, Any]] = {}
        for entry in entries:
            first.setdefault(entry["record_id"], entry)
            latest[entry["record_id"]] = entry
        currents = {w: linked.load_work(con, w) for w in first}
        if all(_same(first[w]["before"], currents[w]) for w in first):
            raise CatalogError(f"change {change_id} has already been undone; nothing to do")
        for work_id in reversed(list(first)):
            before = first[work_id]["before"]
            after = latest[work_id]["after"]
            current = currents[work_id]
            if not _same(after, current):
                raise UndoConflict(work_id, change_id, (after or {}).get("version"), current)
            now = catalog.now()
            if before is None:
                _purge(con, work_id)
                restored = None
                action = "purge"
            else:
                linked.write_work(con, before, current, now)
                con.execute("UPDATE works SET deleted_at = ? WHERE id = ?",
                            (before.get("deleted_at"), work_id))
                restored = linked.load_work(con, work_id)
                action = "update" if current else "create"
            history.record(con, change_id=new_id, at=now, who=catalog.who, table="works",
                           record_id=work_id, action=action, before=current, after=restored)
    return new_id


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """The same content (bookkeeping aside), or both absent."""
    return (a is None) == (b is None) and not history.diff(a, b)


def _purge(con: Any, work_id: str) -> None:
    listed = con.execute("SELECT playlist_id FROM playlist_items WHERE work_id = ? LIMIT 1",
                         (work_id,)).fetchone()
    if listed is not None:
        raise CatalogError(f"{work_id} is now in playlist {listed[0]!r}; take it out first, "
                           "then undo")
    key = con.execute("SELECT key FROM works WHERE id = ?", (work_id,)).fetchone()[0]
    con.execute("DELETE FROM works WHERE id = ?", (work_id,))  # links go with it (cascade)
    fts.reindex(con, key)  # drops its index entry
