"""A list field edited as a list: one row per item, add / remove / move up / move down.

Lists used to be typed as comma-separated text, so an item holding a comma was split as soon
as a record was opened and left. Here an item is never parsed: the table shows each stored item
in its own row, and only a change the curator makes pushes a command (one per edit) onto the
record's undo stack. A new row lives in the widget alone until something is typed into it, so
an empty row never reaches the record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..plain import tooltip
from .commands import SetValue
from .model import RecordModel
from .recordtools import deep

# (stored code, label in the interface language) for a column with fixed values
Choices = Callable[[], list[tuple[str, str]]]
CODE = Qt.ItemDataRole.UserRole  # where a choice cell keeps its code (it shows the label)


class CodeDelegate(QStyledItemDelegate):
    """A combo box of labels for a choice column; the code goes back into the cell."""

    def __init__(self, choices: Choices, parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        editor = QComboBox(parent)
        for code, label in self.choices():
            editor.addItem(label, code)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        code = str(index.data(CODE) or "")
        found = editor.findData(code)
        if found < 0 and code:  # a stored value the list does not offer: keep it
            editor.addItem(code, code)
            found = editor.count() - 1
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CODE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ListEditor(QWidget):
    """Edits `model.record[field]`: a list of strings, or of dicts with `columns` as keys.

    A column named in `choices` stores a code and shows its label (picked from a list)."""

    def __init__(self, model: RecordModel, stack: QUndoStack, field: str, label: str,
                 columns: tuple[tuple[str, str], ...] | None = None, rows: int = 4,
                 parent: QWidget | None = None,
                 choices: dict[str, Choices] | None = None) -> None:
        super().__init__(parent)
        self.model, self.stack, self.field, self.label = model, stack, field, label
        self.keys = [key for key, _ in columns] if columns else None
        self.choices = choices or {}
        self.read_only = False
        self._updating = False
        self._pending = False  # a new row shown but not yet in the record
        self.table = QTableWidget(0, len(columns) if columns else 1)
        self.table.setObjectName(f"field_{field}")
        self.table.setAccessibleName(label)
        self.table.setHorizontalHeaderLabels([text for _, text in columns] if columns
                                             else [label])
        self.table.horizontalHeader().setVisible(bool(columns))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, as in the rest of the form
        self.table.setWordWrap(True)
        for column, key in enumerate(self.keys or []):
            if key in self.choices:
                self.table.setItemDelegateForColumn(
                    column, CodeDelegate(self.choices[key], self.table))
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons: dict[str, QToolButton] = {}
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(2)
        for name, text, tip, slot in (
                ("add", "+", self.tr("Add an item"), self.add_item),
                ("remove", "−", self.tr("Remove the selected item"), self.remove_item),
                ("up", "▲", self.tr("Move the selected item up"), lambda: self.move_item(-1)),
                ("down", "▼", self.tr("Move the selected item down"),
                 lambda: self.move_item(1))):
            button = QToolButton()
            button.setObjectName(f"{field}_{name}")
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[name] = button
        side.addStretch(1)
        self._side = side
        self._height = (self.table.verticalHeader().defaultSectionSize() * rows
                        + (30 if columns else 6))
        self.table.setFixedHeight(self._height)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        delete.activated.connect(self.remove_item)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side)
        self.setFocusProxy(self.table)
        self.set_read_only(False)
        model.fieldChanged.connect(self._field_changed)
        model.recordLoaded.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # at least as tall as its buttons (styled only now), so no empty band beside the list
        self.table.setFixedHeight(max(self._height, self._side.sizeHint().height()))
        super().showEvent(event)

    # -- the record → the table ------------------------------------------------------------
    def items(self) -> list[Any]:
        value = self.model.value(self.field) if self.model.loaded else None
        return list(value) if isinstance(value, list) else []

    def _field_changed(self, name: str) -> None:
        if name == self.field:
            self.refresh()

    def refresh(self) -> None:
        items = self.items()
        if self._shown() != items or self._pending:
            self._pending = False
            self._updating = True
            try:
                self.table.setRowCount(0)
                for item in items:
                    self._append_row(item)
            finally:
                self._updating = False
        self.table.setEnabled(self.model.loaded)
        self._update_buttons()

    def _append_row(self, item: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, key in enumerate(self.keys or [None]):
            value = item.get(key) if key is not None and isinstance(item, dict) else item
            text = "" if value is None else str(value)
            cell = QTableWidgetItem(self._label(key, text))
            if key in self.choices:
                cell.setData(CODE, text)
            cell.setToolTip(tooltip(cell.text()))
            self.table.setItem(row, column, cell)

    def _label(self, key: str | None, code: str) -> str:
        if key not in self.choices or not code:
            return code
        return dict(self.choices[key]()).get(code, code)

    def relabel(self) -> None:
        """Show the choice columns' labels again (the vocabulary or the language changed)."""
        self._updating = True
        try:
            for column, key in enumerate(self.keys or []):
                for row in range(self.table.rowCount() if key in self.choices else 0):
                    cell = self.table.item(row, column)
                    if cell is not None:
                        cell.setText(self._label(key, str(cell.data(CODE) or "")))
        finally:
            self._updating = False

    def _cell_value(self, cell: QTableWidgetItem | None, column: int) -> str:
        """What a cell holds for the record: a choice column's code, else its text."""
        if cell is None:
            return ""
        if self.keys is not None and self.keys[column] in self.choices:
            return str(cell.data(CODE) or "")
        return cell.text()

    def _shown(self) -> list[Any]:
        """What the table shows, as the record would hold it (without a pending row)."""
        count = self.table.rowCount() - (1 if self._pending else 0)
        return [self._row_value(row) for row in range(count)]

    def _row_value(self, row: int) -> Any:
        texts = [self._cell_value(self.table.item(row, c), c)
                 for c in range(self.table.columnCount())]
        if self.keys is None:
            return texts[0]
        old = self.items()[row] if row < len(self.items()) else {}
        value = dict(old) if isinstance(old, dict) else {}
        for key, text in zip(self.keys, texts, strict=True):
            if text != ("" if value.get(key) is None else str(value.get(key))):
                value[key] = text  # only a cell the curator changed is rewritten
        return value

    # -- the curator's edits → commands ----------------------------------------------------
    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._updating or self.read_only or not self.model.loaded:
            return
        row, items = cell.row(), self.items()
        value = self._cell_value(cell, cell.column())
        if row >= len(items):  # the pending row got its first text: the item is added
            if not value.strip():
                return
            self._pending = False
            self._push(self.field, [*items, self._row_value(row)],
                       self.tr("Add an item to %s") % self.label)
            return
        if self.keys is None:
            if cell.text() != items[row]:
                self._push((self.field, row), cell.text(), self._edit_text())
            return
        key = self.keys[cell.column()]
        old = items[row].get(key) if isinstance(items[row], dict) else None
        if value != ("" if old is None else str(old)):
            self._push((self.field, row, key), value, self._edit_text())

    def _edit_text(self) -> str:
        # %s may stand twice (the Russian names the edit in the undo list and the menu apart)
        return self.tr("Edit %s").replace("%s", self.label)

    def _push(self, path: Any, value: Any, text: str) -> None:
        self.stack.push(SetValue(self.model, path, value, text))

    def add_item(self) -> None:
        if self.read_only or not self.model.loaded:
            return
        if not self._pending:
            self._updating = True
            try:
                self._append_row({} if self.keys else "")
            finally:
                self._updating = False
            self._pending = True
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def remove_item(self) -> None:
        row, items = self.selected_row(), self.items()
        if self.read_only or row is None:
            return
        if row >= len(items):  # the pending row: nothing in the record yet
            self.refresh()
            return
        self._push(self.field, items[:row] + items[row + 1:],
                   self.tr("Remove an item from %s") % self.label)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))

    def move_item(self, step: int) -> None:
        row, items = self.selected_row(), self.items()
        if self.read_only or row is None or not 0 <= row + step < len(items) \
                or row >= len(items):
            return
        moved = deep(items)
        moved[row], moved[row + step] = moved[row + step], moved[row]
        self._push(self.field, moved, self.tr("Reorder %s") % self.label)
        self.table.selectRow(row + step)

    # -- form duties ------------------------------------------------------------------------
    def flush(self) -> None:
        """Commit a cell still being typed in (before a save or a switch)."""
        editor = QApplication.focusWidget()
        if editor is not None and self.table.isAncestorOf(editor) \
                and editor is not self.table:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        trigger = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(trigger.NoEditTriggers if read_only else (
            trigger.DoubleClicked | trigger.SelectedClicked | trigger.EditKeyPressed
            | trigger.AnyKeyPressed))  # not CurrentChanged: moving about opens no editor
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.selected_row(), len(self.items())
        writable = self.model.loaded and not self.read_only
        self.buttons["add"].setEnabled(writable)
        self.buttons["remove"].setEnabled(writable and row is not None)
        self.buttons["up"].setEnabled(writable and row is not None and 0 < row < count)
        self.buttons["down"].setEnabled(writable and row is not None and row < count - 1)
