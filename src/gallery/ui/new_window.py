"""File ▸ New Window: another visitor window on the same catalog, beside the one it was
opened from where the screen has room, else cascaded (down and right, inside the screen's
free area), never exactly over it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .cascade import place_after


def open_new_window(window: Any) -> Any:
    """A new window of `window`'s kind (a MainWindow, not imported: main_window imports this)
    on its catalog, with the remembered sort and sizes, beside or cascaded from `window`; it
    closes its own catalog connection when closed."""
    from ..catalog.store import Catalog
    from .open_windows import WindowRecord
    from .workers import CatalogService

    catalog = Catalog.open(window.service.catalog.path, writer=False)  # a reader, as at start
    other = type(window)(CatalogService(catalog, synchronous=window.service.synchronous),
                         window.settings, synchronous=window.service.synchronous)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    other.setProperty("ownsCatalog", True)  # MainWindow.closeEvent shuts it down
    other.restore_state()
    frame = window.frameGeometry()
    border = frame.size() - window.geometry().size()  # the window manager's frame
    place_after(other, frame, border, window.screen().availableGeometry())
    other.show()
    WindowRecord(other)  # a gallery started later cascades from it too
    window.new_windows.append(other)
    other.destroyed.connect(lambda: window.new_windows.remove(other)
                            if other in window.new_windows else None)
    return other
