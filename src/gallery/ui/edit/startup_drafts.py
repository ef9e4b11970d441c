"""At start-up every draft that a closed or crashed editor left behind is offered, each in its
own box — never only the newest, with the rest mentioned in a status line that fades.

The newest (or the record asked for) opens in the form and is offered there for recovery; a
form holds one record, so each other draft is offered to keep for later (it stays in italics in
the list and is offered again when its record is opened) or to discard. A draft that another
running editor is writing is never offered (DraftStore.orphans).
"""

from __future__ import annotations

from typing import Any

from ...catalog.drafts import Draft
from .session_drafts import draft_title, when_said

# The window (window.EditorWindow) is passed in, never imported: it imports this module.
Window = Any


def offer_all(window: Window, work_id: str | None = None, table: str = "works") -> None:
    """Open record `work_id` of `table` (its own draft is offered as it opens), else the
    newest draft's record; offer every other record's draft too."""
    window.writer.flush()
    drafts = [d for d in window.drafts.orphans() if d.table in window.sessions]
    first = None if work_id else (drafts[-1] if drafts else None)
    shown = (table, work_id) if work_id else (first.table, first.key) if first else None
    for draft in reversed(drafts):  # newest first
        if (draft.table, draft.key) != shown and _newest_of_its_record(draft, drafts):
            _offer_for_later(window, draft)
    if work_id:
        window.open_record(table, work_id)
    elif first is not None:
        _open_with_its_draft(window, first)
    window._mark_drafts()


def _newest_of_its_record(draft: Draft, drafts: list[Draft]) -> bool:
    # Two crashes can leave two drafts of one record: the newer one is what was typed last.
    return not [d for d in drafts if (d.table, d.key) == (draft.table, draft.key)
                and d.saved_at > draft.saved_at]


def _offer_for_later(window: Window, draft: Draft) -> None:
    if window.context.prompts.ask_keep_draft(window, draft_title(draft),
                                             when_said(draft)) == "discard":
        window.drafts.discard(draft)


def _open_with_its_draft(window: Window, draft: Draft) -> None:
    session = window.sessions[draft.table]
    if draft.table != window.kind:
        window.panel.set_kind(draft.table)
    if draft.is_new:
        session.offer_draft(draft)
    else:
        window.open_record(draft.table, draft.key)  # opening offers the draft
