"""A small dialog that creates a missing person, mission, exhibition, source or agent while
linking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...catalog.errors import InvalidRecord
from ...catalog.names import is_valid_id
from ...catalog.problems import in_language
from ...catalog.records import MISSION_STATUSES, TITLE_COLUMN
from ...catalog.similar_names import similar_records
from ..i18n import current_language
from ..plain import shown
from .kind_words import give_a_name, new_record_title
from .labels import field_label
from .recordtools import slug

_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {  # labels translated where rows are made
    "people": (
        ("name", QT_TRANSLATE_NOOP("NewRecordDialog", "Name")),
        ("name_ru", QT_TRANSLATE_NOOP("NewRecordDialog", "Name in Russian"))),
    "missions": (
        ("name", QT_TRANSLATE_NOOP("NewRecordDialog", "Name")),
        ("name_ru", QT_TRANSLATE_NOOP("NewRecordDialog", "Name in Russian")),
        ("program", QT_TRANSLATE_NOOP("NewRecordDialog", "Programme")),
        ("date_display", QT_TRANSLATE_NOOP("NewRecordDialog", "Dates"))),
    "exhibitions": (
        ("title", QT_TRANSLATE_NOOP("NewRecordDialog", "Title")),
        ("title_ru", QT_TRANSLATE_NOOP("NewRecordDialog", "Title in Russian")),
        ("venue", QT_TRANSLATE_NOOP("NewRecordDialog", "Venue")),
        ("city", QT_TRANSLATE_NOOP("NewRecordDialog", "City")),
        ("date_display", QT_TRANSLATE_NOOP("NewRecordDialog", "Dates"))),
    "sources": (
        ("citation", QT_TRANSLATE_NOOP("NewRecordDialog", "Citation")),
        ("url", QT_TRANSLATE_NOOP("NewRecordDialog", "Web address")),
        ("kind", QT_TRANSLATE_NOOP("NewRecordDialog", "Kind"))),
    "agents": (
        ("name", QT_TRANSLATE_NOOP("NewRecordDialog", "Name")),
        ("name_ru", QT_TRANSLATE_NOOP("NewRecordDialog", "Name in Russian")),
        ("place", QT_TRANSLATE_NOOP("NewRecordDialog", "Place")),
        ("place_ru", QT_TRANSLATE_NOOP("NewRecordDialog", "Place in Russian"))),
}
AGENT_KINDS = ("organisation", "person", "group")
# Where a twin is looked for: a person link takes people; a party takes agents or people.
_TWIN_TABLES = {"people": ("people",), "agents": ("agents", "people")}
# create(record, done, failed): save the record, then call done(stored) or failed(error).
Create = Callable[[dict[str, Any], Callable[[dict[str, Any]], None],
                   Callable[[BaseException], None]], None]
# similar(name, name_ru, done): look for people/organisations named so; done(matches).
Similar = Callable[[str, str, Callable[[list[dict[str, Any]]], None]], None]
NAMED_TABLES = ("people", "agents")  # the records a twin of which is worth a warning


class NewRecordDialog(QDialog):
    """Fields for a new record; `record()` is what to save. The id follows the name.

    With `create`, Create saves the record and the dialog closes only once it is stored: a
    refusal (an id already used) is shown in the dialog, with everything typed still there.
    """

    def __init__(self, table: str, initial: str = "", parent: QWidget | None = None,
                 create: Create | None = None, similar: Similar | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._create = create
        self._similar = similar if table in NAMED_TABLES else None
        self.used: dict[str, Any] | None = None  # an existing record chosen instead
        self.saved: dict[str, Any] | None = None
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(new_record_title(table))
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
        self.twins = SimilarNames(self)
        self.twins.chosen.connect(self._use)
        self._look = QTimer(self)  # typing settles before the catalog is asked
        self._look.setSingleShot(True)
        self._look.setInterval(250)
        self._look.timeout.connect(self.look_for_twins)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.twins)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.title_key = TITLE_COLUMN[table]
        self.edits[self.title_key].textChanged.connect(self._title_changed)
        if self._similar is not None:
            for key in ("name", "name_ru"):
                self.edits[key].textChanged.connect(lambda _t: self._look.start())
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

    def id_from_name(self) -> bool:
        """Whether the identifier is the one made from the name (not typed by the curator):
        such an id steps aside for a namesake (yuri-gagarin-2) instead of clashing."""
        return self._auto_id or not self.id_edit.text().strip()

    def identifier(self) -> str:
        return self.id_edit.text().strip() or slug(self.edits[self.title_key].text())

    def problem(self) -> str | None:
        if not self.edits[self.title_key].text().strip():
            return give_a_name(self.table)
        if not is_valid_id(self.identifier()):  # the store's own rule, not a copy
            return self.tr("The identifier uses lower-case letters, digits and dashes.")
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def look_for_twins(self) -> None:
        """Warn when a person or organisation of this (or a very like) name exists."""
        self._look.stop()
        if self._similar is None:
            return
        self._similar(self.edits["name"].text(), self.edits["name_ru"].text(),
                      self.twins.show_matches)

    def _use(self, record: dict[str, Any]) -> None:
        """The curator takes the existing record: nothing is created."""
        self.used = record
        self.saved = record
        self.accept()

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
            lang = current_language()  # each field by its label, each problem in Russian too
            text = "; ".join(f"{field_label(key)}: {in_language(why, lang)}"
                             for key, why in error.problems.items())
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


class SimilarNames(QFrame):
    """'Already in the catalog: …' with a button per record of the same or a like name: Use
    (in the New… dialog) or, with `opens`, Open (on the form of a new record)."""

    chosen = Signal(dict)

    def __init__(self, parent: QWidget | None = None, opens: bool = False) -> None:
        super().__init__(parent)
        self.opens = opens
        self.setObjectName("banner_warning")
        self.setAccessibleName(self.tr("Records with this name"))
        self.matches: list[dict[str, Any]] = []
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(10, 6, 10, 6)
        self.hide()

    def show_matches(self, matches: list[dict[str, Any]]) -> None:
        self.matches = matches[:3]
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self.matches:
            self.hide()
            return
        same = any(m["match"] == "same" for m in self.matches)
        title = QLabel(self.tr("Already in the catalog, with the same name:") if same
                       else self.tr("Already in the catalog, with a very like name:"))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.rows.addWidget(title)
        for match in self.matches:
            line = QHBoxLayout()
            names = (match.get("name"), match.get("name_ru"))  # the interface's language first
            if current_language() == "ru":
                names = names[::-1]
            both = " / ".join(n for n in names if n)
            kind = self.tr("person") if match["table"] == "people" else self.tr("organisation")
            label = QLabel(f"{shown(both)} ({kind})")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            use = QPushButton(self.tr("Open this one") if self.opens
                              else self.tr("Use this one"))
            use.setObjectName(f"use_{match['id']}")
            use.clicked.connect(lambda _c=False, m=match: self.chosen.emit(m))
            line.addWidget(label, 1)
            line.addWidget(use)
            holder = QWidget()
            holder.setLayout(line)
            line.setContentsMargins(0, 0, 0, 0)
            self.rows.addWidget(holder)
        self.show()


def ask_new_record(prompts: Any, table: str, typed: str, parent: QWidget,
                   service: Any) -> dict[str, Any] | None:
    """The record a curator creates in the New… dialog (`typed` prefills its name), as
    stored, or None when they cancel. The dialog saves it through `service` and stays open,
    with what was typed, when the catalog refuses it; a person or organisation of the same
    or a very like name is shown, and choosing it returns that record instead."""

    def create(record: dict[str, Any], done: Callable[[dict[str, Any]], None],
               failed: Callable[[BaseException], None]) -> None:
        def save(catalog: Any) -> dict[str, Any]:
            if dialog.id_from_name():  # a namesake's id is taken: the next free one
                record["id"] = catalog.free_id(table, record["id"])
            return catalog.save_record(table, record, None)

        service.call(save, done, failed)

    def similar(name: str, name_ru: str,
                done: Callable[[list[dict[str, Any]]], None]) -> None:
        def look(catalog: Any) -> list[dict[str, Any]]:
            with catalog.reading() as con:
                return similar_records(con, name, name_ru, tables=_TWIN_TABLES[table])

        service.call(look, done, lambda _error: done([]))

    dialog = NewRecordDialog(table, typed, parent, create, similar)
    dialog.look_for_twins()  # a name typed before New… is checked at once
    try:
        return dialog.saved if prompts.run(dialog) else None
    finally:
        dialog.deleteLater()
