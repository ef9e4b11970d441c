"""The editor's first size, from the screen it opens on.

At 1600×1000 the record list, the form and the undo list all fit. On a small screen
(1280×720) the window takes the screen, the list starts narrower and the undo list starts
hidden (View ▸ Undo history shows it): the form, with two languages side by side, needs the
width most.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

SMALL = 1440  # below this available width, the screen counts as small


def fit_to_screen(window: QMainWindow, splitter: QSplitter, dock: QDockWidget) -> None:
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    width = available.width() if available is not None else 1600
    height = available.height() if available is not None else 1000
    window.resize(min(1600, width), min(1000, height))
    list_width = 340 if width >= SMALL else 280
    splitter.setSizes([list_width, window.width() - list_width])
    if width < SMALL:
        dock.hide()
