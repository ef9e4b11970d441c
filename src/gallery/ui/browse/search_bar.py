"""The search field and the sort choice above the grid.

Typing updates results as the visitor types: each keystroke restarts a short timer and the
search runs when the typing pauses (DEBOUNCE_MS), on the catalog worker, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

DEBOUNCE_MS = 150
SORTS = ("date", "date_desc", "title", "added", "relevance", "mission")


class SearchField(QLineEdit):
    """A line edit where Esc clears the text (and a second Esc gives focus back to the grid)."""

    escaped = Signal()
    # On X11 a line edit takes Ctrl+E for "end of line" (an Emacs key; End does the same), so
    # the window's Ctrl+E (open the catalog editor) would be dead while the search has focus.
    WINDOW_KEYS = (QKeySequence("Ctrl+E"),)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if QKeySequence(event.keyCombination()) in self.WINDOW_KEYS:
                event.ignore()  # not ours: the window's shortcut takes the key
                return True
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                event.accept()  # ours (clear, then leave the field), before the window's Back
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escaped.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.escaped.emit()  # arrow down moves into the results
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """Emits `searchChanged(text)` after typing pauses and `sortChanged(code)` at once."""

    searchChanged = Signal(str)
    sortChanged = Signal(str)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.field = SearchField(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.field.escaped.connect(self.leaveRequested)
        self.sort_label = QLabel(self)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        # As wide as its longest choice in the current language ("Лучшее совпадение").
        self.sort_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_label.setBuddy(self.sort_box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.searchChanged.emit(self.field.text()))
        self.field.textChanged.connect(self._timer.start)
        self.field.textChanged.connect(lambda _t: self._show_sort())
        self.field.textChanged.connect(lambda _t: self._offer_best_match())
        self._sort_chosen = False  # until the visitor picks an order, typing means best match
        self._earlier: str | None = None  # the visitor's last order other than best match
        self.sort_box.currentIndexChanged.connect(self._sort_picked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.field, 1)
        layout.addSpacing(12)
        layout.addWidget(self.sort_label)
        layout.addWidget(self.sort_box)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr(
            "Search titles, descriptions, people, missions…  (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search works"))
        how = self.tr("Works with all the words typed are found. OR between words finds either; "
                      "NOT word or -word leaves out the works with that word (operators in "
                      "capitals).")
        self.field.setToolTip(how)
        self.field.setAccessibleDescription(how)
        clear = self.tr("Clear the search")  # the field's own clear button (an icon only)
        for button in self.field.findChildren(QToolButton):
            button.setAccessibleName(clear)
            button.setToolTip(clear)
        self.sort_label.setText(self.tr("&Sort by"))
        labels = (self.tr("Date"), self.tr("Date, newest first"), self.tr("Title"),
                  self.tr("Recently added"), self.tr("Best match"), self.tr("Mission"))
        blocked = self.sort_box.blockSignals(True)
        current = max(0, self.sort_box.currentIndex())
        self.sort_box.clear()
        self.sort_box.addItems(list(labels))
        self.sort_box.setCurrentIndex(current)
        self.sort_box.blockSignals(blocked)
        self.sort_box.setAccessibleName(self.tr("Sort works by"))
        self._offer_best_match()

    def _offer_best_match(self) -> None:
        """"Best match" is offered only with something typed: without a search it means
        nothing, so it is greyed, and its tip says why."""
        item = self.sort_box.model().item(SORTS.index("relevance"))  # a QStandardItemModel
        searching = bool(self.field.text().strip())
        item.setEnabled(searching)
        item.setToolTip("" if searching else self.tr("Type a search first"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def text(self) -> str:
        return self.field.text()

    def sort(self) -> str:
        """The order to search in: the visitor's choice; until they make one, the best
        matches first while they have typed something, and by date otherwise."""
        if self._sort_chosen:
            return SORTS[max(0, self.sort_box.currentIndex())]
        return "relevance" if self.field.text().strip() else "date"

    def chosen_sort(self) -> str | None:
        return SORTS[max(0, self.sort_box.currentIndex())] if self._sort_chosen else None

    def set_sort(self, code: str) -> None:
        """Restore a remembered choice ("date", the default, leaves the choice open)."""
        if code == "relevance" and not self.field.text().strip():
            return  # best match means nothing without a search
        if code in SORTS and code != "date":
            self.sort_box.setCurrentIndex(SORTS.index(code))

    def _sort_picked(self, index: int) -> None:
        if 0 <= index < len(SORTS):
            self._sort_chosen = True
            if SORTS[index] != "relevance":
                self._earlier = SORTS[index]
            self.sortChanged.emit(SORTS[index])

    def _show_sort(self) -> None:
        """Let the box show the order in use while the visitor has not chosen one; with the
        search gone, best match means nothing: back to the order the visitor had before."""
        if self._sort_chosen and not self.field.text().strip() \
                and self.chosen_sort() == "relevance":
            self._sort_chosen = self._earlier is not None
            code = self._earlier or "date"
        elif not self._sort_chosen:
            code = self.sort()
        else:
            return
        blocked = self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(SORTS.index(code))
        self.sort_box.blockSignals(blocked)

    def clear_now(self) -> None:
        """Empty the field as the visitor's × does (the × hides, the sort box follows), but
        with no search after the typing pause: the caller runs one at once."""
        self.field.clear()
        self._timer.stop()

    def flush(self) -> None:
        """Run a pending search now (e.g. Enter pressed)."""
        if self._timer.isActive():
            self._timer.stop()
            self.searchChanged.emit(self.field.text())

    def pending(self) -> bool:
        return self._timer.isActive()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
