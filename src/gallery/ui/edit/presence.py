"""'Being edited by NAME on HOST': the banner over a record another curator has open.

Only a catalog on a server has other curators: there, every few seconds (and when the window
opens, makes or leaves a record) the window tells the store which record it shows and asks
who else shows it, on the catalog's worker thread. A catalog file never starts the timer.

On a server the banner keeps its place while hidden: it comes and goes while the curator
works, and a form that jumped down under the pointer would take clicks in the wrong field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

from .banner import Banner

INTERVAL_MS = 10_000
TEXT_LINES = 2  # the notice's longest wording wraps to two lines in a narrow window

Showing = Callable[[], "tuple[str, str] | None"]


class PresenceBanner(Banner):
    def __init__(self, context: Any, showing: Showing | None = None) -> None:
        super().__init__("presenceBanner", "warning")
        self._context = context
        self._showing = showing
        self._record: tuple[str, str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        if context.service.catalog.on_server:
            self._reserve_line()
            self._timer.start()

    def _reserve_line(self) -> None:
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        margins = self.layout().contentsMargins()
        self.setFixedHeight(self.label.fontMetrics().lineSpacing() * TEXT_LINES
                            + margins.top() + margins.bottom())

    def show_record(self, table: str | None, record_id: str | None = None) -> None:
        """The record this window shows now (None while it shows none, or a new one)."""
        self._record = (table, record_id) if table and record_id else None
        self.refresh()

    def follow(self) -> None:
        """Ask the window what it shows now and say so (after it opened, made or left one)."""
        if self._showing is not None:
            current = self._showing()
            if current != self._record:
                self.show_record(*(current or (None, None)))

    def refresh(self) -> None:
        service = self._context.service
        if not service.catalog.on_server:
            return
        if self._showing is not None:
            self._record = self._showing()
        record = self._record
        if record is None:
            self.say(None)  # nothing open here: nobody else is on "it"

        def ask(catalog: Any) -> list[dict[str, str]]:
            catalog.mark_editing(*(record or (None, None)))
            return catalog.editing_elsewhere(*record) if record else []

        service.call(ask, lambda others: self._show(record, others),
                     lambda _error: self.say(None))

    def _show(self, asked: tuple[str, str] | None, others: list[dict[str, str]]) -> None:
        if asked != self._record:
            return  # the window moved on while the server answered: a newer ask follows
        if not others:
            self.say(None)
            return
        ordered = sorted(others, key=lambda o: (o["who"].casefold(), o["host"].casefold()))
        names = ", ".join(self.tr("%1 on %2").replace("%1", o["who"]).replace("%2", o["host"])
                          for o in ordered)
        n = len(ordered)  # Russian says the verb in the plural for two or more
        if self._context.read_only_reason:  # a reader cannot save: no advice about saving
            self.say(self.tr("Being edited by %1.", "", n).replace("%1", names))
            return
        self.say(self.tr("Being edited by %1. Each save after the first is shown to its "
                         "curator as a conflict to merge, field by field.", "", n)
                 .replace("%1", names))
