"""What the visitor's window remembers between sessions: geometry, splitters, sort, the
reduced-motion choice and the last view (Settings, so the keys are declared in one place)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize

VIEWS = ("browse", "timeline", "missions")
# room left for a window manager's frame: borders, and a title bar (openbox's is ~24 px, a
# desktop's panels are already outside the available geometry)
FRAME_ALLOWANCE = (16, 48)


def restore_window_state(window: Any) -> None:
    """Put `window` (a MainWindow) back as the visitor left it."""
    settings = window.settings
    geometry = settings.get("window/geometry")
    if geometry:
        window.restoreGeometry(geometry)
    if settings.get("detail/splitter") and window.has_detail():  # (else: when it is built)
        window.detail.splitter.restoreState(settings.get("detail/splitter"))
    window.browse.restore_split(settings.get("browse/splitter"))
    window.browse.bar.set_sort(settings.get("browse/sort"))
    window.browse.set_thumb_size(settings.get("browse/thumb_size"))
    motion = bool(settings.get("ui/reduced_motion"))
    window.actions_.reduced_motion.setChecked(motion)
    window.set_reduced_motion(motion)
    last = settings.get("window/last_view")
    window.show_page(last if last in VIEWS else "browse")


def save_window_state(window: Any) -> None:
    settings = window.settings
    settings.set("window/geometry", bytes(window.saveGeometry().data()))
    if window.has_detail():  # never built: the remembered split stands
        settings.set("detail/splitter", bytes(window.detail.splitter.saveState().data()))
    settings.set("browse/splitter", window.browse.split_state())
    settings.set("browse/sort", window.browse.bar.chosen_sort() or "date")
    settings.set("browse/thumb_size", window.browse.thumb_size())
    last = window.trail.view() if window.page == "detail" else window.page
    settings.set("window/last_view", last)
    settings.sync()


def first_size(available: QRect) -> QSize:
    """The size of a first window (no saved geometry): 1280×820 where the screen has room,
    else what the screen's free area holds with the window manager's frame around it."""
    width = min(1280, available.width() - FRAME_ALLOWANCE[0])
    height = min(820, available.height() - FRAME_ALLOWANCE[1])
    return QSize(max(width, 640), max(height, 480))
