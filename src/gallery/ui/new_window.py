"""File ▸ New Window: another visitor window on the same catalog, cascaded from the one it
was opened from (down and right, inside the screen's free area), never exactly over it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt

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


def open_new_window(window: Any) -> Any:
    """A new window of `window`'s kind (a MainWindow, not imported: main_window imports this)
    on its catalog, with the remembered sort and sizes, cascaded from `window`; it closes its
    own catalog connection when closed."""
    from ..catalog.store import Catalog
    from .workers import CatalogService

    catalog = Catalog.open(window.service.catalog.path, writer=False)  # a reader, as at start
    other = type(window)(CatalogService(catalog, synchronous=window.service.synchronous),
                         window.settings, synchronous=window.service.synchronous)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    other.setProperty("ownsCatalog", True)  # MainWindow.closeEvent shuts it down
    other.restore_state()
    frame = window.frameGeometry()
    border = frame.size() - window.geometry().size()  # the window manager's frame
    screen = window.screen().availableGeometry()
    place = cascade(frame, screen, other.minimumSize() + border)
    other.resize(place.size() - border)
    other.move(place.topLeft())  # a top-level widget's pos is its frame's corner
    other.show()
    window.new_windows.append(other)
    other.destroyed.connect(lambda: window.new_windows.remove(other)
                            if other in window.new_windows else None)
    return other
