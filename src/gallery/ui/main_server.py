"""The visitor window on a server catalog (a mixin of MainWindow): saves made elsewhere arrive
by NOTIFY (server_watch.py) instead of the file's poll, and an outage is ridden out.

While the server is away the grid and an open work page keep what they have (rows already
read, cached thumbnails and pictures are files), a banner says so in the reader's language,
and failed reads say nothing more. When the listener reaches the server again, a new catalog
connection is opened on a background thread (never the GUI's: a connect may take seconds), the
window switches to it as it does to a restored file, and the banner goes. When only the
window's own connection breaks (the server and the listener stay up: the backend was ended by
an administrator, a link dropped), the read that meets it does the same at once: the status
bar says so, the window reconnects off its thread and reads again (the search, the open work,
the timeline and missions), keeping what it shows meanwhile.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..catalog.errors import CatalogError
from ..catalog.store import Catalog
from .server_watch import ServerWatch, watch_for
from .workers import CatalogService, ImagePool

log = logging.getLogger(__name__)
REFRESH_DELAY_MS = 150  # a save is several notices close together: one refresh
RETRY_MS = 2000

BANNER_STYLE = ("QLabel#serverBanner { background: #fff1c2; color: #3d2f00; "
                "border-bottom: 1px solid #d9b54a; padding: 8px 12px; }")


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def framed(pages: QWidget, parent: QWidget) -> tuple[QWidget, QLabel]:
    """The window's centre: the outage banner (hidden) above the pages."""
    centre = QWidget(parent)
    banner = QLabel(centre)
    banner.setObjectName("serverBanner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    banner.hide()
    layout = QVBoxLayout(centre)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(pages, 1)
    return centre, banner


class ServerMixin:
    """Uses the window's service, server_banner, model, detail, timeline, missions and page;
    `watch` and `offline` are set here."""

    watch: ServerWatch | None = None
    offline = False
    _connector: ImagePool | None = None
    _refresh_timer: QTimer | None = None
    _reconnecting = False

    def _watch_server(self: Any) -> None:
        """Listen for the catalog just attached (kept across a reconnect to the same one)."""
        location = str(self.service.catalog.location)
        if self.watch is not None and self.watch.url == location:
            return
        self._stop_watching()
        self.watch = watch_for(self.service.catalog, self)
        if self.watch is None:
            return
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_from_elsewhere)
        self.watch.changed.connect(self._refresh_timer.start)
        self.watch.reachable.connect(self._server_reachable)

    def _stop_watching(self: Any) -> None:
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
        self.offline = False
        self.server_banner.hide()

    def _stop_server_work(self: Any) -> None:
        """On shutdown: the listener's thread and connection end; a reconnect under way
        finishes (its catalog is closed when it arrives to a closed window)."""
        self._stop_watching()
        if self._connector is not None:
            self._connector.wait()

    def _refresh_from_elsewhere(self: Any) -> None:
        """Someone saved: read again what the window shows (the grid keeps its place)."""
        if self.offline or self.service.closed:
            return
        self.model.refresh()
        if self.page == "detail" and self.detail.work_id:
            self.detail.show_work(self.detail.work_id)
        self.timeline.reload()
        self.missions.reload()

    def _server_reachable(self: Any, reachable: bool) -> None:
        if not reachable:
            log.warning("the catalog's server cannot be reached; reconnecting")
            self.offline = True
            self._say_offline()
            return
        self._reconnect()

    def _say_offline(self: Any) -> None:
        self.server_banner.setText(tr(
            "The catalog's server cannot be reached. Showing what was already loaded; "
            "reconnecting by itself every few seconds."))
        self.server_banner.setVisible(self.offline)

    def say_unreadable_while_offline(self: Any) -> None:
        self.statusBar().showMessage(tr(
            "This work cannot be read until the catalog's server is back."), 8000)

    def say_search_waits_for_server(self: Any) -> None:
        """A search or filter asked while the server is away: the grid still holds the earlier
        results, so say so until the search runs (on reconnecting, with the words and chips
        as they are then)."""
        self.statusBar().showMessage(tr(
            "This search was not run: the catalog's server cannot be reached. The works shown "
            "are the earlier results; the search runs when the server is back."))

    def connection_lost(self: Any) -> None:
        """A read met a broken connection while the listener hears the server: reconnect."""
        if self.watch is None or self.offline or self.service.closed or self._reconnecting:
            return
        self.statusBar().showMessage(tr(
            "The connection to the catalog's server broke; reconnecting. The works shown stay "
            "meanwhile."))
        self._reconnect()

    def _reconnect(self: Any) -> None:
        """Open the catalog again off the GUI thread; switch to it when it answers."""
        if self._reconnecting:  # one at a time (the listener's news and a failed read)
            return
        self._reconnecting = True
        if self._connector is None:
            self._connector = ImagePool(self.service.synchronous, max_threads=1)
        path = self.service.catalog.location
        self._connector.submit(lambda: Catalog.open(path, writer=False),
                               self._reconnected, self._reconnect_failed)

    def _reconnected(self: Any, catalog: Catalog) -> None:
        self._reconnecting = False
        if self.service.closed or self.watch is None:  # closing meanwhile
            catalog.close()
            return
        old = self.service
        self.service = CatalogService(catalog, synchronous=old.synchronous)
        self.offline = False
        self.server_banner.hide()
        self.statusBar().clearMessage()  # a search said to be waiting runs now
        # the grid keeps its place, as after a save elsewhere, unless a search is waiting
        self._attach_catalog(keep_place=self.model.shows_current_search())
        with suppress(CatalogError):  # its connection died with the server
            old.shutdown()
        if self.page == "detail" and self.detail.work_id:
            self.detail.show_work(self.detail.work_id)
        log.info("reconnected to the catalog's server")

    def _reconnect_failed(self: Any, error: BaseException) -> None:
        self._reconnecting = False
        log.info("the catalog's server is not back yet (%s)", error)
        if self.watch is not None and not self.service.closed:
            QTimer.singleShot(RETRY_MS, self, self._reconnect)
