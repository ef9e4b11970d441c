"""Links to other records (people, missions, exhibitions, sources), picked by name.

A small table of the links (name plus role/kind, editable in place), and below it a searchable
picker of the catalog's records with "New…" for one that is missing. Every change replaces the
whole list through one undo command, so the record model stays the single source of truth.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .commands import SetValue
from .context import TERMS, EditorContext
from .labels import field_label
from .link_model import (  # noqa: F401  (the link kinds are imported from here)
    CREW,
    EXHIBITIONS,
    MISSIONS,
    PEOPLE,
    SOURCES,
    ChoiceDelegate,
    Extra,
    LinkSpec,
    LinkTableModel,
    extra_choices,
    noun_label,
    picker_placeholder,
)
from .model import Path, RecordModel
from .newrecord import ask_new_record
from .record_picker import RecordPicker

NAME_WIDTH = 180  # the linked record's name column is never narrower (pixels)
CHOICE_WIDTH = 220  # a choice column widens for its labels up to this
# Squeezed to fit the table, a note column is never narrower than this, a choice column
# never narrower than the other (their headers elided, whole in the tooltip).
NARROWEST_NOTE, NARROWEST_CHOICE = 40, 72


class LinkEditor(QWidget):
    """Links of one kind: a table, a picker, Add / New… / Remove / Up / Down."""

    linked = Signal(str)

    def __init__(self, spec: LinkSpec, model: RecordModel, stack: QUndoStack,
                 path: Path | Callable[[], Path | None], context: EditorContext,
                 name: str) -> None:
        super().__init__()
        self.spec, self.record, self.stack, self.context = spec, model, stack, context
        self._path = path if callable(path) else (lambda: path)
        self.setObjectName(f"links_{name}")
        # As tall as it needs, never stretched: the form stays compact around it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table_model = LinkTableModel(spec, model, self._path, context, self._commit)
        self.view = QTableView()
        self.view.setObjectName(f"links_{name}_table")
        self.view.setAccessibleName(self.tr("Linked %s records") % noun_label(spec.noun))
        self.view.setModel(self.table_model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(96)
        self.view.setMaximumHeight(170)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, extra in enumerate(spec.extras, start=1):
            if extra.choices or extra.scheme:
                self.view.setItemDelegateForColumn(column, ChoiceDelegate(
                    lambda e=extra: extra_choices(e, context), self.view))
        self._fit_headers()
        self.picker = RecordPicker(spec.table, context, picker_placeholder(spec.table))
        self.picker.setObjectName(f"links_{name}_picker")
        self.picker.setAccessibleName(self.tr("Choose a %s to link") % noun_label(spec.noun))
        self.extra_editors: dict[str, QComboBox | QLineEdit] = {}
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        for extra in (e for e in spec.extras if e.beside):
            editor: QComboBox | QLineEdit
            if extra.choices or extra.scheme:
                editor = QComboBox()
                # long labels ("command module pilot") must not widen the form
                editor.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                editor.setMinimumContentsLength(6)
                self._fill(editor, extra)
            else:
                editor = QLineEdit(extra.default or "")
                editor.setPlaceholderText(field_label(extra.key))
                editor.setMaximumWidth(120)
            editor.setObjectName(f"links_{name}_{extra.key}")
            editor.setAccessibleName(field_label(extra.key))
            self.extra_editors[extra.key] = editor
            picker_row.addWidget(editor)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Add"), self.add_chosen),
                                ("new", self.tr("New…"), self.new_record)):
            picker_row.addWidget(self._button(name, key, text, slot))
        side = QVBoxLayout()
        for key, text, slot in (("up", self.tr("Up"), lambda: self.move(-1)),
                                ("down", self.tr("Down"), lambda: self.move(1)),
                                ("remove", self.tr("Remove"), self.remove_selected)):
            side.addWidget(self._button(name, key, text, slot))
        side.addStretch(1)
        table_row = QHBoxLayout()
        table_row.addWidget(self.view, 1)
        table_row.addLayout(side)
        self.message = QLabel()
        self.message.setProperty("role", "problem")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName(f"links_{name}_message")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(table_row)
        layout.addLayout(picker_row)
        layout.addWidget(self.message)
        model.fieldChanged.connect(self._field_changed)
        model.recordLoaded.connect(self.table_model.sync)
        context.lookups.changed.connect(self._lookups_changed)

    def _fit_headers(self) -> None:
        """Each extra column as wide as its header's words (and its choices' labels, up to a
        point), and the name column the rest. When that is wider than the table (long Russian
        headers), the free-text columns and then the choice columns give way — their headers
        elided, whole in the tooltip — so the table never scrolls sideways."""
        header = self.view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = header.fontMetrics()
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 18
        widths: dict[int, int] = {}
        choice: set[int] = set()
        for column, extra in enumerate(self.spec.extras, start=1):
            text = str(self.table_model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = metrics.horizontalAdvance(text) + margin
            if extra.choices or extra.scheme:
                choice.add(column)
                labels = [label for _, label in extra_choices(extra, self.context)]
                width = max(width, min(CHOICE_WIDTH, max(
                    (metrics.horizontalAdvance(t) + margin for t in labels), default=0)))
            widths[column] = width
        available = self.view.viewport().width() - 2
        for squeezable, floor in (([c for c in widths if c not in choice], NARROWEST_NOTE),
                                  (list(choice), NARROWEST_CHOICE)):
            over = NAME_WIDTH + sum(widths.values()) - available
            room = sum(max(widths[c] - floor, 0) for c in squeezable)
            if over <= 0 or not room:
                continue
            for column in squeezable:
                spare = max(widths[column] - floor, 0)
                widths[column] -= min(spare, -(-over * spare // room))
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # The name column takes what is left and follows the table's width as it changes
        # (a scroll bar appearing beside the form), so the table never scrolls sideways.
        header.setMinimumSectionSize(min(NARROWEST_NOTE, header.minimumSectionSize()))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_headers()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_headers()  # the style sheet's font is known only now
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.table_model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.table_model.columnCount() - 1)
            self._fit_headers()
        super().changeEvent(event)

    def _lookups_changed(self, what: str) -> None:
        self.table_model.sync()
        if what == TERMS:
            self._fit_headers()  # the choices' labels came with the vocabulary
            for extra in self.spec.extras:
                editor = self.extra_editors.get(extra.key)
                if isinstance(editor, QComboBox):
                    self._fill(editor, extra)

    def _fill(self, editor: QComboBox, extra: Extra) -> None:
        editor.clear()
        for code, label in extra_choices(extra, self.context):
            editor.addItem(label, code)
        default = editor.findData(extra.default)
        editor.setCurrentIndex(max(default, 0))

    def _button(self, name: str, key: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"links_{name}_{key}")
        button.setAccessibleName(f"{text} {noun_label(self.spec.noun)}")
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _field_changed(self, field: str) -> None:
        path = self._path()
        if path is not None and field == (path if isinstance(path, str) else path[0]):
            self.table_model.sync()

    def refresh(self) -> None:
        self.table_model.sync()
        self.setEnabled(self._path() is not None)

    def set_read_only(self, read_only: bool) -> None:
        self.table_model.read_only = read_only
        for widget in (self.picker, *self.extra_editors.values(), *self.buttons.values()):
            widget.setEnabled(not read_only)

    def set_problem(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def _commit(self, items: list[Any], text: str) -> None:
        path = self._path()
        if path is not None:
            self.stack.push(SetValue(self.record, path, items, text))

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add(self, record_id: str) -> bool:
        """Link `record_id` with the extras chosen beside the picker."""
        items = self.table_model.items()
        if self.spec.key is None:
            item: Any = record_id
        else:
            item = {self.spec.key: record_id}
            for key, editor in self.extra_editors.items():
                value = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
                item[key] = str(value or "").strip() or None
        if any(all(old.get(k) == v for k, v in item.items()) if isinstance(old, dict)
               else old == item for old in items):
            self.set_problem(self.tr("That %s is already linked.") % noun_label(self.spec.noun))
            return False
        self.set_problem(None)
        self._commit([*items, item], f"Link {self.spec.noun}")
        self.view.selectRow(len(items))
        self.linked.emit(record_id)
        return True

    def add_chosen(self) -> None:
        record_id = self.picker.chosen()
        if record_id is None:
            self.set_problem(self.tr("Choose a %s from the list, or use New… to add one.")
                             % noun_label(self.spec.noun))
            return
        if self.add(record_id):
            self.picker.setEditText("")

    def new_record(self) -> None:
        saved = ask_new_record(self.context.prompts, self.spec.table,
                               self.picker.currentText().strip(), self, self.context.service)
        if saved is not None:
            self.context.lookups.refresh((self.spec.table,))
            self.add(saved["id"])

    def remove_selected(self) -> None:
        row = self.selected_row()
        items = self.table_model.items()
        if 0 <= row < len(items):
            del items[row]
            self._commit(items, f"Unlink {self.spec.noun}")
            if items:
                self.view.selectRow(min(row, len(items) - 1))

    def move(self, step: int) -> None:
        row = self.selected_row()
        items = self.table_model.items()
        target = row + step
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            self._commit(items, f"Reorder {self.spec.noun} links")
            self.view.selectRow(target)
