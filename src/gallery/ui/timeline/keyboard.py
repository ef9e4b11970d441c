"""Keyboard use of the timeline: one Tab stop, arrows between events, Enter opens, +/− zoom.

A mixin for TimelineView (kept apart so the view stays about layout and painting). Items are
addressed as targets (lane, key, mission id). The whole timeline is a single stop in the Tab
chain, as a list or a tree is (sixty stops, one per event, made the window's Tab cycle
useless): Tab onto it puts the ring on the event last chosen (else the first work), Tab
again leaves it. Inside, Left/Right move along time within a lane, Up/Down to the nearest
event of the next lane, Home/End to a lane's first and last event, Enter or Space opens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from .layout import LANES
from .tray import TOGGLE

Target = tuple[str, str, str]  # (lane, key, mission id for items in the "depicts" lane)


class KeyboardNavigation:
    """Mixed into TimelineView, before QWidget."""

    _focus: Target | None

    def _targets(self, lane: str) -> list[Target]:
        if lane == "tray":
            return [("tray", c.work_id, "" if c.work_id else TOGGLE) for c in self.tray_chips()]
        items = sorted((i for i in self.geometry_info().items if i.lane == lane),
                       key=lambda i: (i.x0, i.row))
        return [(lane, i.key, i.mission_id) for i in items]

    def _first_target(self) -> Target | None:
        for lane in (*LANES, "tray"):  # as the lanes read: the works as made come first
            targets = self._targets(lane)
            if targets:
                return targets[0]
        return None

    def focusInEvent(self, event: Any) -> None:
        reason = event.reason()
        keyboard = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason)
        if reason in keyboard:  # a mouse user gets no stray ring
            self._set_focus_target(self._focus or self._first_target())
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
        if self._focus is None:  # the first arrow shows where the ring is
            self._set_focus_target(self._first_target())
            return
        targets = self._targets(self._focus[0])
        if not targets:
            return
        index = targets.index(self._focus) if self._focus in targets else 0
        index = {Qt.Key.Key_Left: index - 1, Qt.Key.Key_Right: index + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(targets) - 1}[key]
        self._set_focus_target(targets[max(0, min(len(targets) - 1, index))])

    def _move_across_lanes(self, step: int) -> None:
        if self._focus is None:
            self._set_focus_target(self._first_target())
            return
        lanes = [*LANES, "tray"]
        lane = self._focus[0]
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
