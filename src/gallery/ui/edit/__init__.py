"""The curators' catalog editor: a separate window from the visitors' browser.

`open_editor(catalog_path, parent=None, work_id=None)` opens it (the main window's menu and
`gallery edit` both call it) and returns the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .window import EditorWindow


def open_editor(catalog_path: Path, parent: QWidget | None = None,
                work_id: str | None = None, table: str = "works") -> EditorWindow:
    """Open the editor on `catalog_path`, showing record `work_id` of `table` (or the first
    draft to recover).

    Raises a `CatalogError` (one readable line) if the catalog cannot be opened.
    """
    from PySide6.QtCore import Qt

    from .window import EditorWindow

    window = EditorWindow(catalog_path, parent)  # a server URL stays a string
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)  # its own window, not a child
    window.show()
    window.start(work_id, table)
    return window


__all__ = ["open_editor"]
