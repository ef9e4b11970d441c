"""What a link table shows: the kinds of links, their extra columns, and the table model.

An extra column with fixed values (a role, a mission link) stores a vocabulary code and shows
its label in the interface language; a catalog without a vocabulary offers the built-in codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ...catalog.dates import CERTAINTIES
from ..i18n import current_language
from ..plain import tooltip
from .context import EditorContext
from .labels import field_label
from .model import Path, RecordModel
from .vocab import term_choices

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Extra:
    key: str
    label: str
    choices: tuple[str, ...] = ()  # empty: free text
    default: str | None = None
    scheme: str | None = None  # the vocabulary offering the choices (else `choices`)
    beside: bool = True  # also chosen beside the picker when linking (else: in the table)


@dataclass(frozen=True)
class LinkSpec:
    table: str              # the linked records' table
    key: str | None         # "person_id", or None for a plain list of ids
    noun: str               # "person", read in messages
    extras: tuple[Extra, ...] = ()


# Notes per language and a link's certainty are set in the table, after linking.
_NOTES = (Extra("role_note", "Role note", beside=False),
          Extra("role_note_ru", "Role note (Russian)", beside=False))
PEOPLE = LinkSpec("people", "person_id", "person", (
    Extra("role", "Role", ("artist", "co-artist", "sitter", "dedicatee", "owner"), "artist",
          "role"),
    Extra("certainty", "Certainty", CERTAINTIES, None, "certainty", beside=False), *_NOTES))
MISSIONS = LinkSpec("missions", "mission_id", "mission", (
    Extra("link", "Link", ("made_during", "depicts", "commemorates", "inspired_by"), "depicts",
          "link_kind"),
    Extra("qualifier", "Qualifier"), Extra("qualifier_ru", "Qualifier (Russian)", beside=False)))
EXHIBITIONS = LinkSpec("exhibitions", "exhibition_id", "exhibition", (
    Extra("relation", "Relation", ("shown", "related"), "shown"),))
SOURCES = LinkSpec("sources", None, "source")
CREW = LinkSpec("people", "person_id", "person", (
    Extra("role", "Role", ("crew-member",), "crew-member", "role"), *_NOTES))


# Words of the links' parts, in the interface language (the specs hold the English).
_NOUNS = {
    "person": QT_TRANSLATE_NOOP("LinkWords", "person"),
    "mission": QT_TRANSLATE_NOOP("LinkWords", "mission"),
    "exhibition": QT_TRANSLATE_NOOP("LinkWords", "exhibition"),
    "source": QT_TRANSLATE_NOOP("LinkWords", "source"),
}
_PLACEHOLDERS = {
    "people": QT_TRANSLATE_NOOP("LinkWords", "Find a person…"),
    "missions": QT_TRANSLATE_NOOP("LinkWords", "Find a mission…"),
    "exhibitions": QT_TRANSLATE_NOOP("LinkWords", "Find an exhibition…"),
    "sources": QT_TRANSLATE_NOOP("LinkWords", "Find a source…"),
}
_CHOICES = {  # fixed values with no vocabulary scheme
    "shown": QT_TRANSLATE_NOOP("LinkWords", "shown"),
    "related": QT_TRANSLATE_NOOP("LinkWords", "related"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate("LinkWords", text)


def noun_label(noun: str) -> str:
    """A link spec's noun ("person") in the interface language."""
    return _translated(_NOUNS.get(noun, noun))


def picker_placeholder(table: str) -> str:
    """The hint in an empty picker of `table`'s records, in the interface language."""
    return _translated(_PLACEHOLDERS.get(table, "Find…"))


def extra_choices(extra: Extra, context: EditorContext) -> list[tuple[str, str]]:
    """(stored code, label in the interface language) for a column with fixed values."""
    if extra.scheme:
        return term_choices(context.lookups.vocabulary, extra.scheme, extra.choices)
    return [(c, _translated(_CHOICES.get(c, c))) for c in extra.choices]


class LinkTableModel(QAbstractTableModel):
    """The links at `path` in the record model: a thin view, edits go back as commands."""

    def __init__(self, spec: LinkSpec, model: RecordModel, path: Callable[[], Path | None],
                 context: EditorContext, commit: Callable[[list[Any], str], None]) -> None:
        super().__init__()
        self.spec, self.record, self.path, self.context, self.commit = (
            spec, model, path, context, commit)
        self.read_only = False
        self._count = 0

    def items(self) -> list[Any]:
        path = self.path()
        return list(self.record.value(path) or []) if path is not None else []

    def sync(self) -> None:
        """The list changed in the model: same length → repaint rows; else re-read."""
        count = len(self.items())
        if count == self._count:
            if count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(count - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._count = count
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self.spec.extras)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tooltip is the whole header, where a narrow column cuts it
        if section == 0:
            return field_label(self.spec.table)
        return field_label(self.spec.extras[section - 1].key) if section <= len(
            self.spec.extras) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self.items()
        if not index.isValid() or index.row() >= len(items):
            return None
        item = items[index.row()]
        record_id = item if self.spec.key is None else item.get(self.spec.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return self.context.lookups.label(self.spec.table, str(record_id))
            extra = self.spec.extras[index.column() - 1]
            code = item.get(extra.key) or ""
            if extra.scheme and role == Qt.ItemDataRole.DisplayRole and code:
                return self.context.lookups.vocabulary.label(extra.scheme, code,
                                                             current_language())
            if extra.choices and role == Qt.ItemDataRole.DisplayRole and code:
                return _translated(_CHOICES.get(code, code))
            return code
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return tooltip(record_id)
        if role == Qt.ItemDataRole.UserRole:
            return record_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() == 0 or role != Qt.ItemDataRole.EditRole:
            return False
        items = self.items()
        extra = self.spec.extras[index.column() - 1]
        text = str(value or "").strip() or None
        if items[index.row()].get(extra.key) == text:
            return False
        items[index.row()] = {**items[index.row()], extra.key: text}
        self.commit(items, f"Change {extra.label.lower()}")
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for a column with fixed values (a mission link, a role): labels shown,
    codes stored."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for code, label in self.choices():
            editor.addItem(label, code)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        code = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findData(code)
        if found < 0 and code:  # a stored value the list does not offer: keep it
            editor.addItem(code, code)
            found = editor.count() - 1
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
