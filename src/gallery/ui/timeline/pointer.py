"""Pointer use of the timeline: hit-testing, tooltips, clicks, dragging and the wheel.

A mixin for TimelineView (kept apart so the view stays about state and geometry; the keys
are in `keyboard`). The wheel scrolls, Ctrl+wheel zooms about the pointer, a drag pans, and a
click opens what it lands on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from .keyboard import Target
from .style import plain_tooltip
from .tray import TOGGLE

ZOOM_STEP = 1.35


class PointerInput:
    """Mixed into TimelineView, before QWidget."""

    _hover: Target | None
    _press: QPointF | None
    _dragged: bool

    def target_at(self, pos: QPointF) -> Target | None:
        for chip in self.tray_chips():
            if chip.rect.contains(pos):
                return ("tray", chip.work_id, "" if chip.work_id else TOGGLE)
        if not self.body_rect().contains(pos):
            return None
        offset = self.content_offset()
        x, y = pos.x() - offset.x(), pos.y() - offset.y()
        for item in reversed(self.geometry_info().items):
            if item.contains(x, y):
                return (item.lane, item.key, item.mission_id)
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            target = self.target_at(QPointF(event.pos()))
            if target is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(self._describe(target)),
                                  self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_scroll = (self.hbar.value(), self.vbar.value())
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 6:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.hbar.setValue(int(self._press_scroll[0] - delta.x()))
                self.vbar.setValue(int(self._press_scroll[1] - delta.y()))
                return
        target = self.target_at(pos)
        if target != self._hover:
            self._hover = target
            self.setCursor(Qt.CursorShape.PointingHandCursor if target
                           else Qt.CursorShape.ArrowCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                target = self.target_at(event.position())
                if target is not None:
                    self._set_focus_target(target)
                    self._activate(target)
            self._press = None
            self._dragged = False
            self.setCursor(Qt.CursorShape.ArrowCursor)
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls (down the lanes, or along the years when they all fit);
        Ctrl+wheel zooms about the pointer; Shift+wheel scrolls along the years."""
        delta, mods = event.angleDelta(), event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier and delta.y():
            self._zoom(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        elif mods & Qt.KeyboardModifier.ShiftModifier or delta.x() or not self.vbar.maximum():
            self.hbar.setValue(self.hbar.value() - (delta.x() or delta.y()))
        else:
            self.vbar.setValue(self.vbar.value() - delta.y())
        event.accept()

