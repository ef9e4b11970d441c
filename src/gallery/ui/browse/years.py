"""The years filter: a histogram of works per year with a range to drag, and typed years.

The histogram shows how many works each year holds under the other filters (the catalog's
"year" facet); two handles mark the range. Typed years apply as they are typed: a four-digit
year filters at once, an empty box means "any". Up and Down in a box step the year, starting
from the catalog's own years; a range typed the wrong way round is read in order, and the boxes
are put in that order as it applies (the year typed moves, and the cursor with it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

APPLY_MS = 250
_BAR = QColor("#6d6250")
_BAR_IN = QColor("#d8a657")
_HANDLE = QColor("#f2d49a")


class YearBox(QLineEdit):
    """A year typed as digits; empty is "any". Up/Down step it (from `start` when empty)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setValidator(QRegularExpressionValidator(r"\d{0,4}", self))
        self.setMaxLength(4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = 1970

    def year(self) -> int | None:
        text = self.text()
        return int(text) if len(text) == 4 else None

    def set_year(self, year: int | None) -> None:
        text = "" if year is None else str(year)
        if text != self.text():
            self.setText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance("00000"),
                   metrics.horizontalAdvance(self.placeholderText()))
        return QSize(text + 26, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1,
                Qt.Key.Key_PageUp: 10, Qt.Key.Key_PageDown: -10}.get(Qt.Key(event.key()))
        if step is not None:
            year = self.year()
            self.set_year(self.start if year is None else year + step)
            self.textEdited.emit(self.text())
            return
        super().keyPressEvent(event)


