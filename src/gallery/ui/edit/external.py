"""Records saved in another window or process show up here without asking.

Once a second the editor reads the catalog's `data_version` (a counter SQLite moves when any
other connection commits; our own saves do not move it — one cheap pragma on the catalog
worker). When it moved: the record list and its count are read again, the pickers' names too,
and the open record is reloaded when it has no unsaved edit (an unsaved edit is kept, the
curator is told a newer version was saved, and the save will meet the conflict dialog).

On a server, every save NOTIFYs as it commits: the editor listens (server_watch.py) instead
of polling. The same listener says when the server went away and came back: a banner says the
edit stays while the server is away, and once it answers again a new catalog connection is
opened off the GUI thread (as the visitor window does) so saves and presence work again.
The editor's own connection may also break while the server (and the listener) stay up (the
backend ended by an administrator, a dropped link): the save that meets it says so, keeps the
edit and its draft, and the editor reconnects the same way, then makes that save.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ...catalog.bilingual import pick
from ...catalog.errors import CatalogError
from ...catalog.quoting import fill_title
from ...catalog.records import TITLE_COLUMN
from ...catalog.store import Catalog
from ..i18n import current_language
from ..plain import shown
from ..server_watch import watch_for
from ..workers import CatalogService

POLL_MS = 1000
NOTICE_DELAY_MS = 150  # a save is several notices close together: one refresh
RETRY_MS = 2000  # the listener heard the server, but a catalog connection failed: again


def tr(text: str) -> str:
    return QCoreApplication.translate("ExternalChanges", text)


class ExternalChanges(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.version: int | None = None
        self.timer = QTimer(self)
        self.watch = watch_for(window.context.service.catalog, self)
        if self.watch is None:
            self.timer.setInterval(POLL_MS)
            self.timer.timeout.connect(self.check_now)
        else:
            self.timer.setSingleShot(True)
            self.timer.setInterval(NOTICE_DELAY_MS)
            self.timer.timeout.connect(self._heard)
            self.watch.changed.connect(self.timer.start)
            self.watch.reachable.connect(self._server_reachable)
        self.timer.start()
        self.offline = False
        self._stopped = False
        self._reconnecting = False
        # (session, record id, its `then`): the save a broken connection stopped, made again
        # on the new connection
        self._pending: tuple[Any, str, Callable[[], None] | None] | None = None

    def stop(self) -> None:
        """On closing: the listener's thread and connection end."""
        self.timer.stop()
        self._stopped = True
        if self.watch is not None:
            self.watch.stop()

    def _server_reachable(self, reachable: bool) -> None:
        if reachable:
            self._reconnect()
            return
        self.offline = True
        self.window.say(tr(
            "The catalog's server cannot be reached. Your edit stays here and in its draft; "
            "the editor reconnects by itself every few seconds, then you can save."), "warning")

    def connection_lost(self, session: Any, then: Callable[[], None] | None) -> None:
        """A save met a broken connection. While the listener says the server is away, the
        outage banner has said it all and the curator saves once it is back; otherwise only
        this window's connection broke: reconnect now and make the save on the new one."""
        if self.watch is None or self._stopped or self.offline:
            return
        self._pending = (session, session.model.record_id, then)
        session.message.emit(tr(
            "The connection to the catalog's server broke; nothing was saved. Your edit stays "
            "here and in its draft; the editor is reconnecting and will save it then."),
            "warning")
        self._reconnect()

    def _reconnect(self) -> None:
        """A new catalog connection, opened off the GUI thread (a connect may take seconds)."""
        context = self.window.context
        if self._stopped or context.service.closed or self._reconnecting:
            return
        self._reconnecting = True
        location, who = str(context.service.catalog.location), context.service.catalog.who
        context.pool.submit(lambda: Catalog.open(location, who=who), self._reconnected,
                            self._reconnect_failed)

    def _reconnected(self, catalog: Catalog) -> None:
        self._reconnecting = False
        context = self.window.context
        if self._stopped or context.service.closed:  # the window closed meanwhile
            catalog.close()
            return
        old = context.service
        catalog.keep_presence_of(old.catalog)
        context.set_service(CatalogService(catalog, context.synchronous))
        with suppress(CatalogError):  # its connection died with the server
            old.shutdown()
        if self.offline:
            self.window.say(tr("The catalog's server is back; saving works again."), "info")
        self.offline = False
        self.refresh()
        presence = getattr(self.window, "presence", None)
        if presence is not None:  # the heartbeat says again that this record is open here
            presence.refresh()
        pending, self._pending = self._pending, None
        if pending is not None:
            session, record_id, then = pending
            if session.dirty and session.model.record_id == record_id and not session.busy:
                session.save(then)

    def _reconnect_failed(self, _error: BaseException) -> None:
        self._reconnecting = False
        if not self._stopped:
            QTimer.singleShot(RETRY_MS, self, self._reconnect)

    def _heard(self) -> None:
        if not self.window.context.service.closed:
            self.refresh()

    def check_now(self) -> None:
        context = self.window.context
        if context.service.closed or self.watch is not None:
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
        if session.busy:
            return
        if session.dirty:
            say_if_newer(session)
            return
        reload_clean(session)


def _stored(session: Any) -> Any:
    table, record_id = session.table, session.model.record_id

    def read(catalog: Any) -> dict[str, Any] | None:
        try:
            return catalog.get(record_id) if table == "works" else catalog.get_record(
                table, record_id)
        except CatalogError:
            return None  # deleted meanwhile: the list says so

    return read


def say_if_newer(session: Any) -> None:
    """An unsaved edit stays; the curator learns that the record was saved elsewhere (named
    as stored: the form shows the curator's own typing)."""
    record_id, version = session.model.record_id, session.model.base_version

    def read(stored: dict[str, Any] | None) -> None:
        if (stored is None or stored.get("version") == version
                or session.model.record_id != record_id or not session.dirty):
            return
        name = pick(stored, TITLE_COLUMN[session.table], current_language()) or record_id
        session.message.emit(fill_title(QCoreApplication.translate(
            "ExternalChanges", "A newer version of “%s” was saved elsewhere; your unsaved "
            "changes are kept. Saving will show both versions."),
            " ".join(shown(name).split())[:80]), "warning")

    session.context.service.call(_stored(session), read)


def reload_clean(session: Any) -> None:
    """Show the record as now stored, if someone saved it and this form has no edit."""
    record_id, version = session.model.record_id, session.model.base_version

    def loaded(record: dict[str, Any] | None) -> None:
        if (record is None or record.get("version") == version or session.dirty
                or session.model.record_id != record_id):
            return
        session.model.load(record, record["version"])
        session.stack.clear()
        session._refresh_blame()
        session.stateChanged.emit()
        session.message.emit(fill_title(QCoreApplication.translate(
            "ExternalChanges", "“%s” was saved elsewhere; it is shown as saved."),
            session.title()), "info")

    session.context.service.call(_stored(session), loaded)
