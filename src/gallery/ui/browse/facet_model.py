"""One facet's choices with their counts, checkable (the filter panel's lists)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..i18n import current_language
from ..plain import tooltip
from ..words import facet_value

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass
class FacetChoice:
    value: str
    label: str
    count: int
    checked: bool = False


class FacetModel(QAbstractListModel):
    """One facet's values with counts; checkable. Chosen values stay listed at count 0."""

    ValueRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2
    NameRole = Qt.ItemDataRole.UserRole + 3  # the label alone, for the delegate to elide
    selectionChanged = Signal()

    def __init__(self, facet: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.facet = facet
        self._choices: list[FacetChoice] = []
        self.names_ru: dict[str, str] = {}  # value -> Russian label (missions, people)

    def set_counts(self, counts: list[tuple[str, str, int]]) -> None:
        chosen = {c.value for c in self._choices if c.checked}
        fresh = [FacetChoice(v, label, n, v in chosen) for v, label, n in counts]
        present = {c.value for c in fresh}
        fresh += [FacetChoice(c.value, c.label, 0, True) for c in self._choices
                  if c.checked and c.value not in present]
        if [c.value for c in fresh] == [c.value for c in self._choices]:
            for row, choice in enumerate(fresh):  # same values: only counts changed
                if choice != self._choices[row]:
                    self._choices[row] = choice
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._choices = fresh
        self.endResetModel()

    def checked_values(self) -> list[str]:
        return [c.value for c in self._choices if c.checked]

    def clear_checks(self) -> None:
        for row, choice in enumerate(self._choices):
            if choice.checked:
                choice.checked = False
                self.dataChanged.emit(self.index(row), self.index(row),
                                      [Qt.ItemDataRole.CheckStateRole])

    def set_checked(self, value: str, checked: bool = True, label: str = "") -> None:
        """Check a value by code (e.g. a mission id from the missions view).

        A value not listed yet is added (count unknown until the next search says it).
        """
        row = next((r for r, c in enumerate(self._choices) if c.value == value), -1)
        if row < 0:
            if not checked:
                return
            row = len(self._choices)
            self.beginInsertRows(_ROOT, row, row)
            self._choices.append(FacetChoice(value, label or value, 0))
            self.endInsertRows()
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)

    def label(self, choice: FacetChoice) -> str:
        if current_language() == "ru" and choice.value in self.names_ru:
            text = self.names_ru[choice.value]
        else:
            text = facet_value(self.facet, choice.value, choice.label)
        if self.facet == "category":  # term labels are lower case: a list of kinds is not
            text = text[:1].upper() + text[1:]
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.label(choice)}  ({choice.count})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.label(choice))
        if role == self.ValueRole:
            return choice.value
        if role == self.CountRole:
            return choice.count
        if role == self.NameRole:
            return self.label(choice)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        with contextlib.suppress(ValueError):
            value = Qt.CheckState(value)
        checked = value == Qt.CheckState.Checked
        choice = self._choices[index.row()]
        if choice.checked == checked:
            return True
        choice.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selectionChanged.emit()
        return True

    def language_changed(self) -> None:
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])
