"""Undo a recorded change to works (a CSV import, a batch edit): write each work's state from
before the change back, as one new recorded change, in one transaction.

A work edited since in other fields only gets the change's own fields back and keeps the later
edit. Refused (UndoConflict, nothing written) when a later change touched one of the change's
own fields, naming that change (when, who, which field); a later change that was itself undone
does not count. A work the change created is removed again (recorded as a purge), unless it
was edited since or a playlist has picked it up meanwhile.
"""

from __future__ import annotations

from typing import Any

from .. import fts, history, linked
from ..errors import CatalogError, Conflict, NotFound


class UndoConflict(Conflict):
    """A work the change touched has been edited since; nothing was undone."""

    def __init__(self, work_id: str, change_id: str, expected: int | None,
                 theirs: dict[str, Any] | None, later: str = "") -> None:
        super().__init__(work_id, expected, theirs)
        since = f" ({later})" if later else ""
        self.args = (f"{work_id} has been changed since change {change_id}{since}; nothing "
                     "was undone (undo the later change first, or edit it by hand)",)


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
            target = before
            if not _same(after, current):
                target = _own_fields_back(con, change_id, latest[work_id], before, current)
            now = catalog.now()
            if target is None:
                _purge(con, work_id)
                restored = None
                action = "purge"
            else:
                linked.write_work(con, target, current, now)
                con.execute("UPDATE works SET deleted_at = ? WHERE id = ?",
                            (target.get("deleted_at"), work_id))
                restored = linked.load_work(con, work_id)
                action = "update" if current else "create"
            history.record(con, change_id=new_id, at=now, who=catalog.who, table="works",
                           record_id=work_id, action=action, before=current, after=restored)
    return new_id


def _own_fields_back(con: Any, change_id: str, entry: dict[str, Any],
                     before: dict[str, Any] | None,
                     current: dict[str, Any] | None) -> dict[str, Any]:
    """The work as it is now with only the change's own fields set back; UndoConflict when a
    later change touched one of them (or the work came or went with either change)."""
    after = entry["after"]
    work_id = entry["record_id"]
    mine = {c["field"] for c in history.diff(before, after)}
    later = {c["field"] for c in history.diff(after, current)}
    if before is None or after is None or current is None or mine & later:
        raise UndoConflict(work_id, change_id, (after or {}).get("version"), current,
                           _later_change(con, work_id, entry["id"], mine))
    return {**current, **{field: before.get(field) for field in mine}}


def _later_change(con: Any, work_id: str, after_id: int, fields: set[str]) -> str:
    """'title, on 2026-12-08 00:19 UTC by Anna Petrova (change 3f2a…)': the first later change
    to the work that touched one of `fields` (any later change when none did)."""
    later = [e for e in history.entries(con, "works", work_id) if e["id"] > after_id]
    hit = next((e for e in later if {c["field"] for c in e["changes"]} & fields),
               later[0] if later else None)
    if hit is None:
        return ""
    touched = sorted({c["field"] for c in hit["changes"]} & fields) or sorted(
        c["field"] for c in hit["changes"]) or [hit["action"]]
    when = str(hit["at"]).replace("T", " ")[:16] + " UTC"
    return (f"{', '.join(touched)} changed on {when} by {hit['who'] or 'someone'} "
            f"(change {hit['change_id']})")


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
