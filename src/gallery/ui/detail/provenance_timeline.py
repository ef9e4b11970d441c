"""A work's provenance drawn as a timeline, from its making to today's holder.

API (for the detail view):

    from gallery.ui.detail.provenance_timeline import ProvenanceTimeline
    timeline = ProvenanceTimeline(parent=None, today=None)   # today: datetime.date, for tests
    timeline.set_events(record["provenance"], lang="en")     # list[dict] as Catalog.get gives
    timeline.segments() -> list[Segment]   # the current layout (lane, x0/x1, style, label…)
    timeline.layout_info() -> ProvenanceLayout   # segments + axis ticks + today_x

Three lanes: ownership (one segment per holder, gaps as dashed "whereabouts unknown" breaks,
a solid joint where a transfer is known to be direct, a dotted one where it is not), custody
(loans and exhibitions) and publications (reproduced/published markers). Date ranges fade,
"possibly" periods are hatched, probable ones lighter. Labels are elided to their room and the
full text is in the tooltip. accessibleDescription reads the provenance as a paragraph.
Size hint 900×180; it scales to any width. Colours follow the widget's palette.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
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
from PySide6.QtWidgets import QToolTip, QWidget

from ...catalog.provenance import KIND_LABELS, paragraph
from ..timeline.axis import today_year
from ..timeline.provenance_layout import (
    CUSTODY,
    OWNERSHIP,
    PUBLICATIONS,
    ProvenanceLayout,
    Segment,
    layout_provenance,
)
from ..timeline.style import accent, blend, plain_tooltip, quiet_text, with_alpha

_TOP, _OWN_H, _CUST_H, _PUB_H, _AXIS_H, _SPACE = 20.0, 42.0, 22.0, 20.0, 24.0, 7.0
# Fills stay mid-tone so the label, always in the text colour, reads on every style.
_FILL_ALPHA = {"solid": 0.46, "light": 0.24, "hatched": 0.14, "faint": 0.1, "gap": 0.0}


class ProvenanceTimeline(QWidget):
    """Paints provenance events in ownership, custody and publication lanes over a year axis."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenanceTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)
        self._events: list[dict[str, Any]] = []
        self._lang = "en"
        self._today = today
        self._layout: ProvenanceLayout | None = None
        self._layout_width = -1
        self.retranslate_ui()

    # -- public API -----------------------------------------------------------------------
    def set_events(self, events: list[dict[str, Any]], lang: str = "en") -> None:
        self._events = [dict(e) for e in events or []]
        self._lang = lang if lang in KIND_LABELS else "en"
        self._layout = None
        self._describe()
        self.update()

    def segments(self) -> list[Segment]:
        return list(self.layout_info().segments)

    def layout_info(self) -> ProvenanceLayout:
        if self._layout is None or self._layout_width != self.width():
            self._layout = self._compute()
            self._layout_width = self.width()
        return self._layout

    def lane_rect(self, lane: str) -> QRectF:
        """Where a lane is drawn (its full height, chart width)."""
        rows = self.layout_info().custody_rows if self._events else 1
        top = {OWNERSHIP: _TOP, CUSTODY: _TOP + _OWN_H + _SPACE,
               PUBLICATIONS: _TOP + _OWN_H + _SPACE * 2 + _CUST_H * rows}[lane]
        height = {OWNERSHIP: _OWN_H, CUSTODY: _CUST_H * rows, PUBLICATIONS: _PUB_H}[lane]
        left = self._gutter()
        return QRectF(left, top, self.width() - left - 12, height)

    def retranslate_ui(self) -> None:
        self._lane_names = {OWNERSHIP: self.tr("Ownership"), CUSTODY: self.tr("Custody"),
                            PUBLICATIONS: self.tr("Published")}
        self.setAccessibleName(self.tr("Provenance timeline"))
        self._layout = None
        self._describe()
        self.update()

    # -- Qt overrides ---------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 150)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._layout = None
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        self._layout = None
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            segment = self.segment_at(QPointF(event.pos()))
            if segment is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(self._tooltip(segment)), self)
            return True
        return super().event(event)

    def segment_at(self, pos: QPointF) -> Segment | None:
        for segment in reversed(self.segments()):
            rect = self._segment_rect(segment).adjusted(-4, -3, 4, 3)
            if rect.contains(pos):
                return segment
        return None

    # -- layout ---------------------------------------------------------------------------
    def _gutter(self) -> float:
        metrics = QFontMetricsF(self._small_font())
        return 24 + max(metrics.horizontalAdvance(n) for n in self._lane_names.values())

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.88))
        return font

    def _compute(self) -> ProvenanceLayout:
        metrics = QFontMetricsF(self._small_font())
        words = {"kinds": KIND_LABELS[self._lang], "gap": self.tr("whereabouts unknown"),
                 "undated": self.tr("date unknown"), "unknown": self.tr("unknown"),
                 "lang": self._lang}
        left = self._gutter() + 24  # room for the first year label
        right = self.width() - 28.0
        min_px = max(60.0, min(150.0, (right - left) / 5))
        return layout_provenance(self._events, left, right, today_year(self._today), words,
                                 metrics.horizontalAdvance, min_px=min_px)

    def _segment_rect(self, segment: Segment) -> QRectF:
        lane = self.lane_rect(segment.lane)
        if segment.lane == CUSTODY:
            top = lane.top() + segment.row * _CUST_H + 2
            return QRectF(segment.x0, top, segment.x1 - segment.x0, _CUST_H - 5)
        if segment.lane == PUBLICATIONS:
            return QRectF(segment.x0, lane.top() + 4, segment.x1 - segment.x0, _PUB_H - 8)
        return QRectF(segment.x0, lane.top() + 1, segment.x1 - segment.x0, lane.height() - 2)

    # -- words ----------------------------------------------------------------------------
    def _tooltip(self, segment: Segment) -> str:
        event = self._events[segment.index]
        kinds = KIND_LABELS[self._lang]
        lines = [segment.label if segment.style == "gap"
                 else f"{kinds.get(segment.kind, segment.kind)}: {segment.label}"]
        if event.get("party") and event.get("party") != segment.label:
            lines.append(event["party"])
        lines.append(self.tr("Date: %1").replace(
            "%1", (event.get("date_display") or "").strip() or self.tr("date unknown")))
        if event.get("place"):
            lines.append(self.tr("Place: %1").replace("%1", event["place"]))
        certainty = {"certain": self.tr("certain"), "probable": self.tr("probable"),
                     "possibly": self.tr("possible"), "unknown": self.tr("not established")}
        lines.append(self.tr("Certainty: %1").replace(
            "%1", certainty.get(event.get("certainty") or "unknown", "")))
        if segment.joint:
            lines.append(self.tr("Transfer known to be direct") if segment.joint == "direct"
                         else self.tr("Not known to be a direct transfer"))
        if event.get("note"):
            lines.append(event["note"])
        return "\n".join(lines)

    def _describe(self) -> None:
        if not self._events:
            self.setAccessibleDescription(self.tr("No provenance recorded"))
            return
        text = paragraph(self._events, self._lang)
        published = [e for e in self._events if e.get("kind") in ("reproduced", "published")]
        if published:
            items = "; ".join(", ".join(p for p in (e.get("party"), e.get("date_display")) if p)
                              for e in published)
            text += " " + self.tr("Reproduced or published: %1.").replace("%1", items)
        self.setAccessibleDescription(text)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.setFont(self._small_font())
        if not self._events:
            painter.setPen(quiet_text(palette))
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No provenance recorded"))
            return
        layout = self.layout_info()
        self._paint_lanes(painter)
        self._paint_axis(painter, layout)
        for segment in layout.segments:
            if segment.lane == PUBLICATIONS:
                self._paint_marker(painter, segment)
            else:
                self._paint_bar(painter, segment)
        for segment in layout.segments:
            if segment.joint:
                self._paint_joint(painter, segment)
        if self.hasFocus():
            painter.setPen(QPen(accent(palette, "focus"), 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def _paint_lanes(self, painter: QPainter) -> None:
        palette = self.palette()
        text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(
            QPalette.ColorRole.Window)
        band = blend(window, text, 0.05)
        for lane in (OWNERSHIP, CUSTODY, PUBLICATIONS):
            rect = self.lane_rect(lane)
            painter.fillRect(QRectF(rect.left() - 6, rect.top(), rect.width() + 12,
                                    rect.height()), band)
            painter.setPen(quiet_text(palette))
            painter.drawText(QRectF(8, rect.top(), self._gutter() - 14, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._lane_names[lane])

    def _paint_axis(self, painter: QPainter, layout: ProvenanceLayout) -> None:
        palette = self.palette()
        quiet = quiet_text(palette)
        pub = self.lane_rect(PUBLICATIONS)
        top = self.lane_rect(OWNERSHIP).top()
        base = pub.bottom() + 6
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
                w = metrics.horizontalAdvance(tick.label)
                if tick.x - w / 2 >= pub.left() - 4 and tick.x + w / 2 <= self.width() - 2:
                    painter.drawText(QPointF(tick.x - w / 2, base + 6 + metrics.ascent()),
                                     tick.label)
        if layout.today_x is not None:
            x = layout.today_x
            painter.setPen(QPen(accent(palette, "focus"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top - 4), QPointF(x, base))
            label = self.tr("today")
            w = metrics.horizontalAdvance(label)
            painter.setPen(quiet)
            painter.drawText(QPointF(min(x - w / 2, self.width() - w - 4), top - 6), label)

    def _fill_brush(self, segment: Segment, rect: QRectF, color: QColor) -> QBrush:
        alpha = _FILL_ALPHA.get(segment.style, 0.5)
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

    def _paint_bar(self, painter: QPainter, segment: Segment) -> None:
        palette = self.palette()
        color = accent(palette, "ownership" if segment.lane == OWNERSHIP else "custody")
        rect = self._segment_rect(segment)
        if segment.joint == "indirect":
            rect.setLeft(rect.left() + 3)
        if segment.style == "gap":
            self._paint_gap(painter, segment, rect)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill_brush(segment, rect, color))
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
            self._paint_outline(painter, segment, solid.adjusted(0.5, 0.5, -0.5, -0.5), color)
        if segment.open_end:
            self._paint_arrow(painter, rect, color)
        self._paint_label(painter, segment, rect)

    def _paint_outline(self, painter: QPainter, segment: Segment, solid: QRectF,
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

    def _paint_arrow(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        mid = rect.center().y()
        path = QPainterPath(QPointF(rect.right() + 2, mid - 5))
        path.lineTo(QPointF(rect.right() + 9, mid))
        path.lineTo(QPointF(rect.right() + 2, mid + 5))
        painter.setPen(QPen(color, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_gap(self, painter: QPainter, segment: Segment, rect: QRectF) -> None:
        quiet = quiet_text(self.palette())
        inner = rect.adjusted(4, 3, -4, -3)
        painter.setPen(QPen(quiet, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(inner.topLeft(), inner.topRight())
        painter.drawLine(inner.bottomLeft(), inner.bottomRight())
        for x in (inner.left(), inner.right()):  # the break marks: two short slashes
            painter.setPen(QPen(quiet, 1.4))
            painter.drawLine(QPointF(x - 3, inner.bottom() + 2), QPointF(x + 3,
                                                                         inner.top() - 2))
        self._paint_label(painter, segment, rect)

    def _paint_label(self, painter: QPainter, segment: Segment, rect: QRectF) -> None:
        palette = self.palette()
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
            painter.setFont(self._small_font())
            painter.setPen(blend(text, window, 0.2) if segment.style != "gap"
                           else quiet_text(palette))
            detail = metrics.elidedText(segment.detail, Qt.TextElideMode.ElideRight,
                                        right - left)
            painter.drawText(QPointF(left, y + metrics.height()), detail)
            return
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        y = rect.center().y() + metrics.ascent() / 2 - 1
        painter.drawText(QPointF(left, y), name)

    def _paint_marker(self, painter: QPainter, segment: Segment) -> None:
        palette = self.palette()
        color = accent(palette, "publication")
        rect = self._segment_rect(segment)
        c = rect.center()
        diamond = QPainterPath(QPointF(c.x(), c.y() - 5))
        for dx, dy in ((5, 0), (0, 5), (-5, 0)):
            diamond.lineTo(QPointF(c.x() + dx, c.y() + dy))
        diamond.closeSubpath()
        painter.setPen(QPen(color, 1))
        painter.setBrush(with_alpha(color, _FILL_ALPHA.get(
            {"certain": "solid", "probable": "light"}.get(
                self._events[segment.index].get("certainty"), "hatched"), 0.5)))
        painter.drawPath(diamond)
        metrics = QFontMetricsF(painter.font())
        room = segment.label_x1 - segment.label_x0
        text = metrics.elidedText(segment.label, Qt.TextElideMode.ElideRight, room)
        if room > 24 and text != "…":
            painter.setPen(quiet_text(palette))
            painter.drawText(QPointF(segment.label_x0, c.y() + metrics.ascent() / 2 - 1), text)

    def _paint_joint(self, painter: QPainter, segment: Segment) -> None:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        lane = self.lane_rect(segment.lane)
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
