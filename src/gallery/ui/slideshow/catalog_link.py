"""The show's read-only way into the catalog, reopened when the file is replaced.

A curator's save changes the file in place, which `data_version` sees. But rebuilding or
restoring a catalog swaps a new file in under the same name (write beside, then rename): an
open connection keeps reading the old, deleted file forever. So at every slide the worker also
compares the file's identity (device, inode) with the one it opened, and the engine reopens.
A catalog deleted or renamed away is logged and named in `problem` (the status shows it) while
the open connection keeps serving what the show already plays.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ...catalog.errors import CatalogError
from ...catalog.store import Catalog
from ..workers import CatalogService

log = logging.getLogger(__name__)


class CatalogReplaced(Exception):
    """The catalog file on disk is no longer the one the show has open."""


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None  # e.g. in the middle of a swap: keep the open one for now
    return info.st_dev, info.st_ino


class CatalogLink:
    def __init__(self, path: Path, synchronous: bool = False) -> None:
        self.path = Path(path)
        self.synchronous = synchronous
        self.identity: tuple[int, int] | None = None
        self.problem: str | None = None  # set on the worker, read on the GUI thread
        self.service = self._open()

    def _open(self) -> CatalogService:
        catalog = Catalog.open(self.path, read_only=True, who="slideshow")
        self.identity = file_identity(self.path)
        return CatalogService(catalog, synchronous=self.synchronous)

    def check(self) -> None:
        """On the worker, before each slide: raise CatalogReplaced if the file was swapped."""
        now = file_identity(self.path)
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

    def reopen(self) -> bool:
        """On the GUI thread: open the new file; keep the old connection if that fails."""
        try:
            fresh = self._open()
        except (CatalogError, OSError) as error:
            log.error("cannot open the replaced catalog %s (%s); trying again later",
                      self.path, error)
            return False
        old, self.service = self.service, fresh
        old.shutdown()
        log.info("the catalog file was replaced; reopened %s", self.path)
        return True

    def shutdown(self) -> None:
        self.service.shutdown()
