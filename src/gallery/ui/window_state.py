"""What the visitor's window remembers between sessions: geometry, splitters, sort, the
reduced-motion choice and the last view (Settings, so the keys are declared in one place)."""

from __future__ import annotations

from typing import Any

VIEWS = ("browse", "timeline", "missions")


def restore_window_state(window: Any) -> None:
    """Put `window` (a MainWindow) back as the visitor left it."""
    settings = window.settings
    geometry = settings.get("window/geometry")
    if geometry:
        window.restoreGeometry(geometry)
    if settings.get("detail/splitter"):
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
    settings.set("detail/splitter", bytes(window.detail.splitter.saveState().data()))
    settings.set("browse/splitter", window.browse.split_state())
    settings.set("browse/sort", window.browse.bar.chosen_sort() or "date")
    settings.set("browse/thumb_size", window.browse.thumb_size())
    settings.set("window/last_view", "browse" if window.page == "detail" else window.page)
    settings.sync()
