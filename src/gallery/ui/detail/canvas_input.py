"""The zoomable image's pointer and keys: the wheel zooms about the cursor, dragging pans, a
click in the navigator moves there, double-click toggles fit and 100 %, and + − 0 1 zoom
from the keyboard. A mixin for ImageCanvas (kept apart so the canvas stays about loading and
painting)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

from .canvas_view import clamp_center


class CanvasInput:
    """Mixed into ImageCanvas, before QWidget."""

    _base: Any
    _view: Any
    _fit: bool
    _drag: QPointF | None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps and self._base is not None:
            self.zoom_to(self._view.scale * (1.2 ** steps), event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._base is not None:
            if not self._fit and self._navigator_rect().contains(event.position()):
                self._center_from_navigator(event.position())
            self._drag = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            delta = event.position() - self._drag
            self._drag = event.position()
            self.pan(-delta.x() / self._view.scale, -delta.y() / self._view.scale)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._base is None:
            return
        if self._fit or abs(self._view.scale - 1.0) > 0.01:
            self.actual_size(event.position())
        else:
            self.fit()

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) image pixels."""
        self._view.cx += dx
        self._view.cy += dy
        clamp_center(self._view, self.width(), self.height())
        self.update()

    def _center_from_navigator(self, pos: QPointF) -> None:
        box = self._navigator_rect()
        k = box.width() / self._view.width
        self._view.cx, self._view.cy = (pos.x() - box.x()) / k, (pos.y() - box.y()) / k
        clamp_center(self._view, self.width(), self.height())
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1:
            self.actual_size()
        else:
            super().keyPressEvent(event)

