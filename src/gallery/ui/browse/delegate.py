"""How one work looks in the grid: its thumbnail (or a quiet placeholder) and a caption.

Every cell has the same size, which lets the view use `uniformItemSizes` (a 100,000-row icon
view lays out in well under a second with it, 25 s without).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...catalog.snippets import Snippet
from .banded_rows import BandColumnRole
from .card_date import fit_date
from .models import (
    BandRole,
    CellRole,
    FallbackRole,
    KindRole,
    OtherDateRole,
    SnippetLineRole,
    SnippetRole,
    StandinRole,
    ThumbStateRole,
    WorkIdRole,
    YearRole,
)

PAD = 10
IMAGE_W, IMAGE_H = 196, 164  # at 100 %; the visitor scales them (SIZES)
SIZES = (60, 125)  # smallest and largest thumbnail size, in per cent (thumbnails are 240 px)
TITLE_LINES = 2

INK = QColor("#e9e5dc")
MUTED = QColor("#a29c90")
PLACEHOLDER = QColor("#26282d")
HOVER = QColor("#24262b")
SELECTED = QColor("#30333a")
ACCENT = QColor("#d8a657")
_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) | int(
    Qt.TextFlag.TextSingleLine)


class WorkDelegate(QStyledItemDelegate):
    """Paints a grid cell; all cells share one size hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_font = QFont()
        self._title_font.setPointSizeF(self._title_font.pointSizeF() * 1.02)
        self._title_font.setWeight(QFont.Weight.DemiBold)
        self._title_italic = QFont(self._title_font)
        self._title_italic.setItalic(True)
        self._year_font = QFont()
        self._year_font.setPointSizeF(self._year_font.pointSizeF() * 0.92)
        self._snippet_bold = QFont(self._year_font)
        self._snippet_bold.setWeight(QFont.Weight.Bold)
        self._mark_font = QFont()
        self._mark_font.setPointSizeF(max(6.5, self._mark_font.pointSizeF() * 0.72))
        self._title_step = QFontMetrics(self._title_font).lineSpacing()
        self._year_metrics = QFontMetrics(self._year_font)
        self._captions: OrderedDict[tuple[str, bool], list[str]] = OrderedDict()
        self._dates: dict[tuple[str, int], str] = {}  # (date, width) -> the date as shown
        self.image_w, self.image_h = IMAGE_W, IMAGE_H
        self.banded = False  # a strip above each cell where a band ("1970s") begins
        self.columns = 1  # the grid's, so a band's rule runs on along its first row
        self.gutter = 0  # the grid's room between cells, which the rule crosses
        self.band_h = QFontMetrics(self._title_font).lineSpacing() + 6
        self.retranslate_ui()

    def set_scale(self, percent: int) -> None:
        """Thumbnails at `percent` of their usual size (clamped to SIZES)."""
        percent = min(SIZES[1], max(SIZES[0], percent))
        self.image_w, self.image_h = IMAGE_W * percent // 100, IMAGE_H * percent // 100
        self._captions.clear()

    def retranslate_ui(self) -> None:
        self.standin_text = self.tr("stand-in")
        self.no_image_text = self.tr("no image")
        # a picture recorded but not shown reads otherwise than no picture at all
        self.no_picture_texts = {"none": self.no_image_text,
                                 "missing": self.tr("image file not found"),
                                 "broken": self.tr("image file damaged")}
        self._mark = self._make_mark()
        self._captions.clear()

    def cell_size(self, snippet_line: bool = False) -> QSize:
        title_h = QFontMetrics(self._title_font).lineSpacing() * TITLE_LINES
        # the date, the kind of work, and while searching the line saying why it came up
        year_h = QFontMetrics(self._year_font).lineSpacing() * (3 if snippet_line else 2)
        band_h = self.band_h if self.banded else 0
        return QSize(self.image_w + 2 * PAD,
                     band_h + PAD + self.image_h + 8 + title_h + 2 + year_h + PAD)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        # While typed text is searched for, every cell has a line saying why it came up.
        return self.cell_size(bool(index.data(SnippetLineRole)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        answers = index.data(CellRole)
        if answers is not None:  # every role read below, from one call to the model
            index = _Answers(answers)  # type: ignore[assignment]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        cell = QRect(option.rect)
        if self.banded:
            strip = QRect(cell.left(), cell.top(), cell.width(), self.band_h)
            cell.setTop(cell.top() + self.band_h)
            self._paint_band(painter, strip, index)
        if index.data(WorkIdRole) is None:  # a filler closing a band's row: nothing more
            painter.restore()
            return
        rect = cell.adjusted(3, 3, -3, -3)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected or state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED if selected else HOVER)
            painter.drawRoundedRect(QRectF(rect), 8, 8)
        if state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(QPen(ACCENT, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(0.75, 0.75, -0.75, -0.75), 8, 8)

        box = QRect(cell.left() + PAD, cell.top() + PAD, self.image_w, self.image_h)
        self._paint_image(painter, box, index)
        self._paint_caption(painter, cell, box, index)
        painter.restore()

    def _paint_band(self, painter: QPainter, strip: QRect,
                    index: QModelIndex | QPersistentModelIndex) -> None:
        """Along a band's first row, its name and a rule after it. Each cell of that row
        paints the part over its own strip (and the gap to its right), so the name may run
        on over several cells and a cell repainted alone stays whole."""
        column = index.data(BandColumnRole)
        band = index.data(BandRole)
        if column is None or not band:
            return
        painter.save()
        painter.setClipRect(strip.adjusted(0, 0, self.gutter, 0))
        row_left = strip.left() - column * (strip.width() + self.gutter)
        self.paint_band_name(painter, row_left, strip.top(), str(band),
                             strip.right() + self.gutter)
        painter.restore()

    def row_width(self) -> int:
        """From the left of a row's first cell to the right of its last."""
        return self.columns * (self.cell_size().width() + self.gutter) - self.gutter

    def paint_band_name(self, painter: QPainter, row_left: int, top: int, band: str,
                        rule_end: int) -> None:
        """A band's name at the start of a row whose first cell's left is `row_left`, and a
        rule after it up to `rule_end`: the grid's own strip and the sticky header above the
        grid both draw it here, so the header lies exactly over the strip it stands for."""
        metrics = QFontMetrics(self._title_font)
        text = QRect(row_left + PAD, top + 2, self.row_width() - PAD, self.band_h - 6)
        name = metrics.elidedText(band, Qt.TextElideMode.ElideRight, text.width() - 4)
        painter.setFont(self._title_font)
        painter.setPen(ACCENT)
        painter.drawText(text, _LINE, name)
        y = top + 2 + (self.band_h - 6) // 2 + 1
        start = row_left + PAD + metrics.horizontalAdvance(name) + 8
        painter.setPen(QPen(QColor(216, 166, 87, 110), 1))
        if start < rule_end:
            painter.drawLine(start, y, rule_end, y)

    def _paint_image(self, painter: QPainter, box: QRect,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is None or pixmap.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PLACEHOLDER)
            painter.drawRoundedRect(QRectF(box), 4, 4)
            state = index.data(ThumbStateRole)
            said = self.no_picture_texts.get(str(state))
            if said:
                painter.setPen(MUTED)
                painter.setFont(self._year_font)
                painter.drawText(box.adjusted(6, 6, -6, -6), Qt.AlignmentFlag.AlignCenter
                                 | Qt.TextFlag.TextWordWrap, said)
            if state != "none" and index.data(StandinRole):
                self._paint_standin_mark(painter, box, box)  # a stand-in, if unreadable
            return
        size = pixmap.deviceIndependentSize().toSize().scaled(
            box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(box.center())
        target.moveBottom(box.bottom())  # images stand on a common baseline, like on a wall
        painter.drawPixmap(target, pixmap)
        if index.data(StandinRole):
            self._paint_standin_mark(painter, target, box)

    def _paint_standin_mark(self, painter: QPainter, image: QRect, box: QRect) -> None:
        size = self._mark.deviceIndependentSize().toSize()
        painter.drawPixmap(mark_place(image, box, size), self._mark)

    def _make_mark(self) -> QPixmap:
        """The "stand-in" pill, drawn once per language rather than in every cell."""
        metrics = QFontMetrics(self._mark_font)
        w, h = metrics.horizontalAdvance(self.standin_text) + 10, metrics.height() + 2
        pixmap = QPixmap(w, h)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, w, h), h / 2, h / 2)
        painter.fillPath(path, QColor(10, 10, 14, 165))
        painter.setPen(QColor(235, 232, 225, 220))
        painter.setFont(self._mark_font)
        painter.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter, self.standin_text)
        painter.end()
        return pixmap

    def _caption_lines(self, title: str, italic: bool) -> list[str]:
        key = (title, italic)
        lines = self._captions.get(key)
        if lines is None:
            lines = _wrap(title, self._title_italic if italic else self._title_font,
                          self.image_w, TITLE_LINES)
            self._captions[key] = lines
            if len(self._captions) > 4000:
                self._captions.popitem(last=False)
        return lines

    def _paint_caption(self, painter: QPainter, cell: QRect, box: QRect,
                       index: QModelIndex | QPersistentModelIndex) -> None:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        left, width = cell.left() + PAD, self.image_w
        top = box.bottom() + 9
        italic = bool(index.data(FallbackRole))  # not in the visitor's language: italic
        painter.setFont(self._title_italic if italic else self._title_font)
        painter.setPen(INK)
        step = self._title_step
        for n, line in enumerate(self._caption_lines(title, italic)):
            painter.drawText(QRect(left, top + n * step, width, step), _LINE, line)
        year_top = top + step * TITLE_LINES + 2
        painter.setFont(self._year_font)
        painter.setPen(MUTED)
        step = self._year_metrics.lineSpacing()
        date = self._card_date(str(index.data(YearRole) or ""),
                               str(index.data(OtherDateRole) or ""), width)
        kind = self._year_metrics.elidedText(str(index.data(KindRole) or ""),
                                             Qt.TextElideMode.ElideRight, width)
        for n, line in enumerate((date, kind)):
            painter.drawText(QRect(left, year_top + n * step, width, step), _LINE, line)
        snippet = index.data(SnippetRole)
        if snippet is not None:
            self._paint_snippet(painter, QRect(left, year_top + 2 * step, width, step), snippet)

    def _card_date(self, text: str, other: str, width: int) -> str:
        """The date as it fits the card, its year always kept (see card_date); the full
        date only where it fits in the other language too ("14 сентября – 4 октября 1972 г."
        does not where the English does: both cards then say the year)."""
        key = (text, other, width)
        fitted = self._dates.get(key)
        if fitted is None:
            metrics = self._year_metrics
            fitted = fit_date(
                text, lambda s: metrics.horizontalAdvance(s) <= width,
                lambda s, w: metrics.elidedText(s, Qt.TextElideMode.ElideRight, w), width,
                full=not other or metrics.horizontalAdvance(other) <= width)
            if len(self._dates) > 4000:
                self._dates.clear()
            self._dates[key] = fitted
        return fitted

    def _paint_snippet(self, painter: QPainter, line: QRect, snippet: Snippet) -> None:
        """"…with Andrei Sokolov…": the matched word in the title's ink, bold, as much of the
        text around it as fits on either side."""
        plain, bold = self._year_metrics, QFontMetrics(self._snippet_bold)
        match = bold.elidedText(snippet.match, Qt.TextElideMode.ElideRight, line.width())
        room = max(0, line.width() - bold.horizontalAdvance(match) - 8)
        after_w = min(plain.horizontalAdvance(snippet.after), room // 2)
        before = plain.elidedText(snippet.before, Qt.TextElideMode.ElideLeft, room - after_w)
        after = plain.elidedText(snippet.after, Qt.TextElideMode.ElideRight,
                                 room - plain.horizontalAdvance(before))
        x = line.left()
        for text, font, metrics, pen in ((before, self._year_font, plain, MUTED),
                                         (match, self._snippet_bold, bold, INK),
                                         (after, self._year_font, plain, MUTED)):
            if not text:
                continue
            painter.setFont(font)
            painter.setPen(pen)
            painter.drawText(QRect(x, line.top(), line.right() - x + 1, line.height()),
                             _LINE, text)
            x += metrics.horizontalAdvance(text)


class _Answers:
    """A cell's roles as the model gave them at once (CellRole), read like an index's."""

    __slots__ = ("_cell",)

    def __init__(self, cell: dict[int, Any]) -> None:
        self._cell = cell

    def data(self, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._cell.get(role)


def mark_place(image: QRect, box: QRect, mark: QSize) -> QPoint:
    """Where the "stand-in" pill goes: inside the picture's top-left corner where it fits
    there; on a small card's narrow or low picture, in the cell's empty room above it (or
    beside it), never across the picture's edge."""
    inset = 5
    if mark.width() + 2 * inset <= image.width() and mark.height() + 2 * inset <= image.height():
        return QPoint(image.left() + inset, image.top() + inset)
    left = max(box.left(), min(image.left(), box.right() + 1 - mark.width()))
    if image.top() - box.top() >= mark.height() + 3:
        return QPoint(left, image.top() - mark.height() - 3)
    if image.left() - box.left() >= mark.width() + 3:
        return QPoint(image.left() - mark.width() - 3, image.top())
    return QPoint(image.left(), image.top())  # no room anywhere: at least at its corner


def _wrap(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines`, eliding the last one (plain text only); a
    line holding a word wider than `width` is elided too, so a long one-word title ends in
    "…" instead of being cut off at the card's edge (never broken inside the word)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        lines.append(text[start:start + length].rstrip())
    layout.endLayout()
    if len(lines) == max_lines:
        last = layout.lineAt(max_lines - 1)
        if last.textStart() + last.textLength() < len(text):  # more text than lines: elide
            rest = text[last.textStart():]
            lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    metrics = QFontMetrics(font)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
