"""TimelineView: Leonov's life on one zoomable axis, with his missions and his works.

See the package docstring (gallery.ui.timeline) for the API. This module holds the widget's
state and interaction (zoom, pan, hit-testing, keyboard focus); painting is in `paint.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPixmap
from PySide6.QtWidgets import QScrollBar, QWidget

from . import paint
from .controls import ZoomControls
from .data import (
    MissionItem,
    WorkItem,
    life_span,
    mission_item,
    mission_text,
    work_item,
    work_text,
)
from .exhibitions import ExhibitionItem, exhibition_item, exhibition_text
from .keyboard import KeyboardNavigation, Target
from .layout import MAX_LABEL, PlacedItem, TimelineGeometry, build_geometry, year_bounds
from .pointer import ZOOM_STEP, PointerInput
from .style import locale_language, localized
from .thumbs import ROOM, EventThumbnails
from .tray import TOGGLE, TrayChip, TrayWords, layout_tray
from .tray_paint import TRAY_PAD

MIN_PPY, MAX_PPY = 2.0, 900.0


class TimelineView(KeyboardNavigation, PointerInput, QWidget):
    workActivated = Signal(str)
    missionActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 320)
        self._works: list[WorkItem] = []
        self._missions: list[MissionItem] = []
        self._exhibitions: list[ExhibitionItem] = []
        self._life: dict[str, Any] = {}
        self._lang = locale_language()  # first opened in a Russian session: Russian
        self._ppy: float | None = None  # None: fit the whole life to the width
        self._geo: TimelineGeometry | None = None
        self._tray: tuple[list[TrayChip], float] | None = None
        self._focus: Target | None = None
        self._hover: Target | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self.hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)
        for bar in (self.hbar, self.vbar):
            bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.valueChanged.connect(self.update)
        self.zoom_controls = ZoomControls(self, self.zoom_out, self.zoom_in, self.zoom_to_fit)
        self._thumbs: EventThumbnails | None = None
        self.tray_unfolded = False  # the undated works' tray: one line until asked for all
        self.retranslate_ui()

    # -- public API -----------------------------------------------------------------------
    def set_data(self, works: list[dict[str, Any]], missions: list[dict[str, Any]],
                 life: dict[str, Any], exhibitions: list[dict[str, Any]] | None = None) -> None:
        self._works = [work_item(w) for w in works]
        self._missions = [m for m in (mission_item(r) for r in missions) if m is not None]
        self._exhibitions = [e for e in map(exhibition_item, exhibitions or []) if e]
        self._life = dict(life or {})
        self._focus = self._hover = None
        self._announce()
        self._ppy = None
        self._invalidate()

    def use_thumbnails(self, loader: Any, images_dir: Callable[[], Path | None]) -> None:
        """Draw each work's small picture beside it (`loader`: the grid's ThumbnailLoader)."""
        self._thumbs = EventThumbnails(loader, images_dir, self.update)
        self._invalidate()

    def busy(self) -> bool:
        """Small pictures still on their way (for the screenshot command and tests)."""
        return bool(self._thumbs and self._thumbs.pending())

    def thumbnail(self, work_id: str) -> QPixmap | None:
        work = next((w for w in self._works if w.id == work_id), None)
        return self._thumbs.pixmap(work) if self._thumbs and work else None

    def set_language(self, lang: str) -> None:
        self._lang = "ru" if lang == "ru" else "en"
        self._invalidate()

    def language(self) -> str:
        return self._lang

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP, self.body_rect().center().x())

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP, self.body_rect().center().x())

    def zoom_to_fit(self) -> None:
        self._ppy = None
        self._invalidate()

    def pixels_per_year(self) -> float:
        return self.geometry_info().ppy

    def item_rect(self, work_id: str) -> QRect | None:
        """Where a work's "made" item is (its mark and label), or its undated-tray chip."""
        item = self._find("made", work_id)
        if item is not None:
            return self._to_widget(item).toAlignedRect()
        chip = next((c for c in self.tray_chips() if c.work_id == work_id), None)
        return chip.rect.toAlignedRect() if chip else None

    def depicted_rect(self, work_id: str, mission_id: str | None = None) -> QRect | None:
        """Where a work sits in the "what it shows" lane (at its mission's dates)."""
        for item in self.geometry_info().items:
            if item.kind == "depicts" and item.key == work_id and (
                    mission_id is None or item.mission_id == mission_id):
                return self._to_widget(item).toAlignedRect()
        return None

    def mission_rect(self, mission_id: str) -> QRect | None:
        item = self._find("missions", mission_id)
        return self._to_widget(item).toAlignedRect() if item else None

    def connectors(self) -> list[tuple[str, str, QPointF, QPointF]]:
        """(work id, mission id, point on the made item, point on the depicted item)."""
        out = []
        offset = self.content_offset()
        for c in self.geometry_info().connectors:
            above = c.made.y1 < c.depicts.y0  # as the painter draws them: mark to mark
            out.append((c.work_id, c.mission_id,
                        QPointF(c.made.anchor_x + offset.x(),
                                (c.made.y1 if above else c.made.y0) + offset.y()),
                        QPointF(c.depicts.anchor_x + offset.x(),
                                (c.depicts.y0 if above else c.depicts.y1) + offset.y())))
        return out

    def undated_ids(self) -> list[str]:
        return [w.id for w in self._works if not w.dated]

    def ensure_visible(self, work_id: str) -> None:
        item = self._find("made", work_id)
        if item is not None:
            self._scroll_to(item)

    def retranslate_ui(self) -> None:
        self._announce()
        self._invalidate()

    # -- geometry ---------------------------------------------------------------------------
    def geometry_info(self) -> TimelineGeometry:
        if self._geo is not None and self._geo_size != (self.width(), self.height()):
            self._invalidate()  # resized while hidden: no resizeEvent came
        if self._geo is None:
            self._geo_size = (self.width(), self.height())
            born, died = life_span(self._life)
            year0, year1 = year_bounds(self._works, self._missions, born, died,
                                       self._exhibitions)
            body = self.body_rect()
            fit = max(MIN_PPY, (body.width() - 80) / max(1.0, year1 - year0))
            ppy = fit if self._ppy is None else max(fit, self._ppy)
            metrics = QFontMetricsF(self.font())
            # a wide window gives labels more room before they wrap onto a second line
            longest = max(MAX_LABEL, min(3 * MAX_LABEL, body.width() / 3.5))
            self._geo = build_geometry(self._works, self._missions, year0, year1, ppy,
                                       self._lang, metrics.horizontalAdvance,
                                       self._exhibitions, longest,
                                       ROOM if self._thumbs else 0.0)
            self._sync_bars()
        return self._geo

    def tray_chips(self) -> list[TrayChip]:
        """The undated tray's chips, in widget coordinates."""
        chips, _height = self._tray_layout()
        top = self._tray_top() + TRAY_PAD
        return [TrayChip(c.work_id, c.label, c.rect.translated(0, top), c.hidden) for c in chips]

    def tray_heading(self) -> str:
        """The tray's heading, with its count, on the line of its first chips."""
        count = sum(1 for w in self._works if not w.dated)
        return self.tr("Undated works: %1").replace("%1", str(count))

    def toggle_tray(self) -> None:
        """Show every undated work's chip, or fold them back into one line."""
        self.tray_unfolded = not self.tray_unfolded
        self._invalidate()
        if self._focus and self._focus[0] == "tray":
            self._focus = ("tray", "", TOGGLE)  # the ring stays on the chip that was pressed
        self._announce()

    def _tray_layout(self) -> tuple[list[TrayChip], float]:
        if self._tray is None:
            undated = [w for w in self._works if not w.dated]
            lead = paint.tray_heading_width(self) + 14 if undated else 0.0
            words = TrayWords(self.tr("+%1 more"), self.tr("Show fewer"))
            self._tray = layout_tray(undated, self._lang, self.width(),
                                     QFontMetricsF(self.font()), lead=lead,
                                     unfolded=self.tray_unfolded, words=words)
        return self._tray

    def legend_height(self) -> float:
        return paint.legend_height(self)

    def body_rect(self) -> QRectF:
        top = self.legend_height() + paint.AXIS_H
        bottom = self._tray_top() - self.hbar.sizeHint().height()
        return QRectF(0, top, self.width() - self.vbar.sizeHint().width(), max(40, bottom - top))

    def _tray_top(self) -> float:
        chips, height = self._tray_layout()
        return self.height() - (TRAY_PAD + height + 4 if chips else 0)

    def _to_widget(self, item: PlacedItem) -> QRectF:
        body = self.body_rect()
        dx, dy = body.left() - self.hbar.value(), body.top() - self.vbar.value()
        return QRectF(item.left + dx, item.y0 + dy, item.right - item.left,
                      item.bottom - item.y0)

    def content_offset(self) -> QPointF:
        body = self.body_rect()
        return QPointF(body.left() - self.hbar.value(), body.top() - self.vbar.value())

    def _find(self, lane: str, key: str) -> PlacedItem | None:
        return next((i for i in self.geometry_info().items
                     if i.lane == lane and i.key == key), None)

    def _invalidate(self) -> None:
        self._geo = None
        self._tray = None
        self._layout_bars()
        self.update()

    def _layout_bars(self) -> None:
        body = self.body_rect()
        self.hbar.setGeometry(0, int(body.bottom()), int(body.width()),
                              self.hbar.sizeHint().height())
        self.vbar.setGeometry(int(body.right()), int(body.top()),
                              self.vbar.sizeHint().width(), int(body.height()))
        if hasattr(self, "zoom_controls"):
            self.zoom_controls.place(body)

    def _sync_bars(self) -> None:
        geo, body = self._geo, self.body_rect()
        if geo is None:
            return
        for bar, extent, room in ((self.hbar, geo.width, body.width()),
                                  (self.vbar, geo.height, body.height())):
            bar.blockSignals(True)
            bar.setRange(0, max(0, int(extent - room)))
            bar.setPageStep(int(room))
            bar.setSingleStep(24)
            bar.blockSignals(False)
        self.vbar.setVisible(self.vbar.maximum() > 0)
        self.hbar.setEnabled(self.hbar.maximum() > 0)

    def _zoom(self, factor: float, anchor_x: float) -> None:
        geo, body = self.geometry_info(), self.body_rect()
        year = geo.year(anchor_x - body.left() + self.hbar.value())
        fit = max(MIN_PPY, (body.width() - 80) / max(1.0, geo.year1 - geo.year0))
        new = min(MAX_PPY, max(fit, geo.ppy * factor))
        self._ppy = None if new <= fit * 1.0001 else new
        self._invalidate()
        geo = self.geometry_info()
        self.hbar.setValue(int(geo.x(year) - (anchor_x - body.left())))

    def _scroll_to(self, item: PlacedItem) -> None:
        body = self.body_rect()
        for bar, lo, hi, room in ((self.hbar, item.left, min(item.right, item.left
                                                             + body.width() - 60), body.width()),
                                  (self.vbar, item.y0 - 30, item.bottom + 10, body.height())):
            if lo < bar.value():
                bar.setValue(int(lo - 20))
            elif hi > bar.value() + room:
                bar.setValue(int(hi - room + 20))

    # -- targets, hit-testing and focus -----------------------------------------------------
    def focused(self) -> Target | None:
        return self._focus

    def _set_focus_target(self, target: Target | None) -> None:
        self._focus = target
        if target and target[0] != "tray":
            item = next((i for i in self.geometry_info().items if (i.lane, i.key,
                                                                   i.mission_id) == target),
                        None)
            if item:
                self._scroll_to(item)
        self._announce()
        self.update()

    def _announce(self) -> None:
        """The current event is the timeline's accessible name, so a screen reader says it
        as the arrows move (Qt sends NameChanged); the keys are its description."""
        target = self._focus
        whole = self.tr("Life timeline")
        if target is None:
            self.setAccessibleName(whole)
        else:
            lines = self._describe(target).split("\n")
            self.setAccessibleName("; ".join(line for line in lines if line))
        self.setAccessibleDescription(self.tr(
            "%1. Left and Right move in time, Up and Down between lanes, Home and End to a "
            "lane's first and last event, Enter opens it.").replace("%1", whole))

    def _activate(self, target: Target | None) -> None:
        if target is None:
            return
        if target[0] == "tray" and target[2] == TOGGLE:
            self.toggle_tray()
            return
        if target[0] == "missions":
            self.missionActivated.emit(target[1])
        elif target[0] == "exhibitions":
            return  # read by its tooltip and description; there is no exhibition page
        else:
            self.workActivated.emit(target[1])

    def _describe(self, target: Target) -> str:
        lane, key, _mission = target
        if lane == "missions":
            mission = next(m for m in self._missions if m.id == key)
            return mission_text(mission, self._lang)
        if lane == "exhibitions":
            show = next(e for e in self._exhibitions if e.id == key)
            return exhibition_text(show, self._lang)
        if lane == "tray" and _mission == TOGGLE:
            chip = next((c for c in self.tray_chips() if not c.work_id), None)
            return "\n".join([chip.label, *chip.hidden]) if chip else ""
        work = next(w for w in self._works if w.id == key)
        names = {m.id: m for m in self._missions}
        return work_text(work, names, self._lang)

    # -- Qt overrides -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(1400, 640)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._lang = locale_language()  # catalog text follows the interface language
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._invalidate()
        super().changeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        self._invalidate()
        super().resizeEvent(event)

    def paintEvent(self, _event: Any) -> None:
        paint.paint_view(self)

    def localized_life_name(self) -> str:
        return localized(self._life, "name", self._lang)

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.9))
        return font
