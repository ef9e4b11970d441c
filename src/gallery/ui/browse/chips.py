"""Chips above the grid: each active filter (and the searched words) as a button that removes
it in one click, and "Clear all". They wrap onto more lines when there are many."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

from ..plain import shown, tooltip

CHIP_WIDTH = 420        # pixels: a chip is never wider
CHIP_PADDING = 40       # the style sheet's padding and border, with room to spare
CHIP_CHARACTERS = 200   # a chip's text is cut here before it is measured (a 10,000-letter search)


@dataclass(frozen=True)
class Chip:
    kind: str   # "facet", "years", "search"
    key: str    # the facet; "from"/"to" for years; "" for the search
    value: str  # the facet value; the year; the words
    title: str  # what kind of filter, in the interface language ("Mission")
    label: str  # the value as the visitor reads it ("Voskhod 2")


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class ChipButton(QPushButton):
    """A chip: Enter and Delete press it as Space does (a push button outside a dialog
    answers only Space)."""

    PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.PRESS_KEYS and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            self.click()
            return
        super().keyPressEvent(event)


class FilterChips(QWidget):
    """`removeRequested(chip)` when a chip is clicked, `clearRequested()` for "Clear all".

    A chip removed from the keyboard hands the focus on: to the chip now in its place (the
    next), else the one before it, else `focusLeft()` (the page gives it to the search
    field), so a visitor can remove chip after chip with one key."""

    removeRequested = Signal(object)
    clearRequested = Signal()
    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(18, 0, 18, 8)
        self.chips: list[Chip] = []
        self.buttons: list[QPushButton] = []
        self._refocus: int | None = None  # the place of a focused chip being removed
        self.hide()

    def set_chips(self, chips: list[Chip]) -> None:
        self.chips = chips
        self._rebuild()

    def _rebuild(self) -> None:
        refocus, self._refocus = self._refocus, None
        if refocus is None:  # rebuilt under a focused chip (a language switch): keep its place
            refocus = next((n for n, b in enumerate(self.buttons) if b.hasFocus()), None)
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        for n, chip in enumerate(self.chips):
            label = shown(chip.label)
            text = f"{shown(chip.title)}: {label[:CHIP_CHARACTERS]}"
            full = f"{shown(chip.title)}: {label}"
            self._add(text, self.tr("Remove filter %1").replace("%1", full),
                      lambda _c=False, c=chip, at=n: self._pressed(at, c))
        if len(self.chips) > 1:
            button = self._add(self.tr("Clear all"), self.tr("Clear all filters and search"),
                               lambda _c=False: self._pressed(0, None), removable=False)
            button.setObjectName("chipsClearAll")
        self.setVisible(bool(self.chips))
        self.updateGeometry()
        if refocus is not None:
            self._hand_focus_on(refocus)

    def _pressed(self, at: int, chip: Chip | None) -> None:
        """A chip (None: "Clear all") pressed; where the focus goes next, if it had it."""
        sender = self.buttons[at] if chip is not None else self.buttons[-1]
        if sender.hasFocus():
            self._refocus = at
        if chip is None:
            self.clearRequested.emit()
        else:
            self.removeRequested.emit(chip)

    def _hand_focus_on(self, at: int) -> None:
        removable = self.buttons[:len(self.chips)]  # "Clear all" is last: never given it
        if removable:
            removable[min(at, len(removable) - 1)].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.focusLeft.emit()

    def _add(self, text: str, name: str, slot: object, removable: bool = True) -> QPushButton:
        button = ChipButton(self)
        button.setObjectName("filterChip")
        button.setProperty("chip", "remove" if removable else "clear")
        button.ensurePolished()  # the style sheet's font and padding, before measuring
        # Long words are elided to the chip's width, so its ✕ always shows; the whole text is
        # in the tooltip and the accessible name.
        mark = "  ✕" if removable else ""
        metrics = button.fontMetrics()
        room = CHIP_WIDTH - CHIP_PADDING - metrics.horizontalAdvance(mark)
        button.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) + mark)
        button.setAccessibleName(name)
        button.setToolTip(tooltip(name))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setMaximumWidth(CHIP_WIDTH)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        button.setVisible(True)  # now, not when the layout gets to it: it may take the focus
        self.buttons.append(button)
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)
