"""A work's provenance drawn as a timeline, from its making to today's holder.

API (for the detail view):

    from gallery.ui.detail.provenance_timeline import ProvenanceTimeline
    timeline = ProvenanceTimeline(parent=None, today=None)   # today: datetime.date, for tests
    timeline.set_events(record["provenance"], lang="en")     # list[dict] as Catalog.get gives
    timeline.segments() -> list[Segment]   # the current layout (lane, x0/x1, style, label…)
    timeline.layout_info() -> ProvenanceLayout   # segments + axis ticks + today_x

Up to three lanes, only those with something in them: ownership (one segment per holder, gaps
as dashed "whereabouts unknown" breaks, a solid joint where a transfer is known to be direct, a
dotted one where it is not), custody (loans and exhibitions) and publications
(reproduced/published markers). Date ranges fade, "possibly" periods are hatched, probable ones
lighter; undated events stand in a strip of their own at the right, never at a guessed year. A
label that does not fit on its bar is set under its lane as a callout joined to the bar
(timeline.provenance_callouts), so none is cut; the full text is also in the tooltip.
accessibleDescription reads the provenance as a paragraph. Size hint 900 wide, as high as its
lanes and callouts need; it scales to any width. Colours follow the widget's palette.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...catalog.provenance import KIND_LABELS, paragraph
from ..keep_together import keep_together
from ..timeline.axis import today_year
from ..timeline.provenance_callouts import Callout, lines_per_row, place_callouts, row_count
from ..timeline.provenance_layout import (
    CUSTODY,
    LANES,
    OWNERSHIP,
    PUBLICATIONS,
    ProvenanceLayout,
    Segment,
    layout_provenance,
)
from ..timeline.provenance_paint import paint_provenance
from ..timeline.style import plain_tooltip
from .provenance_list import localized_event

_TOP, _OWN_H, _CUST_H, _PUB_H, _AXIS_H, _SPACE = 20.0, 42.0, 22.0, 20.0, 24.0, 7.0


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
        self._callouts: list[Callout] = []
        self._height = 180
        # as high as the lanes and callouts need at the width it is given, never squeezed
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    # -- public API -----------------------------------------------------------------------
    def set_events(self, events: list[dict[str, Any]], lang: str = "en") -> None:
        self._lang = lang if lang in KIND_LABELS else "en"
        # Names, dates, places and notes in the reader's language (never an agent's id).
        self._events = [localized_event(e, self._lang) for e in events or []]
        self._layout = None
        self._describe()
        self.update()

    def segments(self) -> list[Segment]:
        return list(self.layout_info().segments)

    def layout_info(self) -> ProvenanceLayout:
        if self._layout is None or self._layout_width != self.width():
            self._layout = self._compute()
            self._layout_width = self.width()
            self._callouts = place_callouts(self._layout.segments, self._gutter(),
                                            self.width() - 12.0, self._text_width,
                                            self._name_width)
            height = round(self._axis_base() + 10 + QFontMetricsF(self._small_font()).height())
            if height != self._height:
                self._height = height
                self.updateGeometry()
        return self._layout

    def callouts(self) -> list[Callout]:
        """The labels set under their lanes (those that do not fit on their bars)."""
        self.layout_info()
        return list(self._callouts)

    def shown_lanes(self) -> list[str]:
        """The lanes drawn: those with something in them (the ownership lane at least)."""
        used = {s.lane for s in self.layout_info().segments}
        return [lane for lane in LANES if lane in used] or [OWNERSHIP]

    def lane_rect(self, lane: str) -> QRectF:
        """Where a lane is drawn (its full height, chart width); its callouts come under it.
        A lane not drawn has no height, at the place it would take."""
        rows = self.layout_info().custody_rows if self._events else 1
        shown = self.shown_lanes()
        heights = {OWNERSHIP: _OWN_H, CUSTODY: _CUST_H * rows, PUBLICATIONS: _PUB_H}
        left, top = self._gutter(), _TOP
        for name in LANES:
            height = heights[name] if name in shown else 0.0
            if name == lane:
                return QRectF(left, top, self.width() - left - 12, height)
            if name in shown:
                top += height + self._notes_height(name) + _SPACE
        raise ValueError(lane)

    def callout_rect(self, callout: Callout) -> QRectF:
        row_h = self._note_row_height(callout.lane)
        top = self.lane_rect(callout.lane).bottom() + 5 + callout.row * row_h
        return QRectF(callout.x, top, callout.width, len(callout.lines) * self._line_height())

    def _axis_base(self) -> float:
        last = self.shown_lanes()[-1]
        return self.lane_rect(last).bottom() + self._notes_height(last) + 6

    def _line_height(self) -> float:
        return QFontMetricsF(self._small_font()).height()

    def _note_row_height(self, lane: str) -> float:
        return lines_per_row(self._callouts, lane) * self._line_height() + 4

    def _notes_height(self, lane: str) -> float:
        rows = row_count(self._callouts, lane)
        return rows * self._note_row_height(lane) + 5 if rows else 0.0

    def _text_width(self, text: str) -> float:
        return QFontMetricsF(self._small_font()).horizontalAdvance(text)

    def _name_width(self, text: str) -> float:
        """A holder's name as the painter draws it, demi-bold."""
        bold = self._small_font()
        bold.setWeight(QFont.Weight.DemiBold)
        return QFontMetricsF(bold).horizontalAdvance(text)

    def retranslate_ui(self) -> None:
        self._lane_names = {OWNERSHIP: self.tr("Ownership"), CUSTODY: self.tr("Custody"),
                            PUBLICATIONS: self.tr("Published")}
        self.setAccessibleName(self.tr("Provenance timeline"))
        self._layout = None
        self._describe()
        self.update()

    # -- Qt overrides ---------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        self.layout_info()
        return QSize(900, self._height)

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
        segments = self.segments()
        for callout in self.callouts():
            if self.callout_rect(callout).adjusted(-4, -3, 4, 3).contains(pos):
                return segments[callout.segment]
        for segment in reversed(segments):
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
        layout = layout_provenance(self._events, left, right, today_year(self._today), words,
                                   metrics.horizontalAdvance, min_px=min_px)
        # «А. А. Леонов», «18 марта»: a callout never breaks them across its lines
        layout.segments = [dataclasses.replace(s, label=keep_together(s.label),
                                               detail=keep_together(s.detail))
                           for s in layout.segments]
        return layout

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

    def paintEvent(self, _event: Any) -> None:
        paint_provenance(self)
