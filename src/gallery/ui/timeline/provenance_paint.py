"""Painting of the provenance timeline (ProvenanceTimeline in gallery.ui.detail).

Lanes, year axis, the bars of holders and loans (fading where dates are ranges, hatched where
only "possibly"), gaps as dashed labelled breaks, joints between holders and publication marks.
Colours come from the widget's palette, so it fits the window's theme.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from .provenance_callouts import Callout
from .provenance_layout import CUSTODY, OWNERSHIP, PUBLICATIONS, ProvenanceLayout, Segment
from .style import accent, blend, quiet_text, with_alpha


class ProvenanceCanvas(Protocol):
    """What the painter needs of the widget it paints (ProvenanceTimeline in ui.detail)."""

    _events: list[dict[str, Any]]
    _lane_names: dict[str, str]

    def _gutter(self) -> float: ...
    def _small_font(self) -> QFont: ...
    def _segment_rect(self, segment: Segment) -> QRectF: ...
    def _axis_base(self) -> float: ...
    def callouts(self) -> list[Callout]: ...
    def callout_rect(self, callout: Callout) -> QRectF: ...
    def layout_info(self) -> ProvenanceLayout: ...
    def lane_rect(self, lane: str) -> QRectF: ...
    def shown_lanes(self) -> list[str]: ...
    def hasFocus(self) -> bool: ...
    def palette(self) -> QPalette: ...
    def rect(self) -> QRect: ...
    def width(self) -> int: ...

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# Fills stay mid-tone so the label, always in the text colour, reads on every style.
FILL_ALPHA = {"solid": 0.46, "light": 0.24, "hatched": 0.14, "faint": 0.1, "gap": 0.0}


def paint_provenance(w: ProvenanceCanvas) -> None:
    painter = QPainter(w)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = w.palette()
    painter.fillRect(w.rect(), palette.color(QPalette.ColorRole.Window))
    painter.setFont(w._small_font())
    if not w._events:
        painter.setPen(quiet_text(palette))
        painter.drawText(QRectF(w.rect()), Qt.AlignmentFlag.AlignCenter,
                         translate("ProvenanceTimeline", "No provenance recorded"))
        return
    layout = w.layout_info()
    callouts = w.callouts()
    apart = {layout.segments[c.segment].index for c in callouts}  # labelled under the lane
    _paint_lanes(w, painter)
    _paint_axis(w, painter, layout)
    for segment in layout.segments:
        if segment.lane == PUBLICATIONS:
            _paint_marker(w, painter, segment, segment.index not in apart)
        else:
            _paint_bar(w, painter, segment, segment.index not in apart)
    for segment in layout.segments:
        if segment.joint:
            _paint_joint(w, painter, segment)
    for callout in callouts:  # every leader first: a later one never crosses a label
        _paint_leader(w, painter, layout.segments[callout.segment], callout)
    for callout in callouts:
        _paint_callout(w, painter, layout.segments[callout.segment], callout)
    if w.hasFocus():
        painter.setPen(QPen(accent(palette, "focus"), 1.5, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(w.rect()).adjusted(1, 1, -1, -1), 4, 4)
    painter.end()


def _paint_lanes(w: ProvenanceCanvas, painter: QPainter) -> None:
    palette = w.palette()
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(
        QPalette.ColorRole.Window)
    band = blend(window, text, 0.05)
    for lane in w.shown_lanes():
        rect = w.lane_rect(lane)
        painter.fillRect(QRectF(rect.left() - 6, rect.top(), rect.width() + 12,
                                rect.height()), band)
        painter.setPen(quiet_text(palette))
        painter.drawText(QRectF(8, rect.top(), w._gutter() - 14, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         w._lane_names[lane])


def _paint_axis(w: ProvenanceCanvas, painter: QPainter, layout: ProvenanceLayout) -> None:
    palette = w.palette()
    quiet = quiet_text(palette)
    pub = w.lane_rect(PUBLICATIONS)
    top = w.lane_rect(OWNERSHIP).top()
    base = w._axis_base()
    metrics = QFontMetricsF(painter.font())
    painter.setPen(QPen(quiet, 1))
    painter.drawLine(QPointF(pub.left(), base), QPointF(pub.right(), base))
    for tick in layout.ticks:
        painter.setPen(QPen(with_alpha(quiet, 0.28 if tick.major else 0.16), 1))
        if tick.major:
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, base))
        painter.setPen(QPen(quiet, 1))
        painter.drawLine(QPointF(tick.x, base), QPointF(tick.x, base + (5 if tick.major
                                                                          else 3)))
        if tick.label:
            half = metrics.horizontalAdvance(tick.label) / 2
            if tick.x - half >= pub.left() - 4 and tick.x + half <= w.width() - 2:
                painter.drawText(QPointF(tick.x - half, base + 6 + metrics.ascent()),
                                 tick.label)
    if layout.undated_x is not None:
        _paint_undated_strip(w, painter, layout.undated_x, top, base)
    if layout.today_x is not None:
        x = layout.today_x
        painter.setPen(QPen(accent(palette, "focus"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top - 4), QPointF(x, base))
        label = translate("ProvenanceTimeline", "today")
        width = metrics.horizontalAdvance(label)
        painter.setPen(quiet)
        painter.drawText(QPointF(min(x - width / 2, w.width() - width - 4), top - 6), label)


def _paint_undated_strip(w: ProvenanceCanvas, painter: QPainter, x: float, top: float,
                         base: float) -> None:
    """The strip of events with no date: set off by a dashed rule, named where years are."""
    quiet = quiet_text(w.palette())
    rule = x - 8
    painter.fillRect(QRectF(rule + 1, base - 1, w.width(), 3), w.palette().color(
        QPalette.ColorRole.Window))  # the year axis does not run on under the strip
    painter.setPen(QPen(with_alpha(quiet, 0.6), 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(rule, top - 4), QPointF(rule, base + 4))
    metrics = QFontMetricsF(painter.font())
    label = translate("ProvenanceTimeline", "date unknown")
    room = w.lane_rect(PUBLICATIONS).right() - x
    shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
    painter.setPen(quiet)
    painter.drawText(QPointF(x, base + 6 + metrics.ascent()), shown)


def _fill_brush(w: ProvenanceCanvas, segment: Segment, rect: QRectF, color: QColor) -> QBrush:
    alpha = FILL_ALPHA.get(segment.style, 0.5)
    if not (segment.fuzzy_start or segment.fuzzy_end):
        return QBrush(with_alpha(color, alpha))
    gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
    width = max(1.0, rect.width())
    gradient.setColorAt(0, with_alpha(color, alpha * (0.05 if segment.fuzzy_start else 1)))
    gradient.setColorAt(max(0, min(1, (segment.solid0 - rect.left()) / width)),
                        with_alpha(color, alpha))
    gradient.setColorAt(max(0, min(1, (segment.solid1 - rect.left()) / width)),
                        with_alpha(color, alpha))
    gradient.setColorAt(1, with_alpha(color, alpha * (0.05 if segment.fuzzy_end else 1)))
    return QBrush(gradient)


def _paint_bar(w: ProvenanceCanvas, painter: QPainter, segment: Segment,
               labelled: bool = True) -> None:
    palette = w.palette()
    color = accent(palette, "ownership" if segment.lane == OWNERSHIP else "custody")
    rect = w._segment_rect(segment)
    if segment.joint == "indirect":
        rect.setLeft(rect.left() + 3)
    if segment.style == "gap":
        _paint_gap(w, painter, segment, rect, labelled)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_fill_brush(w, segment, rect, color))
    painter.drawRoundedRect(rect, 3, 3)
    solid = QRectF(max(rect.left(), segment.solid0), rect.top(),
                   max(0.0, min(rect.right(), segment.solid1) - max(rect.left(),
                                                                    segment.solid0)),
                   rect.height())
    if segment.style in ("hatched", "faint"):
        pattern = (Qt.BrushStyle.BDiagPattern if segment.style == "hatched"
                   else Qt.BrushStyle.Dense6Pattern)
        painter.setBrush(QBrush(with_alpha(color, 0.75), pattern))
        painter.drawRect(solid)
    if segment.style != "solid":
        _paint_outline(w, painter, segment, solid.adjusted(0.5, 0.5, -0.5, -0.5), color)
    if labelled:
        _paint_label(w, painter, segment, rect)


def _paint_outline(w: ProvenanceCanvas, painter: QPainter, segment: Segment, solid: QRectF,
                   color: QColor) -> None:
    """Top and bottom rules over the solid part; an end rule only where the edge is sharp."""
    painter.setPen(QPen(with_alpha(color, 0.85), 1, Qt.PenStyle.SolidLine
                        if segment.style == "light" else Qt.PenStyle.DashLine))
    painter.drawLine(solid.topLeft(), solid.topRight())
    painter.drawLine(solid.bottomLeft(), solid.bottomRight())
    if not segment.fuzzy_start:
        painter.drawLine(solid.topLeft(), solid.bottomLeft())
    if not (segment.fuzzy_end or segment.open_end):
        painter.drawLine(solid.topRight(), solid.bottomRight())


def _paint_gap(w: ProvenanceCanvas, painter: QPainter, segment: Segment, rect: QRectF,
               labelled: bool) -> None:
    quiet = quiet_text(w.palette())
    inner = rect.adjusted(4, 3, -4, -3)
    painter.setPen(QPen(quiet, 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(inner.topLeft(), inner.topRight())
    painter.drawLine(inner.bottomLeft(), inner.bottomRight())
    for x in (inner.left(), inner.right()):  # the break marks: two short slashes
        painter.setPen(QPen(quiet, 1.4))
        painter.drawLine(QPointF(x - 3, inner.bottom() + 2), QPointF(x + 3,
                                                                     inner.top() - 2))
    if labelled:
        _paint_label(w, painter, segment, rect)


def _paint_label(w: ProvenanceCanvas, painter: QPainter, segment: Segment, rect: QRectF) -> None:
    palette = w.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    left = max(segment.label_x0, rect.left()) + 7
    right = segment.label_x1 - 7
    if right - left < 18:
        return
    metrics = QFontMetricsF(painter.font())
    name = metrics.elidedText(segment.label, Qt.TextElideMode.ElideRight, right - left)
    if name in ("…", ""):
        return
    if segment.lane == OWNERSHIP:
        bold = QFont(painter.font())
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        name = QFontMetricsF(bold).elidedText(segment.label, Qt.TextElideMode.ElideRight,
                                              right - left)
        painter.setPen(text if segment.style != "gap" else quiet_text(palette))
        y = rect.top() + rect.height() / 2 - 2
        painter.drawText(QPointF(left, y), name)
        painter.setFont(w._small_font())
        painter.setPen(blend(text, window, 0.2) if segment.style != "gap"
                       else quiet_text(palette))
        detail = metrics.elidedText(segment.detail, Qt.TextElideMode.ElideRight,
                                    right - left)
        painter.drawText(QPointF(left, y + metrics.height()), detail)
        return
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    y = rect.center().y() + metrics.ascent() / 2 - 1
    painter.drawText(QPointF(left, y), name)


def _paint_marker(w: ProvenanceCanvas, painter: QPainter, segment: Segment,
                  labelled: bool = True) -> None:
    palette = w.palette()
    color = accent(palette, "publication")
    rect = w._segment_rect(segment)
    c = rect.center()
    diamond = QPainterPath(QPointF(c.x(), c.y() - 5))
    for dx, dy in ((5, 0), (0, 5), (-5, 0)):
        diamond.lineTo(QPointF(c.x() + dx, c.y() + dy))
    diamond.closeSubpath()
    painter.setPen(QPen(color, 1))
    painter.setBrush(with_alpha(color, FILL_ALPHA.get(
        {"certain": "solid", "probable": "light"}.get(
            w._events[segment.index].get("certainty"), "hatched"), 0.5)))
    painter.drawPath(diamond)
    if not labelled:
        return
    metrics = QFontMetricsF(painter.font())
    room = segment.label_x1 - segment.label_x0
    text = metrics.elidedText(segment.label, Qt.TextElideMode.ElideRight, room)
    if room > 24 and text != "…":
        painter.setPen(quiet_text(palette))
        painter.drawText(QPointF(segment.label_x0, c.y() + metrics.ascent() / 2 - 1), text)


def _paint_joint(w: ProvenanceCanvas, painter: QPainter, segment: Segment) -> None:
    color = w.palette().color(QPalette.ColorRole.WindowText)
    lane = w.lane_rect(segment.lane)
    x = segment.x0
    if segment.joint == "direct":
        painter.setPen(QPen(color, 2))
        painter.drawLine(QPointF(x, lane.top() - 2), QPointF(x, lane.bottom() + 2))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(x, lane.top() - 2), 2.5, 2.5)
    else:
        painter.setPen(QPen(color, 1.2, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x + 1.5, lane.top() - 2), QPointF(x + 1.5,
                                                                   lane.bottom() + 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 1.2))
        painter.drawEllipse(QPointF(x + 1.5, lane.top() - 2), 2.5, 2.5)


def _paint_leader(w: ProvenanceCanvas, painter: QPainter, segment: Segment,
                  callout: Callout) -> None:
    """The thin line from a bar down to its label under the lane."""
    bar = w._segment_rect(segment)
    rect = w.callout_rect(callout)
    x = max(rect.left() + 3, min(bar.left() + min(6.0, bar.width() / 2), rect.right() - 3))
    painter.setPen(QPen(with_alpha(quiet_text(w.palette()), 0.7), 1))
    painter.drawLine(QPointF(x, bar.bottom() + 1), QPointF(x, rect.top()))


def _paint_callout(w: ProvenanceCanvas, painter: QPainter, segment: Segment,
                   callout: Callout) -> None:
    """A label set under its lane, on a quiet plate (its leader is already drawn)."""
    palette = w.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    quiet = quiet_text(palette)
    rect = w.callout_rect(callout)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(with_alpha(window, 0.9))
    painter.drawRoundedRect(rect.adjusted(-3, 0, 3, 0), 3, 3)
    small = w._small_font()
    metrics = QFontMetricsF(small)
    names = len(callout.lines) - 1 if callout.lane == OWNERSHIP else len(callout.lines)
    for n, line in enumerate(callout.lines):
        baseline = rect.top() + n * metrics.height() + metrics.ascent()
        font = QFont(small)
        if n < names and callout.lane == OWNERSHIP:
            font.setWeight(QFont.Weight.DemiBold)
            painter.setPen(text if segment.style != "gap" else quiet)
        elif callout.lane == OWNERSHIP:
            painter.setPen(blend(text, window, 0.2) if segment.style != "gap" else quiet)
        else:
            painter.setPen(text if callout.lane == CUSTODY else quiet)
        painter.setFont(font)
        shown = QFontMetricsF(font).elidedText(line, Qt.TextElideMode.ElideRight,
                                               rect.width() + 2)
        painter.drawText(QPointF(rect.left(), baseline), shown)
    painter.setFont(small)
