"""Deleting: a work goes to the trash (restorable); other records only when nothing links them.

The confirmation says what goes with the work (its provenance events, links, sources), so a
curator never deletes more than they meant to.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import SignalInstance

from ...catalog.errors import InvalidRecord
from ...catalog.records import TITLE_COLUMN
from .context import EditorContext
from .formbase import RecordForm
from .model import RecordModel


class DeletableSession(Protocol):
    """What deleting needs of the edit session that asks for it (EditSession)."""

    read_only: bool
    table: str
    model: RecordModel
    form: RecordForm
    context: EditorContext
    deleted: SignalInstance
    message: SignalInstance

    def tr(self, text: str) -> str: ...
    def discard(self) -> None: ...
    def close_record(self) -> None: ...
    def _drop_draft(self) -> None: ...


def delete_record(session: DeletableSession) -> None:
    """Confirm, then delete the record open in `session` (a new one is just discarded)."""
    if session.read_only or not session.model.loaded:
        return
    if session.model.is_new:
        session.discard()
        return
    record_id, table, base = session.model.record_id, session.table, session.model.base_version
    ok = session.tr("Move to trash") if table == "works" else session.tr("Delete")
    if not session.context.prompts.confirm(session.form, session.tr("Delete"),
                                           delete_text(table, session.model.record), ok):
        return

    def delete(catalog: Any) -> None:
        if table == "works":
            catalog.delete(record_id, expected_version=base)
        else:
            catalog.delete_record(table, record_id, base)

    def done(_result: Any) -> None:
        session._drop_draft()
        session.close_record()
        session.deleted.emit(table, record_id)

    def failed(error: BaseException) -> None:
        text = ("; ".join(error.problems.values()) if isinstance(error, InvalidRecord)
                else str(error))
        session.message.emit(session.tr("Not deleted — %s") % text, "error")

    session.context.service.call(delete, done, failed)


def delete_text(table: str, record: dict[str, Any]) -> str:
    title = record.get(TITLE_COLUMN[table]) or record.get("id")
    if table != "works":
        return (f"Delete “{title}” for good? This cannot be undone here (the history keeps "
                "what it held). A record that works still link to cannot be deleted.")
    counts = [(len(record.get("provenance") or []), "provenance event"),
              (len(record.get("people") or []), "link to a person"),
              (len(record.get("missions") or []), "mission link"),
              (len(record.get("exhibitions") or []), "exhibition link"),
              (len(record.get("sources") or []), "source")]
    parts = [f"{n} {noun if n == 1 else plural(noun)}" for n, noun in counts if n]
    listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    goes = f"Its {listed} go with it." if parts else ""
    return (f"Move “{title}” to the trash? {goes} It leaves the gallery, and can be "
            "restored from the Trash with everything it held.").replace("  ", " ")


def plural(noun: str) -> str:
    if noun.startswith("link to a "):
        return "links to " + noun[len("link to a "):].replace("person", "people")
    return noun + "s"
