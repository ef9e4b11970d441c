"""The zoomable image of one work, in bounded memory.

First paint: a reduced decode made off the GUI thread, as large as the canvas in device pixels
(at least MIN_BASE_EDGE, at most BASE_EDGE px: a JPEG then decodes at a reduced DCT scale,
the step that makes a work's page first paint quickly). Zoomed in past
what that base can show sharply, the canvas draws tiles of the imaging core's pyramid at the
level the zoom needs, loading only the visible ones into a small LRU of pixmaps; whatever is not
loaded yet shows the base, scaled, beneath. Wheel zooms about the cursor, dragging pans,
double-click toggles fit and 100 %, and the keys + − 0 do the same from the keyboard. A
navigator in the corner shows the visible part of the picture while zoomed. The pointer and
keys are in `canvas_input`.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..error_words import image_problem
from ..i18n import current_language
from ..qimage import encoded_to_qimage, to_qimage
from ..workers import ImagePool
from . import overlays
from .canvas_input import CanvasInput
from .canvas_view import View, clamp_center, fit_scale, visible_tiles

BASE_EDGE = 1600
MIN_BASE_EDGE = 800
MAX_TILES = 96  # 96 × 256² × 4 B ≈ 25 MB
MAX_SCALE = 8.0
BACKGROUND = QColor("#121315")


class ImageCanvas(CanvasInput, overlays.KeyboardFocusRing, QWidget):
    zoomChanged = Signal(float)
    loadingChanged = Signal(bool)

    def __init__(self, pool: ImagePool, tile_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 200)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._pool, self._tile_dir = pool, tile_dir
        self.reduced_motion = False
        self._generation = 0
        self._path: Path | None = None
        self._pyramid: Any = None
        self._base: QPixmap | None = None
        self._failed = ""
        self._failed_error: BaseException | None = None
        self._view = View()
        self._fit = True
        self._tiles: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()
        self._pending: set[tuple[int, int, int]] = set()
        self._drag: QPointF | None = None
        self._title = ""
        self.standin = False  # a stand-in drawn by the project: say so, in the reader's words
        self.note = ""  # said over the picture (e.g. a copy from the cache is shown)
        # The full picture's size while its small cached copy is shown: the copy's own drawn
        # label is a few pixels high, so the label is written at the full picture's size.
        self.small_copy_of: tuple[int, int] | None = None
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(160)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._animate_step)
        self._anim_anchor = QPointF()
        self.retranslate_ui()

    # -- content -------------------------------------------------------------------------
    def describe(self, title: str, alt_text: str) -> None:
        """What assistive tools say: the title with the zoom, and the alt text."""
        self._title = title
        self.setAccessibleDescription(alt_text)
        self._announce()

    def set_image(self, path: Path | None, key: str | None, title: str = "",
                  alt_text: str = "") -> None:
        """Show a new picture (None: no image); the old one is dropped at once."""
        self._generation += 1
        self._animation.stop()
        self._path, self._pyramid, self._base, self._failed = path, None, None, ""
        self.setToolTip("")
        self.note = ""
        self.small_copy_of = None
        self._tiles.clear()
        self._pending.clear()
        self._fit = True
        self._view = View()
        self._title = title
        self.setAccessibleDescription(alt_text)
        self._announce()
        self.update()
        if path is None:
            return
        self.loadingChanged.emit(True)
        generation, tile_dir, box = self._generation, self._tile_dir, self._base_box()

        def job() -> tuple[Any, Any]:
            from ...imaging.thumbnails import file_sha256
            from ...imaging.tiles import TilePyramid

            content_key = key if key and len(key) == 64 else file_sha256(path)
            pyramid = TilePyramid(path, content_key, tile_dir)
            return pyramid, to_qimage(pyramid.fitted(*box))

        self._pool.submit(job, lambda result: self._base_arrived(generation, result),
                          lambda error: self._base_failed(generation, error))

    def _base_box(self) -> tuple[int, int]:
        dpr = self.devicePixelRatioF()
        return (min(BASE_EDGE, max(MIN_BASE_EDGE, round(self.width() * dpr))),
                min(BASE_EDGE, max(MIN_BASE_EDGE, round(self.height() * dpr))))

    def _base_arrived(self, generation: int, result: tuple[Any, Any]) -> None:
        if generation != self._generation:
            return
        self._pyramid, image = result
        self._base = QPixmap.fromImage(image)
        geometry = self._pyramid.geometry
        self._view = View(geometry.width, geometry.height)
        self._fit_now()
        self.loadingChanged.emit(False)

    def _base_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._failed_error = error  # said again in a new language (retranslated at paint)
        self._failed = str(error)
        self.setToolTip(self._failed)  # the exact technical line, for whoever fixes the file
        self.update()
        self.loadingChanged.emit(False)

    def show_pixmap(self, pixmap: QPixmap, note: str,
                    full_size: tuple[int, int] | None = None) -> None:
        """Show a picture already in memory (the cached small copy of a missing file whose
        own size is `full_size`, when the catalog knows it)."""
        self._generation += 1  # the file's own load (failing) is no longer wanted
        self._base, self._failed, self.note = pixmap, "", note
        self.setToolTip("")
        self.small_copy_of = full_size or (pixmap.width(), pixmap.height())
        self._view = View(pixmap.width(), pixmap.height())
        self._fit_now()
        # The load is over: the page's text, held back for the picture's first paint, waits
        # for this (the failing file's own result is dropped by the generation above).
        self.loadingChanged.emit(False)

    def is_loading(self) -> bool:
        return (self._path is not None and self._base is None and not self._failed) \
            or bool(self._pending)

    def image_size(self) -> tuple[int, int]:
        return self._view.width, self._view.height

    # -- zoom ----------------------------------------------------------------------------
    @property
    def scale(self) -> float:
        return self._view.scale

    def fit_scale(self) -> float:
        return fit_scale(self._view, self.width(), self.height())

    def is_fitted(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self.zoom_to(self.fit_scale(), fit=True)

    def zoom_in(self) -> None:
        self.zoom_to(self._view.scale * 1.25)

    def zoom_out(self) -> None:
        self.zoom_to(self._view.scale / 1.25)

    def actual_size(self, anchor: QPointF | None = None) -> None:
        self.zoom_to(1.0, anchor)

    def zoom_to(self, scale: float, anchor: QPointF | None = None, fit: bool = False) -> None:
        if not self._view.width:
            return
        low = min(self.fit_scale(), 1.0) * 0.5
        scale = max(low, min(MAX_SCALE, scale))
        self._anim_anchor = anchor if anchor is not None else QPointF(self.width() / 2,
                                                                      self.height() / 2)
        self._fit = fit
        if self.reduced_motion or not self.isVisible():
            self._set_scale(scale, self._anim_anchor)
            return
        self._animation.stop()
        self._animation.setStartValue(self._view.scale)
        self._animation.setEndValue(scale)
        self._animation.start()

    def _animate_step(self, value: Any) -> None:
        self._set_scale(float(value), self._anim_anchor)

    def _set_scale(self, scale: float, anchor: QPointF) -> None:
        view = self._view
        ax, ay = anchor.x() - self.width() / 2, anchor.y() - self.height() / 2
        ix, iy = view.cx + ax / view.scale, view.cy + ay / view.scale
        view.scale = scale
        view.cx, view.cy = ix - ax / scale, iy - ay / scale
        if self._fit:
            view.cx, view.cy = view.width / 2, view.height / 2
        clamp_center(view, self.width(), self.height())
        self._announce()
        self.update()
        self.zoomChanged.emit(scale)

    def _fit_now(self) -> None:
        self._view.scale = self.fit_scale()
        self._view.cx, self._view.cy = self._view.width / 2, self._view.height / 2
        self._fit = True
        self._announce()
        self.update()
        self.zoomChanged.emit(self._view.scale)

    def zoom_percent(self) -> int:
        return round(self._view.scale * 100)

    # -- accessibility and language ----------------------------------------------------
    def retranslate_ui(self) -> None:
        self._announce()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _announce(self) -> None:
        if self._path is None:
            name = self.tr("No image")
        else:
            name = (self.tr("Stand-in image of %1 (not the artwork), zoom %2 %") if self.standin
                    else self.tr("Image of %1, zoom %2 %")).replace("%1", self._title).replace(
                "%2", str(self.zoom_percent()))
        if name != self.accessibleName():
            self.setAccessibleName(name)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.NameChanged))

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._base is None:
            self._paint_message(painter)
            return
        view, s = self._view, self._view.scale
        x0, y0 = self.width() / 2 - view.cx * s, self.height() / 2 - view.cy * s
        target = QRectF(x0, y0, view.width * s, view.height * s)
        visible = target.intersected(QRectF(self.rect()))
        bx = self._base.width() / view.width
        source = QRectF((visible.x() - x0) / s * bx, (visible.y() - y0) / s * bx,
                        visible.width() / s * bx, visible.height() / s * bx)
        painter.drawPixmap(visible, self._base, source)
        dpr = self.devicePixelRatioF()
        if self._pyramid is not None and s * dpr > bx * 1.05:
            self._paint_tiles(painter, x0, y0, s * dpr, s)
        if self.standin and self.small_copy_of is not None:  # its drawn label is too small
            full = View(*self.small_copy_of)  # the label as big as on the whole picture fitted
            overlays.paint_label(painter, target, full.width, full.height, overlays.label_text(),
                                 fit_scale(full, self.width(), self.height()))
        elif self.standin and current_language() != "en":  # the drawn label is English
            overlays.paint_label(painter, target, view.width, view.height, overlays.label_text())
        if not self._fit and s > self.fit_scale() * 1.02:
            self._paint_navigator(painter, x0, y0, s)
        self._paint_zoom_label(painter)
        if self.keyboard_focus():  # reached by Tab: the keys + − 0 1 and arrows act here
            overlays.paint_focus_ring(painter, QRectF(self.rect()))

    def _paint_tiles(self, painter: QPainter, x0: float, y0: float, need: float,
                     s: float) -> None:
        geometry = self._pyramid.geometry
        level = geometry.level_for_scale(need)
        missing = []
        for col, row in visible_tiles(geometry, level, self._view, self.width(), self.height()):
            key = (level, col, row)
            pixmap = self._tiles.get(key)
            if pixmap is None:
                missing.append(key)
                continue
            self._tiles.move_to_end(key)
            x, y, w, h = geometry.region(level, col, row)
            painter.drawPixmap(QRectF(x0 + x * s, y0 + y * s, w * s, h * s), pixmap,
                               QRectF(pixmap.rect()))
        for key in reversed(missing):  # the pool runs the newest first: the middle wins
            self._request_tile(key)

    def _request_tile(self, key: tuple[int, int, int]) -> None:
        if key in self._pending:
            return
        self._pending.add(key)
        generation, pyramid = self._generation, self._pyramid
        self._pool.submit(lambda: encoded_to_qimage(pyramid.tile(*key)),
                          lambda image: self._tile_arrived(generation, key, image),
                          lambda error: self._tile_failed(generation, key, error))

    def _tile_arrived(self, generation: int, key: tuple[int, int, int], image: Any) -> None:
        if generation != self._generation:
            return
        self._pending.discard(key)
        self._tiles[key] = QPixmap.fromImage(image)
        while len(self._tiles) > MAX_TILES:
            self._tiles.popitem(last=False)
        self.update()
        if not self._pending:
            self.loadingChanged.emit(False)

    def _tile_failed(self, generation: int, key: tuple[int, int, int], error: Any) -> None:
        if generation == self._generation:
            self._pending.discard(key)  # the base stays visible there; nothing more to do

    def message(self) -> str:
        """The line shown where the picture would be, in the interface language."""
        if self._failed:
            return self.tr("This image cannot be shown: %1").replace(
                "%1", image_problem(self._failed_error or self._failed))
        if self._path is None:
            return self.tr("No image of this work is in the catalog.")
        return self.tr("Loading image…")

    def _paint_message(self, painter: QPainter) -> None:
        painter.setPen(QColor("#8f8a80"))
        text = self.message()
        painter.drawText(self.rect().adjusted(24, 24, -24, -24),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _navigator_rect(self) -> QRectF:
        view = self._view
        side = 150.0
        k = side / max(view.width, view.height)
        w, h = view.width * k, view.height * k
        return QRectF(self.width() - w - 14, self.height() - h - 14, w, h)

    def _paint_navigator(self, painter: QPainter, x0: float, y0: float, s: float) -> None:
        box = self._navigator_rect()
        seen = QRectF(-x0 / s, -y0 / s, self.width() / s, self.height() / s)
        overlays.paint_navigator(painter, box, self._base, seen, box.width() / self._view.width)

    def _paint_zoom_label(self, painter: QPainter) -> None:
        height = painter.fontMetrics().height()
        overlays.paint_chip(painter, f"{self.zoom_percent()} %", 12, self.height() - height - 18)
        if self.note:
            overlays.paint_chip(painter, self.note, 12, 12, self.width() - 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._view.width:
            if self._fit:
                self._fit_now()
            else:
                clamp_center(self._view, self.width(), self.height())
