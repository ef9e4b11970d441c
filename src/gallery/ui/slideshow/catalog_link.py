"""The show's read-only way into the catalog, reopened when the file is replaced.

A curator's save changes the file in place, which `data_version` sees. But rebuilding or
restoring a catalog swaps a new file in under the same name (write beside, then rename): an
open connection keeps reading the old, deleted file forever. So at every slide the worker also
compares the file's identity (device, inode) with the one it opened, and the engine reopens.
A catalog deleted or renamed away is logged and named in `problem` (the status shows it) while
the open connection keeps serving what the show already plays.

A catalog on a server has no file: there the check asks the server, and a lost server is a
`problem` too (the status says the show is reconnecting) while the show keeps playing what it
has read and cached; the engine reopens at every slide until the server answers again —
but only once the change listener (catalog/pg/listener.py, shared with the visitor window and
the editor) has reached the server on its own thread: a connect to an unreachable host can
take seconds, and the show's GUI thread must not wait for it.

A show may also start before its server (a power cut: the kiosk boots faster than the
database). Then it has read nothing yet: `connected` is False, the engine shows a waiting card,
and the first reopen after the listener reaches the server is the show's first connection.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from ...catalog.errors import CatalogError, NotFound
from ...catalog.location import is_server, location
from ...catalog.store import Catalog
from ..workers import CatalogService

log = logging.getLogger(__name__)


WAITING = "waiting for the catalog's server, which cannot be reached yet; connecting"
AWAY = ("the catalog's server cannot be reached; still showing the works already read, "
        "reconnecting")


class CatalogReplaced(Exception):
    """The catalog file on disk is no longer the one the show has open."""


class _NotYetConnected:
    """The catalog of a show whose server has not answered yet: every read says so."""

    def __init__(self, why: str) -> None:
        self.why = why

    def data_version(self) -> int:
        from ...catalog.pg.connection import ServerUnreachable

        raise ServerUnreachable(self.why)

    def close(self) -> None:
        pass


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None  # e.g. in the middle of a swap: keep the open one for now
    return info.st_dev, info.st_ino


class CatalogLink:
    def __init__(self, path: str | Path, synchronous: bool = False) -> None:
        self.path = location(path)
        self.synchronous = synchronous
        self.identity: tuple[int, int] | None = None
        self.problem: str | None = None  # set on the worker, read on the GUI thread
        self._kept: dict[str, tuple[dict[str, Any], Path]] = {}  # a server's records (remember)
        self._kept_version: int | None = None
        self.connected = True  # False until a show that started before its server reaches it
        self.service = self._first_service()
        self._listener: Any = None
        if is_server(self.path):
            from ...catalog.pg.listener import ChangeListener

            # only its sense of the server's reachability is used: the show re-reads its
            # records when the catalog's data_version moves, at every slide
            self._listener = ChangeListener(str(self.path), lambda: None, lambda _up: None)
            self._listener.reachable = self.connected
            self._listener.start()

    @property
    def server_reachable(self) -> bool:
        return self._listener is None or bool(self._listener.reachable)

    @property
    def server_away(self) -> bool:
        """A server catalog whose server does not answer now (the show plays what it read)."""
        return is_server(self.path) and (not self.connected or self.problem is not None)

    def _first_service(self) -> CatalogService:
        if not is_server(self.path):
            return self._open()
        from ...catalog.pg.connection import ServerUnreachable

        try:
            return self._open()
        except ServerUnreachable as error:
            self.connected = False
            self.problem = WAITING
            log.error("%s (%s)", WAITING, error)
            return CatalogService(_NotYetConnected(str(error)),  # type: ignore[arg-type]
                                  synchronous=self.synchronous)

    def _open(self) -> CatalogService:
        catalog = Catalog.open(self.path, read_only=True, who="slideshow")
        self.identity = None if is_server(self.path) else file_identity(Path(self.path))
        return CatalogService(catalog, synchronous=self.synchronous)

    def check(self) -> None:
        """On the worker, before each slide: raise CatalogReplaced if the file was swapped
        (or the server's connection was lost: reopen, that is, reconnect)."""
        if is_server(self.path):
            self._check_server()
            return
        now = file_identity(Path(self.path))
        if now is None:
            if self.problem is None:
                self.problem = f"the catalog file {self.path} is gone (deleted or renamed)"
                log.error("%s; still showing the works already read", self.problem)
            return
        if self.problem is not None:
            log.info("the catalog file %s is back", self.path)
            self.problem = None
        if now != self.identity:
            raise CatalogReplaced(f"{self.path} was replaced by a new file")

    def remember(self, catalog: Catalog, slides: Sequence[Any]) -> None:
        """On the worker, with each program: on a server, keep the records the show plays
        (read again only when the catalog changed), so an outage does not stop the show."""
        if not is_server(self.path):
            return
        version = catalog.data_version()
        if version == self._kept_version and all(s.work_id in self._kept for s in slides):
            return
        kept: dict[str, tuple[dict[str, Any], Path]] = {}
        for slide in slides:
            with suppress(NotFound):
                kept[slide.work_id] = (catalog.get(slide.work_id), catalog.images_dir)
        self._kept, self._kept_version = kept, version

    def kept(self, work_id: str) -> tuple[dict[str, Any], Path] | None:
        """A record the show read from its server before it went away (None: not read)."""
        return self._kept.get(work_id)

    def _check_server(self) -> None:
        try:
            self.service.catalog.data_version()
        except CatalogError as error:  # ServerUnreachable: the server went away
            if self.problem is None:
                self.problem = AWAY
                log.error("%s", self.problem)  # the store's words are a writer's ("not saved")
                log.debug("the server's connection: %s", error)
            raise CatalogReplaced("the connection to the catalog's server was lost") from None

    def reopen(self) -> bool:
        """On the GUI thread: open the new file; keep the old connection if that fails."""
        if not self.server_reachable:
            return False  # the listener retries off this thread; the next slide asks again
        try:
            fresh = self._open()
        except (CatalogError, OSError) as error:
            log.error("cannot open the replaced catalog %s (%s); trying again later",
                      self.path, error)
            return False
        old, self.service = self.service, fresh
        with suppress(CatalogError):  # a lost server's connection is gone already
            old.shutdown()
        if is_server(self.path):
            self.problem = None
            log.info("connected to the catalog's server" if not self.connected
                     else "reconnected to the catalog's server")
            self.connected = True
            return True
        log.info("the catalog file was replaced; reopened %s", self.path)
        return True

    def shutdown(self) -> None:
        if self._listener is not None:
            self._listener.stop()
        self.service.shutdown()
