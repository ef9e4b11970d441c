"""After a save meets a Conflict: ask who saved last, show the dialog, apply the merge.

Kept apart from the session so each module stays small; `ResolvingSession` is what this needs
of the session (EditSession), so the two modules do not import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoStack

from ...catalog.errors import Conflict
from .commands import ReplaceContent
from .conflict import ConflictDialog
from .context import EditorContext
from .formbase import RecordForm
from .model import RecordModel
from .recordtools import comparable, deep
from .vocab import code_words

Then = Callable[[], None] | None


def tr(text: str) -> str:
    return QCoreApplication.translate("EditSession", text)


class ResolvingSession(Protocol):
    table: str
    model: RecordModel
    stack: QUndoStack
    form: RecordForm
    context: EditorContext
    message: SignalInstance
    saveFailed: SignalInstance
    stateChanged: SignalInstance

    def write_draft_now(self) -> None: ...
    def _drop_draft(self, key: str | None = None) -> None: ...
    def _refresh_blame(self) -> None: ...
    def title(self) -> str: ...
    def save(self, then: Then = None) -> None: ...


def resolve_conflict(session: ResolvingSession, error: Conflict, then: Then) -> None:
    """Find who saved last, then let the curator merge (or keep the edit as a draft)."""
    record_id, table = session.model.record_id, session.table

    def last_saver(catalog: Any) -> str | None:
        entries = catalog.history(record_id, table=table)
        return entries[-1]["who"] if entries else None

    session.context.service.call(last_saver,
                                 lambda who: _ask(session, error, then, who),
                                 lambda _e: _ask(session, error, then, None))


def _ask(session: ResolvingSession, error: Conflict, then: Then, who: str | None) -> None:
    theirs = error.theirs
    if theirs is None:
        session.write_draft_now()
        session.message.emit(tr("Not saved — someone deleted this record for good. Your edit "
                                "is kept as a draft."), "error")
        return
    model = session.model
    dialog = ConflictDialog(session.table, model.record, theirs, model.edited_fields(),
                            {**session.context.lookups.names(),  # codes in words too
                             **{f"code:{k}": v for k, v in code_words(
                                 session.context.lookups.vocabulary).items()}},
                            session.form, who,
                            base=model.base)
    try:
        if not session.context.prompts.run(dialog):
            session.saveFailed.emit()
            session.write_draft_now()
            session.message.emit(tr("Not saved — the record changed meanwhile; your edit is "
                                    "kept until you save again."), "error")
            return
        merged = dialog.merged()
    finally:
        dialog.deleteLater()
    # Undo gives back my edits on top of *their* version, never the version I started from:
    # saved after an undo, that would silently erase what the other curator saved.
    mine_over_theirs = {**deep(theirs), **{f: deep(model.record.get(f))
                                           for f in model.edited_fields()}}
    session.stack.push(ReplaceContent(model, merged, tr("Resolve conflict"),
                                      undone=mine_over_theirs))
    model.rebase_to_theirs(theirs)
    if comparable(session.table, merged) == comparable(session.table, theirs):
        session.stack.setClean()  # kept theirs: the catalog already holds exactly this
        session._drop_draft()
        session._refresh_blame()
        session.message.emit(tr("Kept the saved version of “%s”.") % session.title(), "info")
        session.stateChanged.emit()
        if then:
            then()
        return
    session.save(then)
