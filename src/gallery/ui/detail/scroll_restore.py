"""Back to a work puts its page where the visitor left it (at its related works, say), not at
the top. The page's text is built after its record arrives and laid out after that, so the
position waits until the scroll bar's range reaches it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar


class ScrollRestore(QObject):
    """Puts `bar` at a remembered value once its range allows; any other load cancels it."""

    def __init__(self, bar: QScrollBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.due: int | None = None
        bar.rangeChanged.connect(lambda _low, _high: self._try())

    def restore(self, value: int) -> None:
        self.due = value if value > 0 else None
        self._try()

    def cancel(self) -> None:
        self.due = None

    def _try(self) -> None:
        if self.due is not None and self.bar.maximum() >= self.due:
            value, self.due = self.due, None
            self.bar.setValue(value)
