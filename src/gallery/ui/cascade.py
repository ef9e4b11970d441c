"""Where a window opened after another goes: beside it where the screen's free area has room,
else a title bar down and right of it, inside the free area, never exactly over it (File ▸
New Window, and a second `gallery` process: see new_window and open_windows)."""

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


def beside(previous: QRect, available: QRect, minimum: QSize) -> QRect | None:
    """A place for a window opened from one whose frame is `previous`, on the side of it with
    more room: as wide as `previous` where that fits, else narrower (not below `minimum`),
    else against the free area's edge if at least half of `previous` stays uncovered. None
    where the area has no such room (a laptop's screen filled by `previous`)."""
    height = min(previous.height(), available.height())
    top = max(available.top(), min(previous.top(), available.bottom() + 1 - height))
    right_room = available.right() - previous.right()
    left_room = previous.left() - available.left()
    room = max(right_room, left_room)
    width = min(previous.width(), max(room, minimum.width()))
    if width - room > previous.width() // 2:
        return None  # it would hide more than half of the first: cascade instead
    if right_room >= left_room:
        left = min(previous.right() + 1, available.right() + 1 - width)
    else:
        left = max(previous.left() - width, available.left())
    return QRect(left, top, width, height)


def follow(previous: QRect, available: QRect, minimum: QSize) -> QRect:
    """Beside `previous` where the free area has room, else cascaded from it."""
    return beside(previous, available, minimum) or cascade(previous, available, minimum)


def place_after(window: Any, previous: QRect, border: QSize, available: QRect) -> None:
    """Put `window` (not shown yet) where `follow` says, `previous` being the frame of the
    window it follows and `border` the window manager's frame around a window's client."""
    place = follow(previous, available, window.minimumSize() + border)
    window.resize(place.size() - border)
    window.move(place.topLeft())  # a top-level widget's pos is its frame's corner
