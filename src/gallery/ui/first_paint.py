"""What the window's start need not wait for: work run once the grid has first painted.

Facet counts (and their numpy import), the facets' Russian names: a visitor sees the works
first, and these follow a moment later. Released by the grid's first paint, or by a first
search that has nothing to paint (no works, or a failure), so they always run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


class AfterFirstPaint(QObject):
    def __init__(self, grid: Any, model: Any, hold: bool = True,
                 parent: QObject | None = None) -> None:
        """`hold=False` (a synchronous service, in tests): nothing is deferred."""
        super().__init__(parent)
        self._model = model
        self._jobs: list[Callable[[], object]] | None = [] if hold else None
        if hold:
            model.hold_facets()
            grid.firstPaint.connect(self.release)
            model.searchFinished.connect(lambda result: result.total or self.release())
            model.searchFailed.connect(lambda _message: self.release())

    def run(self, job: Callable[[], object]) -> None:
        """Run `job` now if the grid has painted, else just after its first paint."""
        if self._jobs is None:
            job()
        else:
            self._jobs.append(job)

    def release(self) -> None:
        if self._jobs is None:
            return
        jobs, self._jobs = self._jobs, None
        self._model.release_facets()
        for job in jobs:
            job()
