"""A small dialog that creates a missing person, mission, exhibition, source or agent while
linking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...catalog.errors import InvalidRecord
from ...catalog.names import is_valid_id
from ...catalog.records import MISSION_STATUSES, TITLE_COLUMN
from .recordtools import slug

_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "people": (("name", "Name"), ("name_ru", "Name in Russian")),
    "missions": (("name", "Name"), ("name_ru", "Name in Russian"), ("program", "Programme"),
                 ("date_display", "Dates")),
    "exhibitions": (("title", "Title"), ("title_ru", "Title in Russian"), ("venue", "Venue"),
                    ("city", "City"), ("date_display", "Dates")),
    "sources": (("citation", "Citation"), ("url", "Web address"), ("kind", "Kind")),
    "agents": (("name", "Name"), ("name_ru", "Name in Russian"), ("place", "Place"),
               ("place_ru", "Place in Russian")),
}
_NOUN = {"people": "person", "missions": "mission", "exhibitions": "exhibition",
         "sources": "source", "agents": "agent"}
AGENT_KINDS = ("organisation", "person", "group")
# create(record, done, failed): save the record, then call done(stored) or failed(error).
Create = Callable[[dict[str, Any], Callable[[dict[str, Any]], None],
                   Callable[[BaseException], None]], None]


class NewRecordDialog(QDialog):
    """Fields for a new record; `record()` is what to save. The id follows the name.

    With `create`, Create saves the record and the dialog closes only once it is stored: a
    refusal (an id already used) is shown in the dialog, with everything typed still there.
    """

    def __init__(self, table: str, initial: str = "", parent: QWidget | None = None,
                 create: Create | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._create = create
        self.saved: dict[str, Any] | None = None
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(self.tr("New %s") % _NOUN[table])
        self.setMinimumWidth(480)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in _FIELDS[table]:
            edit = QLineEdit()
            edit.setObjectName(f"new_{key}")
            edit.setAccessibleName(label)
            form.addRow(self.tr(label), edit)
            self.edits[key] = edit
        self.status = None
        if table == "missions":
            self.status = QComboBox()
            self.status.addItems(list(MISSION_STATUSES))
            form.addRow(self.tr("Status"), self.status)
        self.kind = None
        if table == "agents":
            self.kind = QComboBox()
            self.kind.setObjectName("new_kind")
            for kind, text in zip(AGENT_KINDS, (self.tr("organisation"), self.tr("person"),
                                                self.tr("group")), strict=True):
                self.kind.addItem(text, kind)
            form.addRow(self.tr("Kind"), self.kind)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("new_id")
        self.id_edit.setAccessibleName(self.tr("Identifier"))
        form.addRow(self.tr("Identifier"), self.id_edit)
        self._auto_id = True
        self.message = QLabel()
        self.message.setProperty("role", "problem")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.title_key = TITLE_COLUMN[table]
        self.edits[self.title_key].textChanged.connect(self._title_changed)
        self.id_edit.textEdited.connect(self._id_edited)
        self.id_edit.textChanged.connect(self._check)
        self.edits[self.title_key].setText(initial)
        self._check()

    def set_value(self, key: str, text: str) -> None:
        (self.id_edit if key == "id" else self.edits[key]).setText(text)
        if key == "id":
            self._auto_id = False

    def _title_changed(self, text: str) -> None:
        # An empty identifier is made from the name, and the placeholder shows which.
        self.id_edit.setPlaceholderText(slug(text) or self.tr("made from the name"))
        if self._auto_id:
            self.id_edit.setText(slug(text))
        self._check()

    def _id_edited(self, text: str) -> None:
        self._auto_id = not text.strip()  # emptied: follows the name again

    def identifier(self) -> str:
        return self.id_edit.text().strip() or slug(self.edits[self.title_key].text())

    def problem(self) -> str | None:
        if not self.edits[self.title_key].text().strip():
            return self.tr("Give the %s a name.") % _NOUN[self.table]
        if not is_valid_id(self.identifier()):  # the store's own rule, not a copy
            return self.tr("The identifier uses lower-case letters, digits and dashes.")
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def submit(self) -> None:
        """Create: save through `create` (when given) and close only once stored."""
        if self.problem() is not None:
            return
        if self._create is None:
            self.accept()
            return
        self.buttons.setEnabled(False)
        self._create(self.record(), self._stored, self._refused)

    def _stored(self, saved: dict[str, Any]) -> None:
        self.saved = saved
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidRecord) and "id" in error.problems:
            text = self.tr("the identifier “%s” is already used") % self.identifier()
        elif isinstance(error, InvalidRecord):
            text = "; ".join(f"{key}: {why}" for key, why in error.problems.items())
        else:
            text = str(error)
        self.message.setText(self.tr("Not created — %s. Change it and try again.") % text)

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.identifier()}
        for key, edit in self.edits.items():
            out[key] = edit.text().strip() or None
        if self.status is not None:
            out["status"] = self.status.currentText()
        if self.kind is not None:
            out["kind"] = self.kind.currentData()
        return out


def ask_new_record(prompts: Any, table: str, typed: str, parent: QWidget,
                   service: Any) -> dict[str, Any] | None:
    """The record a curator creates in the New… dialog (`typed` prefills its name), as
    stored, or None when they cancel. The dialog saves it through `service` and stays open,
    with what was typed, when the catalog refuses it."""

    def create(record: dict[str, Any], done: Callable[[dict[str, Any]], None],
               failed: Callable[[BaseException], None]) -> None:
        service.call(lambda c: c.save_record(table, record, None), done, failed)

    dialog = NewRecordDialog(table, typed, parent, create)
    try:
        return dialog.saved if prompts.run(dialog) else None
    finally:
        dialog.deleteLater()
