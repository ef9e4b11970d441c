"""Parties, holders and venues: an agent or a person, picked by name, or a new agent made here.

The record stores the agent's (or person's) id; the box shows the name and finds it by any
part of it. Text that names no record (old free-text data) is shown as it is and kept, and a
save refuses it when it was typed in this session: a name a visitor reads is an agent record,
with its name in both languages, never a string.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QPushButton, QWidget

from .commands import SetValue
from .context import EditorContext
from .fields import Binding, PathSource
from .model import RecordModel
from .newrecord import ask_new_record
from .record_picker import SEARCH_ROLE, FoldingCompleter

AGENT_TABLES = ("agents", "people")


class AgentPicker(QWidget):
    """A searchable box of agents and people, and "New agent…"."""

    picked = Signal()
    newRequested = Signal()

    def __init__(self, name: str, label: str, context: EditorContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName(f"field_{name}")
        self.box = QComboBox()
        self.box.setObjectName(f"field_{name}_box")
        self.box.setAccessibleName(label)
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.setMinimumContentsLength(8)
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # matched as the link pickers match: both languages' names, folded, in either script
        completer = FoldingCompleter(self.box.model(), self.box)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.box.setCompleter(completer)
        self.box.lineEdit().setPlaceholderText(self.tr("Find an agent or a person…"))
        self.new = QPushButton(self.tr("New agent…"))
        self.new.setObjectName(f"field_{name}_new")
        self.new.setAccessibleName(self.tr("Create a new agent record"))
        self.new.clicked.connect(self.newRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.new)
        self.box.activated.connect(lambda _i: self.picked.emit())
        self.box.lineEdit().editingFinished.connect(self.picked)
        self.reload()

    def reload(self) -> None:
        text = self.box.currentText()
        self.box.blockSignals(True)
        self.box.clear()
        people = self.tr("person")
        for table in AGENT_TABLES:
            for record_id, label in self.context.lookups.items(table):
                self.box.addItem(f"{label} ({people})" if table == "people" else label,
                                 record_id)
                self.box.setItemData(self.box.count() - 1,
                                     self.context.lookups.search_key(table, record_id),
                                     SEARCH_ROLE)
        self.box.setCurrentIndex(-1)
        self.box.setEditText(text)
        self.box.blockSignals(False)

    def value(self) -> str | None:
        """The id named in the box, else the text itself (None when empty)."""
        text = self.box.currentText().strip()
        if not text:
            return None
        current = self.box.currentIndex()
        if current >= 0 and self.box.itemText(current) == text:
            return self.box.itemData(current)
        index = self.box.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.box.itemData(index) if index >= 0 else text

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        index = self.box.findData(value) if value else -1
        self.box.setCurrentIndex(index)
        if index < 0:
            self.box.setEditText("" if value is None else str(value))
        self.box.lineEdit().setCursorPosition(0)
        self.box.blockSignals(False)

    def is_known(self, value: Any) -> bool:
        return value is None or self.box.findData(value) >= 0


class AgentBinding(Binding):
    disable_when_read_only = True

    def __init__(self, model: RecordModel, stack: QUndoStack, path: PathSource,
                 widget: AgentPicker, label: str, context: EditorContext) -> None:
        super().__init__(model, stack, path, widget, label)
        self.context = context
        widget.picked.connect(self.user_edited)
        widget.newRequested.connect(self.create_agent)
        context.lookups.changed.connect(self._lookups_changed)

    def _lookups_changed(self, table: str) -> None:
        if table in AGENT_TABLES:
            self.widget.reload()
            self._updating = True
            try:
                path = self.path()
                self.show(self.model.value(path) if path is not None and self.model.loaded
                          else None)
            finally:
                self._updating = False

    def read(self) -> Any:
        return self.widget.value()

    def show(self, value: Any) -> None:
        self.widget.set_value(value)

    def create_agent(self) -> None:
        """A new agent record named by what is typed, then picked here (one undo step)."""
        path = self.path()
        if path is None or self.read_only:
            return
        typed = self.widget.box.currentText().strip()
        prefill = "" if self.widget.is_known(self.widget.value()) else typed
        saved = ask_new_record(self.context.prompts, "agents", prefill, self.widget,
                               self.context.service)
        if saved is not None:
            self.context.lookups.refresh(AGENT_TABLES)
            self.stack.push(SetValue(self.model, path, saved["id"],
                                     self.tr("Edit %s").replace("%s", self.label)))
