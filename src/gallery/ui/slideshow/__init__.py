"""The exhibition slideshow: fullscreen, unattended, for days.

Public API: `start_slideshow(...)` (used by the app's View ▸ Slideshow and by
`gallery slideshow`), `SlideshowWindow`, and `PlaylistEditor` (the curators' playlist dialog).
Qt is imported only when one of them is used, so `gallery slideshow --install-autostart` and
other headless paths start fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .editor import PlaylistEditor
    from .window import SlideshowWindow

__all__ = ["PlaylistEditor", "SlideshowWindow", "start_slideshow"]


def start_slideshow(catalog_path: Path, playlist: str | None = None, screen: str | None = None,
                    parent: QWidget | None = None) -> SlideshowWindow:
    """Open the slideshow fullscreen on `screen` (name or number; default: remembered, else
    primary) playing `playlist` (id or name; default: the whole catalog by date).

    The window ends itself on the exit chord (Ctrl+Shift+Q unless changed in settings). It
    runs as the instance "app", so its status and proof of play never mix with those of an
    exhibition show (`gallery slideshow`, instance "default" unless named) on the same machine.
    """
    import os

    from ...catalog.location import location
    from ...paths import log_dir
    from .config import SlideshowConfig
    from .instance import AlreadyRunning, InstanceLock, ShowFiles
    from .window import SlideshowWindow

    instance = "app"
    lock = InstanceLock(ShowFiles(log_dir(), instance).lock)
    try:
        lock.acquire()
    except AlreadyRunning:  # a second app window's show: files of its own
        instance = f"app-{os.getpid()}"
        lock = InstanceLock(ShowFiles(log_dir(), instance).lock)
        lock.acquire()
    config = SlideshowConfig(location(catalog_path), (playlist,) if playlist else (), screen,
                             instance=instance)
    window = SlideshowWindow(config, parent=parent)
    window.instance_lock = lock  # released when the show ends
    window.start()
    return window


def __getattr__(name: str) -> Any:
    if name == "SlideshowWindow":
        from .window import SlideshowWindow

        return SlideshowWindow
    if name == "PlaylistEditor":
        from .editor import PlaylistEditor

        return PlaylistEditor
    raise AttributeError(name)
