"""What the UI benchmarks wait for, shared so each times the same moment."""

from __future__ import annotations

import resource
import time
from typing import Any


def visible_thumbnails_done(grid: Any, model: Any) -> bool:
    """Every cell on screen has its thumbnail (or is known to have none)."""
    from PySide6.QtCore import QPoint

    from gallery.ui.browse.models import ThumbStateRole

    model = grid.model()  # the grid's own rows (works and the fillers closing a band's row)
    view = grid.viewport().rect()
    first = grid.indexAt(QPoint(grid.gridSize().width() // 2, grid.gridSize().height() // 2))
    if not first.isValid():
        return False
    for row in range(first.row(), model.rowCount()):
        index = model.index(row, 0)
        rect = grid.visualRect(index)
        if rect.top() > view.bottom():
            break
        if rect.intersects(view) and model.data(index, ThumbStateRole) == "loading":
            return False
    return True


def cpu_seconds() -> float:
    """This process's CPU time, every thread: steadier than the clock on a shared machine."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def paint_probe(app: Any) -> Any:
    """An event filter, installed on `app`, that notes the first paint of `target()` (or a
    widget inside it) once `ready()` holds: `probe.seen`; `probe.at` and `probe.cpu_at` are
    its perf_counter and CPU times (the paint's own moment: work the GUI thread does after
    it, in the same turn of the event loop, is not the paint's). Set `target`, `ready`, and
    `seen` back to False before each figure."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.target: Any = lambda: None
            self.ready: Any = lambda: True
            self.seen = False
            self.at = self.cpu_at = 0.0

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen \
                    and isinstance(watched, QWidget):
                target = self.target()
                if target is not None and (watched is target or target.isAncestorOf(watched)) \
                        and self.ready():
                    self.seen, self.at, self.cpu_at = True, time.perf_counter(), cpu_seconds()
            return False

    probe = Painted()
    app.installEventFilter(probe)
    return probe
