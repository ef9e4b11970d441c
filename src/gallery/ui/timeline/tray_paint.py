"""Painting of the timeline's undated tray: its heading with the count, on the line of its
chips, and the chips (a dashed one folds or unfolds the tray)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen

from .style import accent, blend, quiet_text, with_alpha
from .surface import TimelineCanvas
from .tray import TOGGLE

TRAY_PAD = 8.0  # above and below the tray's line of chips


def _heading_font(view: TimelineCanvas) -> QFont:
    font = QFont(view.small_font())
    font.setWeight(QFont.Weight.DemiBold)
    return font


def tray_heading_width(view: TimelineCanvas) -> float:
    return QFontMetricsF(_heading_font(view)).horizontalAdvance(view.tray_heading())


def paint_tray(painter: QPainter, view: TimelineCanvas) -> None:
    chips = view.tray_chips()
    if not chips:
        return
    palette = view.palette()
    top = chips[0].rect.top() - TRAY_PAD
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    painter.fillRect(QRectF(0, top, view.width(), view.height() - top),
                     blend(window, text, 0.05))
    painter.setFont(_heading_font(view))
    painter.setPen(quiet_text(palette))
    first = chips[0].rect
    painter.drawText(QPointF(16, first.center().y() + painter.fontMetrics().ascent() / 2 - 1.5),
                     view.tray_heading())
    painter.setFont(view.font())
    metrics = QFontMetricsF(painter.font())
    focus, hover = view.focused(), view._hover
    for chip in chips:
        target = ("tray", chip.work_id, "" if chip.work_id else TOGGLE)
        painter.setPen(QPen(with_alpha(accent(palette, "made"), 0.7), 1,
                            Qt.PenStyle.DashLine if not chip.work_id else Qt.PenStyle.SolidLine))
        painter.setBrush(with_alpha(accent(palette, "made"), 0.16 if target == hover else 0.08))
        painter.drawRoundedRect(chip.rect, chip.rect.height() / 2, chip.rect.height() / 2)
        painter.setPen(text)
        painter.drawText(QPointF(chip.rect.left() + 13,
                                 chip.rect.center().y() + metrics.ascent() / 2 - 1.5),
                         chip.label)
        if target == focus:
            painter.setPen(QPen(accent(palette, "focus"), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.rect.adjusted(-3, -3, 3, 3), 15, 15)
