"""Where a window opened after another goes: a title bar down and right of it, inside the
screen's free area, never exactly over it (File ▸ New Window, and a second `gallery`
process: see new_window and open_windows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize

CASCADE_STEP = 32  # about a title bar: the window under it still shows its own title


def cascade(previous: QRect, available: QRect, minimum: QSize,
            step: int = CASCADE_STEP) -> QRect:
    """Where a window opened from one whose frame is `previous` goes: `step` down and right,
    as large as `previous` where the free area has room, else shortened to fit (not below
    `minimum`); at the area's edge it starts again at the area's corner."""
    x, y = previous.left() + step, previous.top() + step
    width = min(previous.width(), available.right() + 1 - x)
    if width < minimum.width():
        x, width = available.left(), min(previous.width(), available.width())
    height = min(previous.height(), available.bottom() + 1 - y)
    if height < minimum.height():
        y, height = available.top(), min(previous.height(), available.height())
    return QRect(QPoint(x, y), QSize(width, height))


def place_cascaded(window: Any, previous: QRect, border: QSize, available: QRect) -> None:
    """Put `window` (not shown yet) where `cascade` says, `previous` being the frame of the
    window it follows and `border` the window manager's frame around a window's client."""
    place = cascade(previous, available, window.minimumSize() + border)
    window.resize(place.size() - border)
    window.move(place.topLeft())  # a top-level widget's pos is its frame's corner
