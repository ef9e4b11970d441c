"""'Being edited by NAME on HOST': the banner over a record another curator has open.

Only a catalog on a server has other curators: there, every few seconds (and when a record
opens) the window tells the store which record it shows and asks who else shows it, on the
catalog's worker thread. A catalog file never starts the timer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from .banner import Banner

INTERVAL_MS = 10_000


class PresenceBanner(Banner):
    def __init__(self, context: Any) -> None:
        super().__init__("presenceBanner", "warning")
        self._context = context
        self._record: tuple[str, str] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        if context.service.catalog.on_server:
            self._timer.start()

    def show_record(self, table: str, record_id: str) -> None:
        self._record = (table, record_id)
        self.refresh()

    def refresh(self) -> None:
        service = self._context.service
        if not service.catalog.on_server:
            return
        record = self._record

        def ask(catalog: Any) -> list[dict[str, str]]:
            catalog.mark_editing(*(record or (None, None)))
            return catalog.editing_elsewhere(*record) if record else []

        service.call(ask, self._show, lambda _error: self.say(None))

    def _show(self, others: list[dict[str, str]]) -> None:
        if not others:
            self.say(None)
            return
        ordered = sorted(others, key=lambda o: (o["who"].casefold(), o["host"].casefold()))
        names = ", ".join(self.tr("%1 on %2").replace("%1", o["who"]).replace("%2", o["host"])
                          for o in ordered)
        if self._context.read_only_reason:  # a reader cannot save: no advice about saving
            self.say(self.tr("Being edited by %1.").replace("%1", names))
            return
        self.say(self.tr("Being edited by %1. If you both save, the second save is shown as a "
                         "conflict to merge, field by field.").replace("%1", names))
