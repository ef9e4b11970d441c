"""Batch edit: one field set on several works as one recorded, undoable change.

The change is written with `Catalog.batch_set` (one transaction, one change id in the history).
Its undo command writes each work's old value back with `batch_restore`, checking that nobody
changed those works meanwhile; if someone did, nothing is overwritten and the batch can no
longer be undone (the curator is told why).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...catalog.dates import CERTAINTIES
from ...catalog.records import CONFIDENCE, DIMENSION_UNITS
from ..numerus import numbered
from .commands import CatalogCommand
from .context import EditorContext
from .labels import field_label

# field → fixed choices, "tags" (a comma list) or None (free text)
BATCH_FIELDS: dict[str, Any] = {
    "series": None, "work_type": None, "medium": None, "support": None, "credit_line": None,
    "rights": None, "where_made": None, "confidence": CONFIDENCE,
    "date_certainty": CERTAINTIES, "dimension_unit": DIMENSION_UNITS, "subjects": "tags",
}


class BatchDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(self.tr("Set a field on %d works") % count)
        self.setMinimumWidth(520)
        self.field_box = QComboBox()
        self.field_box.setObjectName("batchField")
        self.editors = QStackedWidget()
        for field, kind in BATCH_FIELDS.items():
            self.field_box.addItem(field_label(field), field)
            if isinstance(kind, tuple):
                editor: QWidget = QComboBox()
                editor.addItems(list(kind))
            else:
                editor = QLineEdit()
                editor.setPlaceholderText(self.tr("separate with commas") if kind == "tags"
                                          else self.tr("leave empty to clear the field"))
            editor.setObjectName(f"batchValue_{field}")
            self.editors.addWidget(editor)
        self.field_box.currentIndexChanged.connect(self.editors.setCurrentIndex)
        form = QFormLayout()
        form.addRow(self.tr("Field"), self.field_box)
        form.addRow(self.tr("New value"), self.editors)
        note = QLabel(self.tr("Every selected work gets this value, as one change you can "
                              "undo (Edit ▸ Undo batch change)."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set on all"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def set_field(self, field: str) -> None:
        self.field_box.setCurrentIndex(self.field_box.findData(field))

    def set_value(self, text: str) -> None:
        editor = self.editors.currentWidget()
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
        else:
            editor.setText(text)

    def field(self) -> str:
        return self.field_box.currentData()

    def value(self) -> Any:
        editor = self.editors.currentWidget()
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text().strip()
        if BATCH_FIELDS[self.field()] == "tags":
            return [t.strip() for t in text.split(",") if t.strip()]
        return text or None


class BatchEditor(QObject):
    """Runs batch edits and keeps their undo stack (separate from the form's)."""

    changed = Signal(list)       # work ids whose records changed
    message = Signal(str, str)

    def __init__(self, context: EditorContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = QUndoStack(self)

    def ask_and_apply(self, ids: list[str], parent: QWidget) -> None:
        if len(ids) < 2:
            self.message.emit(self.tr("Choose two or more works in the list first "
                                      "(Ctrl+click or Shift+click)."), "info")
            return
        dialog = BatchDialog(len(ids), parent)
        try:
            if not self.context.prompts.run(dialog):
                return
            field, value = dialog.field(), dialog.value()
        finally:
            dialog.deleteLater()
        self.apply(ids, field, value)

    def apply(self, ids: list[str], field: str, value: Any,
              then: Callable[[], None] | None = None) -> None:
        def run(catalog: Any) -> tuple[dict[str, Any], dict[str, int], int]:
            olds = {i: catalog.get(i)[field] for i in ids}
            # A work that already has the value is no change: no version, no history entry.
            olds = {i: old for i, old in olds.items() if old != value}
            if olds:
                catalog.batch_set(list(olds), field, value)
            return olds, {i: catalog.get(i)["version"] for i in olds}, len(ids) - len(olds)

        def done(result: tuple[dict[str, Any], dict[str, int], int]) -> None:
            olds, versions, already = result
            changed = list(olds)
            said = self._counts(field, len(changed), already)
            if changed:
                state = {"versions": versions}
                text = self.tr("Set %s on %d works") % (field_label(field), len(changed))
                self.stack.push(CatalogCommand(text, lambda forward: self._redo(
                    forward, changed, field, value, olds, state)))
                self.changed.emit(changed)
            self.message.emit(said, "info")
            if then:
                then()

        self.context.service.call(run, done, lambda e: self.message.emit(
            self.tr("Not changed — %s") % e, "error"))

    def _counts(self, field: str, changed: int, already: int) -> str:
        """'Confidence: 2 works changed, 1 already had it.'"""
        text = numbered(self.tr("%n work(s) changed", "", changed), changed)
        if already:
            text += ", " + numbered(self.tr("%n already had it", "", already), already)
        return self.tr("%s: %s.") % (field_label(field), text)

    def _redo(self, forward: bool, ids: list[str], field: str, value: Any,
              olds: dict[str, Any], state: dict[str, Any]) -> None:
        values = {i: value for i in ids} if forward else olds
        expected = dict(state["versions"])

        def run(catalog: Any) -> dict[str, int]:
            catalog.batch_restore(field, values, expected)
            return {i: catalog.get(i)["version"] for i in ids}

        def done(versions: dict[str, int]) -> None:
            state["versions"] = versions
            self.changed.emit(ids)

        def failed(error: BaseException) -> None:
            # The catalog moved on: this batch can no longer be undone. Cleared later, as this
            # may run inside the stack's own undo().
            QTimer.singleShot(0, self.stack.clear)
            self.message.emit(self.tr("The batch change was not undone — %s. Nothing was "
                                      "overwritten.") % error, "error")

        self.context.service.call(run, done, failed)
