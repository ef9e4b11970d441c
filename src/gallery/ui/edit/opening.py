"""Open a record at one of its fields: the worklist's "fix this", a deletion's "linked from"."""

from __future__ import annotations

from typing import Any


def open_at(window: Any, table: str, record_id: str, field: str | None = None) -> None:
    """Show `record_id` on its own kind's list (a trashed work in the Trash), asking about
    unsaved edits first, and put the cursor at `field` (the work's tab that holds it)."""
    if table == "trash":
        window.open_record("trash", record_id)
        return
    session = window.sessions.get(table)
    if session is None:  # a kind the editor has no form for (a playlist)
        return

    def focus() -> None:
        if field:
            session.form.focus_field(field)

    if session.model.loaded and session.model.record_id == record_id and window.kind == table:
        focus()
        return

    waiting = [True]

    def opened(opened_table: str, opened_id: str) -> None:
        if waiting[0]:
            stop_waiting()
            if opened_table == table and opened_id == record_id:
                focus()

    def stop_waiting() -> None:
        waiting[0] = False
        session.opened.disconnect(opened)  # once: the next record opened is not ours

    session.opened.connect(opened)
    window.open_record(table, record_id)
    if not waiting[0]:
        return  # opened at once (a synchronous catalog)
    if window.kind != table:  # the curator cancelled leaving the unsaved record
        stop_waiting()
    elif session.model.loaded and session.model.record_id == record_id:
        stop_waiting()  # it was already open on its kind's form: nothing more to load
        focus()
