"""The slideshow's canvas: paints the current slide, the cross-fade, the pan-and-zoom and cards.

Every frame is cheap: a slide arrives as one screen-sized image (the picture already fitted on
black by a worker thread, in the raster engine's own RGB32 format) plus its caption band, so a
frame is two or four unscaled drawImage calls; no QPixmap is needed at all.
Fading full-screen frames gives an exact cross-fade even between pictures of different shapes.
A QVariantAnimation drives the fade on the GUI thread; the pan-and-zoom (Ken Burns) runs a
second, slow one across the slide's whole time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from .paint import paint_card

# Pan-and-zoom: the picture grows from 100 % to this, drifting toward one of these corners.
ZOOM = 1.08
DRIFTS = ((0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0), (0.5, 0.0), (0.5, 1.0))


@dataclass
class Frame:
    work_id: str
    image: QImage                  # screen-sized, the picture fitted on black
    caption: QImage | None         # the caption band, drawn at the bottom edge
    drift: tuple[float, float] = (0.5, 0.5)
    motion_ms: int = 0             # how long the pan-and-zoom runs (its slide's time)
    started: float = 0.0           # perf_counter when it first showed

    def motion(self, now: float) -> float:
        """How far along its pan-and-zoom this frame is, 0..1."""
        if self.motion_ms <= 0:
            return 0.0
        return min(1.0, max(0.0, (now - self.started) * 1000 / self.motion_ms))


class SlideCanvas(QWidget):
    """Shows frames and cards; knows nothing of catalogs or timers."""

    transitionFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideCanvas")
        self.setAccessibleName(self.tr("Slide"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(False)
        self.current: Frame | None = None
        self.previous: Frame | None = None
        self.card: tuple[str, str | None] | None = None
        self.mode = "blank"  # blank | slide | card
        self.card_step = 0
        self._fade = QVariantAnimation(self)
        self._fade.setStartValue(0.0)
        self._fade.setEndValue(1.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._fade.valueChanged.connect(self._on_tick)
        self._fade.finished.connect(self._fade_done)
        # While pan-and-zoom is on, this only ticks repaints; each frame's place in its own
        # motion comes from the clock, so the outgoing picture keeps moving while it fades.
        self._motion = QVariantAnimation(self)
        self._motion.setStartValue(0.0)
        self._motion.setEndValue(1.0)
        self._motion.setDuration(1000)
        self._motion.setLoopCount(-1)
        self._motion.valueChanged.connect(self._on_tick)
        self._progress = 1.0
        self._last_tick: float | None = None
        self.slowest_frame_ms = 0.0  # the longest gap between animation frames seen
        self.slowest_paint_ms = 0.0  # the longest paintEvent seen
        self.slow_frames = 0         # transition frames that came more than 50 ms late
        self.slowest_frame_cpu_ms = 0.0  # GUI-thread CPU time spent in that slowest gap
        self._last_cpu = 0.0
        self.frames = 0

    # -- what to show -----------------------------------------------------------------------
    def show_frame(self, frame: Frame, transition: str, fade_ms: int) -> None:
        self._fade.stop()
        self.previous = self.current if self.mode == "slide" else None
        self.current, self.card, self.mode = frame, None, "slide"
        self._last_tick = None
        frame.started = time.perf_counter()
        if transition == "panzoom" and frame.motion_ms > 0:
            if self._motion.state() != QVariantAnimation.State.Running:
                self._motion.start()
        else:
            self._motion.stop()
        if transition != "none" and fade_ms > 0 and self.previous is not None:
            self._progress = 0.0
            self._fade.setDuration(fade_ms)
            self._fade.start()
        else:
            self._fade_done()
        self.update()

    def show_card(self, title: str, note: str | None = None) -> None:
        self._stop_all()
        self.card_step = self.card_step + 1 if self.mode == "card" else 0  # see CARD_SHIFTS
        self.card, self.mode = (title, note), "card"
        self.update()

    def show_black(self) -> None:
        self._stop_all()
        self.card, self.mode = None, "blank"
        self.update()

    def _stop_all(self) -> None:
        self._fade.stop()
        self._motion.stop()
        self.current = self.previous = None  # let the images go
        self._progress = 1.0

    @property
    def transitioning(self) -> bool:
        return self.previous is not None

    # -- animation ------------------------------------------------------------------------
    def _on_tick(self, value: object) -> None:
        if self.sender() is self._fade:
            self._progress = float(value)  # type: ignore[arg-type]
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last_tick is not None and self.previous is not None:
            gap = (now - self._last_tick) * 1000
            if gap > self.slowest_frame_ms:
                # Busy (our code) or waiting (another process had the CPU)?
                self.slowest_frame_ms = gap
                self.slowest_frame_cpu_ms = (cpu - self._last_cpu) * 1000
            self.slow_frames += gap > 50
        self._last_tick, self._last_cpu = now, cpu
        self.frames += 1
        self.update()

    def _fade_done(self) -> None:
        self._progress = 1.0
        self.previous = None
        self._last_tick = None
        self.update()
        self.transitionFinished.emit()

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        began = time.perf_counter()
        self._paint()
        self.slowest_paint_ms = max(self.slowest_paint_ms,
                                    (time.perf_counter() - began) * 1000)

    def _paint(self) -> None:
        painter = QPainter(self)
        if self.mode == "card" and self.card:
            paint_card(painter, self.size(), *self.card, step=self.card_step)
            return
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self.mode != "slide" or self.current is None:
            return
        moving = self._motion.state() == QVariantAnimation.State.Running
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, moving)
        now = time.perf_counter()
        p = self._progress
        if self.previous is not None:
            self._draw(painter, self.previous, 1.0, max(0.0, 1.0 - 2 * p), moving, now)
        caption_in = 1.0 if self.previous is None else max(0.0, 2 * p - 1.0)
        self._draw(painter, self.current, p, caption_in, moving, now)

    def _draw(self, painter: QPainter, frame: Frame, opacity: float, caption_opacity: float,
              moving: bool, now: float) -> None:
        # The outgoing picture stays opaque under the incoming one (an exact cross-fade of
        # full-screen frames); the old caption fades out in the first half and the new one in
        # during the second, so their lines never pile up.
        painter.setOpacity(opacity)
        size = self.size()
        if moving and frame.motion_ms:
            self._draw_moving(painter, frame, size, frame.motion(now))
        else:
            painter.drawImage(0, 0, frame.image)
        if frame.caption is not None and caption_opacity > 0:
            painter.setOpacity(caption_opacity)
            painter.drawImage(0, size.height() - _logical_height(frame.caption), frame.caption)
        painter.setOpacity(1.0)

    def _draw_moving(self, painter: QPainter, frame: Frame, size: QSize, t: float) -> None:
        scale = 1.0 + (ZOOM - 1.0) * t
        anchor = QPointF(frame.drift[0] * size.width(), frame.drift[1] * size.height())
        painter.save()
        painter.translate(anchor)
        painter.scale(scale, scale)
        painter.translate(-anchor)
        painter.drawImage(0, 0, frame.image)
        painter.restore()


def _logical_height(image: QImage) -> int:
    return round(image.height() / image.devicePixelRatio())
