"""Keyboard use of the timeline: Tab and arrows move between items, Enter activates, +/− zoom.

A mixin for TimelineView (kept apart so the view stays about layout and painting). Items are
addressed as targets (lane, key, mission id): Tab walks missions, then works by date, then the
exhibitions, then the undated tray; Left/Right move within a lane, Up/Down to the nearest item
of the next lane.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from .layout import LANES

Target = tuple[str, str, str]  # (lane, key, mission id for items in the "depicts" lane)


class KeyboardNavigation:
    """Mixed into TimelineView, before QWidget."""

    _focus: Target | None

    def _targets(self, lane: str) -> list[Target]:
        if lane == "tray":
            return [("tray", c.work_id, "") for c in self.tray_chips() if c.work_id]
        items = sorted((i for i in self.geometry_info().items if i.lane == lane),
                       key=lambda i: (i.x0, i.row))
        return [(lane, i.key, i.mission_id) for i in items]

    def _tab_order(self) -> list[Target]:
        return (self._targets("made") + self._targets("missions")  # as the lanes read
                + self._targets("exhibitions") + self._targets("tray"))

    def focusNextPrevChild(self, forward: bool) -> bool:
        order = self._tab_order()
        if self.hasFocus() and order:
            index = order.index(self._focus) if self._focus in order else -1
            nxt = index + (1 if forward else -1)
            if self._focus is None and not forward:
                nxt = len(order) - 1
            if 0 <= nxt < len(order):
                self._set_focus_target(order[nxt])
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: Any) -> None:
        reason = event.reason()
        keyboard = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason)
        if self._focus is None and reason in keyboard:  # a mouse user gets no stray ring
            order = self._tab_order()
            if order:
                last = reason == Qt.FocusReason.BacktabFocusReason
                self._set_focus_target(order[-1] if last else order[0])
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.zoom_to_fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self._focus)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._move_in_lane(key)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_across_lanes(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _move_in_lane(self, key: int) -> None:
        lane = self._focus[0] if self._focus else LANES[0]
        targets = self._targets(lane)
        if not targets:
            return
        index = targets.index(self._focus) if self._focus in targets else 0
        index = {Qt.Key.Key_Left: index - 1, Qt.Key.Key_Right: index + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(targets) - 1}[key]
        self._set_focus_target(targets[max(0, min(len(targets) - 1, index))])

    def _move_across_lanes(self, step: int) -> None:
        lanes = [*LANES, "tray"]
        lane = self._focus[0] if self._focus else LANES[0]
        x = self._target_x(self._focus)
        index = lanes.index(lane) + step
        while 0 <= index < len(lanes):
            targets = self._targets(lanes[index])
            if targets:
                self._set_focus_target(min(targets, key=lambda t: abs(self._target_x(t) - x)))
                return
            index += step

    def _target_x(self, target: Target | None) -> float:
        if target is None:
            return 0.0
        if target[0] == "tray":
            chip = next((c for c in self.tray_chips() if c.work_id == target[1]), None)
            return chip.rect.left() - self.content_offset().x() if chip else 0.0
        item = next((i for i in self.geometry_info().items
                     if (i.lane, i.key, i.mission_id) == target), None)
        return item.x0 if item else 0.0
