"""What the UI benchmarks wait for, shared so each times the same moment."""

from __future__ import annotations

from typing import Any


def visible_thumbnails_done(grid: Any, model: Any) -> bool:
    """Every cell on screen has its thumbnail (or is known to have none)."""
    from PySide6.QtCore import QPoint

    from gallery.ui.browse.models import ThumbStateRole

    view = grid.viewport().rect()
    first = grid.indexAt(QPoint(grid.gridSize().width() // 2, grid.gridSize().height() // 2))
    if not first.isValid():
        return False
    for row in range(first.row(), model.rowCount()):
        index = model.index(row)
        rect = grid.visualRect(index)
        if rect.top() > view.bottom():
            break
        if rect.intersects(view) and model.data(index, ThumbStateRole) == "loading":
            return False
    return True
