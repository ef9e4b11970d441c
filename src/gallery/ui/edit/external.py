"""Records saved in another window or process show up here without asking.

Once a second the editor reads the catalog's `data_version` (a counter SQLite moves when any
other connection commits; our own saves do not move it — one cheap pragma on the catalog
worker). When it moved: the record list and its count are read again, the pickers' names too,
and the open record is reloaded when it has no unsaved edit (an unsaved edit is kept, and its
save will meet the conflict dialog as before).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ...catalog.errors import CatalogError

POLL_MS = 1000


class ExternalChanges(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.version: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()

    def check_now(self) -> None:
        context = self.window.context
        if context.service.closed:
            return
        context.service.call(lambda c: c.data_version(), self._seen,
                             lambda _e: None)  # a locked or closing catalog: next time

    def forget(self) -> None:
        """The catalog was reopened (restore): its counter starts afresh."""
        self.version = None

    def _seen(self, version: int) -> None:
        previous, self.version = self.version, version
        if previous is not None and previous != version:
            self.refresh()

    def refresh(self) -> None:
        window = self.window
        window.panel.reload()
        window.context.lookups.refresh()
        session = window.session
        if session is None or not session.model.loaded or session.model.is_new:
            return
        if session.dirty or session.busy:
            return
        reload_clean(session)


def reload_clean(session: Any) -> None:
    """Show the record as now stored, if someone saved it and this form has no edit."""
    table, record_id, version = session.table, session.model.record_id, session.model.base_version

    def load(catalog: Any) -> dict[str, Any] | None:
        try:
            return catalog.get(record_id) if table == "works" else catalog.get_record(
                table, record_id)
        except CatalogError:
            return None  # deleted meanwhile: the list says so

    def loaded(record: dict[str, Any] | None) -> None:
        if (record is None or record.get("version") == version or session.dirty
                or session.model.record_id != record_id):
            return
        session.model.load(record, record["version"])
        session.stack.clear()
        session._refresh_blame()
        session.stateChanged.emit()
        session.message.emit(QCoreApplication.translate(
            "ExternalChanges", "“%s” was saved elsewhere; it is shown as saved.")
            % session.title(), "info")

    session.context.service.call(load, loaded)
