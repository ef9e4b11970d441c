"""The sticky band header: while the grid is scrolled, the name of the band ("1970s", "Soyuz
19") whose works fill the top of the view stays over the grid's top edge.

It is a sibling of the grid's viewport, not a child: the viewport scrolls its children with
it, and a label there was moved by every scroll step. It paints itself opaque in the grid's
own colour, and draws the name with the grid's delegate, at the x of the grid's own first
column, so it lies exactly over the strip it stands for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

BACKGROUND = QColor("#17181b")  # QListView#worksGrid's, in app.THEME
RULE = QColor("#2a2c31")


class BandHeader(QWidget):
    def __init__(self, delegate: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("bandHeader")
        self._delegate = delegate
        self._band = ""
        self._row_left = 0  # where the grid's first column begins, in the header's x
        self.hide()

    def text(self) -> str:
        return self._band

    def row_left(self) -> int:
        return self._row_left

    def show_band(self, band: str, row_left: int) -> None:
        if (band, row_left) != (self._band, self._row_left):
            self._band, self._row_left = band, row_left
            self.setAccessibleName(band)
            self.update()
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._delegate.paint_band_name(painter, self._row_left, 0, self._band, self.width())
        painter.setPen(RULE)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()
