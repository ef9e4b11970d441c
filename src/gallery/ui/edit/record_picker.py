"""A searchable list of one table's records, matched the way visitor search matches.

Typed text and every record's names (English and Russian) are folded by
`gallery.catalog.textfold.fold`, so case, `ё`/`е` and the script never stand in the way:
"Сокол" finds Sokolov in the English editor and "voskhod" finds «Восход» in the Russian one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from ...catalog.textfold import fold
from .context import EditorContext
from .style import POPUP_STYLE, palette

# The item role holding a record's folded names, which the completer matches against.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldingCompleter(QCompleter):
    """Matches folded typed text against SEARCH_ROLE; puts the shown name in the box. Its
    list is styled as the editor is (light text on the dark field colour, in any theme)."""

    def __init__(self, model: Any, parent: QObject) -> None:
        super().__init__(model, parent)
        popup = self.popup()
        popup.setObjectName("completerPopup")
        popup.setPalette(palette())
        popup.setStyleSheet(POPUP_STYLE)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class RecordPicker(QComboBox):
    """An editable, searchable list of one table's records (type any part of a name)."""

    def __init__(self, table: str, context: EditorContext, placeholder: str) -> None:
        super().__init__()
        self.table, self.context = table, context
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(7)  # the Russian form fits without scrolling sideways
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = FoldingCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        context.lookups.changed.connect(self._lookups_changed)
        self.reload()

    def _lookups_changed(self, table: str) -> None:
        if table == self.table:
            self.reload()

    def reload(self) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for row, (record_id, label) in enumerate(self.context.lookups.items(self.table)):
            self.addItem(label, record_id)
            self.setItemData(row, self.context.lookups.search_key(self.table, record_id),
                             SEARCH_ROLE)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def chosen(self) -> str | None:
        """The id of the record named in the box (its name in either language, or its id),
        else the one record whose names contain the text; None if the text names none."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        ids = [i for i, _ in self.context.lookups.items(self.table)]
        if text in ids:
            return text
        folded = fold(text)
        keys = {i: self.context.lookups.search_key(self.table, i) for i in ids}
        exact = [i for i, key in keys.items() if folded in key.split(" | ")]
        found = exact or [i for i, key in keys.items() if folded in key]
        return found[0] if len(found) == 1 else None

    def choose(self, record_id: str) -> None:
        index = self.findData(record_id)
        self.setCurrentIndex(index)
