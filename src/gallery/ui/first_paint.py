"""What the window's start need not wait for: work run once the grid has first painted.

Facet counts (and their numpy import), the facets' Russian names: a visitor sees the works
first, and these follow a moment later. Released once the grid's first paint has reached the
screen and the first screen's thumbnails are in (at most WAIT_MS after that paint: the counts'
numpy import would otherwise hold the interpreter while the pictures are decoded), or by a
first search that has nothing to paint (no works, or a failure), so they always run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

WAIT_MS = 600  # the longest the counts wait for the first screen's pictures


class AfterFirstPaint(QObject):
    def __init__(self, grid: Any, model: Any, hold: bool = True, pictures: Any = None,
                 parent: QObject | None = None) -> None:
        """`hold=False` (a synchronous service, in tests): nothing is deferred. `pictures`:
        the grid's ThumbnailLoader, whose first screen goes before the deferred work."""
        super().__init__(parent)
        self._model = model
        self._pictures = pictures
        self._jobs: list[Callable[[], object]] | None = [] if hold else None
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.timeout.connect(self.release)
        if hold:
            model.hold_facets()
            grid.firstPaint.connect(self._painted)
            model.searchFinished.connect(lambda result: result.total or self.release())
            model.searchFailed.connect(lambda _message: self.release())
            if pictures is not None:
                pictures.ready.connect(self._picture_arrived)
                pictures.failed.connect(self._picture_arrived)

    def run(self, job: Callable[[], object]) -> None:
        """Run `job` now if the grid has painted, else just after its first paint."""
        if self._jobs is None:
            job()
        else:
            self._jobs.append(job)

    def _painted(self) -> None:
        # (inside the grid's paintEvent: the frame is not on screen yet, so never release here)
        if self._jobs is None or self._model is None:
            return
        self._due.start(WAIT_MS)
        self._picture_arrived()

    def _picture_arrived(self, _key: str = "") -> None:
        if self._model is not None and self._due.isActive() and (
                self._pictures is None or not self._pictures.pending()):
            self._due.start(0)  # the next turn of the event loop

    def cancel(self) -> None:
        """The window is closing: what waits is never run."""
        self._due.stop()
        self._jobs = []
        self._pictures = None
        self._model = None

    def release(self) -> None:
        if self._jobs is None or self._model is None:
            return
        self._due.stop()
        jobs, self._jobs = self._jobs, None
        self._model.release_facets()
        for job in jobs:
            job()
