"""Deleting: a work goes to the trash (restorable); other records only when nothing links them.

The confirmation says what goes with the work (its provenance events, links, sources), so a
curator never deletes more than they meant to.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...catalog.errors import InvalidRecord
from ...catalog.linked_from import linking_records
from ...catalog.records import TITLE_COLUMN
from ..i18n import current_language
from ..numerus import numbered
from ..plain import shown
from .context import EditorContext
from .formbase import RecordForm
from .model import RecordModel


def tr(text: str) -> str:
    """The session's words, in its own translation context (as EditSession.tr would)."""
    return QCoreApplication.translate("EditSession", text)


class DeletableSession(Protocol):
    """What deleting needs of the edit session that asks for it (EditSession)."""

    read_only: bool
    table: str
    model: RecordModel
    form: RecordForm
    context: EditorContext
    deleted: SignalInstance
    message: SignalInstance
    openRequested: SignalInstance

    def title(self) -> str: ...
    def tr(self, text: str) -> str: ...
    def discard(self) -> None: ...
    def close_record(self) -> None: ...
    def _drop_draft(self) -> None: ...


def delete_record(session: DeletableSession) -> None:
    """Confirm, then delete the record open in `session` (a new one is just discarded).

    Records that link to it are read first: a person, mission, source… that others link to is
    not deleted — the dialog names each linking record, and opens the one the curator picks;
    a work going to the trash says which records link to it."""
    if session.read_only or not session.model.loaded:
        return
    if session.model.is_new:
        session.discard()
        return
    record_id, table = session.model.record_id, session.table

    def read(catalog: Any) -> list[dict[str, Any]]:
        with catalog.reading() as con:
            return linking_records(con, table, record_id)

    session.context.service.call(read, lambda links: _confirm(session, links),
                                 lambda _error: _confirm(session, []))


def _confirm(session: DeletableSession, links: list[dict[str, Any]]) -> None:
    record_id, table, base = session.model.record_id, session.table, session.model.base_version
    if links and table != "works":
        dialog = LinkedRecordsDialog(session.title(), links, session.form)
        try:
            if session.context.prompts.run(dialog) and dialog.chosen is not None:
                chosen = dialog.chosen  # a work in the trash opens there, not among works
                table = "trash" if chosen.get("in_trash") else chosen["table"]
                session.openRequested.emit(table, chosen["id"], chosen.get("field") or "")
        finally:
            dialog.deleteLater()
        return
    text = delete_text(table, session.model.record)
    if links:
        text += "\n\n" + QCoreApplication.translate(
            "Deletion", "These records link to it; their links stay: %s.") % (
            "; ".join(_describe(link) for link in links))
    ok = tr("Move to trash") if table == "works" else tr("Delete")
    if not session.context.prompts.confirm(session.form, tr("Delete"), text, ok):
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
        session.message.emit(tr("Not deleted — %s") % text, "error")

    session.context.service.call(delete, done, failed)


_KINDS = {"works": QT_TRANSLATE_NOOP("LinkedRecords", "work"),
          "missions": QT_TRANSLATE_NOOP("LinkedRecords", "mission"),
          "exhibitions": QT_TRANSLATE_NOOP("LinkedRecords", "exhibition"),
          "people": QT_TRANSLATE_NOOP("LinkedRecords", "person"),
          "playlists": QT_TRANSLATE_NOOP("LinkedRecords", "playlist")}


def _describe(link: dict[str, Any]) -> str:
    """'Cosmic Dawn (work) — People', in the interface language; trashed works say so."""
    lang = current_language()
    title = shown((link.get("title") or {}).get(lang) or (link.get("title") or {}).get("en")
                  or link["id"])
    kind = QCoreApplication.translate("LinkedRecords", _KINDS.get(link["table"],
                                                                  link["table"]))
    where = (link.get("field_label") or {}).get(lang) or link.get("field") or ""
    text = f"{title} ({kind}) — {where}"
    if link.get("in_trash"):
        text += QCoreApplication.translate("LinkedRecords", " (in the trash)")
    return text


class LinkedRecordsDialog(QDialog):
    """Why a record cannot be deleted: the records that link to it, each openable."""

    def __init__(self, title: str, links: list[dict[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkedRecordsDialog")
        self.setWindowTitle(self.tr("Not deleted: other records link to it"))
        self.links = links
        self.chosen: dict[str, Any] | None = None
        intro = QLabel(numbered(self.tr(
            "“%1” cannot be deleted: it is linked from %n record(s). Open one to remove its "
            "link, then delete again.", "", len(links)), len(links)).replace("%1", title))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("linkingRecords")
        self.list.setAccessibleName(self.tr("Records that link to it"))
        for link in links:
            self.list.addItem(QListWidgetItem(_describe(link)))
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openLinking")
        self.open_button.clicked.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.links):
            self.chosen = self.links[row]
            self.accept()


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
