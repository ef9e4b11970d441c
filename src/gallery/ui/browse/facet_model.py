"""The filter panel's choices as one tree: a group per facet, its values with counts below.

Groups never come and go while the visitor types: a value once counted stays listed in its
place, at count 0 when the current search would give no work with it (drawn dimmed), so rows do
not jump. Chosen values stay listed at count 0 as well. One tree is one Tab stop; arrows move.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

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


@dataclass
class FacetGroup:
    facet: str
    choices: list[FacetChoice] = field(default_factory=list)
    names_ru: dict[str, str] = field(default_factory=dict)  # value -> Russian label


class FacetTreeModel(QAbstractItemModel):
    """Facets (top rows) and their values (child rows, checkable, with counts)."""

    ValueRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2
    NameRole = Qt.ItemDataRole.UserRole + 3  # the label alone, for the delegate to elide
    FacetRole = Qt.ItemDataRole.UserRole + 4
    GroupRole = Qt.ItemDataRole.UserRole + 5  # True on a facet's row
    checksChanged = Signal()

    def __init__(self, facets: tuple[str, ...], titles: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups = [FacetGroup(f) for f in facets]
        self._titles = titles  # facet -> its title in the current language

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self.groups):
            return QModelIndex()
        group = parent.row()
        if row >= len(self.groups[group].choices):
            return QModelIndex()
        return self.createIndex(row, 0, group + 1)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].choices)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return base
        return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren

    def group_index(self, facet: str) -> QModelIndex:
        return self.index(self.facets().index(facet), 0)

    def facets(self) -> list[str]:
        return [g.facet for g in self.groups]

    def _group(self, facet: str) -> FacetGroup:
        return self.groups[self.facets().index(facet)]

    def _choice(self, index: Index) -> tuple[FacetGroup, FacetChoice | None]:
        if index.internalId() == 0:
            return self.groups[index.row()], None
        group = self.groups[index.internalId() - 1]
        return group, group.choices[index.row()]

    # -- counts and choices --------------------------------------------------------------
    def set_counts(self, facet: str, counts: list[tuple[str, str, int]]) -> None:
        """New counts for a facet; known values missing from them read 0, new ones are added
        (in value order for decades, else after the known ones)."""
        group = self._group(facet)
        parent = self.group_index(facet)
        fresh = {value: (label, n) for value, label, n in counts}
        for row, choice in enumerate(group.choices):
            label, n = fresh.pop(choice.value, (choice.label, 0))
            if (label, n) != (choice.label, choice.count):
                choice.label, choice.count = label, n
                index = self.index(row, 0, parent)
                self.dataChanged.emit(index, index)
        for value, (label, n) in fresh.items():
            row = len(group.choices)
            if facet == "decade":
                row = sum(1 for c in group.choices if c.value < value)
            self.beginInsertRows(parent, row, row)
            group.choices.insert(row, FacetChoice(value, label, n))
            self.endInsertRows()

    def checked_values(self, facet: str) -> list[str]:
        return [c.value for c in self._group(facet).choices if c.checked]

    def checked_items(self) -> list[tuple[str, str, str]]:
        """(facet, value, label in the current language) of every chosen value."""
        return [(g.facet, c.value, self.label(g, c)) for g in self.groups for c in g.choices
                if c.checked]

    def clear_checks(self) -> None:
        """Every value unchosen (says dataChanged, not checksChanged)."""
        for group_row, group in enumerate(self.groups):
            parent = self.index(group_row, 0)
            for row, choice in enumerate(group.choices):
                if choice.checked:
                    choice.checked = False
                    index = self.index(row, 0, parent)
                    self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.dataChanged.emit(parent, parent)

    def set_checked(self, facet: str, value: str, checked: bool = True, label: str = "") -> None:
        """Check a value by code (e.g. a mission id from the missions view).

        A value not listed yet is added (count unknown until the next search says it).
        """
        group = self._group(facet)
        parent = self.group_index(facet)
        row = next((r for r, c in enumerate(group.choices) if c.value == value), -1)
        if row < 0:
            if not checked:
                return
            row = len(group.choices)
            self.beginInsertRows(parent, row, row)
            group.choices.append(FacetChoice(value, label or value, 0))
            self.endInsertRows()
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row, 0, parent), state.value, Qt.ItemDataRole.CheckStateRole)

    def toggle(self, index: Index) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)

    def set_names_ru(self, facet: str, names: dict[str, str]) -> None:
        self._group(facet).names_ru = names
        self.language_changed()

    # -- reading -------------------------------------------------------------------------
    def label(self, group: FacetGroup, choice: FacetChoice) -> str:
        if current_language() == "ru" and choice.value in group.names_ru:
            text = group.names_ru[choice.value]
        else:
            text = facet_value(group.facet, choice.value, choice.label)
        # term labels are lower case ("oil paint", "масло"): every list of choices reads as a
        # list, its first letters capitals, in both languages
        return text[:1].upper() + text[1:]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, choice = self._choice(index)
        if role == self.FacetRole:
            return group.facet
        if role == self.GroupRole:
            return choice is None
        if choice is None:
            return self._group_data(group, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.label(group, choice)}  ({choice.count})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{self.label(group, choice)} ({choice.count})")
        if role == self.ValueRole:
            return choice.value
        if role == self.CountRole:
            return choice.count
        if role == self.NameRole:
            return self.label(group, choice)
        return None

    def _group_data(self, group: FacetGroup, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    self.NameRole):
            return str(self._titles(group.facet))
        if role == self.CountRole:  # how many of its values are chosen
            return sum(1 for c in group.choices if c.checked)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() \
                or index.internalId() == 0:
            return False
        with contextlib.suppress(ValueError):
            value = Qt.CheckState(value)
        checked = value == Qt.CheckState.Checked
        _group, choice = self._choice(index)
        assert choice is not None
        if choice.checked == checked:
            return True
        choice.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        parent = index.parent()
        self.dataChanged.emit(parent, parent)  # the group's "· 2 chosen"
        self.checksChanged.emit()
        return True

    def language_changed(self) -> None:
        for row, group in enumerate(self.groups):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, parent)
            if group.choices:
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(group.choices) - 1, 0, parent))