class YearHistogram(QWidget):
    """Works per year as bars, the chosen range lit, two handles to drag."""

    rangeDragged = Signal(object, object)  # from, to (None: that end is open)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearHistogram")
        self.setMinimumHeight(46 + self.fontMetrics().height())
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        self.counts: dict[int, int] = {}
        self.first = self.last = 0  # the years shown: every year the catalog has
        self.low: int | None = None
        self.high: int | None = None
        self._dragging: str | None = None

    def set_counts(self, counts: dict[int, int]) -> None:
        self.counts = counts
        if counts:
            known = [y for y in (self.first, self.last) if y]
            self.first = min([*counts, *known])
            self.last = max([*counts, *known])
        self.update()

    def set_range(self, low: int | None, high: int | None) -> None:
        self.low, self.high = low, high
        self.update()

    def shown_range(self) -> tuple[int, int]:
        """The lit years, in order and inside the axis: a year outside the catalog's never
        moves a handle off the histogram."""
        low = self.low if self.low is not None else self.first
        high = self.high if self.high is not None else self.last
        low, high = min(low, high), max(low, high)
        return max(self.first, min(low, self.last)), max(self.first, min(high, self.last))

    def sizeHint(self) -> QSize:
        return QSize(200, 54 + self.fontMetrics().height())

    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(6, 4, -6, -10 - self.fontMetrics().height())

    def _x(self, year: float) -> float:
        plot = self._plot()
        span = max(1, self.last - self.first + 1)
        return plot.left() + (year - self.first) / span * plot.width()

    def _year_at(self, x: float) -> int:
        plot = self._plot()
        span = max(1, self.last - self.first + 1)
        year = self.first + int((x - plot.left()) / max(1.0, plot.width()) * span)
        return min(self.last, max(self.first, year))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.first:  # no counts yet; once known, the axis stays even at no works
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        top = max(self.counts.values(), default=1)
        low, high = self.shown_range()
        width = max(1.0, self._x(self.first + 1) - self._x(self.first) - 1)
        for year, count in self.counts.items():
            height = max(2.0, plot.height() * count / top)
            bar = QRectF(self._x(year), plot.bottom() - height, width, height)
            painter.fillRect(bar, _BAR_IN if low <= year <= high else _BAR)
        painter.setPen(QColor("#3a3c42"))
        painter.drawLine(QPointF(plot.left(), plot.bottom() + 1),
                         QPointF(plot.right(), plot.bottom() + 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_HANDLE)
        for x in (self._x(low), self._x(high + 1)):
            painter.drawRoundedRect(QRectF(x - 2.5, plot.top(), 5, plot.height() + 6), 2, 2)
        self._paint_years(painter, plot, low, high)
        painter.end()

    def _paint_years(self, painter: QPainter, plot: QRectF, low: int, high: int) -> None:
        """The chosen first and last year under their handles, kept inside the widget and
        apart from each other."""
        metrics = self.fontMetrics()
        top = plot.bottom() + 8
        width = metrics.horizontalAdvance("0000") + 4
        left = min(max(plot.left(), self._x(low) - width / 2), plot.right() - 2 * width - 4)
        right = max(min(plot.right() - width, self._x(high + 1) - width / 2), left + width + 4)
        painter.setPen(QColor("#d9d4ca"))
        for x, year in ((left, low), (right, high)):
            painter.drawText(QRectF(x, top, width, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, str(year))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.first:
            return
        x = event.position().x()
        low = self.low if self.low is not None else self.first
        high = self.high if self.high is not None else self.last
        self._dragging = ("low" if abs(x - self._x(low)) <= abs(x - self._x(high + 1))
                          else "high")
        self._drag_to(x)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self._drag_to(event.position().x())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None

    def _drag_to(self, x: float) -> None:
        year = self._year_at(x)
        if self._dragging == "low":
            self.low = None if year <= self.first else year
        else:
            self.high = None if year >= self.last else year
        self.update()
        self.rangeDragged.emit(self.low, self.high)


class YearsFilter(QWidget):
    """The histogram above a From–To row; `changed()` when the chosen range changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearsFilter")
        self.label = QLabel(self)
        self.label.setObjectName("yearsLabel")
        self.histogram = YearHistogram(self)
        self.year_from = YearBox("yearFrom", self)
        self.year_to = YearBox("yearTo", self)
        self.dash = QLabel("–", self)
        self.note = QLabel(self)  # says so when a typed year was brought into the catalog's
        self.note.setObjectName("yearsNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        # A work with no known date has no year to fall in a range: say it is left out, so a
        # visitor does not take the smaller grid for all the works of those years.
        self.undated_note = QLabel(self)
        self.undated_note.setObjectName("yearsUndatedNote")
        self.undated_note.setWordWrap(True)
        self.undated_note.setTextFormat(Qt.TextFormat.PlainText)
        self.undated_note.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(APPLY_MS)
        self._timer.timeout.connect(self._apply)
        self._applied: tuple[int | None, int | None] = (None, None)
        for box in (self.year_from, self.year_to):
            box.textEdited.connect(lambda _t: self._typed())
            box.editingFinished.connect(self._tidy)
        self.histogram.rangeDragged.connect(self._dragged)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addStretch(1)
        row.addWidget(self.year_from)
        row.addWidget(self.dash)
        row.addWidget(self.year_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.histogram)
        layout.addWidget(self.undated_note)
        self._clamped: tuple[int, int] | None = None  # the span a typed year was brought into
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Years"))
        for box, name in ((self.year_from, self.tr("From year")),
                          (self.year_to, self.tr("To year"))):
            box.setPlaceholderText(self.tr("any"))
            box.updateGeometry()
            box.setAccessibleName(name)
            box.setToolTip(self.tr("Type a year, or use Up and Down; empty means any year"))
        self.histogram.setAccessibleName(self.tr("Works per year; drag to choose years"))
        self.undated_note.setText(self.tr("Works with no known date are left out while years "
                                          "are chosen; empty both boxes to see them."))
        self._say_clamped()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_counts(self, counts: list[tuple[str, str, int]]) -> None:
        per_year = {int(value): n for value, _label, n in counts if value.isdigit()}
        self.histogram.set_counts(per_year)
        if self.histogram.first:
            self.year_from.start = self.histogram.first
            self.year_to.start = self.histogram.last

    def range(self) -> tuple[int | None, int | None]:
        """The range chosen, in order (a reversed range is the same years)."""
        low, high = self.year_from.year(), self.year_to.year()
        if low is not None and high is not None and low > high:
            low, high = high, low
        return low, high

    def clear(self) -> None:
        """Back to any year, without saying `changed`."""
        self._timer.stop()
        self.year_from.set_year(None)
        self.year_to.set_year(None)
        self._applied = (None, None)
        self._clamped = None
        self._say_clamped()
        self.histogram.set_range(None, None)
        self.undated_note.hide()

    def clear_end(self, end: str) -> None:
        """Drop one end of the range ("from", "to") or both ("both"); says `changed`."""
        if end in ("from", "both"):
            self.year_from.set_year(None)
        if end in ("to", "both"):
            self.year_to.set_year(None)
        self._apply()

    def _partial(self) -> bool:
        return any(0 < len(box.text()) < 4 for box in (self.year_from, self.year_to))

    def _typed(self) -> None:
        """A whole year (or an emptied box) applies after a short pause; "197" waits."""
        if self._partial():
            self._timer.stop()
        else:
            self._timer.start()

    def _dragged(self, low: int | None, high: int | None) -> None:
        self.year_from.set_year(low)
        self.year_to.set_year(high)
        self._timer.start()

    def _clamp_typed(self, finished: bool = False) -> bool:
        """A typed year outside the catalog's years (9999, 1066) becomes its nearest year;
        says whether one did. When the visitor leaves a box (`finished`), a short number
        ("0", "5", "197") is such a year too, so no box keeps showing what is not the filter."""
        first, last = self.histogram.first, self.histogram.last
        if not first:
            return False  # the catalog's years are not known yet
        clamped = False
        for box in (self.year_from, self.year_to):
            text = box.text()
            year = int(text) if text and (finished or len(text) == 4) else None
            if year is not None and not first <= year <= last:
                box.set_year(min(last, max(first, year)))
                clamped = True
        return clamped

    def _say_clamped(self) -> None:
        if self._clamped is None:
            self.note.hide()
            return
        first, last = self._clamped
        self.note.setText(self.tr("The catalog's works date from %1 to %2: the year typed "
                                  "was brought within them.").replace("%1", str(first))
                          .replace("%2", str(last)))
        self.note.show()

    def _apply(self, finished: bool = False) -> None:
        self._timer.stop()
        clamped = self._clamp_typed(finished)
        self._order_boxes()
        chosen = self.range()
        self.histogram.set_range(*chosen)
        # The note stays while the clamped years apply and goes when the years change.
        if clamped:
            self._clamped = (self.histogram.first, self.histogram.last)
        elif chosen != self._applied:
            self._clamped = None
        self._say_clamped()
        self.undated_note.setVisible(chosen != (None, None))
        if chosen != self._applied:
            self._applied = chosen
            self.changed.emit()

    def _order_boxes(self) -> None:
        """A reversed range (1970, then 1965 in To) is swapped into the boxes, so they say
        what the chip and the histogram say; the cursor follows the year being typed."""
        low, high = self.year_from.year(), self.year_to.year()
        if low is None or high is None or low <= high:
            return
        typing = next((box for box in (self.year_from, self.year_to) if box.hasFocus()), None)
        self.year_from.set_year(high)
        self.year_to.set_year(low)
        if typing is not None:
            other = self.year_to if typing is self.year_from else self.year_from
            other.setFocus(Qt.FocusReason.OtherFocusReason)
            other.end(False)

    def _tidy(self) -> None:
        """Leaving a box: apply at once, and put a reversed range in order unless the visitor
        moved on to the other box. A short number ("0", "197") is a year before the
        catalog's, brought within them like 1066."""
        self._apply(finished=True)
        focus = self.focusWidget()
        if focus is not None and focus.hasFocus() and focus in (self.year_from, self.year_to):
            return
        low, high = self._applied
        self.year_from.set_year(low)
        self.year_to.set_year(high)
