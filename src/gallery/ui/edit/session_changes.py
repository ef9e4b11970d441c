"""Changes to the open record that are not typed into the form: a revert from the history, a
confirmed translation, an imported image (each undoable on the session's stack)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...catalog import parity
from ...catalog.chronology import chronology_warnings
from ..i18n import current_language
from .commands import ReplaceContent, SavedReplace, SetValue
from .image_panel import IMAGE_FIELDS, IMPORT_WORDING
from .recordtools import comparable

# The session (session.EditSession) is passed in, never imported: it imports this module.
EditSession = Any


def tr(text: str) -> str:
    """The session's words, in its own translation context (as EditSession.tr would)."""
    return QCoreApplication.translate("EditSession", text)


def revert_record(session: EditSession, state: dict[str, Any]) -> None:
    if session.read_only:
        return
    content = {k: v for k, v in comparable(session.table, state).items()
               if k not in IMAGE_FIELDS and k != "id"}
    session.stack.push(ReplaceContent(session.model, content, tr(
        "Revert to version %s") % state.get("version")))
    session.message.emit(tr("The form now holds version %s. Save to record the "
                                    "revert.") % state.get("version"), "info")


def revert_field(session: EditSession, field: str, value: Any) -> None:
    if session.read_only or field in ("id", "version"):
        return
    session.stack.push(SetValue(session.model, field, value, tr("Revert %s") % field))


def confirm_parity(session: EditSession, field: str) -> None:
    """Record that `field` was checked against its other-language pair (saving first)."""
    if session.read_only or session.model.is_new:
        return
    if session.dirty:
        session.save(lambda: confirm_parity(session, field))
        return
    table, record_id, record = session.table, session.model.record_id, session.model.snapshot()
    session.context.service.call(
        lambda c: parity.confirm(c, table, record_id, field, record),
        lambda _r: session._refresh_blame(),
        lambda e: session.message.emit(str(e), "error"))


def image_imported(session: EditSession, stored: dict[str, Any]) -> None:
    """The import is saved: the form takes the new picture and its wording at once (rights a
    curator is editing stay as typed), and the import goes on the undo stack like an edit —
    undo puts the previous picture back in the form, to save or redo."""
    model, stack = session.model, session.stack
    typed = model.edited_fields()
    fields = IMAGE_FIELDS + tuple(f for f in IMPORT_WORDING if f not in typed)
    before = {f: model.base.get(f) for f in fields}
    after = {f: stored.get(f) for f in fields}
    clean = stack.isClean()
    model.rebase(stored, fields)
    if before != after:
        stack.push(SavedReplace(model, before, after, tr("Import image")))
    if clean:
        stack.setClean()
    session.saved.emit(session.table, stored, False)
    session._refresh_blame()
    session.stateChanged.emit()


def chronology_notice(session: EditSession, stored: dict[str, Any], edited: set[str]) -> None:
    """After a save that touched the provenance: events out of date order, or inside a gap,
    are said (a warning: the save stands, the order may be on purpose)."""
    if session.table != "works" or "provenance" not in edited:
        return
    warnings = chronology_warnings(stored.get("provenance") or [])
    if not warnings:
        return
    lang = current_language()
    session.message.emit(tr("Saved “%s”, but check the provenance's order: %s.") % (
        session.title(), "; ".join(w["message"][lang] for w in warnings)), "warning")
